import { procedureWith } from '../examples.js';
import { agencyList, agencyName, namedAgencies } from './common.js';
import { expectedAgencies } from './practice.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Agency = { procedure: string; agency: string; published: null; observed: null };
type Nobody = { procedure: string; count: number; agencies: string[]; names: string[]; published: null; observed: null };
type Unrecorded = { procedure: string; count: number; names: string[]; published: null; observed: null };

const NO_CONTACT = procedureWith({ 'contact: { unit: Bộ phận Một cửa, hotline: "1022" }\n': '' });
const IMPL = 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n';
const AGENCIES_WITHOUT_CONTACT = `apiVersion: tthc/v1
kind: AgencyList
agencies:
  - { id: so-tu-phap, name: Sở Tư pháp, level: province }
  - { id: ubnd-phuong-ham-rong, name: UBND phường Hàm Rồng, level: commune }
  - { id: ubnd-xa-nga-son, name: UBND xã Nga Sơn, level: commune }
`;

export default defineRule<{ agency: Agency; nobody: Nobody; unrecorded: Unrecorded }>({
  id: 'consistency/no-contact',
  group: 'consistency',
  severity: 'warning',
  docs: {
    summary: { vi: 'Không có đầu mối liên hệ: "không biết hỏi ai"', en: 'No contact point for a procedure ("don\'t know whom to ask")' },
    description: {
      vi: 'Thủ tục không ghi đầu mối liên hệ (`contact`) và cơ quan thực hiện cũng không có (trong agencies.yaml hoặc trong bản ghi thực tế). Khi không cơ quan nào phải thực hiện thủ tục có đầu mối, báo một lần cho thủ tục; nếu không, báo cho từng cơ quan đã có bản ghi thực tế mà thiếu đầu mối, và một lần cho thủ tục, nêu tên các cơ quan phải thực hiện chưa có bản ghi thực tế mà cũng thiếu đầu mối.',
      en: 'The procedure has no `contact` and the agency carrying it out has none either (in agencies.yaml or in its implementation record). When no agency that should carry out the procedure has a contact, one finding for the procedure; otherwise one per agency with an implementation record and no contact, and one for the procedure naming the agencies that should carry it out, have no record and no contact either.',
    },
    legal: [oneStopDecree('công khai đầu mối hướng dẫn, tiếp nhận phản ánh'), 'Nghị định 20/2008/NĐ-CP (tiếp nhận, xử lý phản ánh, kiến nghị)', 'Công văn 840/VPCP-KSTT năm 2022 ("không biết hỏi ai")'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': NO_CONTACT, 'agencies.yaml': AGENCIES_WITHOUT_CONTACT, 'implementations/ubnd-phuong-ham-rong.yaml': IMPL },
      good: { 'procedures/ho-tich/1.001193.yaml': NO_CONTACT, 'implementations/ubnd-phuong-ham-rong.yaml': IMPL },
    },
  },
  messages: {
    agency: {
      vi: (d) => `Không biết hỏi ai: thủ tục ${d.procedure} không có đầu mối liên hệ và ${d.agency} cũng không có`,
      en: (d) => `Nobody to ask: procedure ${d.procedure} has no contact point and neither has ${d.agency}`,
    },
    nobody: {
      vi: (d) => d.count === 1
        ? `Không biết hỏi ai: thủ tục ${d.procedure} không có đầu mối liên hệ và cơ quan thực hiện (${d.names.join(', ')}) cũng không có`
        : `Không biết hỏi ai: thủ tục ${d.procedure} không có đầu mối liên hệ và cả ${d.count} cơ quan thực hiện đều không có`,
      en: (d) => d.count === 1
        ? `Nobody to ask: procedure ${d.procedure} has no contact point and neither has the agency carrying it out (${d.names.join(', ')})`
        : `Nobody to ask: procedure ${d.procedure} has no contact point and none of the ${d.count} agencies carrying it out has one`,
    },
    unrecorded: {
      vi: (d) => `Không biết hỏi ai: thủ tục ${d.procedure} không có đầu mối liên hệ; ${d.count === 1 ? 'cơ quan' : `${d.count} cơ quan`} phải thực hiện chưa có bản ghi thực tế cũng không có: ${agencyList(d.names, d.count, 'vi')}`,
      en: (d) => `Nobody to ask: procedure ${d.procedure} has no contact point, and neither ${d.count === 1 ? 'has the agency' : `have ${d.count} agencies`} that should carry it out and have no implementation record: ${agencyList(d.names, d.count, 'en')}`,
    },
  },
  check(ctx) {
    const { lookup } = ctx;
    for (const procedure of ctx.catalog.procedures) {
      const p = procedure.value;
      if (p.status !== 'active' || p.contact !== undefined || lookup.procedure.get(p.code) !== procedure) continue;
      const records = lookup.implementationsOf.get(p.code) ?? [];
      const withContact = new Set(records.filter((r) => r.entry.contact !== undefined).map((r) => r.implementation.value.agency));
      const expected = expectedAgencies(p, ctx.catalog.agencies, lookup, ctx.asOf);
      const involved = [...new Set([...expected, ...records.map((r) => r.implementation.value.agency)])];
      const reachable = (id: string) => withContact.has(id) || lookup.agency.get(id)?.value.contact !== undefined;
      if (involved.length > 0 && !involved.some(reachable)) {
        ctx.report('nobody', {
          data: { procedure: p.code, count: involved.length, agencies: involved, names: involved.slice(0, 3).map((id) => agencyName(lookup, id)), published: null, observed: null },
          target: { file: procedure.file, path: ['code'] },
          procedure: p.code,
        });
        continue;
      }
      // Agencies without a record have no entry to point at: one finding on the procedure names them.
      const recorded = new Set(records.map((r) => r.implementation.value.agency));
      const silent = expected.filter((id) => !recorded.has(id) && !reachable(id) && lookup.agency.has(id));
      if (silent.length > 0) {
        ctx.report('unrecorded', {
          data: { procedure: p.code, count: silent.length, names: namedAgencies(lookup, silent), published: null, observed: null },
          target: { file: procedure.file, path: ['code'] },
          procedure: p.code,
        });
      }
      for (const r of records) {
        const id = r.implementation.value.agency;
        if (reachable(id) || !lookup.agency.has(id)) continue;
        ctx.report('agency', {
          data: { procedure: p.code, agency: agencyName(lookup, id), published: null, observed: null },
          target: { file: r.implementation.file, path: ['procedures', r.index, 'code'] },
          procedure: p.code,
          agency: id,
          related: [{ file: procedure.file, path: ['code'] }],
        });
      }
    }
  },
});
