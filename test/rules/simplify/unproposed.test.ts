import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';
import { baseplus } from '../../helpers/rules.js';

const RULE = 'simplify/unproposed';
const proposal = (status: string) => ({
  'proposals/p.yaml': `apiVersion: tthc/v1\nkind: Proposal\nid: p\nprocedure: "1.001193"\ntitle: Bỏ sổ hộ khẩu\nstatus: ${status}\nchanges:\n  - { action: remove_document, document: so-ho-khau }\n`,
});
const HOUSEHOLD = withDocs('{ id: so-ho-khau, name: Sổ hộ khẩu }', '{ id: cccd, name: Căn cước công dân, copies: 1, copy_type: certified }');

describe(RULE, () => {
  it('fires on a procedure with candidates and no proposal', async () => {
    const findings = await findingsFor(HOUSEHOLD, [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE, file: PROC, line: 1, column: 1, procedure: '1.001193',
      data: { code: '1.001193', candidates: ['simplify/household-book'] },
    });
    expect(findings[0]?.message).toBe('Thủ tục 1.001193 có nội dung cần đơn giản hóa nhưng chưa có phương án: thành phần hồ sơ là hoặc nhắc tới sổ hộ khẩu, sổ tạm trú, giấy xác nhận cư trú. Tạo phương án bằng "tthc new proposal"');
    const [en] = await findingsFor(HOUSEHOLD, [RULE], 'en');
    expect(en?.message).toBe('Procedure 1.001193 has simplification candidates but no proposal: a document is or mentions the household book, temporary-residence book or residence confirmation. Draft one with "tthc new proposal"');
  });

  it('lists every warning in words, not rule ids', async () => {
    const files = withDocs('{ id: so-ho-khau, name: Sổ hộ khẩu }', '{ id: khac, name: Các giấy tờ khác có liên quan }');
    const [f] = await findingsFor(files, [RULE]);
    expect(f?.data).toMatchObject({ candidates: ['simplify/household-book', 'simplify/vague-document'] });
    expect(f?.message).toBe('Thủ tục 1.001193 có nội dung cần đơn giản hóa nhưng chưa có phương án: thành phần hồ sơ là hoặc nhắc tới sổ hộ khẩu, sổ tạm trú, giấy xác nhận cư trú; thành phần hồ sơ chung chung ("giấy tờ khác có liên quan", "… (nếu có)" không rõ trường hợp). Tạo phương án bằng "tthc new proposal"');
    expect(f?.message).not.toContain('simplify/');
  });

  // Info candidates (a copy that need not be certified, data a database holds) are for the reviewer.
  const INFO_ONLY = withDocs('{ id: cccd, name: Căn cước công dân, copies: 1, copy_type: certified }');

  it('stays silent when the only candidates are info', async () => {
    expect(await findingsFor(INFO_ONLY, [RULE])).toEqual([]);
  });

  it('follows the severities of catalog.yaml: a candidate raised to warning counts, one turned off does not', async () => {
    const config = (rules: string) => ({ 'catalog.yaml': baseplus('catalog.yaml', `rules:\n${rules}`) });
    const [raised] = await findingsFor({ ...INFO_ONLY, ...config('  simplify/data-available: warning\n') }, [RULE]);
    expect(raised?.data).toMatchObject({ candidates: ['simplify/data-available'] });
    expect(await findingsFor({ ...HOUSEHOLD, ...config('  simplify/household-book: off\n') }, [RULE])).toEqual([]);
  });

  it('fires when the only proposal was rejected', async () => {
    expect(await findingsFor({ ...HOUSEHOLD, ...proposal('rejected') }, [RULE])).toHaveLength(1);
  });

  it.each([
    ['a draft proposal covers it', { ...HOUSEHOLD, ...proposal('draft') }],
    ['there is no candidate', {}],
  ])('stays silent when %s', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});
