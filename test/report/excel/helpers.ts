/** Building report inputs in memory and reading written workbooks back two independent ways. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { CatalogCost, ChannelCost, ProcedureCost } from '../../../src/cost/types.js';
import type { ReportInput } from '../../../src/report/excel/input.js';
import type { WorkbookModel } from '../../../src/report/excel/model.js';
import { writeWorkbook } from '../../../src/report/excel/writer.js';
import type { Finding } from '../../../src/rules/report.js';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { loadExample } from '../../helpers/catalog.js';

export const GENERATED = new Date('2026-11-29T09:30:00');

export async function reportInput(overlay: ExampleFiles = {}, extra: Partial<ReportInput> = {}): Promise<ReportInput> {
  return { catalog: await loadExample(overlay), findings: [], costs: undefined, tool: { name: 'tthc', version: '9.9.9' }, generated: GENERATED, ...extra };
}

export async function written(model: WorkbookModel): Promise<{ file: string; wb: ExcelJS.Workbook; xml: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-xlsx-'));
  const file = join(dir, 'out.xlsx');
  await writeWorkbook(file, model);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb, xml: xmlParts(readFileSync(file)) };
}

/** Every XML part of an xlsx as text (the second, independent reader). */
export function xmlParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  return Object.fromEntries(Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

export function sheetXml(xml: Record<string, string>, n: number): string {
  const s = xml[`xl/worksheets/sheet${n}.xml`];
  if (s === undefined) throw new Error(`no sheet${n}.xml`);
  return s;
}

function channel(kind: ChannelCost['channel'], perFulfilment: number, share: number): ChannelCost {
  return {
    channel: kind,
    hours: { learn: 1, forms: 0.5, documents: 0.5, present: 0, visits: kind === 'in_person' ? 4 : 0, extra: kind === 'online' ? 0.5 : 0, total: kind === 'in_person' ? 6 : 2.5 },
    visits: kind === 'in_person' ? 2 : 0,
    sendings: 0,
    rate: 37500,
    timeCost: kind === 'in_person' ? 225000 : 93750,
    fee: 0,
    feeUnknown: false,
    money: { documents: 0, travel: kind === 'in_person' ? 40000 : 0, postage: 0, total: kind === 'in_person' ? 40000 : 0 },
    perFulfilment,
    share,
  };
}

export function procedureCost(annual: number | null): ProcedureCost {
  return {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    rateKind: 'citizen',
    documents: [],
    channels: [channel('in_person', 265000, 0.5), channel('online', 93750, 0.5)],
    perYear: annual === null ? null : 1000,
    annual,
    abolished: false,
  };
}

/** A hand-built cost result: one procedure, one proposal saving 25 %. */
export function handCosts(): CatalogCost {
  const before = procedureCost(179375000);
  const after = { ...procedureCost(134531250) };
  return {
    parameters: {
      income_per_hour: { citizen: 37500, business: 62500 },
      source: 'Ví dụ',
      hours: { learn: 1, form: 0.5, document: 0.5, present: 0.25, certify: 1, visit: 2, online: 0.5 },
      money: { certify_fee: 4000, copy_fee: 1000, travel: 20000, postage: 30000 },
    },
    missingParameters: false,
    procedures: [before],
    proposals: [{ proposal: '2026-ho-tich-01', procedure: '1.001193', status: 'draft', before, after, saving: 44843750, rate: 0.25, invalidChanges: [] }],
    plans: [{ procedure: '1.001193', proposals: ['2026-ho-tich-01'], before, after, saving: 44843750, rate: 0.25 }],
    totals: { before: 179375000, after: 134531250, saving: 44843750, rate: 0.25, target: 0.2 },
  };
}

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  return { severity: 'error', message: 'Thông báo', file: 'implementations/ubnd-phuong-ham-rong.yaml', line: 5, column: 3, end_line: 5, end_column: 20, ...partial };
}

export const PROPOSAL = `apiVersion: tthc/v1
kind: Proposal
id: 2026-ho-tich-01
procedure: "1.001193"
title: Bỏ giấy chứng sinh khi đã có dữ liệu
status: draft
changes:
  - { action: remove_document, document: giay-chung-sinh, reason: Đã có trong cơ sở dữ liệu }
  - { action: set_online_level, online_level: full, reason: "=cmd|' /C calc'!A0" }
amend:
  - { ref: luat-ho-tich-2014, article: Điều 16, text: Bỏ yêu cầu nộp giấy chứng sinh, by: 2027-06-30 }
`;

export const STATS = `apiVersion: tthc/v1
kind: Implementation
agency: ubnd-phuong-ham-rong
procedures:
  - code: "1.001193"
    stats:
      period: { from: 2026-07-01, to: 2026-09-30 }
      received: { in_person: 300, online: 100, postal: 0 }
      resolved: { early: 50, on_time: 300, late: 50 }
      pending: { in_time: 10, overdue: 2 }
      returned: 15
      apologies: 5
`;

export const STATS_GOOD = `apiVersion: tthc/v1
kind: Implementation
agency: ubnd-xa-nga-son
procedures:
  - code: "1.001193"
    stats:
      period: { from: 2026-07-01, to: 2026-09-30 }
      received: { in_person: 10, online: 10 }
      resolved: { on_time: 20 }
`;
