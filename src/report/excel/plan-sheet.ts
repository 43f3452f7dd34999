/**
 * Sheet 5, "Đề xuất đơn giản hóa": the simplification plan (phương án đơn giản hóa) with the
 * cost before and after each proposal, then the procedures rules point at that no proposal
 * covers yet.
 */
import type { LegalDocument } from '../../catalog/schema/kinds.js';
import { formatNumber } from '../../i18n/locale.js';
import { valueName } from '../../i18n/values.js';
import { RULES_BY_ID } from '../../rules/registry.js';
import { amendText, describeChange } from './describe.js';
import type { ReportIndex } from './input.js';
import { dataRow, groupRow, num, text, totalRow, type Column, type Row, type SheetModel } from './model.js';

export const NO_COST_DATA = 'Chưa có dữ liệu chi phí tuân thủ: catalog.yaml chưa có tham số chi phí (cost:).';

const COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 5 },
  { header: 'Mã TTHC', align: 'center', minWidth: 10, maxWidth: 11 },
  { header: 'Tên TTHC', maxWidth: 24, minWidth: 18 },
  { header: 'Nội dung đơn giản hóa', maxWidth: 36, minWidth: 26 },
  { header: 'Lý do', maxWidth: 28, minWidth: 18 },
  { header: 'Kiến nghị thực thi', maxWidth: 28, minWidth: 18 },
  { header: 'Chi phí trước (đồng/năm)', minWidth: 13, maxWidth: 14 },
  { header: 'Chi phí sau (đồng/năm)', minWidth: 13, maxWidth: 14 },
  { header: 'Chi phí tiết kiệm (đồng/năm)', minWidth: 13, maxWidth: 14 },
  { header: 'Tỷ lệ cắt giảm', minWidth: 9, maxWidth: 9 },
];

const lines = (items: readonly string[]): string => items.map((s) => `- ${s}`).join('\n');

/** A proposal's status as the plan says it; a rejected one is in no total. */
function statusText(status: string): string {
  const name = valueName(status, 'vi').toLocaleLowerCase('vi');
  return status === 'rejected' ? `${name}, không tính vào tổng` : name;
}

export function planSheet(index: ReportIndex): SheetModel {
  const { catalog, costs, findings } = index.input;
  const legal = new Map<string, LegalDocument>(catalog.legal.map((l) => [l.value.id, l.value]));
  const proposals = catalog.proposals.map((p) => p.value).sort((a, b) => (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : a.id < b.id ? -1 : 1));
  const costOf = new Map((costs?.proposals ?? []).map((c) => [c.proposal, c]));
  const rows: Row[] = [groupRow('I. Phương án đơn giản hóa')];
  proposals.forEach((proposal, i) => {
    const p = index.procedures.get(proposal.procedure);
    const cost = costOf.get(proposal.id);
    const reasons = proposal.changes.map((c) => c.reason).filter((r): r is string => r !== undefined && r !== '');
    rows.push(dataRow([
      num(i + 1, 'count'),
      proposal.procedure,
      text(p?.name ?? null),
      `${proposal.title} (${statusText(proposal.status)})\n${lines(proposal.changes.map((c) => describeChange(c, p, index)))}`,
      text(lines(reasons)),
      text(amendText(proposal, legal)),
      num(cost?.before.annual, 'vnd'),
      num(cost?.after.annual, 'vnd'),
      num(cost?.saving, 'vnd'),
      num(cost?.rate, 'rate'),
    ]));
  });
  if (costs !== undefined && proposals.length > 0) {
    const t = costs.totals;
    rows.push(totalRow([null, null, 'Tổng cộng', null, null, null, num(t.before, 'vnd'), num(t.after, 'vnd'), num(t.saving, 'vnd'), num(t.rate, 'rate')]));
  }

  const covered = new Set(proposals.map((p) => p.procedure));
  // simplify/unproposed only says that a procedure's candidates have no proposal: the section
  // lists those candidates themselves, and its message is advice to the tool's user.
  const candidates = findings.filter((f) => f.rule.startsWith('simplify/') && f.rule !== 'simplify/unproposed' && (f.procedure === undefined || !covered.has(f.procedure)));
  rows.push(groupRow('II. Thủ tục hành chính cần xem xét đơn giản hóa, chưa có phương án'));
  candidates.forEach((f, i) => {
    // The reason in words (the rule's summary) for the province, the rule id for who checks it.
    const summary = RULES_BY_ID.get(f.rule)?.docs.summary.vi;
    const reason = summary === undefined ? f.rule : `${summary} (${f.rule})`;
    rows.push(dataRow([num(i + 1, 'count'), text(f.procedure), text(index.procedureName(f.procedure)), f.message, text(reason), null, null, null, null, null]));
  });

  const notes: string[] = [];
  if (proposals.length === 0) notes.push('Chưa có phương án đơn giản hóa nào trong thư mục proposals.');
  if (candidates.length === 0) notes.push(index.input.selection === undefined ? 'Không có thủ tục nào cần xem xét thêm.' : 'Không có thủ tục nào cần xem xét thêm trong phạm vi đã chọn (xem dòng phạm vi ở đầu trang).');
  // Fewer procedures than proposals: some procedure has more than one.
  if (costs !== undefined && covered.size < proposals.length) {
    notes.push('Thủ tục có nhiều phương án: mỗi phương án ghi chi phí trước của cả thủ tục; dòng Tổng cộng tính mỗi thủ tục một lần, chi phí sau là khi thực hiện mọi phương án chưa bị từ chối của thủ tục.');
  }
  if (costs === undefined) notes.push(NO_COST_DATA);
  else if (costs.totals.target !== null) {
    notes.push(`Chỉ tiêu cắt giảm chi phí tuân thủ: ${formatNumber(Math.round(costs.totals.target * 1000) / 10, 'vi')}%.`);
  }
  return {
    name: 'Đề xuất đơn giản hóa',
    title: 'PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    columns: COLUMNS,
    rows,
    notes,
  };
}
