import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';
import { word } from '../../helpers/rules.js';

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

  // The population database holds Vietnamese citizens: a foreigner's passport is not in it.
  const SOURCES = {
    'datasources.yaml': `apiVersion: tthc/v1
kind: DataSourceList
sources:
  - { id: csdl-dan-cu, name: Cơ sở dữ liệu quốc gia về dân cư }
  - { id: csdl-ho-tich, name: Cơ sở dữ liệu hộ tịch điện tử }
evidence:
  - { id: the-can-cuoc, name: Thẻ Căn cước, source: csdl-dan-cu, aliases: [căn cước công dân, hộ chiếu] }
  - { id: ket-hon, name: Giấy chứng nhận kết hôn, source: csdl-ho-tich }
`,
  };
  const subjects = (list: string, doc: string) => ({ ...SOURCES, [PROC]: (withDocs(doc)[PROC] ?? '').replace('subjects: [citizen]', `subjects: [${list}]`) });

  it.each([
    ['a document of a foreigner, by its name', { ...SOURCES, ...withDocs('{ id: hc, name: "Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài" }') }],
    ['a passport in a procedure for foreigners only', subjects('foreigner', '{ id: hc, name: Hộ chiếu }')],
  ])('stays silent on %s when the source is the population database', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });

  it.each([
    ['a passport of a Vietnamese living abroad (a citizen)', { ...SOURCES, ...withDocs('{ id: hc, name: Hộ chiếu của người Việt Nam định cư ở nước ngoài }') }, 'Cơ sở dữ liệu quốc gia về dân cư'],
    ['a passport in a procedure for citizens and foreigners', subjects('citizen, foreigner', '{ id: hc, name: Hộ chiếu }'), 'Cơ sở dữ liệu quốc gia về dân cư'],
    ["a foreigner's document served by another source", { ...SOURCES, ...withDocs('{ id: kh, name: Giấy chứng nhận kết hôn của người nước ngoài }') }, 'Cơ sở dữ liệu hộ tịch điện tử'],
  ])('still fires on %s', async (_name, files, source) => {
    expect((await findingsFor(files, [RULE])).map((f) => f.data?.source)).toEqual([source]);
  });

  it('stays silent when the evidence names a source that does not exist', async () => {
    const files = { ...withDocs('{ id: cccd, name: Căn cước công dân }'), 'datasources.yaml': 'apiVersion: tthc/v1\nkind: DataSourceList\nsources: []\nevidence:\n  - { id: the-can-cuoc, name: Thẻ Căn cước, source: csdl-khac }\n' };
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});

describe('simplify/data-available wording', () => {
  const d = { code: '1.001776', document: 'Bản sao sổ hộ khẩu của đối tượng', evidence: 'Thông tin về cư trú', source: 'Cơ sở dữ liệu quốc gia về dân cư' };

  it('names the evidence kind after the document, with no word of its own before it', () => {
    expect(word('simplify/data-available', 'data', d, 'vi')).toBe('Thủ tục 1.001776: "Bản sao sổ hộ khẩu của đối tượng" (Thông tin về cư trú) đã có trong Cơ sở dữ liệu quốc gia về dân cư; đề xuất khai thác dữ liệu thay cho yêu cầu giấy tờ');
    expect(word('simplify/data-available', 'data', d, 'en')).toBe('Procedure 1.001776: the data of "Bản sao sổ hộ khẩu của đối tượng" (Thông tin về cư trú) is held in Cơ sở dữ liệu quốc gia về dân cư; propose using the data instead of the paper');
  });

  it('leaves the kind out when the document bears its name', () => {
    expect(word('simplify/data-available', 'data', { ...d, document: 'giấy khai sinh', evidence: 'Giấy khai sinh', source: 'CSDL hộ tịch điện tử' }, 'vi')).toBe('Thủ tục 1.001776: "giấy khai sinh" đã có trong CSDL hộ tịch điện tử; đề xuất khai thác dữ liệu thay cho yêu cầu giấy tờ');
  });
});
