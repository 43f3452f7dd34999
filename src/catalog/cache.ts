/**
 * A content-addressed cache of loaded files: a file whose bytes hash the same as last time is
 * not parsed or validated again, and the positions of its findings are not looked up again.
 *
 * Everything lives in one pack file in the cache directory (default `.tthc-cache/` in the
 * catalog root, which the catalog walk skips). The pack is keyed by the tool version, the
 * cache format and the loader limits; each file by its path and the SHA-256 of its bytes. So
 * an edited file, a new version of the tool or other limits all miss. Delete the directory
 * (or run with `--no-cache`) to start afresh; a pack that cannot be read is ignored.
 */
import { createHash } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LoadedFile } from './load-file.js';
import type { Range } from './source.js';

/** Bump when what the loader produces changes without a version change. */
const CACHE_FORMAT = 2;

/**
 * When this build of the tool was made: every build rewrites the compiled modules, so a
 * development build with the same version number still misses the previous build's cache.
 */
const BUILD = (() => {
  try {
    return statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    return 0;
  }
})();
export const CACHE_DIR = '.tthc-cache';

/** What makes cached results of another build of the tool unusable. */
export function buildStamp(): { format: number; build: number } {
  return { format: CACHE_FORMAT, build: BUILD };
}

/** A loaded file as cached: everything but the text (read from disk anyway). */
export type CachedFile = Omit<LoadedFile, 'text'>;

interface Pack {
  key: string;
  files: Map<string, { hash: string; loaded: CachedFile }>;
}

export class LoadCache {
  private readonly next = new Map<string, { hash: string; loaded: CachedFile }>();
  private changed = false;

  private constructor(
    readonly dir: string,
    private readonly pack: string,
    private readonly key: string,
    private readonly previous: Pack['files'],
  ) {}

  /**
   * Opens the cache of the catalog at `root` (absolute) in `dir`, for this tool version and
   * these limits; empty when absent or stale. One directory can serve several catalogs.
   */
  static open(dir: string, root: string, version: string, limits: unknown): LoadCache {
    const key = JSON.stringify({ ...buildStamp(), version, limits });
    const pack = `loaded-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.v8`;
    let files: Pack['files'] = new Map();
    try {
      // Read in one call: fs.promises.readFile passes a large file between threads in small chunks.
      const previous = deserialize(readFileSync(join(dir, pack))) as Pack;
      if (previous.key === key && previous.files instanceof Map) files = previous.files;
    } catch {
      // Absent, unreadable or from another format: start empty.
    }
    return new LoadCache(dir, pack, key, files);
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('base64');
  }

  get(file: string, hash: string): CachedFile | undefined {
    const entry = this.previous.get(file);
    if (entry?.hash !== hash) return undefined;
    this.next.set(file, entry);
    return entry.loaded;
  }

  put(file: string, hash: string, loaded: LoadedFile): void {
    const { text: _text, ...rest } = loaded;
    this.next.set(file, { hash, loaded: rest });
    this.changed = true;
  }

  /** Positions computed in this run, kept with their file for the next one. */
  addLocated(file: string, located: [string, Range][]): void {
    const entry = this.next.get(file);
    if (!entry || located.length === (entry.loaded.located?.length ?? 0)) return;
    entry.loaded = { ...entry.loaded, located };
    this.changed = true;
  }

  /** Writes the pack when anything changed (files added, edited, removed, or new positions). */
  async save(): Promise<void> {
    if (!this.changed && this.next.size === this.previous.size) return;
    await writeCacheFile(this.dir, join(this.dir, this.pack), serialize({ key: this.key, files: this.next } satisfies Pack));
  }
}

/**
 * A file being written into a cache directory, in pieces, then renamed into place so that a
 * reader never sees half of it. Not flushed to disk: a cache file lost in a crash only costs
 * one slower run. Nothing here fails the run either: when the directory cannot be written (a
 * read-only catalog), the writer ignores what it is given and `close` resolves false.
 */
export class CacheFileWriter {
  private fd: number | undefined;
  private readonly temp: string;
  /** Bytes written so far. */
  size = 0;

  constructor(
    dir: string,
    private readonly file: string,
  ) {
    this.temp = `${file}.${String(process.pid)}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      // Never committed by accident: the directory ignores itself.
      writeFileSync(join(dir, '.gitignore'), '*\n');
      this.fd = openSync(this.temp, 'w');
    } catch {
      this.fd = undefined;
    }
  }

  write(piece: string | Uint8Array): void {
    if (this.fd === undefined) return;
    try {
      writeFileSync(this.fd, piece);
      this.size += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
    } catch {
      this.abandon();
    }
  }

  async close(): Promise<boolean> {
    if (this.fd === undefined) return false;
    try {
      closeSync(this.fd);
      this.fd = undefined;
      await rename(this.temp, this.file);
      return true;
    } catch {
      await unlink(this.temp).catch(() => undefined);
      return false;
    }
  }

  private abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.temp, { force: true });
  }
}

/** Writes a whole cache file (see CacheFileWriter); false when it could not. */
export async function writeCacheFile(dir: string, file: string, data: string | Uint8Array): Promise<boolean> {
  const writer = new CacheFileWriter(dir, file);
  writer.write(data);
  return writer.close();
}
