/**
 * Reading a catalog directory. The loader only sees this interface, so tests run on an
 * in-memory tree and the CLI on the disk.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { DEFAULT_LIMITS } from './limits.js';
import { YAML_FILE, isCatalogFileName, skipDirectory, type CatalogIO, type FileStamp } from './memory-io.js';
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
  list(): Promise<string[]> {
    try {
      return Promise.resolve(this.listSync());
    } catch (error) {
      return Promise.reject(asError(error));
    }
  }

  private listSync(): string[] {
    const out: string[] = [];
    // Real paths already walked: a symlink loop inside the catalog must not hang the walk.
    // Only a symbolic link needs resolving; a plain directory's real path follows its parent's.
    const seen = new Set<string>();
    // Synchronous calls: thousands of small directory reads and stats finish sooner on one
    // thread than passed one by one to the thread pool.
    const walk = (dir: string, real: string, relDir: string): void => {
      if (seen.has(real)) return;
      seen.add(real);
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        if (relDir === '') throw error;
        this.unlisted.set(relDir, asError(error));
        out.push(relDir);
        return;
      }
      for (const entry of entries) {
        const full = join(dir, entry.name);
        const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        const link = entry.isSymbolicLink();
        if (link) {
          const target = statOrUndefined(full);
          isDir = target?.isDirectory() ?? false;
          isFile = target?.isFile() ?? false;
        }
        if (isDir && YAML_FILE.test(entry.name)) out.push(rel);
        if (isDir && !skipDirectory(entry.name)) {
          try {
            walk(full, link ? realpathSync(full) : join(real, entry.name), rel);
          } catch (error) {
            this.unlisted.set(rel, asError(error));
            out.push(rel);
          }
        } else if (isFile && isCatalogFileName(entry.name)) out.push(rel);
      }
    };
    walk(this.root, realpathSync(this.root), '');
    return [...new Set(out)].sort();
  }

  stat(file: string): FileStamp | undefined {
    return fileStamp(join(this.root, file));
  }

  /**
   * Synchronous underneath: catalog files are small and local, and `fs.promises.readFile`
   * spent more time passing chunks between threads than reading (a second on 200 files).
   */
  read(file: string): Promise<Uint8Array> {
    try {
      const unlisted = this.unlisted.get(file);
      if (unlisted !== undefined) throw unlisted;
      const full = join(this.root, file);
      const info = statSync(full);
      if (info.isFile() && info.size > this.maxFileBytes) throw new FileTooLargeError(file, info.size, this.maxFileBytes);
      return Promise.resolve(readFileSync(full));
    } catch (error) {
      return Promise.reject(asError(error));
    }
  }
}

/** Size, times and inode of a regular file; undefined for anything else or an unreadable path. */
export function fileStamp(full: string): FileStamp | undefined {
  try {
    const s = statSync(full, { bigint: true });
    return s.isFile() ? { size: Number(s.size), mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino } : undefined;
  } catch {
    // Unreadable, vanished, a loop: reading it tells (and reports) what is wrong.
    return undefined;
  }
}

/** The target of a link, or undefined when it is dangling or loops. */
function statOrUndefined(full: string): ReturnType<typeof statSync> {
  try {
    return statSync(full);
  } catch {
    return undefined;
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
