/**
 * Writes that never leave a half file. The content goes to a temporary file in the same
 * directory (`.<name>.<pid>.<random>.tmp`), is flushed to disk, then renamed over the target:
 * rename is atomic on one file system, so a reader or a crash sees the old file or the new one,
 * never a mix. The directory is flushed too, so the rename itself survives a power cut.
 *
 * A process killed mid-write leaves its temporary file behind. Such files are harmless — the
 * loader never reads them (they are hidden and do not end in `.yaml`) — and the next write to
 * the same target removes those whose writing process is gone.
 */
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Fail with code EEXIST instead of replacing an existing file. */
  exclusive?: boolean;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const out = await openAtomic(file);
  try {
    await out.write(data);
  } catch (error) {
    await out.abort();
    throw error;
  }
  await out.commit(options);
}

/**
 * A file being written in pieces (large reports) with the same guarantee: nothing appears at
 * the target until `commit`, which flushes and renames; `abort` removes the temporary file.
 */
export interface AtomicFile {
  write(data: string | Uint8Array): Promise<void>;
  commit(options?: AtomicWriteOptions): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomic(file: string): Promise<AtomicFile> {
  const dir = dirname(file);
  const name = basename(file);
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(dir, name);
  // Keep the permissions of the file being replaced (a 0600 file stays private).
  const mode = (await stat(file).catch(() => undefined))?.mode ?? 0o666;
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode & 0o777);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    write: async (data) => {
      // writeFile writes all of it, from the current position on.
      await handle.writeFile(data);
    },
    commit: async (options = {}) => {
      try {
        try {
          await handle.sync();
        } finally {
          await close();
        }
        if (options.exclusive === true) await placeExclusive(temp, file);
        else await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await syncDirectory(dir);
    },
    abort: async () => {
      await close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** link() fails when the target exists, so an existing file is never replaced. */
async function placeExclusive(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // File systems without hard links: an exclusive copy still never replaces the target.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    await copyFile(temp, file, constants.COPYFILE_EXCL);
  }
  await unlink(temp);
}

async function syncDirectory(dir: string): Promise<void> {
  // Not every platform can open a directory (Windows); the rename has happened either way.
  const handle = await open(dir, 'r').catch(() => undefined);
  if (handle === undefined) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Removes temporary files of earlier writes to `name` whose process no longer runs. */
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && !isRunning(pid)) await unlink(join(dir, entry)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The same guarantee for content produced by a writer that wants a path (a streamed
 * workbook): `produce` writes the temporary file, which is then renamed (or linked, when
 * `exclusive`) over the target.
 */
export async function produceFileAtomic(file: string, produce: (tempPath: string) => Promise<void>, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // The permissions of the file being replaced, as openAtomic keeps them (a copy brings its source's).
  const mode = (await stat(file).catch(() => undefined))?.mode;
  try {
    await produce(temp);
    if (mode !== undefined) await chmod(temp, mode & 0o777);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive === true) {
      await link(temp, file);
      await unlink(temp);
    } else {
      await rename(temp, file);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
