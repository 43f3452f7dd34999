/** Running the command line in-process (fast, golden output) or as the built binary (end to end). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute } from '../../src/cli/execute.js';
import { memoryIO, type CliIO } from '../../src/cli/io.js';
import { exampleCatalog } from '../../src/rules/examples.js';
import type { ExampleFiles } from '../../src/rules/rule.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'tthc.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: Partial<Omit<CliIO, 'stdout' | 'stderr'>> = {}): Promise<CliResult> {
  const io = memoryIO(options);
  const code = await execute(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

export function runBin(argv: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes files (strings or bytes) under a new temp directory and returns its path. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-test-'));
  for (const [file, content] of Object.entries(files)) {
    const full = join(dir, file);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A temp directory holding the example catalog with `overlay`. */
export function tempCatalog(overlay: ExampleFiles = {}): string {
  return tempTree(exampleCatalog(overlay));
}
