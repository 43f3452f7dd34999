/**
 * Loading files on several cores. `loadFile` is pure and each file independent, so the files
 * to parse are split by size between this thread and worker threads; the results are the
 * same objects either way (test/catalog/parallel.test.ts runs the built CLI with one and two
 * threads and compares the JSON byte for byte).
 *
 * Threads cost a start-up (see STARTUP_BYTES) and copying the results back, so small
 * catalogs load on this thread alone. `TTHC_WORKERS` sets the number of extra
 * threads (0: none); by default one per further core, up to three, once there is enough to
 * parse.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadFile, type FileLimits, type LoadedFile } from './load-file.js';
import type { ParserChoice } from './parse.js';

export interface WorkerJob {
  files: { file: string; bytes: Uint8Array }[];
  limits: FileLimits;
  parser: ParserChoice;
}

/** Below this many bytes to parse, a thread's start-up costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;
const MAX_WORKERS = 3;

/** The compiled worker module; absent when running from sources (tests), which load inline. */
const WORKER = new URL('./load-worker.js', import.meta.url);

/** Extra threads to use: `TTHC_WORKERS` when set, else one per further core for large input. */
export function workerCount(totalBytes: number, env: Readonly<Record<string, string | undefined>> = process.env): number {
  if (!import.meta.url.endsWith('.js') || !existsSync(fileURLToPath(WORKER))) return 0;
  // A whole number from 0 to 16; anything else leaves the choice to the tool.
  const set = Number(env.TTHC_WORKERS?.trim() || Number.NaN);
  if (Number.isInteger(set) && set >= 0 && set <= 16) return set;
  if (totalBytes < MIN_BYTES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_WORKERS));
}

function inWorker(job: WorkerJob): Promise<LoadedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    let result: LoadedFile[] | undefined;
    worker.once('message', (message: LoadedFile[]) => { result = message; });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result !== undefined) resolve(result);
      else reject(new Error(`loading thread exited with code ${String(code)} before its results`));
    });
  });
}

/**
 * What a thread's start-up costs, in bytes of YAML this thread parses meanwhile (~0.35 s:
 * starting, importing the parser and schemas, copying results back).
 */
const STARTUP_BYTES = 2.5 * 1024 * 1024;

/**
 * Loads `files` on this thread and `workers` others, results in the order given. The shares
 * are sized so that every thread ends together: this thread, which starts at once, takes
 * more than each worker, which first has to start. Largest files are dealt first, each to
 * the share furthest from its size.
 */
export async function loadFiles(
  files: readonly { file: string; bytes: Uint8Array }[],
  limits: FileLimits,
  parser: ParserChoice,
  workers: number,
  /** Called as each file is done (progress display). */
  onLoaded?: () => void,
): Promise<LoadedFile[]> {
  const here = (f: { file: string; bytes: Uint8Array }) => {
    const loaded = loadFile(f.file, f.bytes, limits, parser);
    onLoaded?.();
    return loaded;
  };
  if (workers <= 0 || files.length < 2) return files.map(here);
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const own = Math.min(1, (total + workers * STARTUP_BYTES) / ((workers + 1) * total));
  const shares = Array.from({ length: workers + 1 }, (_, i) => ({ room: (i === 0 ? own : (1 - own) / workers) * total, files: [] as { file: string; bytes: Uint8Array }[] }));
  for (const f of [...files].sort((a, b) => b.bytes.length - a.bytes.length || (a.file < b.file ? -1 : 1))) {
    let best = 0;
    for (let i = 1; i < shares.length; i++) if ((shares[i]?.room ?? 0) > (shares[best]?.room ?? 0)) best = i;
    const share = shares[best];
    if (share === undefined) continue;
    share.files.push(f);
    share.room -= f.bytes.length;
  }
  const [mine, ...others] = shares;
  const pending = others.filter((share) => share.files.length > 0).map((share) => inWorker({ files: share.files, limits, parser }));
  // This thread's share runs while the workers start and parse.
  const ownResults = (mine?.files ?? []).map(here);
  const theirs = await Promise.all(pending.map((p) => p.then((results) => { results.forEach(() => onLoaded?.()); return results; })));
  const byFile = new Map<string, LoadedFile>();
  for (const loaded of [...ownResults, ...theirs.flat()]) byFile.set(loaded.file, loaded);
  return files.map((f) => {
    const loaded = byFile.get(f.file);
    if (loaded === undefined) throw new Error(`no result for ${f.file}`);
    return loaded;
  });
}
