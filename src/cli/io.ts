/**
 * Everything a command may touch of its environment, passed in so tests run commands
 * in-process with captured output, a fixed clock and no terminal.
 */
import type { Prompts } from './prompts.js';

export interface Writer {
  /** Bytes are UTF-8 text (a replayed output is written as read). */
  write(text: string | Uint8Array): void;
}

export interface CliIO {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Writer;
  stderr: Writer;
  /** Colour on stdout, as chalk detects it (NO_COLOR, FORCE_COLOR, TTY). */
  color: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  now: () => Date;
  /** Prompts to ask with instead of inquirer's (tests, embedding); interactive commands use these first. */
  prompts?: Prompts;
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** An in-memory CliIO for tests and embedding. */
export function memoryIO(options: Partial<Omit<CliIO, 'stdout' | 'stderr'>> = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIO & { out: () => string; err: () => string } = {
    cwd: options.cwd ?? '.',
    env: options.env ?? {},
    stdout: { write: (s) => { out += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); } },
    stderr: { write: (s) => { err += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); } },
    color: options.color ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    now: options.now ?? (() => new Date('2026-11-29T09:00:00')),
    out: () => out,
    err: () => err,
  };
  if (options.prompts) io.prompts = options.prompts;
  return io;
}
