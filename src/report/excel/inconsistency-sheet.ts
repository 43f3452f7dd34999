/**
 * Sheet 3, "Không thống nhất": one row per consistency finding — what the published procedure
 * says against what the agency does. The rules put the two raw values in the finding's
 * `data.published` and `data.observed`. Operations findings (late or returned dossiers) are
 * the statistics sheet's business: they are not a departure from the published procedure.
 */
import { formatValue } from '../../i18n/values.js';
import type { Finding } from '../../rules/report.js';
import type { ReportIndex } from './input.js';
import { dataRow, num, text, type Cell, type Column, type SheetModel } from './model.js';

export const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

const COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 6 },
  { header: 'Mã TTHC', align: 'center', minWidth: 11, maxWidth: 14 },
  { header: 'Tên TTHC', maxWidth: 36, minWidth: 24 },
  { header: 'Cơ quan', minWidth: 16, maxWidth: 24 },
  { header: 'Nội dung', maxWidth: 48, minWidth: 30 },
  { header: 'Theo quy định', minWidth: 14, maxWidth: 24 },
  { header: 'Thực tế', minWidth: 14, maxWidth: 24 },
  { header: 'Mức độ', maxWidth: 10 },
  { header: 'Vị trí', minWidth: 16, maxWidth: 40 },
];

export function isConsistencyFinding(f: Finding): boolean {
  return f.rule.startsWith('consistency/');
}

/** A raw value as a cell: amounts stay numbers, the rest reads as the catalog would say it. */
export function valueCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return num(v, Number.isInteger(v) ? 'vnd' : 'days');
  return text(formatValue(v, 'vi'));
}

/** The published and observed cells; a survey's are counts of agencies, said so. */
function compared(f: Finding): [Cell, Cell] {
  const { published, observed } = f.data ?? {};
  if (f.rule === 'consistency/not-surveyed' && typeof published === 'number' && typeof observed === 'number') {
    return [text(`${formatValue(published, 'vi')} cơ quan phải thực hiện`), text(`${formatValue(observed, 'vi')} cơ quan đã khảo sát`)];
  }
  if (f.rule === 'consistency/divergent-practice' && typeof observed === 'number') {
    return [text('Một cách thực hiện (như công bố)'), text(`${formatValue(observed, 'vi')} cách thực hiện khác nhau`)];
  }
  return [valueCell(published), valueCell(observed)];
}

/** The agency a row is about: by its id, else the names the finding gives (a procedure-wide finding). */
function agencyCell(f: Finding, index: ReportIndex): Cell {
  const named = index.agencyName(f.agency);
  if (named !== null) return text(named);
  const data = f.data ?? {};
  if (typeof data.agency === 'string') return text(data.agency);
  if (Array.isArray(data.names) && data.names.length > 0) {
    const more = typeof data.count === 'number' && data.count > data.names.length ? ` và ${formatValue(data.count - data.names.length, 'vi')} cơ quan khác` : '';
    return text(`${data.names.join('; ')}${more}`);
  }
  return null;
}

export function location(f: Finding): string {
  return `${f.file}:${f.line}`;
}

export function inconsistencySheet(index: ReportIndex): SheetModel {
  const findings = index.input.findings.filter(isConsistencyFinding);
  return {
    name: 'Không thống nhất',
    title: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN THỦ TỤC HÀNH CHÍNH KHÔNG THỐNG NHẤT VỚI QUY ĐỊNH',
    columns: COLUMNS,
    rows: findings.map((f, i) =>
      dataRow([
        num(i + 1, 'count'),
        text(f.procedure),
        text(index.procedureName(f.procedure)),
        agencyCell(f, index),
        f.message,
        ...compared(f),
        SEVERITY_VI[f.severity],
        location(f),
      ]),
    ),
    notes: findings.length === 0 ? [index.input.selection === undefined ? 'Không phát hiện trường hợp thực hiện không thống nhất với quy định.' : 'Không phát hiện trường hợp không thống nhất trong phạm vi đã chọn (xem dòng phạm vi ở đầu trang).'] : [],
  };
}
