import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';

const RULE = 'simplify/no-form';

describe(RULE, () => {
  it.each([['Đơn đề nghị cấp giấy phép'], ['Tờ khai đăng ký'], ['Giấy đề nghị xác nhận'], ['Văn bản đề nghị'], ['Phiếu đề nghị cấp bản sao']])('fires on "%s" without a form', async (name) => {
    const findings = await findingsFor(withDocs(`{ id: don, name: ${name} }`), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: PROC, line: 19, column: 22, data: { code: '1.001193', document: name } });
  });

  it.each([
    ['{ id: don, name: Đơn đề nghị, form: Mẫu số 01 }'],
    ['{ id: dv, name: Đơn vị cấp giấy xác nhận }'],
    ['{ id: gx, name: Giấy xác nhận của đơn vị }'],
  ])('stays silent on %s', async (doc) => {
    expect(await findingsFor(withDocs(doc), [RULE])).toEqual([]);
  });
});
