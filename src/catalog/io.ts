/**
 * Reading a catalog directory. The loader only sees this interface, so tests run on an
 * in-memory tree and the CLI on the disk.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import { DEFAULT_LIMITS } from './limits.js';
import { YAML_FILE, isCatalogFileName, skipDirectory, type CatalogIO } from './memory-io.js';
import { FileTooLargeError } from './read-failure.js';

export type { CatalogIO };

export interface DiskIOOptions {
  /** Files larger than this are not read at all: `read` throws FileTooLargeError. */
  maxFileBytes?: number;
}

export class DiskIO implements CatalogIO {
  /** Directories that could not be listed, by relative path: `read` reports the error. */
  private readonly unlisted = new Map<string, Error>();
  private readonly maxFileBytes: number;

  constructor(readonly root: string, options: DiskIOOptions = {}) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  }

  /**
   * Every catalog file below the root. An unreadable subdirectory, and a directory named like a
   * catalog file (`catalog.yaml/`), are listed too, so that reading them becomes a finding
   * instead of a silent gap. Stray temporary files of interrupted writes (`.name.*.tmp`) never
   * match, being neither `.yaml` nor visible.
   */
  async list(): Promise<string[]> {
    const out: string[] = [];
    // Real paths already walked: a symlink loop inside the catalog must not hang the walk.
    const seen = new Set<string>();
    const rel = (full: string) => relative(this.root, full).split(sep).join('/');
    const walk = async (dir: string): Promise<void> => {
      const real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (dir === this.root) throw error;
        this.unlisted.set(rel(dir), asError(error));
        out.push(rel(dir));
        return;
      }
      for (const entry of entries) {
        const full = join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await stat(full).catch(() => undefined);
          isDir = target?.isDirectory() ?? false;
          isFile = target?.isFile() ?? false;
        }
        if (isDir && YAML_FILE.test(entry.name)) out.push(rel(full));
        if (isDir && !skipDirectory(entry.name)) await walk(full).catch((error: unknown) => { this.unlisted.set(rel(full), asError(error)); out.push(rel(full)); });
        else if (isFile && isCatalogFileName(entry.name)) out.push(rel(full));
      }
    };
    await walk(this.root);
    return [...new Set(out)].sort();
  }

  async read(file: string): Promise<Uint8Array> {
    const unlisted = this.unlisted.get(file);
    if (unlisted !== undefined) throw unlisted;
    const full = join(this.root, file);
    const info = await stat(full);
    if (info.isFile() && info.size > this.maxFileBytes) throw new FileTooLargeError(file, info.size, this.maxFileBytes);
    return readFile(full);
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Whether `root` is a directory; distinguishes "missing" from "not a directory" for messages. */
export async function directoryState(root: string): Promise<'ok' | 'missing' | 'not-directory'> {
  const s = await lstat(root).catch(() => undefined);
  if (s === undefined) return 'missing';
  const t = s.isSymbolicLink() ? await stat(root).catch(() => undefined) : s;
  return t?.isDirectory() === true ? 'ok' : 'not-directory';
}
