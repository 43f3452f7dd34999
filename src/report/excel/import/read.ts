/**
 * Reading a provincial list: the first sheet whose first rows hold a recognisable header, its
 * cells as text or numbers. Formula cells give their cached result. A cell merged down a
 * column (a sector or an agency written once for several rows) gives its value to every row it
 * covers; a cell merged across columns counts once, in its first column (a sector heading row).
 */
import ExcelJS from 'exceljs';
import { findHeaderRow, type ColumnMap, type Field } from './headers.js';
import type { SourceRow } from './plan.js';
import type { Raw } from './values.js';

export interface ListSheet {
  sheet: string;
  /** 1-based row of the header. */
  headerRow: number;
  columns: ColumnMap;
  rows: SourceRow[];
}

/** No sheet is a list: the row that came nearest (most recognised columns), if any did. */
export interface NoList {
  nearest?: { sheet: string; row: number; fields: Field[] };
}

export const HEADER_SCAN = 20;

export async function readList(bytes: Uint8Array): Promise<ListSheet | NoList> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const none: NoList = {};
  for (const ws of wb.worksheets) {
    const top: string[][] = [];
    for (let r = 1; r <= Math.min(HEADER_SCAN, ws.rowCount); r++) top.push(rowCells(ws, r).map((c) => (c === null ? '' : String(c))));
    const found = findHeaderRow(top, HEADER_SCAN);
    if (found === undefined) continue;
    if (!found.found) {
      const fields = Object.keys(found.columns) as Field[];
      if (fields.length > (none.nearest?.fields.length ?? 0)) none.nearest = { sheet: ws.name, row: found.index + 1, fields };
      continue;
    }
    const headerRow = found.index + 1;
    const rows: SourceRow[] = [];
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      const cells = rowCells(ws, r);
      if (cells.some((c) => c !== null)) rows.push({ row: r, cells });
    }
    return { sheet: ws.name, headerRow, columns: found.columns, rows };
  }
  return none;
}

function rowCells(ws: ExcelJS.Worksheet, r: number): Raw[] {
  const row = ws.getRow(r);
  const out: Raw[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const cell = row.getCell(c);
    const master = cell.isMerged ? cell.master : cell;
    out.push(Number(master.col) === c ? rawValue(master.value) : null);
  }
  return out;
}

/** A cell value as text or a number; formulas by their cached result. */
export function rawValue(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('') || null;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null || typeof result === 'object') return result instanceof Date ? result.toISOString().slice(0, 10) : null;
    return typeof result === 'number' || typeof result === 'string' ? result : typeof result === 'boolean' ? String(result) : null;
  }
  if ('text' in v && 'hyperlink' in v) return v.text;
  if ('error' in v) return null;
  return null;
}
