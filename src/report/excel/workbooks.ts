/**
 * The workbooks of `tthc audit` and `tthc export`, as models: a pure plan from the catalog,
 * its findings and its costs. `writeWorkbook` (writer.ts) puts a model on disk.
 */
import { catalogSheet } from './catalog-sheet.js';
import { costSheet } from './cost-sheet.js';
import { findingsSheet } from './findings-sheet.js';
import { inconsistencySheet } from './inconsistency-sheet.js';
import { infoSheet } from './info-sheet.js';
import { ReportIndex, reportHeader, type ReportInput } from './input.js';
import type { WorkbookModel } from './model.js';
import { planSheet } from './plan-sheet.js';
import { statsSheet } from './stats-sheet.js';
import { summarySheet } from './summary-sheet.js';

export const EXPORT_REPORTS = ['catalog', 'findings', 'plan', 'stats'] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];

export function isExportReport(value: string): value is ExportReport {
  return (EXPORT_REPORTS as readonly string[]).includes(value);
}

/** audit.xlsx: the seven sheets of reports.md, in their order. */
export function auditWorkbook(input: ReportInput): WorkbookModel {
  const index = new ReportIndex(input);
  return {
    header: reportHeader(input),
    created: input.generated,
    sheets: [
      summarySheet(index),
      catalogSheet(index),
      inconsistencySheet(index),
      statsSheet(index),
      planSheet(index),
      costSheet(index),
      infoSheet(index),
    ],
  };
}

/** One workbook of `tthc export <report>`. */
export function exportWorkbook(report: ExportReport, input: ReportInput): WorkbookModel {
  const index = new ReportIndex(input);
  const sheets = {
    catalog: () => [catalogSheet(index)],
    findings: () => [findingsSheet(index)],
    plan: () => [planSheet(index), costSheet(index)],
    stats: () => [statsSheet(index)],
  }[report]();
  return { header: reportHeader(input), created: input.generated, sheets };
}
