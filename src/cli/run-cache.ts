/**
 * Results of a whole rule-command run, kept so that running the same command on a catalog
 * whose files have not changed prints the same output without parsing or checking anything.
 *
 * The key covers everything the findings depend on: the build of the tool, the command and
 * its rule options, the language, today's date (the default "as of"), the loader limits, and
 * the path and bytes of every catalog file. Any difference misses. Two things are kept per
 * catalog and command in the cache directory (`.tthc-cache/`), beside the load cache:
 *  - the findings (`run-…-<command>.json`), printed again in whatever format is asked;
 *  - the printed output itself, per format (`out-…-<command>-<format>-<key>.txt`), keyed also
 *    by what printing depends on (--fail-on, colour, the directory as shown, the working
 *    directory), so the most common repeat — same command, same format — only copies a file.
 * `--no-cache` bypasses both.
 *
 * File bytes are hashed, but not read again when a file's size, times and inode are those
 * recorded with its hash (`index-….json`), as git's index does. A file changed in the same
 * clock tick as the index was written could keep its times; such "racy" entries (modified
 * at or after the index was written) are always read and hashed again.
 *
 * Cache files are read with one synchronous call each: `fs.promises.readFile` moves a large
 * file between threads in small chunks and took longer than everything else here.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CacheFileWriter, buildStamp, catalogId, writeCacheFile } from '../catalog/cache.js';
import { fileStamp } from '../catalog/io.js';
import type { CatalogIO, FileStamp } from '../catalog/memory-io.js';
import type { Locale } from '../i18n/locale.js';
import type { CatalogCounts, FormatInput } from '../report/formatters/types.js';
import type { Finding } from '../rules/report.js';
import { TOOL } from '../version.js';

export interface RunSnapshot {
  counts: Omit<CatalogCounts, 'root'>;
  files: number;
  /** The catalog files checked, relative to its root. */
  checkedFiles: string[];
  ran: string[];
  findings: Finding[];
  locale: Locale;
  extension: Pick<FormatInput, 'extra' | 'appendix'> | undefined;
}

/** Serves the bytes already read for the fingerprint, so a miss does not read the files twice. */
class PrereadIO implements CatalogIO {
  constructor(
    private readonly files: string[],
    private readonly bytes: Map<string, Uint8Array>,
    private readonly inner: CatalogIO,
  ) {}

  list(): Promise<string[]> {
    return Promise.resolve([...this.files]);
  }

  read(file: string): Promise<Uint8Array> {
    const bytes = this.bytes.get(file);
    this.bytes.delete(file);
    return bytes ? Promise.resolve(bytes) : this.inner.read(file);
  }
}

/** A file's stamp as JSON holds it (times and inode as strings). */
type StampText = [size: number, mtimeNs: string, ctimeNs: string, ino: string];

const stampText = (s: FileStamp): StampText => [s.size, String(s.mtimeNs), String(s.ctimeNs), String(s.ino)];

/** A file's stamp and the hash of its bytes, as recorded by the last run. */
type IndexEntry = [...StampText, hash: string];

interface StatIndex {
  build: string;
  files: Record<string, IndexEntry>;
}

const sameStamp = (e: StampText | IndexEntry, s: FileStamp) => e[0] === s.size && e[1] === String(s.mtimeNs) && e[2] === String(s.ctimeNs) && e[3] === String(s.ino);

function readIndex(file: string, build: string): { files: StatIndex['files']; writtenNs: bigint } {
  try {
    const text = readFileSync(file, 'utf8');
    const info = statSync(file, { bigint: true });
    const index = JSON.parse(text) as StatIndex;
    if (index.build === build && typeof index.files === 'object') return { files: index.files, writtenNs: info.mtimeNs };
  } catch {
    // Absent or unreadable: every file is read and hashed.
  }
  return { files: {}, writtenNs: 0n };
}

/**
 * The hash of paths and bytes of every catalog file together with `parts`. Undefined when a
 * file cannot be read: the normal path then reports it, and nothing is cached. `cacheDir`
 * holds the stat index that spares reading unchanged files (none: every file is read).
 */
export async function fingerprint(io: CatalogIO, parts: unknown, cache?: { dir: string; root: string }): Promise<{ key: string; io: CatalogIO } | undefined> {
  const build = JSON.stringify({ ...buildStamp(), version: TOOL.version });
  const hash = createHash('sha256').update(build).update(JSON.stringify(parts));
  let files: string[];
  try {
    files = await io.list();
  } catch {
    return undefined;
  }
  const indexFile = cache === undefined ? undefined : join(cache.dir, `index-${catalogId(cache.root)}.json`);
  const previous = indexFile === undefined ? { files: {}, writtenNs: 0n } : readIndex(indexFile, build);
  const next: StatIndex['files'] = {};
  const bytes = new Map<string, Uint8Array>();
  let changed = Object.keys(previous.files).length !== files.length;
  for (const file of files) {
    const stamp = io.stat?.(file);
    const known = previous.files[file];
    let digest: string;
    if (stamp !== undefined && known !== undefined && sameStamp(known, stamp) && stamp.mtimeNs < previous.writtenNs) {
      digest = known[4];
    } else {
      let data: Uint8Array;
      try {
        data = await io.read(file);
      } catch {
        return undefined;
      }
      bytes.set(file, data);
      digest = createHash('sha256').update(data).digest('base64');
      changed = true;
    }
    if (stamp !== undefined) next[file] = [...stampText(stamp), digest];
    hash.update(`\u0000${file}\u0000${digest}`);
  }
  if (indexFile !== undefined && cache !== undefined && io.stat !== undefined && changed) await writeCacheFile(cache.dir, indexFile, JSON.stringify({ build, files: next } satisfies StatIndex));
  return { key: hash.digest('base64'), io: new PrereadIO(files, bytes, io) };
}

/**
 * JSON lines, not v8 serialisation: a header line (key, counts, rules, extension), then one
 * finding per line, so that neither writing nor reading makes the whole snapshot one string.
 */
function snapshotFile(dir: string, root: string, command: string): string {
  return join(dir, `run-${catalogId(root)}-${command}.jsonl`);
}

type SnapshotHeader = Omit<RunSnapshot, 'findings'> & { key: string; count: number };

export function readSnapshot(dir: string, root: string, command: string, key: string): RunSnapshot | undefined {
  try {
    const data = readFileSync(snapshotFile(dir, root, command));
    let at = data.indexOf(0x0a);
    const header = JSON.parse(data.toString('utf8', 0, at)) as Partial<SnapshotHeader>;
    // A snapshot of an earlier build may lack the names of the files checked.
    if (header.key !== key || typeof header.count !== 'number' || !Array.isArray(header.checkedFiles)) return undefined;
    const findings: Finding[] = [];
    while (at + 1 < data.length) {
      const next = data.indexOf(0x0a, at + 1);
      const end = next === -1 ? data.length : next;
      findings.push(JSON.parse(data.toString('utf8', at + 1, end)) as Finding);
      at = end;
    }
    // A snapshot cut short (a full disk) is not a snapshot.
    if (findings.length !== header.count) return undefined;
    const { key: _key, count: _count, ...rest } = header as SnapshotHeader;
    return { ...rest, findings };
  } catch {
    return undefined;
  }
}

export async function writeSnapshot(dir: string, root: string, command: string, key: string, snapshot: RunSnapshot): Promise<void> {
  const { findings, ...rest } = snapshot;
  const header: SnapshotHeader = { key, count: findings.length, ...rest };
  const out = new CacheFileWriter(dir, snapshotFile(dir, root, command));
  out.write(`${JSON.stringify(header)}\n`);
  const BATCH = 1000;
  for (let i = 0; i < findings.length; i += BATCH) {
    out.write(`${findings.slice(i, i + BATCH).map((f) => JSON.stringify(f)).join('\n')}\n`);
  }
  await out.close();
}

/** What a run printed: where its text is kept, how long it is, the step summary, the exit code. */
export interface PrintedOutput {
  file: string;
  size: number;
  stepSummary: string | undefined;
  code: number;
  /** Where the meta file is (the replay records the target it wrote there). */
  meta: string;
  /** The `--output` file this text was last written to, as it was left then. */
  written: WrittenTarget | undefined;
  /** When the meta file was last written (ns): a target changed in that tick is not trusted. */
  recordedNs: bigint;
}

/** An output file as the run that wrote it left it: path, size, times and inode. */
export interface WrittenTarget {
  path: string;
  stamp: StampText;
}

/** The stamp of an output file just written (undefined when it cannot be read). */
export function targetStamp(path: string): WrittenTarget | undefined {
  const stamp = fileStamp(path);
  return stamp === undefined ? undefined : { path, stamp: stampText(stamp) };
}

/**
 * Whether `path` still holds the printed text, byte for byte, because this tool wrote it and
 * nothing has touched it since: the same size, times and inode as recorded right after the
 * write, and not changed in the clock tick the record was made (the racy case of git's index).
 * Then a replay leaves the file as it is instead of writing the same bytes again.
 */
export function targetHolds(printed: PrintedOutput, path: string): boolean {
  const was = printed.written;
  if (was?.path !== path || was.stamp[0] !== printed.size) return false;
  const now = fileStamp(path);
  return now !== undefined && sameStamp(was.stamp, now) && now.mtimeNs < printed.recordedNs && now.ctimeNs < printed.recordedNs;
}

/** Records that the printed text was written to `target` (after a replay's copy). */
export async function recordWritten(printed: PrintedOutput, target: WrittenTarget | undefined): Promise<void> {
  await writeCacheFile(dirname(printed.meta), printed.meta, metaJson({ code: printed.code, stepSummary: printed.stepSummary, size: printed.size, written: target }));
}

function metaJson(meta: { code: number; stepSummary: string | undefined; size: number; written: WrittenTarget | undefined }): string {
  return JSON.stringify({ code: meta.code, stepSummary: meta.stepSummary ?? null, size: meta.size, written: meta.written ?? null });
}

/**
 * The text is kept as is, in a file named by its key, so a replay can copy it to its target
 * without reading it into memory; a small JSON file beside it holds the rest. Each new output
 * of a catalog, command and format replaces the previous ones.
 */
function outputFiles(dir: string, root: string, command: string, format: string, key?: string): { prefix: string; text: string; meta: string } {
  const prefix = `out-${catalogId(root)}-${command}-${format}-`;
  const name = `${prefix}${createHash('sha256').update(key ?? '').digest('hex').slice(0, 16)}`;
  return { prefix, text: join(dir, `${name}.txt`), meta: join(dir, `${name}.json`) };
}

/** Receives the printed output piece by piece as it is written; `finish` makes it replayable. */
export interface OutputKeeper {
  write(piece: Uint8Array): void;
  /** `written`: the `--output` file the text went to, stamped right after it was written. */
  finish(meta: { stepSummary: string | undefined; code: number; written?: WrittenTarget | undefined }): Promise<void>;
}

/**
 * Starts keeping an output. Nothing here fails the run: a cache that cannot be written only
 * means the next run computes again (the keeper then ignores what it is given).
 */
export function keepOutput(dir: string, root: string, command: string, format: string, key: string): OutputKeeper {
  const files = outputFiles(dir, root, command, format, key);
  const text = new CacheFileWriter(dir, files.text);
  return {
    write: (piece) => { text.write(piece); },
    async finish(meta) {
      if (!(await text.close())) return;
      await writeCacheFile(dir, files.meta, metaJson({ code: meta.code, stepSummary: meta.stepSummary, size: text.size, written: meta.written }));
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        const full = join(dir, name);
        if (name.startsWith(files.prefix) && full !== files.text && full !== files.meta) await unlink(full).catch(() => undefined);
      }
    },
  };
}

export function readOutput(dir: string, root: string, command: string, format: string, key: string): PrintedOutput | undefined {
  const files = outputFiles(dir, root, command, format, key);
  try {
    const meta = JSON.parse(readFileSync(files.meta, 'utf8')) as { code?: unknown; stepSummary?: unknown; size?: unknown; written?: unknown };
    if (typeof meta.code !== 'number' || typeof meta.size !== 'number') return undefined;
    return {
      file: files.text,
      size: meta.size,
      stepSummary: typeof meta.stepSummary === 'string' ? meta.stepSummary : undefined,
      code: meta.code,
      meta: files.meta,
      written: isWrittenTarget(meta.written) ? meta.written : undefined,
      recordedNs: statSync(files.meta, { bigint: true }).mtimeNs,
    };
  } catch {
    return undefined;
  }
}

function isWrittenTarget(value: unknown): value is WrittenTarget {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && Array.isArray(v.stamp) && v.stamp.length === 4 && typeof v.stamp[0] === 'number' && v.stamp.slice(1).every((x) => typeof x === 'string');
}
