/**
 * `tthc diff <base> [head] [dir]`: what changed between two versions of a catalog — two git
 * revisions of the repository the directory lives in (head defaults to the work tree), or two
 * directories — with the burden direction of each change.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DiskIO, directoryState, type CatalogIO } from '../../catalog/io.js';
import { loadCatalog } from '../../catalog/load.js';
import type { Catalog } from '../../catalog/model.js';
import { brokenFiles, burdenGoesUp, compareCatalogs } from '../../diff/compare.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../../diff/format.js';
import { GitRevisionIO, isGitError, locateRepository, resolveRevision } from '../../git/git.js';
import { ui } from '../../i18n/index.js';
import { messages, type Locale } from '../../i18n/locale.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { resolveCatalogDir } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';

export interface DiffOptions {
  format?: string;
  output?: string;
  failOnBurden?: boolean;
  lang?: string;
}

const text = messages(
  {
    notRepository: (dir: string) => `"${dir}" không nằm trong một kho git; để so sánh hai thư mục, chạy "tthc diff <thư-mục-cũ> <thư-mục-mới>"`,
    unknownRevision: (rev: string) => `Không tìm thấy phiên bản git "${rev}" (nhánh, thẻ hoặc mã commit)`,
    badFormat: (value: string) => `Định dạng "${value}" không hỗ trợ cho diff; chọn ${DIFF_FORMATS.join(', ')}`,
    workTree: 'thư mục làm việc',
    tooManyDirs: 'Khi so sánh hai thư mục, không cần đối số thứ ba',
    notCompared: (side: string, files: string) => `Chú ý: ở ${side} có tệp không đọc được hoặc sai định dạng nên nội dung của chúng không được so sánh: ${files}. Chạy "tthc validate" để xem lỗi.\n`,
  },
  {
    notRepository: (dir: string) => `"${dir}" is not inside a git repository; to compare two directories run "tthc diff <old-dir> <new-dir>"`,
    unknownRevision: (rev: string) => `Unknown git revision "${rev}" (branch, tag or commit)`,
    badFormat: (value: string) => `Format "${value}" is not supported by diff; choose ${DIFF_FORMATS.join(', ')}`,
    workTree: 'work tree',
    tooManyDirs: 'Comparing two directories takes no third argument',
    notCompared: (side: string, files: string) => `Note: in ${side}, files that cannot be read or break the format were not compared: ${files}. Run "tthc validate" to see why.\n`,
  },
);

function isDirectory(cwd: string, p: string): boolean {
  const full = resolve(cwd, p);
  return existsSync(full) && statSync(full).isDirectory();
}

interface Side {
  label: string;
  io: CatalogIO;
  root: string;
}

export async function diff(base: string, head: string | undefined, dir: string | undefined, options: DiffOptions, io: CliIO): Promise<CommandResult> {
  const early = parseLocale(options.lang, 'vi');
  if (early === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const t = text[early];
  const format = options.format ?? 'stylish';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) return fail('bad-option', t.badFormat(format));

  let sides: [Side, Side];
  // `tthc diff old/ new/`: an existing directory first means two directories are compared.
  if (head !== undefined && isDirectory(io.cwd, base) && !isDirectory(io.cwd, head) && dir === undefined) {
    return fail('missing-directory', ui(early).errors.missingDirectory(head));
  }
  if (head !== undefined && isDirectory(io.cwd, base) && isDirectory(io.cwd, head)) {
    if (dir !== undefined) return fail('bad-option', t.tooManyDirs);
    sides = [
      { label: base, io: new DiskIO(resolve(io.cwd, base)), root: base },
      { label: head, io: new DiskIO(resolve(io.cwd, head)), root: head },
    ];
  } else {
    // `tthc diff main catalog`: a second argument naming a directory is the catalog, not a revision.
    if (head !== undefined && dir === undefined && isDirectory(io.cwd, head)) {
      dir = head;
      head = undefined;
    }
    const resolved = resolveCatalogDir(dir, io);
    const state = await directoryState(resolved.absolute);
    if (state === 'missing') return fail('missing-directory', ui(early).errors.missingDirectory(resolved.display));
    if (state === 'not-directory') return fail('not-directory', ui(early).errors.notDirectory(resolved.display));
    const repo = await locateRepository(resolved.absolute);
    if (isGitError(repo)) return fail('not-a-repository', t.notRepository(resolved.display));
    const baseCommit = await resolveRevision(repo, base);
    if (isGitError(baseCommit)) return fail('unknown-revision', t.unknownRevision(base));
    let headSide: Side;
    if (head === undefined) {
      headSide = { label: t.workTree, io: new DiskIO(resolved.absolute), root: resolved.display };
    } else {
      const headCommit = await resolveRevision(repo, head);
      if (isGitError(headCommit)) return fail('unknown-revision', t.unknownRevision(head));
      headSide = { label: head, io: new GitRevisionIO(repo, headCommit), root: resolved.display };
    }
    sides = [{ label: base, io: new GitRevisionIO(repo, baseCommit), root: resolved.display }, headSide];
  }

  const [before, after]: Catalog[] = await Promise.all(sides.map((s) => loadCatalog(s.root, s.io)));
  if (before === undefined || after === undefined) throw new Error('two catalogs expected');
  const locale: Locale = parseLocale(options.lang, after.config?.value.locale ?? 'vi') ?? 'vi';
  // A file that does not load has no procedures to compare: say so rather than show no change.
  const unknown = { base: brokenFiles(before), head: brokenFiles(after) };
  const notCompared = { base: [...unknown.base].sort(), head: [...unknown.head].sort() };
  for (const [side, broken] of [[sides[0], notCompared.base], [sides[1], notCompared.head]] as const) {
    if (broken.length > 0) io.stderr.write(text[locale].notCompared(side.label, broken.join(', ')));
  }
  const result = compareCatalogs(before, after, unknown);
  const out = formatDiff(format as DiffFormat, { diff: result, base: sides[0].label, head: sides[1].label, locale, color: options.output === undefined && io.color, notCompared });
  if (options.output !== undefined) {
    try {
      await writeFileAtomic(resolve(io.cwd, options.output), out);
    } catch (error) {
      return fail('write-failed', ui(locale).errors.writeFailed(options.output, (error as Error).message));
    }
  } else {
    io.stdout.write(out);
  }
  return options.failOnBurden === true && burdenGoesUp(result) ? 1 : 0;
}
