/**
 * Safe writes: a writer killed with SIGKILL leaves the old file or the new one, never a half
 * file; its temporary file is ignored by the loader and removed by the next write; exclusive
 * writes never replace; concurrent writers end with one complete version.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic.js';
import { ROOT } from '../helpers/cli.js';

const ATOMIC = pathToFileURL(join(ROOT, 'dist', 'fs', 'atomic.js')).href;
const SIZE = 4 * 1024 * 1024;

/** A version is complete when it is SIZE bytes of one letter followed by "END". */
function expectComplete(text: string): void {
  expect(text.length).toBe(SIZE + 3);
  expect(text.endsWith('END')).toBe(true);
  expect(new Set(text.slice(0, SIZE)).size).toBe(1);
}

function writer(target: string, letters: string, times: number): ReturnType<typeof spawn> {
  const script = `
    const { writeFileAtomic } = await import(${JSON.stringify(ATOMIC)});
    const letters = ${JSON.stringify(letters)};
    for (let i = 0; i < ${times}; i++) {
      await writeFileAtomic(${JSON.stringify(target)}, letters[i % letters.length].repeat(${SIZE}) + 'END');
      process.stdout.write('w');
    }`;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

const exited = (child: ReturnType<typeof spawn>) => new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('SIGKILL mid-write leaves the old or the new file, and the next write clears the stray temp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-atomic-'));
    const target = join(dir, 'out.yaml');
    const child = writer(target, 'abcdefgh', 10_000);
    // Kill after the first complete write, while the following ones are in flight.
    await new Promise<void>((resolve) => { child.stdout?.once('data', () => { resolve(); }); child.once('exit', () => { resolve(); }); });
    await new Promise((resolve) => setTimeout(resolve, 30));
    child.kill('SIGKILL');
    await exited(child);
    expectComplete(readFileSync(target, 'latin1'));

    await writeFileAtomic(target, 'z'.repeat(SIZE) + 'END');
    expectComplete(readFileSync(target, 'latin1'));
    expect(temps(dir)).toEqual([]);
  });

  it('a stray temp of a live writer is left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-atomic-'));
    const live = `.out.yaml.${process.ppid}.0123456789ab.tmp`;
    writeFileSync(join(dir, live), 'partial');
    await writeFileAtomic(join(dir, 'out.yaml'), 'new');
    expect(temps(dir)).toEqual([live]);
  });

  it('an exclusive write never replaces an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-atomic-'));
    const target = join(dir, 'out.yaml');
    await writeFileAtomic(target, 'first', { exclusive: true });
    await expect(writeFileAtomic(target, 'second', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(temps(dir)).toEqual([]);
  });

  it('two concurrent writers (two processes) end with one complete version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-atomic-'));
    const target = join(dir, 'out.yaml');
    const a = writer(target, 'a', 5);
    const b = writer(target, 'b', 5);
    await Promise.all([exited(a), exited(b)]);
    expect(existsSync(target)).toBe(true);
    expectComplete(readFileSync(target, 'latin1'));
    expect(temps(dir)).toEqual([]);
  });

  it('concurrent writes in one process end with one complete version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-atomic-'));
    const target = join(dir, 'out.yaml');
    await Promise.all(['p', 'q', 'r'].map((c) => writeFileAtomic(target, c.repeat(SIZE) + 'END')));
    expectComplete(readFileSync(target, 'latin1'));
  });
});
