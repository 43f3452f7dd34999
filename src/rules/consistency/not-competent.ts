import { valueName } from '../../i18n/values.js';
import { agencyList, agencyName, namedAgencies } from './common.js';
import { entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';

type Level = { agency: string; code: string; published: string[]; observed: string };
/** `published` holds the ids (or the level) of `implemented_by`; `names`, the names of the first agencies. */
type Outside = Level & { names: string[] };

/** Whom `implemented_by` assigns the procedure to, as a reader names them. */
const assigned = (d: Outside, locale: 'vi' | 'en') =>
  d.names.length > 0 ? agencyList(d.names, d.published.length, locale) : d.published.map((l) => (locale === 'vi' ? valueName(l, 'vi').toLowerCase() : `the ${valueName(l, 'en').toLowerCase()} level`)).join(', ');

const IMPL = (agency: string) => ({
  [`implementations/${agency}.yaml`]: `apiVersion: tthc/v1\nkind: Implementation\nagency: ${agency}\nprocedures:\n  - code: "1.001193"\n    online_level: full\n`,
});

export default defineRule<{ level: Level; outside: Outside }>({
  id: 'consistency/not-competent',
  group: 'consistency',
  severity: 'error',
  docs: {
    summary: { vi: 'Cơ quan thực hiện thủ tục không thuộc thẩm quyền của mình', en: 'The agency carries out a procedure outside its competence' },
    description: {
      vi: 'Cấp của cơ quan (agencies.yaml) không nằm trong các cấp thực hiện của thủ tục (`levels`), hoặc cơ quan nằm ngoài `implemented_by` (danh sách cơ quan, hoặc cấp được giao). Thường gặp sau sắp xếp đơn vị hành chính năm 2025: thủ tục chuyển về cấp xã nhưng sở vẫn tiếp nhận, hoặc ngược lại.',
      en: "The agency's level (agencies.yaml) is not among the procedure's levels (`levels`), or the agency is outside `implemented_by` (its list of agencies, or the level it assigns). Common after the 2025 reorganisation: a procedure moved to communes while a department still takes it, or the reverse.",
    },
    legal: ['Luật Tổ chức chính quyền địa phương 2025 (chính quyền địa phương hai cấp)', 'Nghị định 63/2010/NĐ-CP, Điều 8 (cơ quan thực hiện là nội dung của thủ tục đã công bố)'],
    examples: { bad: IMPL('so-tu-phap'), good: IMPL('ubnd-xa-nga-son') },
  },
  messages: {
    level: {
      vi: (d) => `${d.agency} (${valueName(d.observed, 'vi').toLowerCase()}) thực hiện thủ tục ${d.code}, trong khi thủ tục thuộc ${d.published.map((l) => valueName(l, 'vi').toLowerCase()).join(', ')}`,
      en: (d) => `${d.agency} (${valueName(d.observed, 'en').toLowerCase()} level) carries out procedure ${d.code}, which belongs to: ${d.published.map((l) => valueName(l, 'en').toLowerCase()).join(', ')}`,
    },
    outside: {
      vi: (d) => `${d.agency} thực hiện thủ tục ${d.code}, nhưng thủ tục chỉ giao cho ${assigned(d, 'vi')}`,
      en: (d) => `${d.agency} carries out procedure ${d.code}, but the procedure is assigned only to ${assigned(d, 'en')}`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      const id = record.implementation.value.agency;
      const agency = ctx.lookup.agency.get(id)?.value;
      if (!agency) continue; // ref/unknown-agency
      const p = procedure.value;
      const base = { agency: agencyName(ctx.lookup, id), code: p.code };
      const where = { file: record.implementation.file, path: entryPath(record, 'code') };
      const common = { target: where, procedure: p.code, agency: id };
      if (!p.levels.includes(agency.level)) {
        ctx.report('level', { ...common, data: { ...base, published: [...p.levels], observed: agency.level }, related: [{ file: procedure.file, path: ['levels'] }] });
        continue;
      }
      const by = p.implemented_by;
      if (!by) continue;
      const inside = 'agencies' in by ? by.agencies.includes(id) : by.level === agency.level;
      if (inside) continue;
      const published = 'agencies' in by ? [...by.agencies] : [by.level];
      const names = 'agencies' in by ? namedAgencies(ctx.lookup, by.agencies) : [];
      ctx.report('outside', { ...common, data: { ...base, published, observed: 'agencies' in by ? id : agency.level, names }, related: [{ file: procedure.file, path: ['implemented_by'] }] });
    }
  },
});
