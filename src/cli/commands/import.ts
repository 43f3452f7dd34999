/**
 * `tthc import <file.xlsx> [dir]`: procedure files from a province-style list (or our own
 * export). Refuses — before writing anything — a file that is not a workbook, a workbook that
 * inflates beyond a sane size, a list without a recognisable header, and files that exist
 * already (unless --force).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DiskIO, directoryState } from '../../catalog/io.js';
import { procedureCodeOfFile } from '../../catalog/load-file.js';
import { loadCatalog } from '../../catalog/load.js';
import type { Catalog } from '../../catalog/model.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { ui } from '../../i18n/index.js';
import { fold } from '../../text/fold.js';
import { agree, counted, messages, type Locale } from '../../i18n/locale.js';
import { DESCRIPTIVE_FIELDS, FIELD_LABELS } from '../../report/excel/import/headers.js';
import { legalKey } from '../../report/excel/import/legal.js';
import { mergeInto, planImport, type ImportContext, type ImportPlan, type PlannedFile } from '../../report/excel/import/plan.js';
import { HEADER_SCAN, readList } from '../../report/excel/import/read.js';
import { DEFAULT_LIMITS, inspectWorkbookZip, type ZipLimits } from '../../report/excel/import/zip-guard.js';
import { resolveCatalogDir } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';

export interface ImportOptions {
  force?: boolean;
  lang?: string;
  /** For tests: a smaller uncompressed-size limit. */
  limits?: ZipLimits;
}

const t = messages(
  {
    missing: (file: string) => `Không tìm thấy tệp "${file}"`,
    notWorkbook: (file: string) => `"${file}" không phải là tệp Excel (.xlsx) đọc được`,
    tooLarge: (file: string, mb: number) => `"${file}" giải nén ra quá ${mb} MB (có thể là tệp nén độc hại); không đọc`,
    noHeader: (file: string, fields: string, scan: number) => `"${file}" không có trang danh sách thủ tục: cần một dòng tiêu đề trong ${scan} dòng đầu có cột Mã TTHC, Tên TTHC và ít nhất hai trong các cột ${fields}`,
    nearest: (sheet: string, row: number, fields: string) => `; gần nhất là trang "${sheet}", dòng ${row} (chỉ nhận ra: ${fields})`,
    exists: (n: number, first: string) => `${n} tệp thủ tục đã tồn tại (ví dụ ${first}); thêm --force để cập nhật các tệp đó theo danh sách`,
    unmergeable: (path: string) => `Không cập nhật được ${path}: tệp không đọc được như một thủ tục YAML; sửa tệp (tthc validate) rồi nhập lại. Chưa ghi tệp nào`,
    updated: 'cập nhật (giữ thành phần hồ sơ, trình tự, kết quả, chú thích)',
    complete: 'đọc đầy đủ',
    review: (fields: string) => `cần xem lại (# TODO): ${fields}`,
    skippedNoCode: (row: number, text: string) => `dòng ${row}: bỏ qua, mã TTHC không hợp lệ${text === '' ? '' : ` ("${text}")`}`,
    skippedDuplicate: (row: number, code: string) => `dòng ${row}: bỏ qua, mã ${code} trùng với một dòng trước`,
    summary: (written: number, file: string, sheet: string, complete: number, review: number) =>
      `Đã ghi ${written} tệp thủ tục từ ${file} (trang "${sheet}"): ${complete} đọc đầy đủ, ${review} cần xem lại`,
    none: (file: string, sheet: string) => `Trang "${sheet}" của ${file} không có dòng thủ tục nào`,
  },
  {
    missing: (file) => `File "${file}" not found`,
    notWorkbook: (file) => `"${file}" is not a readable Excel workbook (.xlsx)`,
    tooLarge: (file, mb) => `"${file}" inflates beyond ${mb} MB (possibly a zip bomb); not read`,
    noHeader: (file, fields, scan) => `"${file}" has no list of procedures: it needs a header row in the first ${scan} rows with Mã TTHC, Tên TTHC and at least two of ${fields}`,
    nearest: (sheet, row, fields) => `; nearest is sheet "${sheet}", row ${row} (only ${fields} recognised)`,
    exists: (n, first) => `${counted(n, 'procedure file')} already ${agree(n, 'exists', 'exist')} (e.g. ${first}); add --force to update them from the list`,
    unmergeable: (path) => `Cannot update ${path}: it does not read as a YAML procedure; fix it (tthc validate) and import again. Nothing was written`,
    updated: 'updated (documents, steps, results and comments kept)',
    complete: 'complete',
    review: (fields) => `needs review (# TODO): ${fields}`,
    skippedNoCode: (row, text) => `row ${row}: skipped, invalid procedure code${text === '' ? '' : ` ("${text}")`}`,
    skippedDuplicate: (row, code) => `row ${row}: skipped, code ${code} repeats an earlier row`,
    summary: (written, file, sheet, complete, review) => `Wrote ${counted(written, 'procedure file')} from ${file} (sheet "${sheet}"): ${complete} complete, ${review} ${agree(review, 'needs', 'need')} review`,
    none: (file, sheet) => `Sheet "${sheet}" of ${file} has no procedure rows`,
  },
);

export async function importList(file: string, dir: string | undefined, options: ImportOptions, io: CliIO): Promise<CommandResult> {
  const lang = parseLocale(options.lang, 'vi');
  if (lang === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const m = t[lang];
  const source = resolve(io.cwd, file);
  if (!existsSync(source)) return fail('missing-file', m.missing(file));
  const bytes = new Uint8Array(await readFile(source));

  const limits = options.limits ?? DEFAULT_LIMITS;
  const verdict = inspectWorkbookZip(bytes, limits);
  if (!verdict.ok) {
    if (verdict.problem === 'too-large') return fail('workbook-too-large', m.tooLarge(file, Math.round(limits.maxUncompressed / 1024 / 1024)));
    return fail('not-workbook', m.notWorkbook(file));
  }
  let list;
  try {
    list = await readList(bytes);
  } catch {
    return fail('not-workbook', m.notWorkbook(file));
  }
  if (!('rows' in list)) {
    const near = list.nearest;
    return fail('no-header', m.noHeader(file, DESCRIPTIVE_FIELDS.map((f) => FIELD_LABELS[f]).join(', '), HEADER_SCAN) + (near === undefined ? '' : m.nearest(near.sheet, near.row, near.fields.map((f) => FIELD_LABELS[f]).join(', '))));
  }

  const target = resolveCatalogDir(dir, io);
  const plan = planImport(list.rows, list.columns, await importContext(target.absolute));
  const force = options.force === true;
  const existing = plan.files.filter((f) => existsSync(join(target.absolute, f.file)));
  if (!force && existing.length > 0) return fail('output-exists', m.exists(existing.length, target.pathPrefix + (existing[0]?.file ?? '')));

  // With --force an existing file is updated, not replaced: every text is ready before any write.
  const texts = new Map<string, string>();
  for (const f of existing) {
    const merged = mergeInto(await readFile(join(target.absolute, f.file), 'utf8'), f);
    if (merged === undefined) return fail('unreadable-target', m.unmergeable(target.pathPrefix + f.file));
    texts.set(f.file, merged);
  }
  for (const f of plan.files) {
    try {
      await writeFileAtomic(join(target.absolute, f.file), texts.get(f.file) ?? f.text, { exclusive: !texts.has(f.file) });
    } catch (error) {
      return fail('write-failed', ui(lang).errors.writeFailed(target.pathPrefix + f.file, (error as Error).message));
    }
  }
  io.stdout.write(report(plan, new Set(texts.keys()), file, list.sheet, target.pathPrefix, lang));
  return 0;
}

async function importContext(root: string): Promise<ImportContext> {
  if ((await directoryState(root)) !== 'ok') return { legal: new Map(), agencies: new Map(), existing: new Map() };
  const catalog = await loadCatalog(root, new DiskIO(root));
  return {
    legal: new Map(catalog.legal.map((l) => [legalKey(l.value.number), l.value.id])),
    agencies: agencyIds(catalog.agencies.map((a) => a.value)),
    existing: existingFiles(catalog),
  };
}

/**
 * Codes already in the catalog → their file. A procedure file that does not load is known by its
 * file name, so that the import updates it (or refuses to) rather than write the code twice.
 */
function existingFiles(catalog: Catalog): Map<string, string> {
  const out = new Map(catalog.procedures.map((p) => [p.value.code, p.file]));
  for (const f of catalog.files) {
    const code = f.valid ? undefined : procedureCodeOfFile(f.file);
    if (code !== undefined && !out.has(code)) out.set(code, f.file);
  }
  return out;
}

/** Agency names (folded) → ids; a name two agencies share resolves to neither. */
function agencyIds(agencies: readonly { id: string; name: string }[]): Map<string, string | undefined> {
  const ids = new Map<string, string | undefined>();
  for (const a of agencies) {
    const key = fold(a.name);
    ids.set(key, ids.has(key) && ids.get(key) !== a.id ? undefined : a.id);
  }
  return ids;
}

function report(plan: ImportPlan, updated: ReadonlySet<string>, file: string, sheet: string, prefix: string, lang: Locale): string {
  const m = t[lang];
  if (plan.files.length === 0 && plan.skipped.length === 0) return `${m.none(file, sheet)}\n`;
  const width = Math.max(...plan.files.map((f) => (prefix + f.file).length), 0);
  // An update keeps what the list has no column for: only unreadable cells are left to review.
  const reviewOf = (f: PlannedFile) => (updated.has(f.file) ? f.reviewInCells : f.review);
  const lines = plan.files.map((f) => {
    const review = reviewOf(f);
    const status = review.length === 0 ? m.complete : m.review([...new Set(review)].map((x) => FIELD_LABELS[x]).join(', '));
    return `  ${(prefix + f.file).padEnd(width)}  ${updated.has(f.file) ? `${m.updated}, ` : ''}${status}`;
  });
  for (const s of plan.skipped) lines.push(`  ${s.reason === 'no-code' ? m.skippedNoCode(s.row, s.text) : m.skippedDuplicate(s.row, s.text)}`);
  const review = plan.files.filter((f) => reviewOf(f).length > 0).length;
  lines.push('', m.summary(plan.files.length, file, sheet, plan.files.length - review, review));
  return `${lines.join('\n')}\n`;
}
