/**
 * The loader on each class of broken file: every problem is a schema/* finding at the line and
 * column an editor shows, and what can be kept of a file is kept.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/catalog/decode.js';
import { loadCatalog, type LoadOptions } from '../../src/catalog/load.js';
import { MemoryIO } from '../../src/catalog/memory-io.js';
import { runRules, toFindings } from '../../src/rules/engine.js';
import { EXAMPLE_BASE, bytes } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/registry.js';
import type { Finding } from '../../src/rules/report.js';

const HEAD = 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n';
const AGENCY = (id: string, level = 'province') => `  - id: ${id}\n    name: Cơ quan ${id}\n    level: ${level}\n`;

async function load(files: Record<string, string | Uint8Array>, options: LoadOptions = {}) {
  const catalog = await loadCatalog('catalog', new MemoryIO(files), options);
  const result = runRules(catalog, RULES, { groups: ['schema', 'legal'], today: '2026-11-01' });
  return { catalog, findings: toFindings(catalog, result.reports, RULES, 'en') };
}

/** `file:line:col-endLine:endCol rule` of each finding. */
const where = (findings: readonly Finding[]) => findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.end_line}:${f.end_column} ${f.rule}`);

describe('loader positions by error class', () => {
  it.each<[string, string, string[], Record<string, unknown>?]>([
    ['a YAML syntax error (unclosed quote, noticed at the end)', `${HEAD}  - id: a\n    name: "Sở Tư pháp\n    level: province\n`, ['a.yaml:7:1-7:2 schema/yaml-syntax'], { code: 'MISSING_CHAR' }],
    ['a duplicate key, at the second key', `${HEAD}  - id: a\n    name: A\n    level: province\n    name: B\n`, ['a.yaml:7:5-7:9 schema/duplicate-key'], { key: 'name' }],
    ['a wrong type', `${HEAD}  - id: a\n    name: [A, B]\n    level: province\n`, ['a.yaml:5:11-5:17 schema/invalid'], { field: 'name', expected: 'string', received: 'array' }],
    ['a misspelled key, at the key (and the key it should be, missing)', `${HEAD}  - id: a\n    name: A\n    levle: province\n`, ['a.yaml:4:5-7:1 schema/invalid', 'a.yaml:6:5-6:10 schema/invalid'], { key: 'levle', suggestion: 'level' }],
    ['an unknown kind', 'apiVersion: tthc/v1\nkind: Agencies\n', ['a.yaml:2:7-2:15 schema/unknown-kind'], { value: 'Agencies' }],
    ['a missing apiVersion', 'kind: AgencyList\nagencies: []\n', ['a.yaml:1:1-3:1 schema/unknown-kind'], { value: '', expected: 'tthc/v1' }],
    ['an empty file', '', ['a.yaml:1:1-1:1 schema/unknown-kind']],
    ['a comment-only file', '# danh sách cơ quan\n# (chưa nhập)\n', ['a.yaml:1:1-1:1 schema/unknown-kind']],
    ['two YAML documents, at the second', `${HEAD}${AGENCY('a')}---\n${HEAD}${AGENCY('b')}`, ['a.yaml:7:1-7:1 schema/invalid'], { count: 2 }],
  ])('%s', async (_name, text, expected, data) => {
    const { findings } = await load({ 'a.yaml': text });
    expect(where(findings)).toEqual(expected);
    if (data) expect(findings.at(-1)?.data).toMatchObject(data);
  });

  it('reports a number where a duration belongs, at the number', async () => {
    const procedure = (EXAMPLE_BASE['procedures/ho-tich/1.001193.yaml'] ?? '').replace('time: { value: 1, unit: working_days }, fee: 0 }\n  - { kind: online', 'time: 15, fee: 0 }\n  - { kind: online');
    const { findings } = await load({ 'p.yaml': procedure });
    expect(where(findings)).toEqual(['p.yaml:13:30-13:32 schema/invalid']);
    expect(findings[0]?.message).toBe('Duration "time" is the bare number 15 without a unit; write { value: 15, unit: working_days } (or days, hours, months, years)');
  });
});

describe('encodings and Unicode forms', () => {
  const agencies = (name: string) => `${HEAD}  - id: so-tu-phap\n    name: ${name}\n    level: province\n`;

  it.each([
    // "Sở Tư pháp": S ơ(F5) hook(D2), T ư(FD), p h á(E1) p
    ['Windows-1258', 'S\u00f5\u00d2 T\u00fd ph\u00e1p', '0xF5'],
    // the same in TCVN3: ở(EB), ư(AD), á(B8)
    ['TCVN3', 'S\u00eb T\u00ad ph\u00b8p', '0xEB'],
  ])('names %s bytes and points at the first bad byte', async (encoding, latin1, byte) => {
    const { catalog, findings } = await load({ 'a.yaml': bytes(agencies(latin1)) });
    expect(where(findings)).toEqual(['a.yaml:5:12-5:13 schema/encoding']);
    expect(findings[0]?.data).toEqual({ offset: 77, byte, encoding, confidence: 100 });
    expect(catalog.agencies).toEqual([]);
  });

  it('warns on NFD text, once per file, and loads it as NFC', async () => {
    const { catalog, findings } = await load({ 'a.yaml': agencies('Sở Tư pháp'.normalize('NFD')) });
    expect(where(findings)).toEqual(['a.yaml:5:11-5:25 schema/not-nfc']);
    expect(catalog.agencies[0]?.value.name).toBe('Sở Tư pháp'.normalize('NFC'));
  });

  it('drops a BOM and remembers it', () => {
    const withBom = decode(new TextEncoder().encode('\ufeffkind: x\n'));
    expect(withBom).toEqual({ ok: true, text: 'kind: x\n', bom: true });
    expect(decode(new TextEncoder().encode('kind: x\n'))).toEqual({ ok: true, text: 'kind: x\n', bom: false });
  });

  describe('BOM + CRLF files keep editor positions', () => {
    const crlf = (s: string) => `\ufeff${s.replace(/\n/g, '\r\n')}`;
    it.each<[string, string, string[]]>([
      ['a misspelled key', `${HEAD}  - id: a\n    name: A\n    levle: province\n`, ['a.yaml:4:5-7:1 schema/invalid', 'a.yaml:6:5-6:10 schema/invalid']],
      ['a duplicate key', `${HEAD}  - id: a\n    name: A\n    level: province\n    name: B\n`, ['a.yaml:7:5-7:9 schema/duplicate-key']],
      ['a syntax error', `${HEAD}  - id: a\n    name: [A\n    level: province\n`, ['a.yaml:6:5-6:6 schema/yaml-syntax']],
      ['an unknown kind on line 2', 'apiVersion: tthc/v1\nkind: Agencies\n', ['a.yaml:2:7-2:15 schema/unknown-kind']],
      ['a legal finding on a kept value', `${HEAD}${AGENCY('a')}${AGENCY('ubnd-huyen-x', 'district')}`, ['a.yaml:9:12-9:20 legal/abolished-level']],
    ])('%s', async (_name, text, expected) => {
      const files = { 'a.yaml': crlf(text), 'catalog.yaml': EXAMPLE_BASE['catalog.yaml'] ?? '' };
      const { findings } = await load(files);
      expect(where(findings)).toEqual(expected);
    });
  });
});

describe('partly invalid files', () => {
  it('keeps the valid agencies of a list with one bad entry', async () => {
    const text = `${HEAD}${AGENCY('a')}${AGENCY('b', 'phuong')}${AGENCY('c')}`;
    const { catalog, findings } = await load({ 'a.yaml': text });
    expect(catalog.agencies.map((a) => a.value.id)).toEqual(['a', 'c']);
    expect([...catalog.invalidIds.agencies]).toEqual(['b']);
    expect(where(findings)).toEqual(['a.yaml:9:12-9:18 schema/invalid']);
  });

  it('places findings on entries after a dropped one at their own lines', async () => {
    const text = `${HEAD}${AGENCY('a', 'phuong')}${AGENCY('ubnd-huyen-x', 'district')}`;
    const files = { 'a.yaml': text, 'catalog.yaml': EXAMPLE_BASE['catalog.yaml'] ?? '' };
    const { findings } = await load(files);
    expect(where(findings)).toEqual(['a.yaml:6:12-6:18 schema/invalid', 'a.yaml:9:12-9:20 legal/abolished-level']);
    expect(findings[1]?.path).toEqual(['agencies', 1, 'level']);
  });

  it('keeps the valid entries of an implementation and places findings on them', async () => {
    const files = {
      ...EXAMPLE_BASE,
      'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n    online_level: nope\n  - code: "1.009999"\n',
    };
    const catalog = await loadCatalog('catalog', new MemoryIO(files));
    expect(catalog.implementations[0]?.value.procedures.map((p) => p.code)).toEqual(['1.009999']);
    const result = runRules(catalog, RULES, { groups: ['schema', 'ref'], today: '2026-11-01' });
    const findings = toFindings(catalog, result.reports, RULES, 'en');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule} ${JSON.stringify(f.path)}`)).toEqual([
      '6:19 schema/invalid ["procedures",0,"online_level"]',
      '7:11 ref/unknown-procedure ["procedures",1,"code"]',
    ]);
  });
});

describe('hostile files are bounded', () => {
  it('refuses an alias bomb quickly, as a syntax finding', async () => {
    const lines = ['apiVersion: tthc/v1', 'kind: AgencyList', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('agencies: *a9');
    const started = Date.now();
    const { findings } = await load({ 'a.yaml': lines.join('\n') });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(where(findings)).toEqual(['a.yaml:1:1-1:1 schema/yaml-syntax']);
    expect(findings[0]?.data).toEqual({ limit: 100 });
  });

  it('refuses nesting deep enough to exhaust the stack', async () => {
    const { findings } = await load({ 'a.yaml': `${'['.repeat(20000)}${']'.repeat(20000)}\n` });
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual(['schema/yaml-syntax The YAML structure is nested too deeply (over 100 levels) to read safely. Change the limit with TTHC_MAX_DEPTH']);
  });

  it('reports a file over the size limit without parsing it', async () => {
    const { findings } = await load({ 'a.yaml': `${HEAD}${AGENCY('a')}` }, { limits: { maxAliasCount: 100, maxDepth: 100, maxFileBytes: 10 } });
    expect(where(findings)).toEqual(['a.yaml:1:1-1:1 schema/invalid']);
    expect(findings[0]?.data).toEqual({ size: 98, limit: 10 });
  });
});
