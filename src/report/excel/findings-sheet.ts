/** `tthc export findings`: every finding — rule, severity, message, file:line, procedure, agency. */
import { SEVERITY_VI, location } from './inconsistency-sheet.js';
import type { ReportIndex } from './input.js';
import { dataRow, num, text, type Column, type SheetModel } from './model.js';

const COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 6 },
  { header: 'Quy tắc', maxWidth: 30 },
  { header: 'Mức độ', maxWidth: 10 },
  { header: 'Nội dung', minWidth: 36, maxWidth: 60 },
  { header: 'Vị trí', maxWidth: 40 },
  { header: 'Mã TTHC', align: 'center', minWidth: 11, maxWidth: 14 },
  { header: 'Tên TTHC', maxWidth: 32 },
  { header: 'Cơ quan', maxWidth: 26 },
];

export function findingsSheet(index: ReportIndex): SheetModel {
  const findings = index.input.findings;
  return {
    name: 'Phát hiện',
    title: 'KẾT QUẢ KIỂM TRA DANH MỤC THỦ TỤC HÀNH CHÍNH',
    columns: COLUMNS,
    rows: findings.map((f, i) =>
      dataRow([
        num(i + 1, 'count'),
        f.rule,
        SEVERITY_VI[f.severity],
        f.message,
        location(f),
        text(f.procedure),
        text(index.procedureName(f.procedure)),
        text(index.agencyName(f.agency)),
      ]),
    ),
    notes: findings.length === 0 ? ['Không có phát hiện nào.'] : [],
  };
}
