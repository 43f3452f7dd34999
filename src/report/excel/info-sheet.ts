/**
 * Sheet 7, "Thông tin": what the workbook was made from — tool version, the catalog's git
 * commit, `as_of`, cost parameters with their source, targets — and when. The generation time
 * is the only cell of a workbook that changes between two runs on the same catalog.
 */
import type { CostParameters } from '../../cost/types.js';
import { asOfDate, selectionText, type ReportIndex } from './input.js';
import { dataRow, groupRow, num, text, type Cell, type Column, type Row, type SheetModel } from './model.js';

const COLUMNS: Column[] = [
  { header: 'Nội dung', minWidth: 30, maxWidth: 46 },
  { header: 'Giá trị', minWidth: 24, maxWidth: 70, align: 'left' },
];

const HOURS: [keyof CostParameters['hours'], string][] = [
  ['learn', 'Tìm hiểu thủ tục (giờ)'],
  ['form', 'Điền một đơn, tờ khai (giờ)'],
  ['document', 'Chuẩn bị một giấy tờ (giờ)'],
  ['present', 'Mang một bản chính để xuất trình (giờ)'],
  ['certify', 'Chứng thực một bản sao (giờ)'],
  ['visit', 'Một lần đến cơ quan (giờ)'],
  ['online', 'Nộp một lần trực tuyến (giờ)'],
];
const MONEY: [keyof CostParameters['money'], string][] = [
  ['certify_fee', 'Chứng thực một bản sao (đồng)'],
  ['copy_fee', 'Một bản sao chụp (đồng)'],
  ['travel', 'Đi lại một lần (đồng)'],
  ['postage', 'Một lần gửi bưu chính (đồng)'],
];

export function infoSheet(index: ReportIndex): SheetModel {
  const { catalog, costs, tool, commit, generated } = index.input;
  const config = catalog.config?.value;
  const row = (label: string, value: Cell): Row => dataRow([label, value]);
  const rows: Row[] = [
    groupRow('I. Báo cáo'),
    row('Công cụ', `${tool.name} ${tool.version}`),
    row('Thư mục danh mục', catalog.root),
  ];
  if (commit !== undefined) rows.push(row('Phiên bản danh mục (git commit)', commit));
  rows.push(
    row('Địa phương', text(config === undefined ? null : `${config.jurisdiction.name} (${config.jurisdiction.code})`)),
    row('Số liệu tính đến ngày', { date: asOfDate(index.input) }),
    row('Số thủ tục hành chính', num(catalog.procedures.length, 'count')),
    row('Số cơ quan', num(catalog.agencies.length, 'count')),
    row('Số phương án đơn giản hóa', num(catalog.proposals.length, 'count')),
    row('Thời điểm lập báo cáo', { dateTime: generated }),
    row('Phạm vi phát hiện', selectionText(index.input.selection) ?? 'Toàn bộ danh mục, mọi quy tắc'),
  );

  rows.push(groupRow('II. Tham số tính chi phí tuân thủ'));
  const params = costs?.parameters;
  const given = config?.cost;
  const perHour = params?.income_per_hour ?? given?.income_per_hour;
  rows.push(
    row('Thu nhập bình quân của người dân (đồng/giờ)', num(perHour?.citizen, 'vnd')),
    row('Thu nhập bình quân của doanh nghiệp (đồng/giờ)', num(perHour?.business, 'vnd')),
    row('Nguồn số liệu', text(params?.source ?? given?.source ?? 'Chưa khai báo (catalog.yaml, mục cost)')),
  );
  for (const [key, label] of HOURS) rows.push(row(label, num(params?.hours[key] ?? given?.hours?.[key], 'hours')));
  for (const [key, label] of MONEY) rows.push(row(label, num(params?.money[key] ?? given?.money?.[key], 'vnd')));

  rows.push(groupRow('III. Chỉ tiêu'));
  const targets = config?.targets;
  rows.push(
    row('Tỷ lệ cắt giảm chi phí tuân thủ', num(targets?.cost_reduction, 'rate')),
    row('Tỷ lệ TTHC trực tuyến toàn trình', num(targets?.online_full_share, 'rate')),
    row('Tỷ lệ hồ sơ giải quyết đúng hạn', num(targets?.on_time_rate, 'rate')),
  );

  const notes = costs === undefined ? ['Chưa có dữ liệu chi phí: catalog.yaml chưa có tham số chi phí (cost:).'] : [];
  return { name: 'Thông tin', title: 'THÔNG TIN VỀ BÁO CÁO', columns: COLUMNS, rows, notes };
}
