/**
 * Sheet models → an xlsx file, with exceljs's streaming writer so a 100k-row catalog does not
 * hold a whole workbook object graph in memory: each row is committed as soon as it is styled.
 * The streaming writer does everything reports.md asks for (merges, frozen panes, autofilter,
 * print titles through the workbook's defined names, widths, page setup), provided widths,
 * views and page setup are given when the sheet is created, and merges are made before the
 * rows they span are committed — which the layout step makes possible.
 */
import ExcelJS from 'exceljs';
import { produceFileAtomic } from '../../fs/atomic.js';
import { settle } from '../../heap.js';
import { layoutSheet, rowHeight, safeSheetName, type SheetLayout } from './layout.js';
import { DATE_FORMAT, DATE_TIME_FORMAT, NUMBER_FORMATS, dmy, type Align, type Cell, type ReportHeader, type Row, type SheetModel, type WorkbookModel } from './model.js';

type Style = Partial<ExcelJS.Style>;

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const STYLE = {
  issuer: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  motto: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  mottoLine: { font: { name: FONT, size: 12, bold: true, underline: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  title: { font: { name: FONT, size: 14, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  subtitle: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  asOf: { font: { name: FONT, size: 12, italic: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  scope: { font: { name: FONT, size: 12, bold: true, color: { argb: 'FFC00000' } }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  header: {
    font: { name: FONT, size: 11, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: fill('FFD9E1F2'),
  },
  note: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: 'left', vertical: 'top', wrapText: false } },
  group: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: BORDER, fill: fill('FFF2F2F2') },
  groupRest: { border: BORDER, fill: fill('FFF2F2F2') },
} satisfies Record<string, Style>;

const HIGHLIGHT = fill('FFFFC7CE');

/*
 * One style object per combination, shared by every cell that has it: exceljs recognises a style
 * object it has seen by identity, and otherwise renders it to XML to look it up — which, cell by
 * cell, was most of the time a 100k-row workbook took to write.
 */
const CELL_STYLES = new Map<string, Style>();

function cellStyle(bold: boolean, align: Align, numeric: boolean, numFmt: string | undefined, highlight: boolean): Style {
  const key = `${String(bold)}|${align}|${String(numeric)}|${numFmt ?? ''}|${String(highlight)}`;
  let style = CELL_STYLES.get(key);
  if (style === undefined) {
    style = {
      font: { name: FONT, size: 11, bold },
      alignment: { horizontal: align, vertical: 'top', wrapText: !numeric },
      border: BORDER,
    };
    if (numFmt !== undefined) style.numFmt = numFmt;
    if (highlight) style.fill = HIGHLIGHT;
    CELL_STYLES.set(key, style);
  }
  return style;
}

/** Writes the workbook to `file` atomically; `exclusive` refuses to replace an existing file (EEXIST). */
export async function writeWorkbook(file: string, model: WorkbookModel, options: { exclusive?: boolean } = {}): Promise<void> {
  await produceFileAtomic(file, async (temp) => {
    // Strings inline in each cell: a shared-string table holds every distinct text of the
    // workbook until the end (a national audit's 170,000 messages), then writes it in one piece.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    wb.creator = 'tthc';
    wb.created = model.created;
    wb.modified = model.created;
    for (const sheet of model.sheets) writeSheet(wb, model.header, sheet);
    await wb.commit();
  }, options);
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, header: ReportHeader, sheet: SheetModel): void {
  settle();
  const layout = layoutSheet(sheet, header.scope !== undefined);
  const n = sheet.columns.length;
  const firstHeader = layout.groupHeaderRow ?? layout.headerRow;
  const ws = wb.addWorksheet(safeSheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: layout.headerRow, topLeftCell: `A${layout.firstDataRow}`, activeCell: `A${layout.firstDataRow}` }],
    pageSetup: {
      // A4. exceljs declares PaperSize as an ambient const enum, which isolatedModules cannot use.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${firstHeader}:${layout.headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' },
  });
  ws.columns = layout.widths.map((width) => ({ width }));

  // Rows 1–2: issuer on the left, the national motto on the right.
  const left = layout.leftColumns;
  const rightStart = Math.min(left + 1, n);
  put(ws, 1, 1, header.issuer, STYLE.issuer);
  put(ws, 1, rightStart, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', STYLE.motto);
  put(ws, 2, rightStart, 'Độc lập - Tự do - Hạnh phúc', STYLE.mottoLine);
  if (left > 1) ws.mergeCells(1, 1, 2, left);
  else if (n > 1) ws.mergeCells(1, 1, 2, 1);
  if (n > rightStart) {
    ws.mergeCells(1, rightStart, 1, n);
    ws.mergeCells(2, rightStart, 2, n);
  }
  ws.getRow(1).height = 20;
  ws.getRow(2).height = 20;

  put(ws, layout.titleRow, 1, sheet.title, STYLE.title);
  mergeAcross(ws, layout.titleRow, n);
  ws.getRow(layout.titleRow).height = 22 * Math.max(1, Math.ceil(sheet.title.length / Math.max(1, totalWidth(layout) * 0.8)));
  if (layout.subtitleRow !== undefined && sheet.subtitle !== undefined) {
    put(ws, layout.subtitleRow, 1, sheet.subtitle, STYLE.subtitle);
    mergeAcross(ws, layout.subtitleRow, n);
  }
  put(ws, layout.asOfRow, 1, `Số liệu tính đến ngày ${dmy(header.asOf)}`, STYLE.asOf);
  mergeAcross(ws, layout.asOfRow, n);
  if (layout.scopeRow !== undefined && header.scope !== undefined) {
    put(ws, layout.scopeRow, 1, header.scope, STYLE.scope);
    mergeAcross(ws, layout.scopeRow, n);
    ws.getRow(layout.scopeRow).height = 18 * Math.max(1, Math.ceil(header.scope.length / Math.max(1, totalWidth(layout) * 0.9)));
  }

  writeHeader(ws, sheet, layout);
  for (let r = 1; r <= layout.headerRow; r++) ws.getRow(r).commit();

  sheet.rows.forEach((row, i) => {
    writeRow(ws, sheet, layout, row, layout.firstDataRow + i);
    if (i % 1000 === 999) settle();
  });

  let noteRow = layout.lastDataRow + 2;
  for (const note of sheet.notes ?? []) {
    put(ws, noteRow, 1, note, STYLE.note);
    ws.getRow(noteRow).commit();
    noteRow++;
  }

  // Total rows at the end stay out of the filter, so that sorting does not move them into the data.
  let trailingTotals = 0;
  while (trailingTotals < sheet.rows.length && sheet.rows[sheet.rows.length - 1 - trailingTotals]?.kind === 'total') trailingTotals++;
  ws.autoFilter = { from: { row: layout.headerRow, column: 1 }, to: { row: Math.max(layout.headerRow, layout.lastDataRow - trailingTotals), column: n } };
  ws.commit();
}

function writeHeader(ws: ExcelJS.Worksheet, sheet: SheetModel, layout: SheetLayout): void {
  const n = sheet.columns.length;
  const top = layout.groupHeaderRow;
  sheet.columns.forEach((col, i) => {
    put(ws, layout.headerRow, i + 1, col.header, STYLE.header);
    if (top !== undefined) put(ws, top, i + 1, col.group ?? col.header, STYLE.header);
  });
  const headerHeight = rowHeight(sheet.columns.map((c) => c.header), layout.widths, true);
  if (headerHeight !== undefined) ws.getRow(layout.headerRow).height = headerHeight;
  if (top === undefined) return;
  // Consecutive columns of one group share a merged label; a column without a group spans both rows.
  let i = 0;
  while (i < n) {
    const group = sheet.columns[i]?.group;
    let j = i;
    while (group !== undefined && j + 1 < n && sheet.columns[j + 1]?.group === group) j++;
    if (group === undefined) ws.mergeCells(top, i + 1, layout.headerRow, i + 1);
    else if (j > i) ws.mergeCells(top, i + 1, top, j + 1);
    i = j + 1;
  }
}

function writeRow(ws: ExcelJS.Worksheet, sheet: SheetModel, layout: SheetLayout, row: Row, r: number): void {
  const n = sheet.columns.length;
  const wsRow = ws.getRow(r);
  if (row.kind === 'group') {
    const cell = wsRow.getCell(1);
    cell.value = row.cells[0] as string;
    cell.style = STYLE.group;
    for (let c = 2; c <= n; c++) wsRow.getCell(c).style = STYLE.groupRest;
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const height = rowHeight([row.cells[0] as string], [layout.widths.reduce((a, b) => a + b, 0)], true);
    if (height !== undefined) wsRow.height = height;
    wsRow.commit();
    return;
  }
  const bold = row.kind === 'total';
  for (let c = 1; c <= n; c++) {
    const value = row.cells[c - 1] ?? null;
    const cell = wsRow.getCell(c);
    const { value: v, numFmt, numeric } = cellValue(value);
    if (v !== null) cell.value = v;
    const align = sheet.columns[c - 1]?.align ?? (numeric ? 'right' : 'left');
    cell.style = cellStyle(bold, align, numeric, numFmt, row.highlight === true);
  }
  const height = rowHeight(row.cells.map((c) => (typeof c === 'string' ? c : null)), layout.widths, bold);
  if (height !== undefined) wsRow.height = height;
  wsRow.commit();
}

/** A model cell as an exceljs value. Strings are always strings: exceljs makes a formula only from `{ formula }`. */
export function cellValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string; numeric: boolean } {
  if (cell === null) return { value: null, numeric: false };
  if (typeof cell === 'string') return { value: cell, numeric: false };
  if ('number' in cell) return { value: cell.number, numFmt: NUMBER_FORMATS[cell.format], numeric: true };
  if ('date' in cell) return { value: utcDate(cell.date), numFmt: DATE_FORMAT, numeric: true };
  const d = cell.dateTime;
  // exceljs converts dates as UTC; the wall-clock time is what the reader expects to see.
  return { value: new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds())), numFmt: DATE_TIME_FORMAT, numeric: true };
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function put(ws: ExcelJS.Worksheet, r: number, c: number, value: string, style: Style): void {
  const cell = ws.getCell(r, c);
  cell.value = value;
  cell.style = style;
}

function mergeAcross(ws: ExcelJS.Worksheet, r: number, n: number): void {
  if (n > 1) ws.mergeCells(r, 1, r, n);
}

function totalWidth(layout: SheetLayout): number {
  return layout.widths.reduce((a, b) => a + b, 0);
}
