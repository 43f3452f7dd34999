/**
 * Results of a whole rule-command run, kept so that running the same command on a catalog
 * whose files have not changed prints the same output without parsing or checking anything.
 *
 * The key covers everything the output depends on except the format and --fail-on (applied
 * when printing): the build of the tool, the command and its rule options, the language,
 * today's date (the default "as of"), the loader limits, and the path and bytes of every
 * catalog file. Any difference misses. Snapshots live beside the load cache (`.tthc-cache/`),
 * one per catalog and command; `--no-cache` bypasses them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildStamp } from '../catalog/cache.js';
import type { CatalogIO } from '../catalog/memory-io.js';
import type { Locale } from '../i18n/locale.js';
import type { CatalogCounts, FormatInput } from '../report/formatters/types.js';
import type { Finding } from '../rules/report.js';
import { TOOL } from '../version.js';

export interface RunSnapshot {
  counts: Omit<CatalogCounts, 'root'>;
  files: number;
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

/**
 * Reads every file once and hashes paths and bytes together with `parts`. Undefined when a
 * file cannot be read: the normal path then reports it, and nothing is cached.
 */
export async function fingerprint(io: CatalogIO, parts: unknown): Promise<{ key: string; io: CatalogIO } | undefined> {
  const hash = createHash('sha256').update(JSON.stringify({ ...buildStamp(), version: TOOL.version, parts }));
  let files: string[];
  try {
    files = await io.list();
  } catch {
    return undefined;
  }
  const bytes = new Map<string, Uint8Array>();
  // Reads overlap (the disk waits, not the CPU); hashing stays in file order.
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    let read: Uint8Array[];
    try {
      read = await Promise.all(batch.map((file) => io.read(file)));
    } catch {
      return undefined;
    }
    batch.forEach((file, k) => {
      const data = read[k] ?? new Uint8Array();
      bytes.set(file, data);
      hash.update(`\u0000${file}\u0000${String(data.length)}\u0000`).update(data);
    });
  }
  return { key: hash.digest('base64'), io: new PrereadIO(files, bytes, io) };
}

// JSON, not v8 serialisation: findings are plain data, and JSON.parse reads them back faster.
function snapshotFile(dir: string, root: string, command: string): string {
  return join(dir, `run-${createHash('sha256').update(root).digest('hex').slice(0, 12)}-${command}.json`);
}

export async function readSnapshot(dir: string, root: string, command: string, key: string): Promise<RunSnapshot | undefined> {
  try {
    const stored = JSON.parse(await readFile(snapshotFile(dir, root, command), 'utf8')) as { key?: unknown; snapshot?: RunSnapshot };
    return stored.key === key ? stored.snapshot : undefined;
  } catch {
    return undefined;
  }
}

export async function writeSnapshot(dir: string, root: string, command: string, key: string, snapshot: RunSnapshot): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.gitignore'), '*\n');
    const file = snapshotFile(dir, root, command);
    const temp = `${file}.${String(process.pid)}.tmp`;
    await writeFile(temp, JSON.stringify({ key, snapshot }));
    await rename(temp, file);
  } catch {
    // A read-only catalog is still checked; it just is not cached.
  }
}
