/**
 * Sheet models: what a report sheet contains, independent of exceljs. Builders (one file per
 * sheet) turn a catalog, its findings and its costs into these; `writer.ts` turns them into an
 * xlsx file. Everything here is plain data, so builders are tested without a disk.
 */

/** How a number is shown (reports.md: VND `#,##0`, rates `0.0%`, days and hours `0.##`). */
export type NumberFormat = 'count' | 'vnd' | 'rate' | 'days' | 'hours';

export const NUMBER_FORMATS: Record<NumberFormat, string> = {
  count: '#,##0',
  vnd: '#,##0',
  rate: '0.0%',
  days: '0.##',
  hours: '0.##',
};

export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

export type Cell =
  | null
  | string
  | { number: number; format: NumberFormat }
  /** A calendar date, ISO `YYYY-MM-DD`; written as a real date. */
  | { date: string }
  /** A point in time (local wall clock); only the metadata sheet's generation time. */
  | { dateTime: Date };

export type Align = 'left' | 'center' | 'right';

export interface Column {
  header: string;
  /** A label shared by consecutive columns, shown merged above their headers. */
  group?: string;
  /** Widest the column grows to (characters); longer text wraps. */
  maxWidth?: number;
  /** Narrowest (characters). */
  minWidth?: number;
  align?: Align;
}

export type RowKind =
  /** A table row. */
  | 'data'
  /** A heading merged across the table (a sector "I. Hộ tịch", a section). */
  | 'group'
  /** A bold total row. */
  | 'total';

export interface Row {
  kind: RowKind;
  cells: Cell[];
  /** Highlighted (e.g. below a target). */
  highlight?: boolean;
}

export interface SheetModel {
  /** Sheet tab name (≤ 31 characters, no `[]:*?/\`). */
  name: string;
  title: string;
  /** Optional second title line (e.g. the report period or a note). */
  subtitle?: string;
  columns: Column[];
  rows: Row[];
  /** Lines below the table (notes, the absence of data). */
  notes?: string[];
}

/** What every sheet of a workbook shares: the administrative header and the date line. */
export interface ReportHeader {
  /** Issuing body in capitals, e.g. "UBND TỈNH THANH HÓA". */
  issuer: string;
  /** ISO date the figures are as of. */
  asOf: string;
  /**
   * Set when the findings are a selection (`--rule`, `--changed`): said on every sheet, so that
   * "nothing found" is not read as a clean catalog.
   */
  scope?: string;
}

export interface WorkbookModel {
  header: ReportHeader;
  sheets: SheetModel[];
  /** Workbook properties (core.xml); the generation time, so the file says when it was made. */
  created: Date;
}

export const text = (s: string | null | undefined): Cell => (s === undefined || s === null || s === '' ? null : s);
export const num = (n: number | null | undefined, format: NumberFormat): Cell => (n === null || n === undefined || !Number.isFinite(n) ? null : { number: n, format });
export const dataRow = (cells: Cell[], highlight = false): Row => (highlight ? { kind: 'data', cells, highlight } : { kind: 'data', cells });
export const groupRow = (label: string): Row => ({ kind: 'group', cells: [label] });
export const totalRow = (cells: Cell[]): Row => ({ kind: 'total', cells });

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 14 → "XIV": sector headings as in provincial annexes. */
export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** "2026-11-01" → "01/11/2026". */
export function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
