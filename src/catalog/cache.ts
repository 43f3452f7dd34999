/**
 * A content-addressed cache of loaded files: a file whose bytes hash the same as last time is
 * not parsed or validated again, and the positions of its findings are not looked up again.
 *
 * It lives in two pack files in the cache directory (default `.tthc-cache/` in the catalog
 * root, which the catalog walk skips). Each pack is keyed by the tool version, the cache
 * format and the loader limits; each file by its path and the SHA-256 of its bytes. So
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
const CACHE_FORMAT = 4;

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

/** Names a catalog's files in a cache directory that may serve several catalogs. */
export function catalogId(root: string): string {
  return createHash('sha256').update(root).digest('hex').slice(0, 12);
}

/** What makes cached results of another build of the tool unusable. */
export function buildStamp(): { format: number; build: number } {
  return { format: CACHE_FORMAT, build: BUILD };
}

/** A loaded file as cached: everything but the text (read from disk anyway) and the positions. */
type CachedFile = Omit<LoadedFile, 'text' | 'located'>;

interface FileEntry {
  hash: string;
  loaded: CachedFile;
}

interface LocatedEntry {
  hash: string;
  located: [string, Range][];
}

/*
 * Two packs per catalog: what loading produced, written as soon as loading is done (while the
 * heap holds only the catalog), and the positions of findings, written at the end of the run.
 * Each is a run of records — the key, then one record per file — so that neither writing nor
 * reading ever holds a second copy of a national catalog in one buffer.
 */
export class LoadCache {
  private readonly next = new Map<string, FileEntry>();
  private changed = false;

  private constructor(
    readonly dir: string,
    private readonly base: string,
    private readonly key: string,
    private readonly previous: Map<string, FileEntry>,
    private readonly previousLocated: Map<string, LocatedEntry>,
  ) {}

  /**
   * Opens the cache of the catalog at `root` (absolute) in `dir`, for this tool version and
   * these limits; empty when absent or stale. One directory can serve several catalogs.
   */
  static open(dir: string, root: string, version: string, limits: unknown): LoadCache {
    const key = JSON.stringify({ ...buildStamp(), version, limits });
    const base = catalogId(root);
    return new LoadCache(dir, base, key, readPack<FileEntry>(join(dir, `loaded-${base}.v8`), key), readPack<LocatedEntry>(join(dir, `located-${base}.v8`), key));
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('base64');
  }

  get(file: string, hash: string): LoadedFileWithoutText | undefined {
    const entry = this.previous.get(file);
    if (entry?.hash !== hash) return undefined;
    this.next.set(file, entry);
    const located = this.previousLocated.get(file);
    return located?.hash === hash ? { ...entry.loaded, located: located.located } : entry.loaded;
  }

  put(file: string, hash: string, loaded: LoadedFile): void {
    const { text: _text, located: _located, ...rest } = loaded;
    this.next.set(file, { hash, loaded: rest });
    this.changed = true;
  }

  /** Writes what loading produced, when any file was added, edited or removed. */
  async saveLoaded(): Promise<void> {
    if (!this.changed && this.next.size === this.previous.size) return;
    await writePack(this.dir, join(this.dir, `loaded-${this.base}.v8`), this.key, this.next);
  }

  /** Writes the positions computed in this run and earlier ones, when there are new ones. */
  async saveLocated(positions: (file: string) => [string, Range][]): Promise<void> {
    const entries = new Map<string, LocatedEntry>();
    let fresh = this.next.size !== this.previousLocated.size;
    for (const [file, { hash }] of this.next) {
      const located = positions(file);
      const before = this.previousLocated.get(file);
      if (before?.hash !== hash || before.located.length !== located.length) fresh = true;
      entries.set(file, { hash, located });
    }
    if (fresh) await writePack(this.dir, join(this.dir, `located-${this.base}.v8`), this.key, entries);
  }
}

/** A loaded file from the cache: the text is read from disk by the loader. */
export type LoadedFileWithoutText = Omit<LoadedFile, 'text'>;

/** Records: a 4-byte little-endian length, then that many bytes of `v8.serialize`. */
async function writePack(dir: string, file: string, key: string, entries: ReadonlyMap<string, unknown>): Promise<void> {
  const writer = new CacheFileWriter(dir, file);
  const batch: Uint8Array[] = [];
  let batched = 0;
  const record = (value: unknown) => {
    const bytes = serialize(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    batch.push(length, bytes);
    batched += 4 + bytes.length;
    if (batched >= PACK_BATCH) flush();
  };
  const flush = () => {
    if (batch.length > 0) writer.write(Buffer.concat(batch));
    batch.length = 0;
    batched = 0;
  };
  record(key);
  for (const entry of entries) record(entry);
  flush();
  await writer.close();
}

/** Written in pieces of about this size: few system calls, no large buffer. */
const PACK_BATCH = 1 << 20;

/** The records of a pack made with `key`; empty when absent, unreadable, truncated or stale. */
function readPack<T>(file: string, key: string): Map<string, T> {
  const out = new Map<string, T>();
  try {
    // Read in one call: fs.promises.readFile passes a large file between threads in small chunks.
    const bytes = readFileSync(file);
    let at = 0;
    const next = (): unknown => {
      const length = bytes.readUInt32LE(at);
      if (at + 4 + length > bytes.length) throw new RangeError('truncated cache pack');
      const value: unknown = deserialize(bytes.subarray(at + 4, at + 4 + length));
      at += 4 + length;
      return value;
    };
    if (next() !== key) return out;
    while (at < bytes.length) {
      const [name, entry] = next() as [string, T];
      out.set(name, entry);
    }
    return out;
  } catch {
    // Absent, unreadable or from another format: start empty.
    return new Map();
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
