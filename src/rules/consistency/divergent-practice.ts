import { counted, type Locale } from '../../i18n/locale.js';
import { agencyList, implementationExample, namedAgencies } from './common.js';
import { describeVariant } from './describe.js';
import { practiceOf, type Difference } from './practice.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

export interface DivergentData {
  procedure: string;
  published: number;
  observed: number;
  variants: number;
  surveyed: number;
  conforming: number;
  common: Difference[];
  common_agencies: string[];
  deviating: string[];
  /**
   * Each variant's agencies by id, and the names the message lists (the first few of each
   * deviating variant, from agencies.yaml, else the id; none for the most common one).
   */
  groups: { differences: Difference[]; agencies: string[]; names: string[] }[];
}

function word(d: DivergentData, locale: Locale): string {
  const named = (g: DivergentData['groups'][number]) => agencyList(g.names, g.agencies.length, locale);
  const rest = d.groups.slice(1);
  // When most agencies deviate, the agencies that follow the publication are said to do so, not
  // listed among the ones that "differ".
  const asPublished = d.common.length > 0 ? rest.find((g) => g.differences.length === 0) : undefined;
  const others = rest.filter((g) => g !== asPublished).map((g) => `${named(g)} (${describeVariant(g.differences, locale)})`).join('; ');
  if (locale === 'vi') {
    const head = `Thủ tục ${d.procedure} được thực hiện theo ${d.variants} cách khác nhau tại ${d.surveyed} cơ quan đã khảo sát; phổ biến nhất (${d.common_agencies.length} cơ quan): ${describeVariant(d.common, 'vi')}`;
    return [head, asPublished && `đúng như công bố: ${named(asPublished)}`, others && `khác: ${others}`].filter(Boolean).join('; ');
  }
  const head = `Procedure ${d.procedure} is carried out in ${d.variants} different ways by the ${counted(d.surveyed, 'agency', 'agencies')} surveyed; most common (${counted(d.common_agencies.length, 'agency', 'agencies')}): ${describeVariant(d.common, 'en')}`;
  return [head, asPublished && `as published: ${named(asPublished)}`, others && `others: ${others}`].filter(Boolean).join('; ');
}

const SECOND = implementationExample('ubnd-xa-nga-son', '    online_level: full\n');

export default defineRule<{ divergent: DivergentData }>({
  id: 'consistency/divergent-practice',
  group: 'consistency',
  severity: 'info',
  docs: {
    summary: { vi: 'Cùng một thủ tục, các cơ quan thực hiện khác nhau', en: 'Agencies carry out the same procedure differently' },
    description: {
      vi: 'Một phát hiện cho mỗi thủ tục có từ 2 cơ quan được khảo sát trở lên mà cách làm không giống nhau: bao nhiêu cách làm, cách phổ biến nhất, cơ quan nào làm khác. Mỗi bản ghi thực tế được rút gọn thành danh sách điểm khác với thủ tục đã công bố (giấy tờ thêm, bớt, số bản, loại bản sao, thời hạn và phí từng kênh, kênh thiếu, mức trực tuyến, đòi bản giấy); các cơ quan có cùng danh sách làm giống nhau. Đây là phản ánh "hồ sơ được chấp nhận ở cơ quan này nhưng không được chấp nhận ở cơ quan khác".',
      en: 'One finding per procedure with two or more surveyed agencies that do not work the same way: how many variants, the most common one, which agencies deviate. Each record is reduced to its list of differences from the published procedure (extra or missing documents, counts, copy types, time and fee per channel, missing channels, online level, paper on top of online); agencies with the same list work the same way. This is the complaint "accepted at one agency, refused at another".',
    },
    legal: [oneStopDecree('thực hiện thống nhất thủ tục đã công bố'), 'Công văn 840/VPCP-KSTT năm 2022 (phản ánh của doanh nghiệp)'],
    examples: {
      bad: { ...implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: Sổ hộ khẩu, action: present }\n'), ...SECOND },
      good: { ...implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng sinh (bản chính) }\n'), ...SECOND },
    },
  },
  messages: { divergent: { vi: (d) => word(d, 'vi'), en: (d) => word(d, 'en') } },
  check(ctx) {
    for (const [code, records] of ctx.lookup.implementationsOf) {
      const procedure = ctx.lookup.procedure.get(code);
      if (!procedure || procedure.value.status === 'abolished') continue;
      const practice = practiceOf(procedure.value, records);
      const [common, ...others] = practice.variants;
      if (!common || others.length === 0 || practice.surveyed.length < 2) continue;
      const conforming = practice.variants.find((v) => v.key === '')?.agencies.length ?? 0;
      ctx.report('divergent', {
        data: {
          procedure: code,
          published: 1,
          observed: practice.variants.length,
          variants: practice.variants.length,
          surveyed: practice.surveyed.length,
          conforming,
          common: common.differences,
          common_agencies: common.agencies,
          deviating: others.flatMap((v) => v.agencies),
          groups: practice.variants.map((v, i) => ({ differences: v.differences, agencies: v.agencies, names: i === 0 ? [] : namedAgencies(ctx.lookup, v.agencies) })),
        },
        target: { file: procedure.file, path: ['code'] },
        procedure: code,
        related: others.flatMap((v) => v.records.map((r) => ({ file: r.implementation.file, path: ['procedures', r.index] }))),
      });
    }
  },
});
