import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';

const RULE = 'simplify/data-available';
const DATA = { code: '1.001193', evidence: 'Thẻ Căn cước', source: 'Cơ sở dữ liệu quốc gia về dân cư' };

describe(RULE, () => {
  it.each([
    ['{ id: cccd, name: Căn cước công dân, action: present }', 'Căn cước công dân'],
    ['{ id: cmnd, name: Bản sao CCCD của người yêu cầu }', 'Bản sao CCCD của người yêu cầu'],
    ['{ id: the, name: Giấy tờ tùy thân, evidence: the-can-cuoc }', 'Giấy tờ tùy thân'],
    ['{ id: the, name: "Thẻ căn cước (bản chính)" }', 'Thẻ căn cước (bản chính)'],
  ])('fires on %s', async (doc, document) => {
    const findings = await findingsFor(withDocs(doc), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'info', file: PROC, line: 19, column: 5, data: { ...DATA, document }, related: [{ file: 'datasources.yaml', line: 8, column: 5 }] });
  });

  it.each([
    ['{ id: the, name: Thẻ bảo hiểm y tế }'],
    ['{ id: can, name: Căn cứ pháp lý của việc yêu cầu }'],
    ['{ id: don, name: Tờ khai cấp lại Căn cước công dân, form: Mẫu CC01 }'],
    ['{ id: cccd, name: Căn cước công dân, case: Trường hợp không khai thác được thông tin từ Cơ sở dữ liệu quốc gia về dân cư }'],
  ])('stays silent on %s', async (doc) => {
    expect(await findingsFor(withDocs(doc), [RULE])).toEqual([]);
  });

  it('stays silent when the evidence names a source that does not exist', async () => {
    const files = { ...withDocs('{ id: cccd, name: Căn cước công dân }'), 'datasources.yaml': 'apiVersion: tthc/v1\nkind: DataSourceList\nsources: []\nevidence:\n  - { id: the-can-cuoc, name: Thẻ Căn cước, source: csdl-khac }\n' };
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});
