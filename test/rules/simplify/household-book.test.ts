import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';

const RULE = 'simplify/household-book';

describe(RULE, () => {
  it.each([
    ['{ id: so-ho-khau, name: Sổ hộ khẩu, action: present }', 'Sổ hộ khẩu', 'sổ hộ khẩu'],
    ['{ id: so-tam-tru, name: "Sổ tạm trú (bản chính)" }', 'Sổ tạm trú (bản chính)', 'sổ tạm trú'],
    ['{ id: xac-nhan, name: Giấy xác nhận cư trú của Công an xã }', 'Giấy xác nhận cư trú của Công an xã', 'giấy xác nhận cư trú'],
    ['{ id: ho-khau, name: Bản sao hộ khẩu gia đình }', 'Bản sao hộ khẩu gia đình', 'hộ khẩu'],
    ['{ id: ho-khau, name: SỔ HỘ KHẨU }', 'SỔ HỘ KHẨU', 'sổ hộ khẩu'],
  ])('fires on %s', async (doc, document, phrase) => {
    const findings = await findingsFor(withDocs(doc), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'warning', file: PROC, line: 19, column: doc.indexOf('name:') + 11, procedure: '1.001193', data: { code: '1.001193', document } });
    expect(findings[0]?.data?.phrase).toBe(phrase);
  });

  it('says the paper books are no longer valid, without repeating a name that is the phrase itself', async () => {
    const [vi] = await findingsFor(withDocs('{ id: so-ho-khau, name: Sổ hộ khẩu, action: present }'), [RULE]);
    expect(vi?.message).toBe('Thủ tục 1.001193 còn yêu cầu "Sổ hộ khẩu"; sổ hộ khẩu, sổ tạm trú bằng giấy không còn giá trị sử dụng từ 01/01/2023, thông tin cư trú khai thác từ CSDL quốc gia về dân cư');
    const [en] = await findingsFor(withDocs('{ id: so-ho-khau, name: SỔ HỘ KHẨU }'), [RULE], 'en');
    expect(en?.message).toBe('Procedure 1.001193 still asks for "SỔ HỘ KHẨU"; paper household and temporary-residence books are no longer valid since 2023-01-01, residence is looked up in the population database');
    const [copy] = await findingsFor(withDocs('{ id: ho-khau, name: Bản sao hộ khẩu gia đình }'), [RULE]);
    expect(copy?.message).toBe('Thủ tục 1.001193 còn yêu cầu "Bản sao hộ khẩu gia đình" (hộ khẩu); sổ hộ khẩu, sổ tạm trú bằng giấy không còn giá trị sử dụng từ 01/01/2023, thông tin cư trú khai thác từ CSDL quốc gia về dân cư');
  });

  it('does not call a residence confirmation abolished: it is lawful, but the data can be looked up', async () => {
    const [vi] = await findingsFor(withDocs('{ id: xac-nhan, name: Giấy xác nhận thông tin về cư trú }'), [RULE]);
    expect(vi?.message).toBe('Thủ tục 1.001193 còn yêu cầu "Giấy xác nhận thông tin về cư trú" (xác nhận thông tin về cư trú); giấy xác nhận thông tin về cư trú chỉ là một trong các cách chứng minh cư trú, thông tin cư trú khai thác được từ CSDL quốc gia về dân cư, không cần buộc người dân nộp giấy');
    expect(vi?.message).not.toMatch(/bãi bỏ|không còn giá trị/);
    const [en] = await findingsFor(withDocs('{ id: xac-nhan, name: Giấy xác nhận cư trú }'), [RULE], 'en');
    expect(en?.message).toBe('Procedure 1.001193 still asks for "Giấy xác nhận cư trú"; a residence confirmation is only one way to prove residence, which can be looked up in the population database without asking the applicant for the paper');
  });

  it('matches NFD text and old tone placement', async () => {
    const findings = await findingsFor(withDocs('{ id: so-ho-khau, name: "S\u006f\u0309 h\u00f4\u0323 kh\u00e2\u0309u" }'), [RULE]);
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
  });

  it.each([
    ['{ id: cu-tru, name: Giấy tờ chứng minh chỗ ở hợp pháp }'],
    ['{ id: khau-trang, name: Sổ khẩu trang }'],
    ['{ id: tam-tru, name: Tờ khai thay đổi thông tin cư trú, form: CT01 }'],
  ])('stays silent on %s', async (doc) => {
    expect(await findingsFor(withDocs(doc), [RULE])).toEqual([]);
  });

  it('ignores abolished procedures', async () => {
    const files = withDocs('{ id: so-ho-khau, name: Sổ hộ khẩu }');
    files[PROC] = (files[PROC] ?? '').replace('status: active', 'status: abolished');
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});
