import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/no-contact';
const P = 'procedures/ho-tich/1.001193.yaml';
const NO_CONTACT = { [P]: procedureWith({ 'contact: { unit: Bộ phận Một cửa, hotline: "1022" }\n': '' }) };
const agencies = (hamRong: string, ngaSon: string) => ({
  'agencies.yaml': `apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - { id: ubnd-phuong-ham-rong, name: UBND phường Hàm Rồng, level: commune${hamRong} }\n  - { id: ubnd-xa-nga-son, name: UBND xã Nga Sơn, level: commune${ngaSon} }\n`,
});

describe(RULE, () => {
  it('reports once per procedure when no agency carrying it out has a contact', async () => {
    const f = await ruleFindings(RULE, { ...NO_CONTACT, ...agencies('', ''), ...impl('    online_level: full\n') });
    expect(at(f)).toEqual([[P, 3, 7]]);
    expect(f[0]?.data).toMatchObject({ count: 2, agencies: ['ubnd-phuong-ham-rong', 'ubnd-xa-nga-son'], published: null, observed: null });
  });

  it('reports per agency with a record when only some agencies have a contact', async () => {
    const f = await ruleFindings(RULE, { ...NO_CONTACT, ...agencies('', ', contact: { phone: "1" }'), ...impl('    online_level: full\n') });
    expect(at(f)).toEqual([['implementations/ubnd-phuong-ham-rong.yaml', 5, 11]]);
    expect(f[0]?.data).toMatchObject({ procedure: '1.001193', agency: 'UBND phường Hàm Rồng' });
    expect(f[0]?.message).toBe('Không biết hỏi ai: thủ tục 1.001193 không có đầu mối liên hệ và UBND phường Hàm Rồng cũng không có');
  });

  it('names, once on the procedure, the agencies without a record that have no contact either', async () => {
    const three = { 'agencies.yaml': `${agencies('', ', contact: { phone: "1" }')['agencies.yaml']}  - { id: ubnd-xa-hau-loc, name: UBND xã Hậu Lộc, level: commune }\n` };
    const f = await ruleFindings(RULE, { ...NO_CONTACT, ...three, ...impl('    online_level: full\n') });
    expect(at(f)).toEqual([['implementations/ubnd-phuong-ham-rong.yaml', 5, 11], [P, 3, 7]]);
    expect(f[1]?.message).toBe('Không biết hỏi ai: thủ tục 1.001193 không có đầu mối liên hệ; cơ quan phải thực hiện chưa có bản ghi thực tế cũng không có: UBND xã Hậu Lộc');
  });

  it.each([
    ['the procedure has a contact', agencies('', '')],
    ['the record gives a contact', { ...NO_CONTACT, ...agencies('', ', contact: { phone: "1" }'), ...impl('    contact: { phone: "0237 1" }\n') }],
    ['the agency has a contact', { ...NO_CONTACT, ...impl('    online_level: full\n') }],
  ])('is silent when %s', async (_, overlay) => {
    expect(await ruleFindings(RULE, overlay)).toEqual([]);
  });
});
