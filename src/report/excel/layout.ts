/**
 * Where things go on a sheet: the rows of the administrative header, the table header, and
 * the column widths. Pure, so the writer only places what this decides.
 */
import { NUMBER_FORMATS, type Cell, type Column, type SheetModel } from './model.js';

export interface SheetLayout {
  /** 1-based row numbers. */
  issuerRow: 1;
  mottoRow: 2;
  titleRow: number;
  subtitleRow: number | undefined;
  asOfRow: number;
  /** The line saying the findings are a selection (`--rule`, `--changed`), when they are. */
  scopeRow: number | undefined;
  /** The row of group labels above the headers, when any column has a group. */
  groupHeaderRow: number | undefined;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Columns of the left block (issuer) of rows 1–2; the right block takes the rest. */
  leftColumns: number;
  widths: number[];
}

export function layoutSheet(sheet: SheetModel, scoped = false): SheetLayout {
  const titleRow = 4;
  const subtitleRow = sheet.subtitle === undefined ? undefined : titleRow + 1;
  const asOfRow = (subtitleRow ?? titleRow) + 1;
  const scopeRow = scoped ? asOfRow + 1 : undefined;
  const lastTitleRow = scopeRow ?? asOfRow;
  const hasGroups = sheet.columns.some((c) => c.group !== undefined);
  const groupHeaderRow = hasGroups ? lastTitleRow + 2 : undefined;
  const headerRow = (groupHeaderRow ?? lastTitleRow + 1) + 1;
  const widths = columnWidths(sheet);
  return {
    issuerRow: 1,
    mottoRow: 2,
    titleRow,
    subtitleRow,
    asOfRow,
    scopeRow,
    groupHeaderRow,
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + sheet.rows.length,
    leftColumns: leftBlock(widths),
    widths,
  };
}

/** The issuer block takes about two fifths of the width; the motto the rest (at least one column each). */
function leftBlock(widths: number[]): number {
  if (widths.length < 2) return widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let i = 0; i < widths.length - 1; i++) {
    sum += widths[i] ?? 0;
    if (sum >= total * 0.38) return i + 1;
  }
  return widths.length - 1;
}

/** Characters a cell needs on its longest line, as it is displayed. */
export function displayLength(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell === 'string') return Math.max(...cell.split('\n').map((l) => l.length));
  if ('number' in cell) {
    const fmt = NUMBER_FORMATS[cell.format];
    if (fmt === '0.0%') return (cell.number * 100).toFixed(1).length + 1;
    const digits = Math.trunc(Math.abs(cell.number)).toString().length;
    const decimals = Number.isInteger(cell.number) ? 0 : 3;
    return digits + Math.floor((digits - 1) / 3) + decimals + (cell.number < 0 ? 1 : 0);
  }
  if ('date' in cell) return 10;
  return 16;
}

const DEFAULT_MAX = 40;
const DEFAULT_MIN = 6;

/**
 * Widths that fit the content: the longest line of any cell, at most `maxWidth` (text wraps
 * beyond), and at least the longest word of the header so headers wrap between words.
 */
export function columnWidths(sheet: SheetModel): number[] {
  return sheet.columns.map((col: Column, i) => {
    const max = col.maxWidth ?? DEFAULT_MAX;
    const longestWord = Math.max(...col.header.split(/\s+/).map((w) => w.length));
    // Headers wrap: aim for at most three lines, never below the longest word.
    let need = Math.max(longestWord + 1, Math.ceil(col.header.length / 3) + 1);
    for (const row of sheet.rows) {
      if (row.kind === 'group') continue;
      need = Math.max(need, displayLength(row.cells[i] ?? null) + 1);
      if (need >= max) break;
    }
    // Bold Times New Roman is a little wider than the character count suggests.
    return Math.round(Math.min(max, Math.max(col.minWidth ?? DEFAULT_MIN, need * 1.1)) * 10) / 10;
  });
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** Lines a text takes in a column `width` characters wide, wrapping between words. */
export function wrappedLines(text: string, width: number, bold = false): number {
  // Times New Roman fits a little more than one character per width unit; stay on the safe side.
  const capacity = Math.max(1, (width - 1) * (bold ? 1.2 : 1.35));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const len = word.length;
      if (line === 0) line = len;
      else if (line + 1 + len <= capacity) line += 1 + len;
      else {
        lines++;
        line = len;
      }
      while (line > capacity) {
        lines++;
        line -= capacity;
      }
    }
  }
  return lines;
}

const LINE_POINTS = 13;
/** Excel's largest row height; a taller row is refused or clipped by spreadsheet programs. */
export const MAX_ROW_POINTS = 409;

/**
 * Row height in points for wrapped text. Excel and LibreOffice do not fit row heights to
 * wrapped text when they open a file, so the writer sets them; undefined keeps the default.
 */
export function rowHeight(texts: readonly (string | null)[], widths: readonly number[], bold = false): number | undefined {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t !== null && t !== '') lines = Math.max(lines, wrappedLines(t, widths[i] ?? 10, bold));
  });
  return lines <= 1 ? undefined : Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS + 3));
}
