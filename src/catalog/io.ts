/**
 * Reading a catalog directory. The loader only sees this interface, so tests run on an
 * in-memory tree and the CLI on the disk.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import { isCatalogFileName, skipDirectory, type CatalogIO } from './memory-io.js';

export type { CatalogIO };

export class DiskIO implements CatalogIO {
  constructor(readonly root: string) {}

  async list(): Promise<string[]> {
    const out: string[] = [];
    // Real paths already walked: a symlink loop inside the catalog must not hang the walk.
    const seen = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      const real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      const entries = await readdir(dir, { withFileTypes: true });
      for (const entry of entries) {
        const full = join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await stat(full).catch(() => undefined);
          isDir = target?.isDirectory() ?? false;
          isFile = target?.isFile() ?? false;
        }
        if (isDir && !skipDirectory(entry.name)) await walk(full);
        else if (isFile && isCatalogFileName(entry.name)) out.push(relative(this.root, full).split(sep).join('/'));
      }
    };
    await walk(this.root);
    return out.sort();
  }

  async read(file: string): Promise<Uint8Array> {
    return readFile(join(this.root, file));
  }
}

/** Whether `root` is a directory; distinguishes "missing" from "not a directory" for messages. */
export async function directoryState(root: string): Promise<'ok' | 'missing' | 'not-directory'> {
  const s = await lstat(root).catch(() => undefined);
  if (s === undefined) return 'missing';
  const t = s.isSymbolicLink() ? await stat(root).catch(() => undefined) : s;
  return t?.isDirectory() === true ? 'ok' : 'not-directory';
}
