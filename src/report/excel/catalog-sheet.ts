/** Sheet 2, "Danh mục TTHC": the procedures grouped by sector, as in provincial annexes. */
import type { LegalDocument, ProcedureFile } from '../../catalog/schema/kinds.js';
import { valueName } from '../../i18n/values.js';
import { agenciesText, channelsText, feeText, legalText, levelsText, onlineLevelOf, timeText } from './describe.js';
import type { ReportIndex } from './input.js';
import { dataRow, groupRow, num, roman, text, type Column, type Row, type SheetModel } from './model.js';

export const CATALOG_SHEET = 'Danh mục TTHC';

/** Headers the import recognises too (import/headers.ts). */
export const CATALOG_COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 5 },
  { header: 'Mã TTHC', align: 'center', minWidth: 10, maxWidth: 11 },
  { header: 'Tên TTHC', maxWidth: 32, minWidth: 24 },
  { header: 'Lĩnh vực', maxWidth: 13 },
  { header: 'Cấp thực hiện', maxWidth: 10 },
  { header: 'Cơ quan thực hiện', maxWidth: 22 },
  { header: 'Thời hạn giải quyết', maxWidth: 16 },
  { header: 'Phí, lệ phí', maxWidth: 24 },
  { header: 'Cách thức thực hiện', maxWidth: 12 },
  { header: 'Mức độ DVCTT', maxWidth: 10 },
  // Citations and fee notes are the longest cells: wide columns keep rows short on A4 paper.
  { header: 'Căn cứ pháp lý', maxWidth: 40 },
  { header: 'Trạng thái', maxWidth: 10 },
];

const collator = new Intl.Collator('vi');

/** Sectors in Vietnamese alphabetical order, procedures by code within each. */
export function bySector(procedures: Iterable<ProcedureFile>): [string, ProcedureFile[]][] {
  const groups = new Map<string, ProcedureFile[]>();
  for (const p of procedures) {
    const list = groups.get(p.sector) ?? [];
    list.push(p);
    groups.set(p.sector, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([sector, list]) => [sector, list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))]);
}

export function catalogSheet(index: ReportIndex): SheetModel {
  const legal = new Map<string, LegalDocument>(index.input.catalog.legal.map((l) => [l.value.id, l.value]));
  const rows: Row[] = [];
  bySector(index.procedures.values()).forEach(([sector, procedures], g) => {
    rows.push(groupRow(`${roman(g + 1)}. Lĩnh vực ${sector}`));
    procedures.forEach((p, i) => {
      rows.push(dataRow([
        num(i + 1, 'count'),
        p.code,
        p.name,
        p.sector,
        levelsText(p),
        text(agenciesText(p, index)),
        text(timeText(p)),
        text(feeText(p)),
        text(channelsText(p)),
        valueName(onlineLevelOf(p), 'vi'),
        text(legalText(p, legal)),
        valueName(p.status, 'vi'),
      ]));
    });
  });
  return {
    name: CATALOG_SHEET,
    title: 'DANH MỤC THỦ TỤC HÀNH CHÍNH',
    columns: CATALOG_COLUMNS,
    rows,
    notes: rows.length === 0 ? ['Danh mục chưa có thủ tục hành chính nào.'] : [`Tổng số: ${index.procedures.size} thủ tục hành chính.`],
  };
}
