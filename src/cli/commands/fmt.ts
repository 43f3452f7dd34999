/**
 * `tthc fmt [dir] [--check]`: canonical key order, NFC text and quoted procedure codes in every
 * catalog file, comments kept (src/catalog/format.ts). Writes only files that change, each
 * atomically; `--check` writes nothing and exits 1 listing what would change. Files that are
 * not valid YAML or not UTF-8 are left alone and reported.
 */
import { join } from 'node:path';
import { decode } from '../../catalog/decode.js';
import { formatCatalogText } from '../../catalog/format.js';
import { DiskIO, directoryState } from '../../catalog/io.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { ui } from '../../i18n/index.js';
import { counted, messages } from '../../i18n/locale.js';
import { resolveCatalogDir } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';

export interface FmtOptions {
  check?: boolean;
  lang?: string;
}

const text = messages(
  {
    wouldChange: (file: string) => `cần định dạng lại: ${file}`,
    formatted: (file: string) => `đã định dạng: ${file}`,
    skipped: (file: string, why: string) => `bỏ qua ${file}: ${why}`,
    why: { syntax: 'lỗi cú pháp YAML (chạy "tthc validate" để xem)', 'multiple-documents': 'tệp có nhiều tài liệu YAML', encoding: 'không phải UTF-8' },
    clean: (n: number) => `${n} tệp đã đúng định dạng`,
    checkSummary: (n: number) => `${n} tệp cần định dạng lại; chạy "tthc fmt" để sửa`,
    summary: (n: number, total: number) => `Đã định dạng ${n}/${total} tệp`,
  },
  {
    wouldChange: (file: string) => `would reformat: ${file}`,
    formatted: (file: string) => `formatted: ${file}`,
    skipped: (file: string, why: string) => `left alone ${file}: ${why}`,
    why: { syntax: 'YAML syntax error (run "tthc validate" to see it)', 'multiple-documents': 'the file holds several YAML documents', encoding: 'not UTF-8' },
    clean: (n: number) => `${counted(n, 'file')} already formatted`,
    checkSummary: (n: number) => `${counted(n, 'file')} would be reformatted; run "tthc fmt" to fix them`,
    summary: (n: number, total: number) => `Formatted ${n} of ${counted(total, 'file')}`,
  },
);

export async function fmt(dirArg: string | undefined, options: FmtOptions, io: CliIO): Promise<CommandResult> {
  const locale = parseLocale(options.lang, 'vi');
  if (locale === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const t = text[locale];
  const dir = resolveCatalogDir(dirArg, io);
  const state = await directoryState(dir.absolute);
  if (state === 'missing') return fail('missing-directory', ui(locale).errors.missingDirectory(dir.display));
  if (state === 'not-directory') return fail('not-directory', ui(locale).errors.notDirectory(dir.display));
  const disk = new DiskIO(dir.absolute);
  const files = await disk.list();
  if (files.length === 0) return fail('no-catalog-files', ui(locale).errors.noCatalogFiles(dir.display));
  const changed: string[] = [];
  for (const file of files) {
    const shown = dir.pathPrefix + file;
    const decoded = decode(await disk.read(file));
    if (!decoded.ok) {
      io.stderr.write(`${t.skipped(shown, t.why.encoding)}\n`);
      continue;
    }
    // decode() drops a BOM; fmt writes files without one, so a BOM alone is a change.
    const result = formatCatalogText(decoded.text);
    if (!result.ok) {
      io.stderr.write(`${t.skipped(shown, t.why[result.reason])}\n`);
      continue;
    }
    if (result.text === decoded.text && !decoded.bom) continue;
    changed.push(file);
    if (options.check === true) io.stdout.write(`${t.wouldChange(shown)}\n`);
    else {
      await writeFileAtomic(join(dir.absolute, file), result.text);
      io.stdout.write(`${t.formatted(shown)}\n`);
    }
  }
  if (options.check === true) {
    io.stdout.write(`${changed.length === 0 ? t.clean(files.length) : t.checkSummary(changed.length)}\n`);
    return changed.length === 0 ? 0 : 1;
  }
  io.stdout.write(`${changed.length === 0 ? t.clean(files.length) : t.summary(changed.length, files.length)}\n`);
  return 0;
}
