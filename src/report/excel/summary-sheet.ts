/**
 * Sheet 1, "Tổng hợp": counts by sector and level, findings by severity and rule group, online
 * service against `targets.online_full_share`, compliance cost against `targets.cost_reduction`.
 */
import { LEVELS } from '../../catalog/schema/shapes.js';
import { onlineService, valueName } from '../../i18n/values.js';
import { SEVERITIES } from '../../rules/report.js';
import { RULE_GROUPS } from '../../rules/rule.js';
import { bySector } from './catalog-sheet.js';
import { onlineLevelOf } from './describe.js';
import { SEVERITY_VI } from './inconsistency-sheet.js';
import type { ReportIndex } from './input.js';
import { dataRow, groupRow, num, roman, totalRow, type Cell, type Column, type Row, type SheetModel } from './model.js';
import { NO_COST_DATA } from './plan-sheet.js';

const COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 6 },
  { header: 'Nội dung', minWidth: 40, maxWidth: 56 },
  { header: 'Số lượng, giá trị', minWidth: 16, maxWidth: 20 },
  { header: 'Tỷ lệ', minWidth: 9, maxWidth: 10 },
  { header: 'Chỉ tiêu', minWidth: 9, maxWidth: 10 },
  { header: 'Đánh giá', minWidth: 12, maxWidth: 34 },
];

const GROUP_NAMES: Record<string, string> = {
  schema: 'Định dạng tệp danh mục (schema)',
  ref: 'Tham chiếu giữa các tệp (ref)',
  legal: 'Căn cứ pháp lý (legal)',
  consistency: 'Thống nhất giữa quy định và thực tế (consistency)',
  ops: 'Tình hình giải quyết hồ sơ (ops)',
  simplify: 'Cần xem xét đơn giản hóa (simplify)',
  proposal: 'Phương án đơn giản hóa (proposal)',
  suppression: 'Bỏ qua phát hiện (suppression)',
};

const verdict = (value: number | null | undefined, target: number | undefined): Cell =>
  value === null || value === undefined || target === undefined ? null : value >= target ? 'Đạt' : 'Chưa đạt';

export function summarySheet(index: ReportIndex): SheetModel {
  const { catalog, findings, costs } = index.input;
  const targets = catalog.config?.value.targets;
  // Counts are of procedures in force; abolished and draft ones are named in a note.
  const all = [...index.procedures.values()];
  const procedures = all.filter((p) => p.status === 'active');
  const total = procedures.length;
  const ratio = (n: number) => (total === 0 ? null : n / total);
  const share = (n: number) => num(ratio(n), 'rate');
  const rows: Row[] = [];
  let section = 0;
  const heading = (label: string) => rows.push(groupRow(`${roman(++section)}. ${label}`));
  const line = (stt: number, label: string, value: Cell, rate: Cell = null, target: Cell = null, judged: Cell = null) =>
    rows.push(dataRow([num(stt, 'count'), label, value, rate, target, judged]));

  heading('Thủ tục hành chính đang thực hiện theo lĩnh vực');
  bySector(procedures).forEach(([sector, list], i) => line(i + 1, sector, num(list.length, 'count'), share(list.length)));
  rows.push(totalRow([null, 'Tổng số thủ tục hành chính', num(total, 'count'), share(total), null, null]));

  heading('Thủ tục hành chính đang thực hiện theo cấp thực hiện');
  let stt = 0;
  for (const level of LEVELS) {
    const n = procedures.filter((p) => p.levels.includes(level)).length;
    if (n > 0) line(++stt, valueName(level, 'vi'), num(n, 'count'), share(n));
  }

  heading('Kết quả kiểm tra theo mức độ');
  SEVERITIES.forEach((s, i) => line(i + 1, SEVERITY_VI[s], num(findings.filter((f) => f.severity === s).length, 'count')));

  heading('Kết quả kiểm tra theo nhóm quy tắc');
  // With --rule, a group none of whose rules ran was not checked: no count, rather than a 0.
  const asked = index.input.selection?.rules ?? [];
  RULE_GROUPS.forEach((group, i) => {
    if (asked.length > 0 && !asked.some((r) => r.startsWith(`${group}/`))) {
      line(i + 1, GROUP_NAMES[group] ?? group, null, null, null, 'Không kiểm tra (ngoài phạm vi đã chọn)');
      return;
    }
    const of = findings.filter((f) => f.rule.startsWith(`${group}/`));
    const detail = SEVERITIES.map((s) => `${of.filter((f) => f.severity === s).length} ${SEVERITY_VI[s].toLocaleLowerCase('vi')}`).join(', ');
    line(i + 1, GROUP_NAMES[group] ?? group, num(of.length, 'count'), null, null, of.length === 0 ? null : detail);
  });

  heading('Mức độ cung cấp dịch vụ công trực tuyến (thủ tục đang thực hiện)');
  const onlineTarget = targets?.online_full_share;
  (['full', 'partial', 'none'] as const).forEach((level, i) => {
    const n = procedures.filter((p) => onlineLevelOf(p) === level).length;
    const rate = ratio(n);
    const isFull = level === 'full';
    line(i + 1, onlineService(level, 'vi'), num(n, 'count'), num(rate, 'rate'), isFull ? num(onlineTarget, 'rate') : null, isFull ? verdict(rate, onlineTarget) : null);
  });

  heading('Chi phí tuân thủ của các thủ tục có phương án đơn giản hóa (đồng/năm)');
  if (costs === undefined) {
    line(1, NO_COST_DATA, null);
  } else {
    const t = costs.totals;
    const target = t.target ?? targets?.cost_reduction;
    line(1, 'Chi phí tuân thủ trước đơn giản hóa', num(t.before, 'vnd'));
    line(2, 'Chi phí tuân thủ sau đơn giản hóa', num(t.after, 'vnd'));
    line(3, 'Chi phí tiết kiệm', num(t.saving, 'vnd'), num(t.rate, 'rate'), num(target, 'rate'), verdict(t.rate, target));
  }

  const notes = ['Một thủ tục thực hiện ở nhiều cấp được tính ở mỗi cấp.'];
  const left = (['abolished', 'draft'] as const)
    .map((status) => [status, all.filter((p) => p.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} thủ tục ${valueName(status, 'vi').toLocaleLowerCase('vi')}`);
  if (left.length > 0) notes.push(`Mục I, II không tính ${left.join(' và ')} (có trong trang Danh mục TTHC).`);
  return {
    name: 'Tổng hợp',
    title: 'BÁO CÁO TỔNG HỢP KẾT QUẢ RÀ SOÁT, KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
    columns: COLUMNS,
    rows,
    notes,
  };
}
