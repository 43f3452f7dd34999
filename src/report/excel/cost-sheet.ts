/**
 * Sheet 6, "Chi phí tuân thủ": every term of spec/cost.md per procedure and channel, so a
 * reviewer can redo each sum by hand.
 */
import { decimal } from '../../cost/procedure.js';
import type { ProcedureCost } from '../../cost/types.js';
import { formatNumber } from '../../i18n/locale.js';
import { valueName } from '../../i18n/values.js';
import type { ReportIndex } from './input.js';
import { dataRow, groupRow, num, totalRow, type Column, type Row, type SheetModel } from './model.js';
import { NO_COST_DATA } from './plan-sheet.js';

const H = (header: string): Column => ({ header, group: 'Số giờ thực hiện', minWidth: 8, maxWidth: 10 });
const M = (header: string): Column => ({ header, group: 'Chi phí khác (đồng)', minWidth: 10, maxWidth: 12 });
const V = (header: string): Column => ({ header, minWidth: 11, maxWidth: 14 });

const COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 6 },
  { header: 'Mã TTHC', align: 'center', minWidth: 11, maxWidth: 14 },
  { header: 'Tên TTHC', maxWidth: 30, minWidth: 22 },
  { header: 'Cách thức', maxWidth: 12 },
  H('Tìm hiểu'),
  H('Biểu mẫu'),
  H('Giấy tờ'),
  H('Xuất trình'),
  H('Đi lại, nộp, nhận'),
  H('Nộp trực tuyến'),
  H('Tổng số giờ'),
  V('Đơn giá (đồng/giờ)'),
  V('Chi phí thời gian'),
  M('Phí, lệ phí'),
  M('Sao, chứng thực'),
  M('Đi lại'),
  M('Bưu chính'),
  V('Chi phí một lần thực hiện'),
  { header: 'Tỷ lệ hồ sơ', minWidth: 8, maxWidth: 9 },
  V('Số hồ sơ/năm'),
  V('Chi phí một năm (đồng)'),
];

/** One row per procedure and channel with every term, then the section's total a year. */
function section(procedures: readonly ProcedureCost[], totalLabel: string): Row[] {
  const rows: Row[] = [];
  let total = 0;
  procedures.forEach((p, i) => {
    p.channels.forEach((c, j) => {
      // An abolished procedure is asked of nobody: it costs nothing a year (spec/cost.md).
      const annual = p.abolished ? 0 : p.perYear === null ? null : decimal(p.perYear * c.share * c.perFulfilment);
      if (annual !== null) total += annual;
      rows.push(dataRow([
        j === 0 ? num(i + 1, 'count') : null,
        p.code,
        p.name,
        valueName(c.channel, 'vi'),
        num(c.hours.learn, 'hours'),
        num(c.hours.forms, 'hours'),
        num(c.hours.documents, 'hours'),
        num(c.hours.present, 'hours'),
        num(c.hours.visits, 'hours'),
        num(c.hours.extra, 'hours'),
        num(c.hours.total, 'hours'),
        num(c.rate, 'vnd'),
        num(c.timeCost, 'vnd'),
        c.feeUnknown ? 'Chưa rõ' : num(c.fee, 'vnd'),
        num(c.money.documents, 'vnd'),
        num(c.money.travel, 'vnd'),
        num(c.money.postage, 'vnd'),
        num(c.perFulfilment, 'vnd'),
        num(c.share, 'rate'),
        num(p.perYear, 'count'),
        num(annual, 'vnd'),
      ]));
    });
  });
  rows.push(totalRow([null, null, totalLabel, ...Array<null>(17).fill(null), num(decimal(total), 'vnd')]));
  return rows;
}

export function costSheet(index: ReportIndex): SheetModel {
  const costs = index.input.costs;
  const rows: Row[] = [];
  const notes: string[] = [];
  if (costs === undefined) {
    notes.push(NO_COST_DATA);
  } else {
    const byCode = (a: ProcedureCost, b: ProcedureCost) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    const procedures = [...costs.procedures].sort(byCode);
    const noVolume = procedures.filter((p) => !p.abolished && p.perYear === null).map((p) => p.code);
    const abolished = procedures.filter((p) => p.abolished).map((p) => p.code);
    // The cost after the proposals, term by term, so that the plan's "Chi phí sau" can be redone too.
    const after = costs.plans.filter((plan) => plan.proposals.length > 0).map((plan) => plan.after).sort(byCode);
    if (procedures.length > 0) {
      rows.push(groupRow('I. Chi phí tuân thủ hiện hành'));
      rows.push(...section(procedures, 'Tổng cộng'));
    }
    if (after.length > 0) {
      rows.push(groupRow('II. Chi phí tuân thủ sau khi thực hiện phương án đơn giản hóa (thủ tục có phương án)'));
      rows.push(...section(after, 'Tổng cộng sau phương án'));
    }
    const params = costs.parameters;
    notes.push(
      `Đơn giá: người dân ${formatNumber(params.income_per_hour.citizen, 'vi')} đồng/giờ, doanh nghiệp ${formatNumber(params.income_per_hour.business, 'vi')} đồng/giờ (nguồn: xem trang Thông tin).`,
      'Chi phí một lần = tổng số giờ × đơn giá + phí, lệ phí + chi phí khác; chi phí một năm = số hồ sơ/năm × tỷ lệ hồ sơ × chi phí một lần.',
    );
    if (noVolume.length > 0) notes.push(`Chưa có số lượng hồ sơ/năm (chỉ tính chi phí một lần thực hiện): ${noVolume.length} thủ tục — ${noVolume.join(', ')}.`);
    if (abolished.length > 0) notes.push(`Đã bãi bỏ (chi phí một năm bằng 0): ${abolished.join(', ')}.`);
    if (after.length > 0) notes.push('Mục II tính lại từng khoản sau khi thực hiện mọi phương án chưa bị từ chối của thủ tục; tổng cộng của mục II là "Chi phí sau" trên trang Đề xuất đơn giản hóa.');
  }
  return {
    name: 'Chi phí tuân thủ',
    title: 'CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH',
    columns: COLUMNS,
    rows,
    notes,
  };
}
