/**
 * `--suppress-all`: writes the current findings into suppressions.yaml, for teams adopting the
 * tool on a legacy catalog. Each entry gets the reason (`--reason`, or asked) and an `until`
 * date (`--until`, default six months from today), so that nothing is silenced for ever.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../catalog/model.js';
import { date as dateSchema } from '../catalog/schema/shapes.js';
import { addMonths, addSuppressions, entriesFor } from '../catalog/suppressions-file.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { counted, messages, type Locale } from '../i18n/locale.js';
import type { Finding } from '../rules/report.js';
import type { ResolvedDir } from './catalog-dir.js';
import { fail, type CommandResult } from './failure.js';
import { isoDate, type CliIO } from './io.js';
import { inquirerPrompts, isPromptCancel } from './prompts.js';

/** How long `--suppress-all` silences when no `--until` is given. */
export const DEFAULT_SUPPRESS_MONTHS = 6;

const text = messages(
  {
    badUntil: (v: string) => `--until "${v}" không phải ngày dạng YYYY-MM-DD`,
    pastUntil: (v: string) => `--until ${v} đã qua; chọn một ngày trong tương lai`,
    needReason: 'Cần lý do cho các mục bỏ qua: thêm --reason "<lý do>" (không có bàn phím để hỏi)',
    askReason: 'Lý do bỏ qua các phát hiện hiện có (ghi vào từng mục):',
    emptyReason: 'Lý do không được để trống',
    cancelled: 'Đã hủy; không ghi gì',
    badFile: (file: string) => `Tệp ${file} có lỗi cú pháp YAML; sửa trước rồi chạy lại`,
    nothing: 'Không có phát hiện mới nào cần bỏ qua',
    written: (n: number, file: string, until: string) => `Đã thêm ${n} mục bỏ qua vào ${file} (hiệu lực đến ${until})`,
  },
  {
    badUntil: (v: string) => `--until "${v}" is not a YYYY-MM-DD date`,
    pastUntil: (v: string) => `--until ${v} is in the past; choose a future date`,
    needReason: 'The suppressions need a reason: add --reason "<reason>" (no terminal to ask on)',
    askReason: 'Reason for silencing the current findings (written into each entry):',
    emptyReason: 'The reason may not be empty',
    cancelled: 'Cancelled; nothing written',
    badFile: (file: string) => `${file} has a YAML syntax error; fix it and run again`,
    nothing: 'No new finding to suppress',
    written: (n: number, file: string, until: string) => `Added ${counted(n, 'suppression')} to ${file} (until ${until})`,
  },
);

export interface SuppressAllOptions {
  reason?: string;
  until?: string;
}

export async function suppressAll(catalog: Catalog, dir: ResolvedDir, findings: readonly Finding[], asOf: string, options: SuppressAllOptions, io: CliIO, locale: Locale): Promise<CommandResult> {
  const t = text[locale];
  const today = isoDate(io.now());
  const until = options.until ?? addMonths(today, DEFAULT_SUPPRESS_MONTHS);
  if (!dateSchema.safeParse(until).success) return fail('bad-option', t.badUntil(until));
  if (until < today) return fail('bad-option', t.pastUntil(until));
  const file = catalog.suppressions[0]?.file ?? catalog.files.find((f) => f.kind === 'SuppressionList')?.file ?? 'suppressions.yaml';
  const existing = catalog.suppressions.map((s) => s.value);
  if (entriesFor(findings, existing, asOf, '-', until).length === 0) {
    io.stdout.write(`${t.nothing}\n`);
    return 0;
  }
  let reason = options.reason?.trim();
  if (reason === undefined || reason === '') {
    if (!io.prompts && !io.stdinIsTTY) return fail('no-terminal', t.needReason);
    const prompts = io.prompts ?? (await inquirerPrompts());
    try {
      reason = (await prompts.input({ message: t.askReason, validate: (v) => (v.trim() === '' ? t.emptyReason : true) })).trim();
    } catch (error) {
      if (!isPromptCancel(error)) throw error;
      return fail('cancelled', t.cancelled);
    }
  }
  const entries = entriesFor(findings, existing, asOf, reason, until);
  const full = join(dir.absolute, file);
  const before = await readFile(full, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  const after = addSuppressions(before?.replace(/^\uFEFF/, ''), entries);
  if (after === undefined) return fail('bad-suppressions', t.badFile(dir.pathPrefix + file));
  await writeFileAtomic(full, after);
  io.stdout.write(`${t.written(entries.length, dir.pathPrefix + file, until)}\n`);
  return 0;
}
