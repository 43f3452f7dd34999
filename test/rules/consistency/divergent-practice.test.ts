import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';
import { word } from '../../helpers/rules.js';

const RULE = 'consistency/divergent-practice';
const AGENCIES = `apiVersion: tthc/v1
kind: AgencyList
agencies:
${['a', 'b', 'c', 'd', 'e'].map((x) => `  - { id: ubnd-xa-${x}, name: UBND xã ${x.toUpperCase()}, level: commune, contact: { phone: "1" } }`).join('\n')}
`;
const EXTRA = '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: Sổ hộ khẩu, action: present }\n';
const EXTRA_NFD = '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: "SỔ HỘ KHẨU", action: present }\n'.normalize('NFD');
const AS_PUBLISHED = '    online_level: full\n';

describe(RULE, () => {
  it('counts variants by key, names the most common one and the deviating agencies', async () => {
    const f = await ruleFindings(RULE, {
      'agencies.yaml': AGENCIES,
      ...impl(AS_PUBLISHED, 'ubnd-xa-a'),
      ...impl('    documents:\n      - { name: Tờ khai đăng ký khai sinh }\n      - { name: Giấy chứng sinh (bản chính) }\n', 'ubnd-xa-b'),
      ...impl(AS_PUBLISHED, 'ubnd-xa-c'),
      ...impl(EXTRA, 'ubnd-xa-d'),
      ...impl(EXTRA_NFD, 'ubnd-xa-e'),
    });
    expect(at(f)).toEqual([['procedures/ho-tich/1.001193.yaml', 3, 7]]);
    expect(f[0]?.data).toMatchObject({
      published: 1, observed: 2, variants: 2, surveyed: 5, conforming: 3,
      common: [], common_agencies: ['ubnd-xa-a', 'ubnd-xa-b', 'ubnd-xa-c'], deviating: ['ubnd-xa-d', 'ubnd-xa-e'],
    });
    expect(f[0]?.related?.map((r) => r.file)).toEqual(['implementations/ubnd-xa-d.yaml', 'implementations/ubnd-xa-e.yaml']);
    expect(f[0]?.message).toContain('khác: UBND xã D, UBND xã E (yêu cầu thêm Sổ hộ khẩu)');
    expect(f[0]?.data).toMatchObject({ groups: [{ agencies: ['ubnd-xa-a', 'ubnd-xa-b', 'ubnd-xa-c'] }, { agencies: ['ubnd-xa-d', 'ubnd-xa-e'], names: ['UBND xã D', 'UBND xã E'] }] });
  });

  it.each([
    ['one surveyed agency that deviates', { ...impl(EXTRA) }],
    ['two agencies doing the same thing', { ...impl(EXTRA), ...impl(EXTRA, 'ubnd-xa-nga-son') }],
    ['two agencies as published', { ...impl(AS_PUBLISHED), ...impl('    channels:\n      - { kind: online, time: { value: 8, unit: hours }, fee: 0 }\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n', 'ubnd-xa-nga-son') }],
  ])('is silent for %s', async (_, overlay) => {
    expect(await ruleFindings(RULE, overlay)).toEqual([]);
  });
});

describe(`${RULE} wording`, () => {
  it('keeps amounts of money as written, counts in agreement, an unknown agency by its id', () => {
    const d = {
      procedure: '2.000815', variants: 2, surveyed: 2, common: [], common_agencies: ['ubnd-xa-a'],
      groups: [
        { differences: [], agencies: ['ubnd-xa-a'], names: ['UBND xã A'] },
        { differences: [{ kind: 'fee', channel: 'in_person', value: 5000 }, { kind: 'extra-channel', channel: 'postal' }], agencies: ['ubnd-xa-x'], names: ['ubnd-xa-x'] },
      ],
    };
    expect(word(RULE, 'divergent', d, 'en')).toBe('Procedure 2.000815 is carried out in 2 different ways by the 2 agencies surveyed; most common (1 agency): as published; others: ubnd-xa-x (in person: 5,000 VND; also accepts dossiers by post)');
    expect(word(RULE, 'divergent', d, 'vi')).toContain('khác: ubnd-xa-x (trực tiếp: 5.000 đồng; thêm kênh dịch vụ bưu chính)');
  });

  it('says which agencies follow the publication when most do not, instead of listing them as different', () => {
    const extra = [{ kind: 'paper-with-online' }];
    const d = {
      procedure: '1.004873', variants: 2, surveyed: 3, common: extra, common_agencies: ['ubnd-xa-a', 'ubnd-xa-b'],
      groups: [{ differences: extra, agencies: ['ubnd-xa-a', 'ubnd-xa-b'], names: [] }, { differences: [], agencies: ['ubnd-xa-c'], names: ['UBND xã C'] }],
    };
    const vi = word(RULE, 'divergent', d, 'vi');
    expect(vi).toMatch(/; đúng như công bố: UBND xã C$/);
    expect(vi).not.toContain('khác: UBND xã C');
  });
});
