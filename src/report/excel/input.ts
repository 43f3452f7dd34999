/**
 * What the workbook builders read: the loaded catalog, its findings, its compliance costs
 * (computed elsewhere and passed in, or absent), and the few facts about this run.
 */
import type { Catalog } from '../../catalog/model.js';
import type { Agency, ProcedureFile } from '../../catalog/schema/kinds.js';
import type { CatalogCost } from '../../cost/types.js';
import type { Finding } from '../../rules/report.js';
import type { ReportHeader } from './model.js';

export interface ReportInput {
  catalog: Catalog;
  findings: readonly Finding[];
  /** Compliance costs (spec/cost.md), or undefined when the cost model is not available. */
  costs: CatalogCost | undefined;
  tool: { name: string; version: string };
  /** The catalog's git commit, when it lives in a git work tree. */
  commit?: string | undefined;
  /** When the workbook is made: the metadata sheet's one non-deterministic cell. */
  generated: Date;
  /** When the findings are a selection: the rules asked for, the revision of `--changed`. */
  selection?: { rules: readonly string[]; changedSince?: string | undefined };
}

/** Lookups every builder needs. */
export class ReportIndex {
  readonly procedures = new Map<string, ProcedureFile>();
  readonly agencies = new Map<string, Agency>();

  constructor(readonly input: ReportInput) {
    for (const p of input.catalog.procedures) if (!this.procedures.has(p.value.code)) this.procedures.set(p.value.code, p.value);
    for (const a of input.catalog.agencies) if (!this.agencies.has(a.value.id)) this.agencies.set(a.value.id, a.value);
  }

  procedureName(code: string | undefined): string | null {
    return code === undefined ? null : (this.procedures.get(code)?.name ?? null);
  }

  agencyName(id: string | undefined): string | null {
    return id === undefined ? null : (this.agencies.get(id)?.name ?? id);
  }
}

/** The date the figures are as of: catalog.yaml `as_of`, else the generation day. */
export function asOfDate(input: ReportInput): string {
  const asOf = input.catalog.config?.value.as_of;
  if (asOf !== undefined) return asOf;
  const d = input.generated;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const UBND = /^(?:ủy|uỷ) ban nhân dân\s+/iu;

/**
 * The issuing body as administrative documents print it: "Ủy ban nhân dân tỉnh Thanh Hóa" →
 * "UBND TỈNH THANH HÓA". Without `authority`, the jurisdiction's name stands for it.
 */
export function issuerOf(catalog: Catalog): string {
  const j = catalog.config?.value.jurisdiction;
  if (j === undefined) return '';
  const name = (j.authority ?? `UBND ${j.name}`).normalize('NFC').trim();
  return name.replace(UBND, 'UBND ').toLocaleUpperCase('vi');
}

export function reportHeader(input: ReportInput): ReportHeader {
  const scope = selectionText(input.selection);
  return { issuer: issuerOf(input.catalog), asOf: asOfDate(input), ...(scope === undefined ? {} : { scope }) };
}

/** "Chỉ gồm phát hiện của quy tắc …, liên quan đến thay đổi so với …", or undefined for every finding. */
export function selectionText(selection: ReportInput['selection']): string | undefined {
  if (selection === undefined) return undefined;
  const parts: string[] = [];
  if (selection.rules.length > 0) parts.push(`của quy tắc ${selection.rules.join(', ')}`);
  if (selection.changedSince !== undefined) parts.push(`liên quan đến thay đổi so với ${selection.changedSince}`);
  return parts.length === 0 ? undefined : `Báo cáo chỉ gồm các phát hiện ${parts.join(', ')}; không phải kết quả rà soát toàn bộ danh mục`;
}
