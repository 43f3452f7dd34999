/**
 * Finding the header row of a provincial list and which column holds what. Header text is
 * compared after folding (no case, no diacritics, no spaces or punctuation), so "MÃ TTHC",
 * "Mã  thủ tục" and "Ma thu tuc hanh chinh" all name the code.
 */
import { foldAscii } from '../../../text/fold.js';

export type Field = 'code' | 'name' | 'sector' | 'levels' | 'agency' | 'time' | 'fee' | 'channels' | 'legal' | 'online' | 'status' | 'subjects';

/** Field labels as the import summary and TODO comments name them. */
export const FIELD_LABELS: Record<Field, string> = {
  code: 'Mã TTHC',
  name: 'Tên TTHC',
  sector: 'Lĩnh vực',
  levels: 'Cấp thực hiện',
  agency: 'Cơ quan thực hiện',
  time: 'Thời hạn giải quyết',
  fee: 'Phí, lệ phí',
  channels: 'Cách thức thực hiện',
  legal: 'Căn cứ pháp lý',
  online: 'Mức độ DVCTT',
  status: 'Trạng thái',
  subjects: 'Đối tượng thực hiện',
};

const VARIANTS: Record<Field, string[]> = {
  code: ['Mã TTHC', 'Mã thủ tục', 'Mã thủ tục hành chính', 'Mã số TTHC', 'Mã số thủ tục'],
  name: ['Tên TTHC', 'Tên thủ tục', 'Tên thủ tục hành chính', 'Thủ tục hành chính'],
  sector: ['Lĩnh vực', 'Tên lĩnh vực'],
  levels: ['Cấp thực hiện', 'Cấp giải quyết'],
  agency: ['Cơ quan thực hiện', 'Cơ quan giải quyết', 'Đơn vị thực hiện', 'Cơ quan, đơn vị thực hiện'],
  time: ['Thời hạn giải quyết', 'Thời gian giải quyết', 'Thời hạn'],
  fee: ['Phí, lệ phí', 'Phí/lệ phí', 'Lệ phí', 'Phí', 'Mức phí', 'Phí lệ phí'],
  channels: ['Cách thức thực hiện', 'Hình thức nộp hồ sơ', 'Cách thức nộp hồ sơ'],
  legal: ['Căn cứ pháp lý', 'Căn cứ pháp lý của TTHC'],
  online: ['Mức độ DVCTT', 'Mức độ dịch vụ công trực tuyến', 'Mức độ DVC', 'Mức độ DVC trực tuyến', 'DVC trực tuyến'],
  status: ['Trạng thái', 'Tình trạng'],
  subjects: ['Đối tượng thực hiện', 'Đối tượng'],
};

/** The comparison key: folded, without diacritics, spaces or punctuation. */
export function headerKey(text: string): string {
  return foldAscii(text).replace(/\s+/g, '');
}

const KEYS: [string, Field][] = Object.entries(VARIANTS)
  .flatMap(([field, names]) => names.map((n): [string, Field] => [headerKey(n), field as Field]))
  .sort((a, b) => b[0].length - a[0].length);

/** Short or general variants that must match whole ("Thời hạn hiệu lực" is not the time limit). */
const EXACT_ONLY = new Set(['Thời hạn', 'Phí', 'Lệ phí', 'Đối tượng', 'Thủ tục hành chính', 'Tình trạng'].map(headerKey));

/** The field a header cell names: an exact match, else the longest variant it starts with ("Thời hạn giải quyết (ngày)"). */
export function matchHeader(text: string): Field | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  const exact = KEYS.find(([k]) => k === key);
  if (exact) return exact[1];
  return KEYS.find(([k]) => k.length >= 6 && !EXACT_ONLY.has(k) && key.startsWith(k))?.[1];
}

export type ColumnMap = Partial<Record<Field, number>>;

/** Fields of one row of header candidates (first column wins when a field repeats). */
export function mapHeaderRow(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, i) => {
    const field = matchHeader(cell);
    if (field !== undefined && map[field] === undefined) map[field] = i;
  });
  return map;
}

/** Columns that describe a procedure: a list has at least one beside the code and the name. */
export const DESCRIPTIVE_FIELDS: readonly Field[] = ['sector', 'levels', 'agency', 'time', 'fee', 'channels', 'legal'];

/** Describing columns a list has at least: a cost sheet has the code, the name and a fee, and is no list. */
export const MIN_DESCRIPTIVE = 2;

/**
 * Whether a header row is a list of procedures: the code, the name and at least two describing
 * columns. Sheets of findings or costs have the code and the name too, and nothing to import.
 */
export function isListHeader(columns: ColumnMap): boolean {
  return columns.code !== undefined && columns.name !== undefined && DESCRIPTIVE_FIELDS.filter((f) => columns[f] !== undefined).length >= MIN_DESCRIPTIVE;
}

/** The first row (of at most `scan`) that is a list header, and the row that came nearest. */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 20): { index: number; columns: ColumnMap; found: boolean } | undefined {
  let nearest: { index: number; columns: ColumnMap; found: boolean } | undefined;
  for (let i = 0; i < Math.min(scan, rows.length); i++) {
    const columns = mapHeaderRow(rows[i] ?? []);
    if (isListHeader(columns)) return { index: i, columns, found: true };
    if (Object.keys(columns).length > Object.keys(nearest?.columns ?? {}).length) nearest = { index: i, columns, found: false };
  }
  return nearest;
}
