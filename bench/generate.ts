/**
 * Deterministic catalogs for the benchmark and the loader tests: the shapes of
 * spec/catalog.md with Vietnamese names, at a given size, from a seed (no Math.random).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Prng } from './prng.js';
import { DOCUMENTS, EXTRA_DOCUMENTS, LEGAL_KINDS, PLACE_SYLLABLES, PROCEDURE_OBJECTS, PROCEDURE_VERBS, PROVINCE_DEPARTMENTS, SECTORS, STEPS } from './words.js';

export interface CatalogSize {
  name: string;
  procedures: number;
  agencies: number;
  /** Implementation entries in all agencies' files together. */
  entries: number;
}

export const SIZES = {
  small: { name: 'small', procedures: 40, agencies: 12, entries: 200 },
  province: { name: 'province', procedures: 2000, agencies: 186, entries: 30_000 },
  national: { name: 'national', procedures: 10_000, agencies: 1000, entries: 300_000 },
} as const satisfies Record<string, CatalogSize>;

export const DEFAULT_SEED = 20261101;
/** Share of implementation entries that deviate from the published procedure. */
const DEVIATION_SHARE = 0.1;
/** Share of implementation entries that carry one quarter of dossier statistics. */
const STATS_SHARE = 0.25;

/** Plain YAML where that is safe and unambiguous, else a double-quoted (JSON) string. */
export function q(s: string): string {
  return /^\p{L}[\p{L}\p{N} .()/–-]*$/u.test(s) && !/^(?:true|false|null|yes|no|on|off)$/i.test(s) ? s : JSON.stringify(s);
}

/** ASCII kebab-case id from Vietnamese text. */
export function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface Agency { id: string; name: string; level: 'province' | 'commune' }
interface Doc { id: string; name: string; form?: boolean; evidence?: string; case?: string }
interface Channel { kind: 'in_person' | 'online' | 'postal'; days: number; fee: number }
interface Procedure { code: string; name: string; sector: string; level: 'province' | 'commune'; docs: Doc[]; channels: Channel[]; online: 'full' | 'partial' | 'none' }

export function generateCatalog(size: CatalogSize, seed: number = DEFAULT_SEED): Map<string, string> {
  const rng = new Prng(seed);
  const files = new Map<string, string>();
  const agencies = makeAgencies(rng, size.agencies);
  const legal = makeLegal(rng, Math.max(40, Math.round(size.procedures / 20)));
  const procedures = makeProcedures(rng, size.procedures);

  files.set('catalog.yaml', catalogYaml());
  files.set('agencies.yaml', agenciesYaml(rng, agencies));
  files.set('legal.yaml', legal.text);
  files.set('datasources.yaml', DATASOURCES);
  for (const p of procedures) files.set(`procedures/${slug(p.sector)}/${p.code}.yaml`, procedureYaml(rng, p, legal.active, legal.repealed));
  const byLevel = { province: procedures.filter((p) => p.level === 'province'), commune: procedures.filter((p) => p.level === 'commune') };
  agencies.forEach((a, i) => {
    const n = Math.floor(size.entries / agencies.length) + (i < size.entries % agencies.length ? 1 : 0);
    files.set(`implementations/${a.id}.yaml`, implementationYaml(rng, a, rng.sample(byLevel[a.level], n)));
  });
  const proposals = Math.max(3, Math.round(size.procedures / 200));
  for (let i = 0; i < proposals; i++) {
    const p = rng.pick(procedures);
    const id = `2026-${slug(p.sector)}-${String(i + 1).padStart(2, '0')}`;
    files.set(`proposals/${id}.yaml`, proposalYaml(rng, id, p, agencies));
  }
  files.set('suppressions.yaml', suppressionsYaml(procedures));
  return files;
}

/** Writes the catalog under `dir`, replacing what was there. */
export async function writeCatalog(dir: string, files: Map<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const dirs = new Set([...files.keys()].map((f) => dirname(join(dir, f))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (const [file, text] of files) await writeFile(join(dir, file), text);
}

function placeName(rng: Prng): string {
  return `${rng.pick(PLACE_SYLLABLES)} ${rng.pick(PLACE_SYLLABLES)}`;
}

function makeAgencies(rng: Prng, n: number): Agency[] {
  const out: Agency[] = [];
  const ids = new Set<string>();
  const add = (name: string, level: Agency['level']) => {
    let id = slug(name.replace(/^Ủy ban nhân dân/, 'ubnd'));
    for (let k = 2; ids.has(id); k++) id = `${slug(name.replace(/^Ủy ban nhân dân/, 'ubnd'))}-${k}`;
    ids.add(id);
    out.push({ id, name, level });
  };
  const departments = Math.max(1, Math.round(n / 9));
  for (let i = 0; i < departments; i++) {
    const base = PROVINCE_DEPARTMENTS[i % PROVINCE_DEPARTMENTS.length] ?? 'Sở Tư pháp';
    add(i < PROVINCE_DEPARTMENTS.length ? base : `${base} tỉnh ${placeName(rng)}`, 'province');
  }
  while (out.length < n) add(`Ủy ban nhân dân ${rng.chance(0.3) ? 'phường' : 'xã'} ${placeName(rng)}`, 'commune');
  return out;
}

function catalogYaml(): string {
  return `apiVersion: tthc/v1
kind: Catalog
jurisdiction: { name: Tỉnh Thanh Hóa, code: H56, authority: Ủy ban nhân dân tỉnh Thanh Hóa }
locale: vi
as_of: 2026-11-01
levels_abolished: { district: 2025-07-01 }
cost:
  income_per_hour: { citizen: 37500, business: 62500 }
  source: "Niên giám thống kê tỉnh Thanh Hóa 2025, thu nhập bình quân đầu người"
targets:
  cost_reduction: 0.20
  online_full_share: 0.80
  on_time_rate: 0.95
`;
}

function agenciesYaml(rng: Prng, agencies: Agency[]): string {
  const lines = ['apiVersion: tthc/v1', 'kind: AgencyList', 'agencies:'];
  agencies.forEach((a, i) => {
    lines.push(`  - id: ${a.id}`, `    name: ${q(a.name)}`, `    level: ${a.level}`);
    if (a.level === 'commune') lines.push(`    admin_code: "${String(14000 + i)}"`);
    lines.push(`    identifier: 000.${String(i % 100).padStart(2, '0')}.${String(20 + (i % 70))}.H56`);
    if (rng.chance(0.9)) lines.push(`    contact: { phone: "0237 ${String(rng.int(3000000, 3999999))}", email: ${a.id}@thanhhoa.gov.vn }`);
    if (a.level === 'commune') lines.push('    valid_from: 2025-07-01');
  });
  return `${lines.join('\n')}\n`;
}

function makeLegal(rng: Prng, n: number): { text: string; active: string[]; repealed: string[] } {
  const lines = ['apiVersion: tthc/v1', 'kind: LegalDocumentList', 'documents:'];
  const active: string[] = [];
  const repealed: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = rng.pick(LEGAL_KINDS);
    const year = rng.int(2010, 2025);
    const id = `${k.prefix}-${String(i + 1)}-${String(year)}`;
    const issued = `${String(year)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const fee = rng.chance(0.2) ? 'quy định mức thu, chế độ thu, nộp lệ phí' : `hướng dẫn thủ tục hành chính lĩnh vực ${rng.pick(SECTORS).toLowerCase()}`;
    lines.push(`  - id: ${id}`, `    number: ${String(i + 1)}/${String(year)}/${k.code}`, `    title: ${q(`${k.kind} ${fee}`)}`, `    issued: ${issued}`);
    const isRepealed = i > 5 && rng.chance(0.03);
    if (isRepealed) {
      lines.push('    repealed: 2025-07-01', `    replaced_by: ${active[0] ?? 'null'}`);
      repealed.push(id);
    } else {
      active.push(id);
    }
  }
  return { text: `${lines.join('\n')}\n`, active, repealed };
}

const DATASOURCES = `apiVersion: tthc/v1
kind: DataSourceList
sources:
  - id: csdl-dan-cu
    name: Cơ sở dữ liệu quốc gia về dân cư
  - id: csdl-dat-dai
    name: Cơ sở dữ liệu quốc gia về đất đai
  - id: csdl-doanh-nghiep
    name: Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp
evidence:
  - id: the-can-cuoc
    name: Thẻ Căn cước / Căn cước công dân
    source: csdl-dan-cu
    aliases: [căn cước công dân, CCCD, chứng minh nhân dân, CMND, hộ chiếu]
  - id: giay-chung-nhan-qsdd
    name: Giấy chứng nhận quyền sử dụng đất
    source: csdl-dat-dai
`;

function makeProcedures(rng: Prng, n: number): Procedure[] {
  const out: Procedure[] = [];
  for (let i = 0; i < n; i++) {
    const level = rng.chance(0.6) ? 'commune' : 'province';
    const docs = rng.sample(DOCUMENTS, rng.int(2, 7)) as Doc[];
    const channels: Channel[] = [{ kind: 'in_person', days: rng.int(1, 20), fee: rng.chance(0.6) ? 0 : rng.pick([10000, 20000, 50000, 100000, 500]) }];
    if (rng.chance(0.7)) channels.push({ kind: 'online', days: channels[0]?.days ?? 1, fee: 0 });
    if (rng.chance(0.3)) channels.push({ kind: 'postal', days: (channels[0]?.days ?? 1) + 2, fee: channels[0]?.fee ?? 0 });
    const hasOnline = channels.some((c) => c.kind === 'online');
    out.push({
      code: `${String(1 + (i % 2))}.${String(i + 1).padStart(6, '0')}`,
      name: `Thủ tục ${rng.pick(PROCEDURE_VERBS).toLowerCase()} ${rng.pick(PROCEDURE_OBJECTS)}`,
      sector: rng.pick(SECTORS),
      level,
      docs,
      channels,
      online: hasOnline ? (rng.chance(0.5) ? 'full' : 'partial') : 'none',
    });
  }
  return out;
}

function duration(days: number): string {
  return `{ value: ${String(days)}, unit: working_days }`;
}

function procedureYaml(rng: Prng, p: Procedure, active: string[], repealed: string[]): string {
  const lines = ['apiVersion: tthc/v1', 'kind: Procedure', `code: "${p.code}"`, `name: ${q(p.name)}`, `status: ${rng.chance(0.97) ? 'active' : 'draft'}`];
  lines.push(`published_by: ${String(rng.int(100, 3000))}/QĐ-UBND`, `sector: ${q(p.sector)}`, `levels: [${p.level}]`);
  lines.push(`subjects: [${rng.chance(0.7) ? 'citizen' : 'citizen, business'}]`);
  lines.push(`authority: ${p.level === 'commune' ? 'Ủy ban nhân dân cấp xã' : 'Ủy ban nhân dân tỉnh'}`, `implemented_by: { level: ${p.level} }`);
  if (rng.chance(0.5)) lines.push('contact: { unit: Bộ phận Một cửa, hotline: "1022" }');
  lines.push('channels:');
  for (const c of p.channels) {
    const note = c.fee > 0 && rng.chance(0.3) ? ', fee_note: "Theo Nghị quyết của HĐND tỉnh"' : '';
    lines.push(`  - { kind: ${c.kind}, time: ${duration(c.days)}, fee: ${String(c.fee)}${note} }`);
  }
  lines.push(`online_level: ${p.online}`, 'documents:');
  for (const d of p.docs) {
    lines.push(`  - id: ${d.id}`, `    name: ${q(d.name)}`);
    if (d.form === true) lines.push(`    form: Mẫu ${String(rng.int(1, 20)).padStart(2, '0')}/2025/TT-BTP`);
    if (rng.chance(0.2)) lines.push('    action: present');
    if (rng.chance(0.3)) lines.push(`    copies: 1`, `    copy_type: ${rng.pick(['any', 'plain_with_original', 'certified'])}`);
    if (d.case !== undefined) lines.push(`    case: ${q(d.case)}`);
    if (d.evidence !== undefined) lines.push(`    evidence: ${d.evidence}`);
  }
  lines.push('steps:', ...STEPS.map((s) => `  - ${q(s)}`));
  lines.push('results:', `  - { name: ${q(`Kết quả ${p.name.replace(/^Thủ tục /, '')}`)}, validity: ${rng.chance(0.8) ? 'unlimited' : `{ value: ${String(rng.int(6, 60))}, unit: months }`} }`);
  lines.push('legal_basis:');
  const refs = rng.sample(active, rng.int(1, 2));
  if (repealed.length > 0 && rng.chance(0.01)) refs.push(rng.pick(repealed));
  for (const ref of refs) lines.push(`  - { ref: ${ref}, article: "Điều ${String(rng.int(1, 40))}" }`);
  lines.push(`volume: { per_year: ${String(rng.int(0, 20000))}, online_share: ${String(rng.int(0, 100) / 100)} }`);
  return `${lines.join('\n')}\n`;
}

function implementationYaml(rng: Prng, a: Agency, procedures: Procedure[]): string {
  const lines = ['apiVersion: tthc/v1', 'kind: Implementation', `agency: ${a.id}`, 'surveyed: 2026-10-15', 'source: Khảo sát tại Bộ phận Một cửa; phần mềm một cửa điện tử', 'procedures:'];
  for (const p of procedures) {
    lines.push(`  - code: "${p.code}"`);
    if (rng.chance(DEVIATION_SHARE)) deviation(rng, p, lines);
    if (rng.chance(STATS_SHARE)) stats(rng, lines);
  }
  return `${lines.join('\n')}\n`;
}

/** One realistic departure from the published procedure. */
function deviation(rng: Prng, p: Procedure, lines: string[]): void {
  switch (rng.int(0, 4)) {
    case 0: // an extra document, often one the law abolished
      lines.push('    documents:', ...p.docs.map((d) => `      - { ref: ${d.id} }`), `      - { name: ${q(rng.pick(EXTRA_DOCUMENTS))}, action: present }`);
      break;
    case 1: // a published document omitted
      lines.push('    documents:', ...p.docs.slice(1).map((d) => `      - { ref: ${d.id} }`));
      break;
    case 2: // more copies, certified
      lines.push('    documents:', ...p.docs.map((d, i) => (i === 0 ? `      - { ref: ${d.id}, copies: 2, copy_type: certified }` : `      - { ref: ${d.id} }`)));
      break;
    case 3: // slower or dearer than published, online not offered
      lines.push('    channels:', ...p.channels.filter((c) => c.kind !== 'online').map((c) => `      - { kind: ${c.kind}, time: ${duration(c.days + rng.int(1, 10))}, fee: ${String(c.fee + rng.pick([0, 5000, 10000]))} }`));
      if (p.online !== 'none') lines.push('    online_level: none');
      break;
    default:
      lines.push('    requires_paper_with_online: true');
      if (rng.chance(0.5)) lines.push(`    contact: { phone: "0237 ${String(rng.int(3000000, 3999999))}" }`);
  }
}

/** Q3 2026 dossier counts that satisfy the reporting identity. */
function stats(rng: Prng, lines: string[]): void {
  const resolved = { early: rng.int(0, 80), on_time: rng.int(0, 400), late: rng.chance(0.2) ? rng.int(1, 30) : 0 };
  const pending = { in_time: rng.int(0, 20), overdue: rng.chance(0.1) ? rng.int(1, 5) : 0 };
  const returned = rng.int(0, 15);
  const total = resolved.early + resolved.on_time + resolved.late + pending.in_time + pending.overdue + returned;
  const carried = rng.int(0, Math.floor(total / 10));
  const received = total - carried;
  const online = Math.floor(received * rng.next() * 0.8);
  const postal = Math.floor((received - online) * rng.next() * 0.1);
  lines.push(
    '    stats:',
    '      period: { from: 2026-07-01, to: 2026-09-30 }',
    `      received: { in_person: ${String(received - online - postal)}, online: ${String(online)}, postal: ${String(postal)} }`,
    `      resolved: { early: ${String(resolved.early)}, on_time: ${String(resolved.on_time)}, late: ${String(resolved.late)} }`,
    `      pending: { in_time: ${String(pending.in_time)}, overdue: ${String(pending.overdue)} }`,
    `      returned: ${String(returned)}`,
    `      apologies: ${String(resolved.late - (rng.chance(0.2) ? Math.min(resolved.late, 1) : 0))}`,
    `      supplement_requests: { first: ${String(rng.int(0, 40))}, repeated: ${String(rng.chance(0.05) ? 1 : 0)} }`,
    `      carried_over: ${String(carried)}`,
  );
}

function proposalYaml(rng: Prng, id: string, p: Procedure, agencies: Agency[]): string {
  const doc = p.docs[p.docs.length - 1];
  const status = rng.pick(['draft', 'submitted', 'accepted']);
  const lines = ['apiVersion: tthc/v1', 'kind: Proposal', `id: ${id}`, `procedure: "${p.code}"`, `title: ${q(`Đơn giản hóa ${p.name.replace(/^Thủ tục /, '')}`)}`];
  lines.push(`proposed_by: ${agencies[0]?.id ?? 'so-tu-phap'}`, `status: ${status}`, 'date: 2026-11-20', 'changes:');
  if (doc) lines.push(`  - { action: remove_document, document: ${doc.id}, reason: "Thông tin đã có trong cơ sở dữ liệu" }`);
  lines.push(`  - { action: set_time, channel: in_person, time: ${duration(Math.max(1, (p.channels[0]?.days ?? 2) - 1))}, reason: "Rút ngắn thời hạn giải quyết" }`);
  if (status !== 'draft') lines.push('amend:', '  - { ref: nd-1-2020, article: Điều 9, text: "Sửa đổi thành phần hồ sơ", by: 2027-06-30 }');
  return `${lines.join('\n')}\n`;
}

function suppressionsYaml(procedures: Procedure[]): string {
  return `apiVersion: tthc/v1
kind: SuppressionList
suppressions:
  - rule: simplify/long-time
    procedure: "${procedures[0]?.code ?? '1.000001'}"
    reason: Thời hạn do Luật Xây dựng quy định, đang chờ sửa luật
    until: 2027-06-30
`;
}
