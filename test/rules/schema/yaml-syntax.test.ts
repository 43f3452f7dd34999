import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, hits, type Hit } from '../../helpers/rules.js';
import rule from '../../../src/rules/schema/yaml-syntax.js';
import { wordReport } from '../../../src/rules/rule.js';

const RULE = 'schema/yaml-syntax';
const AGENCIES = 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n';

/** Nine aliases of nine aliases, nine deep: 9^9 nodes if expanded. */
function aliasBomb(): string {
  const lines = ['apiVersion: tthc/v1', 'kind: AgencyList', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('agencies: *a8', '');
  return lines.join('\n');
}

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'an entry indented one space short',
      { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n   level: province\n` },
      [at(RULE, 'agencies.yaml', 6, 1, { code: 'MISSING_CHAR', detail: 'Sequence item without - indicator' })],
    ],
    [
      'an unclosed flow sequence, noticed on the next line',
      { 'agencies.yaml': `${AGENCIES}    name: [Sở Tư pháp\n    level: province\n` },
      [at(RULE, 'agencies.yaml', 6, 5, { code: 'BAD_INDENT', detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' })],
    ],
    [
      'an unquoted colon and space inside a value',
      { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp: Phòng Hộ tịch\n    level: province\n` },
      [at(RULE, 'agencies.yaml', 5, 11, { code: 'BLOCK_AS_IMPLICIT_KEY', detail: 'Nested mappings are not allowed in compact mappings' })],
    ],
    ['an alias bomb is refused, not expanded', { 'agencies.yaml': aliasBomb() }, [at(RULE, 'agencies.yaml', 1, 1, { limit: 100 })]],
    ['an alias with no anchor, at the alias', { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    level: province\n    code: *a\n` }, [at(RULE, 'agencies.yaml', 7, 11, { alias: 'a' })]],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['a colon without a space after it (a time, a URL)', { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    level: province\n    contact: { email: stp@thanhhoa.gov.vn, address: "http://x.vn:80" }\n` }],
    ['a few aliases, well under the limit', { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    level: province\n    contact: &c { phone: "1" }\n  - id: so-noi-vu\n    name: Sở Nội vụ\n    level: province\n    contact: *c\n` }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });

  it('explains the parser\'s common errors in Vietnamese, keeping its code; others keep its own words', () => {
    const word = (code: string, detail: string) => wordReport(rule, { rule: RULE, message: 'syntax', data: { code, detail }, target: { file: 'a.yaml' } }, 'vi');
    expect(word('MISSING_CHAR', 'Missing closing "quote')).toBe('Lỗi cú pháp YAML: thiếu dấu nháy kép (") đóng chuỗi; dấu nháy mở nằm trước chỗ này, cùng dòng hoặc ở dòng trên (MISSING_CHAR)');
    expect(word('BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings')).toContain('phải đặt trong dấu nháy');
    expect(word('BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented and end with a ]')).toContain('chưa có dấu ] đóng');
    expect(word('UNEXPECTED_TOKEN', 'Unexpected scalar at node end')).toBe('Lỗi cú pháp YAML (UNEXPECTED_TOKEN): Unexpected scalar at node end');
    expect(wordReport(rule, { rule: RULE, message: 'syntax', data: { code: 'MISSING_CHAR', detail: 'Missing closing "quote' }, target: { file: 'a.yaml' } }, 'en')).toBe('YAML syntax error (MISSING_CHAR): Missing closing "quote');
  });

  it('says an alias without an anchor is undefined, not an alias bomb', async () => {
    const { findingsFor } = await import('../../helpers/catalog.js');
    const [f] = await findingsFor({ 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    level: province\n    code: *a\n` }, [RULE], 'vi');
    expect(f?.message).toBe('Bí danh YAML *a chưa được định nghĩa: không có neo &a nào đứng trước nó trong tệp');
    expect(f?.message).not.toContain('alias bomb');
  });
});
