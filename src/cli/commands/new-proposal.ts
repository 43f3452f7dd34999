/**
 * `tthc new proposal [dir]`: drafts a simplification proposal by asking — pick a procedure, see
 * its simplification candidates, choose changes, give reasons and the legal text to amend, watch
 * the saving computed live, confirm — then writes proposals/<id>.yaml, never over a file.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Catalog } from '../../catalog/model.js';
import { proposal as proposalSchema, type Change, type ProcedureFile, type ProposalFile } from '../../catalog/schema/kinds.js';
import { date, id as idSchema, text } from '../../catalog/schema/shapes.js';
import { applyChanges, catalogCost, proposalCost } from '../../cost/index.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { formatNumber, messages, type Locale } from '../../i18n/locale.js';
import { CHANGE_ACTION_TEXT } from '../../i18n/values.js';
import { runRules, toFindings } from '../../rules/engine.js';
import { RULES } from '../../rules/registry.js';
import { fold, foldAscii } from '../../text/fold.js';
import { openCatalog } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import { isoDate, type CliIO } from '../io.js';
import { inquirerPrompts, isPromptCancel, type Prompts } from '../prompts.js';
import { parseLocale } from '../rule-command.js';
import { percent, truncate } from './cost-text.js';
import { applicableActions, askChanges } from './new-proposal-changes.js';

const T = messages(
  {
    noTerminal: (dir: string) => `"tthc new proposal" cần một terminal để hỏi đáp. Không có terminal (CI, chuyển hướng đầu vào): viết tay tệp ${dir}/proposals/<mã>.yaml với apiVersion: tthc/v1, kind: Proposal, id, procedure, title, status: draft, changes (xem docs/review.md), rồi chạy "tthc review ${dir}"`,
    noProcedures: 'Danh mục chưa có thủ tục nào đang thực hiện để lập phương án',
    procedure: 'Thủ tục cần đơn giản hóa (gõ mã hoặc tên để tìm)',
    candidates: (n: number) => (n === 0 ? 'Không có nội dung đơn giản hóa nào được phát hiện tự động.' : `Nội dung có thể đơn giản hóa (${n}):`),
    actions: 'Nội dung đơn giản hóa (phím cách để chọn, Enter để tiếp)',
    pickOne: 'Chọn ít nhất một nội dung',
    live: (before: string, after: string, saving: string, rate: string) => `  Chi phí tuân thủ: ${before} → ${after} đồng/năm (tiết kiệm ${saving}, ${rate})`,
    liveOnce: (before: string, after: string) => `  Chi phí một lần thực hiện: ${before} → ${after} đ (chưa có số lượng hồ sơ)`,
    noParams: '  (catalog.yaml chưa có tham số chi phí: không tính được mức tiết kiệm)',
    invalid: (n: number) => `  Lưu ý: ${n} nội dung không áp dụng được vào thủ tục`,
    id: 'Mã phương án (tên tệp)',
    idTaken: 'Mã này đã có; chọn mã khác',
    idPattern: 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang',
    title: 'Tên phương án',
    titleDefault: (name: string) => `Đơn giản hóa ${name}`,
    empty: 'Không được để trống',
    proposedBy: 'Cơ quan đề xuất',
    none: '(không ghi)',
    amend: 'Thêm kiến nghị sửa văn bản quy phạm pháp luật (kiến nghị thực thi)?',
    amendMore: 'Thêm một văn bản nữa?',
    legal: 'Văn bản cần sửa đổi',
    article: 'Điều, khoản (có thể bỏ trống)',
    amendText: 'Nội dung kiến nghị (có thể bỏ trống)',
    by: 'Thời hạn YYYY-MM-DD (có thể bỏ trống)',
    badDate: 'Ngày theo dạng YYYY-MM-DD',
    preview: (file: string) => `Sẽ ghi ${file}:`,
    confirm: 'Ghi tệp này?',
    declined: 'Không ghi tệp nào.',
    written: (file: string, code: string) => `Đã ghi ${file}. Xem chi phí trước, sau: tthc cost ${code}`,
    exists: (file: string) => `Tệp ${file} đã tồn tại; không ghi đè. Chọn mã phương án khác`,
    cancelled: 'Đã hủy; không ghi tệp nào',
  },
  {
    noTerminal: (dir) => `"tthc new proposal" needs a terminal to ask questions. Without one (CI, redirected input) write ${dir}/proposals/<id>.yaml by hand with apiVersion: tthc/v1, kind: Proposal, id, procedure, title, status: draft, changes (see docs/review.md), then run "tthc review ${dir}"`,
    noProcedures: 'The catalog has no active procedure to propose for',
    procedure: 'Procedure to simplify (type a code or name to search)',
    candidates: (n) => (n === 0 ? 'No simplification candidate was found automatically.' : `Simplification candidates (${n}):`),
    actions: 'Changes (space to select, Enter to go on)',
    pickOne: 'Pick at least one change',
    live: (before, after, saving, rate) => `  Compliance cost: ${before} → ${after} VND/year (saving ${saving}, ${rate})`,
    liveOnce: (before, after) => `  Cost per fulfilment: ${before} → ${after} VND (no volume)`,
    noParams: '  (catalog.yaml has no cost parameters: no saving can be computed)',
    invalid: (n) => `  Note: ${n} change(s) cannot apply to the procedure`,
    id: 'Proposal id (file name)',
    idTaken: 'This id exists; choose another',
    idPattern: 'Use lower-case ASCII letters, digits and hyphens',
    title: 'Title',
    titleDefault: (name) => `Đơn giản hóa ${name}`,
    empty: 'May not be empty',
    proposedBy: 'Proposing agency',
    none: '(none)',
    amend: 'Add a legal text to amend?',
    amendMore: 'Add another?',
    legal: 'Legal text to amend',
    article: 'Article (may be empty)',
    amendText: 'Proposed wording (may be empty)',
    by: 'Deadline YYYY-MM-DD (may be empty)',
    badDate: 'A date as YYYY-MM-DD',
    preview: (file) => `Will write ${file}:`,
    confirm: 'Write this file?',
    declined: 'Nothing written.',
    written: (file, code) => `Wrote ${file}. Cost before and after: tthc cost ${code}`,
    exists: (file) => `${file} already exists; not overwritten. Choose another proposal id`,
    cancelled: 'Cancelled; nothing written',
  },
);

export async function newProposal(dir: string | undefined, options: { lang?: string }, io: CliIO, prompts?: Prompts): Promise<CommandResult> {
  const early = parseLocale(options.lang, 'vi') ?? 'vi';
  const opened = await openCatalog(dir, io, early);
  if ('failure' in opened) return opened;
  const { catalog } = opened;
  const locale = parseLocale(options.lang, catalog.config?.value.locale ?? 'vi') ?? 'vi';
  const t = T[locale];
  if (prompts === undefined && !io.stdinIsTTY) return fail('no-terminal', t.noTerminal(opened.dir.display));
  const procedures = catalog.procedures.filter((p) => p.value.status === 'active');
  if (procedures.length === 0) return fail('no-procedures', t.noProcedures);
  try {
    const draft = await ask(catalog, procedures.map((p) => p.value), prompts ?? (await inquirerPrompts()), io, locale);
    if (draft === undefined) {
      io.stdout.write(`${t.declined}\n`);
      return 0;
    }
    const file = `proposals/${draft.id}.yaml`;
    try {
      await writeFileAtomic(join(opened.dir.absolute, file), stringify(draft, { lineWidth: 0 }), { exclusive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail('exists', t.exists(opened.dir.pathPrefix + file));
      throw error;
    }
    io.stdout.write(`${t.written(opened.dir.pathPrefix + file, draft.procedure)}\n`);
    return 0;
  } catch (error) {
    if (isPromptCancel(error)) return fail('cancelled', t.cancelled);
    throw error;
  }
}

/** The questions, in order; undefined when the user declines to write at the end. */
async function ask(catalog: Catalog, procedures: ProcedureFile[], prompts: Prompts, io: CliIO, locale: Locale): Promise<ProposalFile | undefined> {
  const t = T[locale];
  const out = (s: string) => { io.stdout.write(`${s}\n`); };
  const code = await prompts.search({
    message: t.procedure,
    source: (term) => {
      const key = fold(term ?? '');
      return procedures
        .filter((p) => key === '' || fold(`${p.code} ${p.name}`).includes(key))
        .slice(0, 30)
        .map((p) => ({ name: truncate(`${p.code} ${p.name}`, 72), value: p.code, description: p.sector }));
    },
  });
  const procedure = procedures.find((p) => p.code === code);
  if (!procedure) throw new Error(`search returned an unknown code ${code}`);

  const today = isoDate(io.now());
  const engine = runRules(catalog, RULES, { groups: ['simplify'], today });
  const candidates = toFindings(catalog, engine.reports, RULES, locale).filter((f) => f.procedure === code && f.rule !== 'simplify/unproposed');
  out(t.candidates(candidates.length));
  for (const f of candidates) out(`  • ${f.message} [${f.rule}]`);

  const actions = await prompts.checkbox({
    message: t.actions,
    choices: applicableActions(procedure).map((a) => ({ name: CHANGE_ACTION_TEXT[locale][a], value: a })),
    validate: (v) => (v.length > 0 ? true : t.pickOne),
  });
  const changes: Change[] = [];
  for (const action of actions) {
    const current = applyChanges(procedure, changes).procedure;
    changes.push(...(await askChanges(action, current, catalog, prompts, locale)));
    out(live(catalog, procedure, changes, locale));
  }

  const taken = new Set(catalog.proposals.map((p) => p.value.id));
  const id = await prompts.input({
    message: t.id,
    default: nextId(today.slice(0, 4), procedure.sector, taken),
    validate: (v) => (!idSchema.safeParse(v).success ? t.idPattern : taken.has(v) ? t.idTaken : true),
  });
  const title = await prompts.input({ message: t.title, default: t.titleDefault(procedure.name.replace(/^Thủ tục /u, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())), validate: (v) => (text.safeParse(v.trim()).success ? true : t.empty) });
  const proposedBy = await prompts.select({ message: t.proposedBy, choices: [{ name: t.none, value: '' }, ...catalog.agencies.map((a) => ({ name: a.value.name, value: a.value.id }))] });

  const amend: NonNullable<ProposalFile['amend']> = [];
  if (catalog.legal.length > 0 && (await prompts.confirm({ message: t.amend, default: false }))) {
    do {
      const ref = await prompts.select({ message: t.legal, choices: catalog.legal.map((l) => ({ name: truncate(`${l.value.number} ${l.value.title}`, 72), value: l.value.id })) });
      const article = (await prompts.input({ message: t.article })).trim();
      const wording = (await prompts.input({ message: t.amendText })).trim();
      const by = (await prompts.input({ message: t.by, validate: (v) => (v.trim() === '' || date.safeParse(v.trim()).success ? true : t.badDate) })).trim();
      amend.push({ ref, ...(article ? { article } : {}), ...(wording ? { text: wording } : {}), ...(by ? { by } : {}) });
    } while (await prompts.confirm({ message: t.amendMore, default: false }));
  }

  const draft: ProposalFile = proposalSchema.parse({
    apiVersion: 'tthc/v1',
    kind: 'Proposal',
    id,
    procedure: code,
    title: title.trim(),
    ...(proposedBy !== '' ? { proposed_by: proposedBy } : {}),
    status: 'draft',
    date: today,
    changes,
    ...(amend.length > 0 ? { amend } : {}),
  });
  out('');
  out(t.preview(`proposals/${id}.yaml`));
  out(stringify(draft, { lineWidth: 0 }).trimEnd().split('\n').map((l) => `  ${l}`).join('\n'));
  out(live(catalog, procedure, changes, locale));
  return (await prompts.confirm({ message: t.confirm, default: true })) ? draft : undefined;
}

/** The saving so far, as one line. */
function live(catalog: Catalog, procedure: ProcedureFile, changes: Change[], locale: Locale): string {
  const t = T[locale];
  const cost = catalogCost(catalog);
  if (cost.missingParameters) return t.noParams;
  const p = proposalCost({ apiVersion: 'tthc/v1', kind: 'Proposal', id: '-', procedure: procedure.code, title: '-', status: 'draft', changes }, procedure, cost.parameters);
  const n = (x: number) => formatNumber(x, locale);
  const lines: string[] = [];
  if (p.before.annual !== null && p.after.annual !== null) {
    lines.push(t.live(n(p.before.annual), n(p.after.annual), n(p.saving ?? 0), p.rate === null ? '—' : percent(p.rate, locale)));
  } else {
    const first = (c: typeof p.before) => c.channels[0]?.perFulfilment ?? 0;
    lines.push(t.liveOnce(n(first(p.before)), n(first(p.after))));
  }
  if (p.invalidChanges.length > 0) lines.push(t.invalid(p.invalidChanges.length));
  return lines.join('\n');
}

/** `2026-ho-tich-01`, the first number not taken. */
export function nextId(year: string, sector: string, taken: ReadonlySet<string>): string {
  const slug = foldAscii(sector).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'tthc';
  for (let i = 1; ; i++) {
    const candidate = `${year}-${slug}-${String(i).padStart(2, '0')}`;
    if (!taken.has(candidate)) return candidate;
  }
}
