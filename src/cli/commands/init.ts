/**
 * `tthc init [dir]`: a new catalog skeleton that validates with zero findings, with JSON
 * Schemas for editors and CI workflows (GitHub Actions, GitLab CI). CI files go to the root of
 * the git repository holding the directory (or the directory itself outside git). Never
 * overwrites: existing files are listed and nothing is written, unless --force.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../../fs/atomic.js';
import { isGitError, locateRepository } from '../../git/git.js';
import { ui } from '../../i18n/index.js';
import { counted, messages } from '../../i18n/locale.js';
import { catalogFiles, ciFiles } from '../../init/templates.js';
import { resolveCatalogDir } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';

export interface InitCommandOptions {
  name?: string;
  code?: string;
  authority?: string;
  force?: boolean;
  ci?: boolean;
  lang?: string;
}

const text = messages(
  {
    exists: (files: string) => `Không ghi gì vì các tệp sau đã có: ${files}. Thêm --force để ghi đè`,
    written: (n: number, dir: string) => `Đã tạo danh mục mới trong ${dir} (${n} tệp)`,
    next: (dir: string) => `Tiếp theo: sửa tên tỉnh trong catalog.yaml, thêm cơ quan vào agencies.yaml, rồi "tthc new procedure ${dir}" và "tthc check ${dir}"`,
    defaultName: 'Tỉnh (điền tên)',
  },
  {
    exists: (files: string) => `Nothing written: these files already exist: ${files}. Add --force to overwrite them`,
    written: (n: number, dir: string) => `Created a new catalog in ${dir} (${counted(n, 'file')})`,
    next: (dir: string) => `Next: set the province in catalog.yaml, add agencies to agencies.yaml, then "tthc new procedure ${dir}" and "tthc check ${dir}"`,
    defaultName: 'Tỉnh (điền tên)',
  },
);

/** The closest existing directory at or above `dir` (the catalog directory may not exist yet). */
function existingAncestor(dir: string): string {
  let cur = dir;
  while (!existsSync(cur) && dirname(cur) !== cur) cur = dirname(cur);
  return cur;
}

export async function init(dirArg: string | undefined, options: InitCommandOptions, io: CliIO): Promise<CommandResult> {
  const locale = parseLocale(options.lang, 'vi');
  if (locale === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const t = text[locale];
  const dir = resolveCatalogDir(dirArg ?? '.', io);
  const repo = await locateRepository(existingAncestor(dir.absolute));
  const ciRoot = isGitError(repo) ? dir.absolute : repo.top;
  const catalogPath = relative(ciRoot, dir.absolute).split(sep).join('/') || '.';
  const settings = { name: options.name ?? t.defaultName, code: options.code ?? 'H00', catalogPath, ...(options.authority !== undefined ? { authority: options.authority } : {}) };

  const targets: { full: string; shown: string; content: string }[] = [];
  for (const [file, content] of Object.entries(catalogFiles(settings))) targets.push({ full: join(dir.absolute, file), shown: dir.pathPrefix + file, content });
  if (options.ci !== false) {
    for (const [file, content] of Object.entries(ciFiles(settings))) {
      const full = join(ciRoot, file);
      targets.push({ full, shown: relative(io.cwd, full).split(sep).join('/') || file, content });
    }
  }
  const existing = targets.filter((x) => existsSync(x.full));
  if (existing.length > 0 && options.force !== true) return fail('would-overwrite', t.exists(existing.map((x) => x.shown).join(', ')));
  try {
    for (const x of targets) await writeFileAtomic(x.full, x.content, { exclusive: options.force !== true });
  } catch (error) {
    return fail('write-failed', ui(locale).errors.writeFailed(dir.display, (error as Error).message));
  }
  io.stdout.write(`${t.written(targets.length, dir.display)}\n${t.next(dir.display)}\n`);
  return 0;
}
