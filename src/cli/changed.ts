/** `--changed <rev>`: the scope of the change from git (the narrowing itself is src/rules/changed.ts). */
import { loadFile } from '../catalog/load-file.js';
import type { Catalog } from '../catalog/model.js';
import { GitRevisionIO, changedFiles, isGitError, locateRepository, resolveRevision } from '../git/git.js';
import { messages, type Locale } from '../i18n/locale.js';
import { changeScope, type ChangeScope, type FileVersion } from '../rules/changed.js';
import type { ResolvedDir } from './catalog-dir.js';
import { fail, type Failure } from './failure.js';

export const changedText = messages(
  {
    notRepository: (dir: string) => `--changed cần một kho git, nhưng "${dir}" không nằm trong kho git nào`,
    unknownRevision: (rev: string) => `--changed: không tìm thấy phiên bản git "${rev}" (nhánh, thẻ hoặc mã commit)`,
    failed: (detail: string) => `--changed: git báo lỗi: ${detail}`,
  },
  {
    notRepository: (dir: string) => `--changed needs a git repository, but "${dir}" is not inside one`,
    unknownRevision: (rev: string) => `--changed: unknown git revision "${rev}" (branch, tag or commit)`,
    failed: (detail: string) => `--changed: git failed: ${detail}`,
  },
);

export async function scopeSince(rev: string, dir: ResolvedDir, catalog: Catalog, locale: Locale): Promise<ChangeScope | Failure> {
  const t = changedText[locale];
  const repo = await locateRepository(dir.absolute);
  if (isGitError(repo)) return fail('not-a-repository', t.notRepository(dir.display));
  const commit = await resolveRevision(repo, rev);
  if (isGitError(commit)) return fail('unknown-revision', t.unknownRevision(rev));
  const files = await changedFiles(repo, commit);
  if (isGitError(files)) return fail('git-failed', t.failed(files.detail));
  // Each changed file as it was at the revision: what changed is told entry by entry.
  const base = new GitRevisionIO(repo, commit);
  const inBase = new Set(await base.list());
  const before = new Map<string, FileVersion>();
  for (const file of files) {
    if (inBase.has(file)) before.set(file, loadFile(file, await base.read(file)));
  }
  return changeScope(catalog, files, before);
}
