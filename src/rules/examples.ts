/**
 * A small valid catalog that rule examples and tests are laid over: one province, a department,
 * two communes, a few legal documents and one procedure. Each rule's docs give the files that
 * make it fire (bad) and the files that keep it silent (good).
 */
import { loadCatalog } from '../catalog/load.js';
import { MemoryIO } from '../catalog/memory-io.js';
import type { Locale } from '../i18n/locale.js';
import { runRules, toFindings } from './engine.js';
import type { Finding } from './report.js';
import { RULE_GROUPS, type ExampleFiles, type Rule } from './rule.js';

export const EXAMPLE_BASE: Record<string, string> = {
  'catalog.yaml': `apiVersion: tthc/v1
kind: Catalog
jurisdiction: { name: Tỉnh Thanh Hóa, code: H56, authority: Ủy ban nhân dân tỉnh Thanh Hóa }
locale: vi
as_of: 2026-11-01
levels_abolished: { district: 2025-07-01 }
cost:
  income_per_hour: { citizen: 37500, business: 62500 }
  source: Ví dụ
targets: { cost_reduction: 0.2, online_full_share: 0.8, on_time_rate: 0.95 }
`,
  'agencies.yaml': `apiVersion: tthc/v1
kind: AgencyList
agencies:
  - id: so-tu-phap
    name: Sở Tư pháp
    level: province
    contact: { phone: "0237 3852 364" }
  - id: ubnd-phuong-ham-rong
    name: UBND phường Hàm Rồng
    level: commune
    admin_code: "14758"
    contact: { phone: "0237 3961 234" }
  - id: ubnd-xa-nga-son
    name: UBND xã Nga Sơn
    level: commune
    admin_code: "16093"
    contact: { phone: "0237 3872 100" }
`,
  'legal.yaml': `apiVersion: tthc/v1
kind: LegalDocumentList
documents:
  - id: luat-ho-tich-2014
    number: 60/2014/QH13
    title: Luật Hộ tịch
    issued: 2014-11-20
    effective: 2016-01-01
  - id: nd-45-2020
    number: 45/2020/NĐ-CP
    title: Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử
    issued: 2020-04-08
  - id: tt-85-2019
    number: 85/2019/TT-BTC
    title: Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh
    issued: 2019-11-29
`,
  'datasources.yaml': `apiVersion: tthc/v1
kind: DataSourceList
sources:
  - id: csdl-dan-cu
    name: Cơ sở dữ liệu quốc gia về dân cư
    legal_basis: [{ ref: nd-45-2020 }]
evidence:
  - id: the-can-cuoc
    name: Thẻ Căn cước
    source: csdl-dan-cu
    aliases: [căn cước công dân, CCCD, chứng minh nhân dân]
`,
  'procedures/ho-tich/1.001193.yaml': `apiVersion: tthc/v1
kind: Procedure
code: "1.001193"
name: Thủ tục đăng ký khai sinh
status: active
published_by: 163/QĐ-BTP
sector: Hộ tịch
levels: [commune]
subjects: [citizen]
authority: Ủy ban nhân dân cấp xã
contact: { unit: Bộ phận Một cửa, hotline: "1022" }
channels:
  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }
  - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }
online_level: full
documents:
  - { id: to-khai, name: Tờ khai đăng ký khai sinh, form: Mẫu TP/HT-2020-KS.1 }
  - { id: giay-chung-sinh, name: Giấy chứng sinh }
results:
  - { name: Giấy khai sinh, code: KQ.G15.000031, validity: unlimited }
legal_basis:
  - { ref: luat-ho-tich-2014, article: Điều 16 }
volume: { per_year: 1000, online_share: 0.5 }
`,
};

/** The base with `overlay` laid over it; a file mapped to `null` is removed. */
export function exampleCatalog(overlay: ExampleFiles): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = { ...EXAMPLE_BASE };
  for (const [file, text] of Object.entries(overlay)) {
    if (text === null) Reflect.deleteProperty(out, file);
    else out[file] = text;
  }
  return out;
}

/** The example procedure with some lines replaced, for short rule examples. */
export function procedureWith(replace: Record<string, string>): string {
  let text = EXAMPLE_BASE['procedures/ho-tich/1.001193.yaml'] ?? '';
  for (const [from, to] of Object.entries(replace)) {
    if (!text.includes(from)) throw new Error(`example procedure has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}

/** Bytes of a string whose characters are byte values (0–255): legacy-encoded examples. */
export function bytes(latin1: string): Uint8Array {
  return Uint8Array.from(latin1, (c) => c.charCodeAt(0) & 0xff);
}

/** Runs the given rules over an example catalog and returns the findings, as `tthc rules <id>` shows them. */
export async function runExample(files: ExampleFiles, ruleIds: readonly string[], locale: Locale, rules: readonly Rule[]): Promise<Finding[]> {
  const catalog = await loadCatalog('catalog', new MemoryIO(exampleCatalog(files)));
  const result = runRules(catalog, rules, { groups: RULE_GROUPS, only: ruleIds, today: '2026-11-01' });
  return toFindings(catalog, result.reports, rules, locale);
}
