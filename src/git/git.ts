/**
 * Reading a git repository with git itself (execFile, never a shell): the revisions `tthc diff`
 * compares and the files `--changed` narrows findings to. Expected failures (not a repository,
 * an unknown revision) are values; only a missing git binary or a bug throws.
 */
import { execFile } from 'node:child_process';
import { relative, sep } from 'node:path';
import type { CatalogIO } from '../catalog/memory-io.js';
import { isCatalogFileName, skipDirectory } from '../catalog/memory-io.js';

export type GitError = { git: 'not-a-repository' | 'unknown-revision' | 'failed'; detail: string };

export function isGitError(value: unknown): value is GitError {
  return typeof value === 'object' && value !== null && 'git' in value;
}

interface RunResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function run(cwd: string, args: readonly string[]): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('git is not installed or not on PATH'));
        return;
      }
      resolvePromise({ ok: error === null, stdout, stderr: stderr.toString('utf8').trim() });
    });
  });
}

/** The repository that holds `dir`, and `dir`'s path inside it (`''` at the top, else `a/b/`). */
export interface RepoLocation {
  top: string;
  prefix: string;
}

export async function locateRepository(dir: string): Promise<RepoLocation | GitError> {
  const r = await run(dir, ['rev-parse', '--show-toplevel']);
  if (!r.ok) return { git: 'not-a-repository', detail: r.stderr };
  const top = r.stdout.toString('utf8').trim();
  // rev-parse --show-prefix is relative to the real path; compute from both real paths instead.
  const p = await run(dir, ['rev-parse', '--show-prefix']);
  const prefix = p.ok ? p.stdout.toString('utf8').trim() : relative(top, dir).split(sep).join('/');
  return { top, prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` };
}

/** The commit a revision names, or an error naming the revision. */
export async function resolveRevision(repo: RepoLocation, rev: string): Promise<string | GitError> {
  if (rev.startsWith('-')) return { git: 'unknown-revision', detail: rev };
  const r = await run(repo.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (!r.ok) return { git: 'unknown-revision', detail: rev };
  return r.stdout.toString('utf8').trim();
}

/** The catalog as it was at `commit`: files below the repository prefix, read with `git show`. */
export class GitRevisionIO implements CatalogIO {
  constructor(
    private readonly repo: RepoLocation,
    private readonly commit: string,
  ) {}

  async list(): Promise<string[]> {
    const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', this.commit];
    if (this.repo.prefix !== '') args.push('--', this.repo.prefix);
    const r = await run(this.repo.top, args);
    if (!r.ok) throw new Error(`git ls-tree failed: ${r.stderr}`);
    return r.stdout
      .toString('utf8')
      .split('\0')
      .filter((f) => f.startsWith(this.repo.prefix) && f.length > this.repo.prefix.length)
      .map((f) => f.slice(this.repo.prefix.length))
      .filter((f) => isCatalogFileName(f.split('/').pop() ?? f) && !f.split('/').slice(0, -1).some(skipDirectory))
      .sort();
  }

  async read(file: string): Promise<Uint8Array> {
    const r = await run(this.repo.top, ['show', `${this.commit}:${this.repo.prefix}${file}`]);
    if (!r.ok) throw new Error(`git show failed: ${r.stderr}`);
    return r.stdout;
  }
}

/**
 * Files below the catalog directory that differ from `commit` in the work tree (committed,
 * staged or not), plus untracked files; relative to the catalog root.
 */
export async function changedFiles(repo: RepoLocation, commit: string): Promise<string[] | GitError> {
  const pathspec = repo.prefix === '' ? [] : ['--', repo.prefix];
  const diff = await run(repo.top, ['diff', '--name-only', '-z', '--no-renames', commit, ...pathspec]);
  if (!diff.ok) return { git: 'failed', detail: diff.stderr };
  const untracked = await run(repo.top, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', ...pathspec]);
  if (!untracked.ok) return { git: 'failed', detail: untracked.stderr };
  const all = `${diff.stdout.toString('utf8')}\0${untracked.stdout.toString('utf8')}`.split('\0');
  const out = new Set<string>();
  for (const f of all) {
    if (f === '' || !f.startsWith(repo.prefix)) continue;
    out.add(f.slice(repo.prefix.length));
  }
  return [...out].sort();
}
