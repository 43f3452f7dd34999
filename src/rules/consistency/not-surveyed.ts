import { agree, counted, formatNumber } from '../../i18n/locale.js';
import { agencyList, implementationExample, namedAgencies } from './common.js';
import { expectedAgencies } from './practice.js';
import { defineRule } from '../rule.js';

/** `missing` holds every id; `names`, the names of the first few, which the message lists. */
type Data = { procedure: string; published: number; observed: number; expected: number; surveyed: number; count: number; missing: string[]; names: string[] };

export default defineRule<{ some: Data; none: Data }>({
  id: 'consistency/not-surveyed',
  group: 'consistency',
  severity: 'info',
  docs: {
    summary: { vi: 'Cơ quan phải thực hiện thủ tục nhưng chưa có số liệu thực tế', en: 'Agencies that should carry out a procedure have no implementation record' },
    description: {
      vi: 'Một phát hiện cho mỗi thủ tục: những cơ quan phải thực hiện (theo `implemented_by`, hoặc mọi cơ quan còn hiệu lực ở cấp tỉnh, cấp xã của thủ tục) nhưng chưa có bản ghi Implementation cho thủ tục này — số lượng và danh sách. Giúp lập kế hoạch khảo sát: chưa khảo sát thì chưa biết cơ quan đó làm đúng hay không.',
      en: 'One finding per procedure: the agencies that should carry it out (from `implemented_by`, or every agency in force at the procedure\'s province and commune levels) but have no Implementation record of it — how many and which. It helps plan surveys: an agency not surveyed is not known to comply.',
    },
    legal: ['Nghị định 63/2010/NĐ-CP, sửa đổi bởi Nghị định 92/2017/NĐ-CP (kiểm soát việc thực hiện TTHC)', 'Thông tư 02/2017/TT-VPCP (kiểm tra, rà soát)'],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong'),
      good: { ...implementationExample('ubnd-phuong-ham-rong'), ...implementationExample('ubnd-xa-nga-son') },
    },
  },
  messages: {
    some: {
      vi: (d) => `${formatNumber(d.count, 'vi')}/${formatNumber(d.expected, 'vi')} cơ quan phải thực hiện thủ tục ${d.procedure} chưa được khảo sát: ${agencyList(d.names, d.count, 'vi')}`,
      en: (d) => `${formatNumber(d.count, 'en')} of ${counted(d.expected, 'agency', 'agencies')} that should carry out procedure ${d.procedure} ${agree(d.count, 'has', 'have')} not been surveyed: ${agencyList(d.names, d.count, 'en')}`,
    },
    none: {
      // One agency is named rather than counted ("none of 1 agency" says less than its name).
      vi: (d) => d.expected === 1 && d.names[0] !== undefined
        ? `${d.names[0]}, cơ quan phải thực hiện thủ tục ${d.procedure}, chưa được khảo sát`
        : `Chưa cơ quan nào trong ${formatNumber(d.expected, 'vi')} cơ quan phải thực hiện thủ tục ${d.procedure} được khảo sát`,
      en: (d) => d.expected === 1 && d.names[0] !== undefined
        ? `${d.names[0]}, the agency that should carry out procedure ${d.procedure}, has not been surveyed`
        : `None of the ${formatNumber(d.expected, 'en')} agencies that should carry out procedure ${d.procedure} has been surveyed`,
    },
  },
  check(ctx) {
    for (const procedure of ctx.catalog.procedures) {
      const p = procedure.value;
      if (p.status !== 'active' || ctx.lookup.procedure.get(p.code) !== procedure) continue;
      const expected = expectedAgencies(p, ctx.catalog.agencies, ctx.lookup, ctx.asOf);
      const surveyed = new Set((ctx.lookup.implementationsOf.get(p.code) ?? []).map((r) => r.implementation.value.agency));
      const missing = expected.filter((id) => !surveyed.has(id));
      if (missing.length === 0) continue;
      const done = expected.length - missing.length;
      ctx.report(done === 0 ? 'none' : 'some', {
        data: { procedure: p.code, published: expected.length, observed: done, expected: expected.length, surveyed: done, count: missing.length, missing, names: namedAgencies(ctx.lookup, missing) },
        target: { file: procedure.file, path: p.implemented_by ? ['implemented_by'] : ['code'] },
        procedure: p.code,
      });
    }
  },
});
