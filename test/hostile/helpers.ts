/** Running `tthc validate --format json` on the example catalog with a hostile file laid over it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../src/rules/report.js';
import { FIXTURES, SMALL } from '../fixtures/hostile/generate.js';
import { runBin, runCli, tempCatalog, type CliResult } from '../helpers/cli.js';

export interface JsonRun extends CliResult {
  findings: Finding[];
}

/** The example catalog in a temp dir with the committed fixture `name` at its place. */
export function catalogWithFixture(name: string): string {
  const entry = SMALL[name];
  if (!entry) throw new Error(`no fixture ${name}`);
  return tempCatalog({ [entry[0]]: readFileSync(join(FIXTURES, name)) });
}

export async function validateJson(dir: string, env: Record<string, string> = {}, extra: string[] = []): Promise<JsonRun> {
  const r = await runCli(['validate', dir, '--format', 'json', '--lang', 'vi', ...extra], { env });
  return { ...r, findings: parse(r) };
}

export function validateJsonBin(dir: string, env: Record<string, string> = {}): JsonRun {
  const r = runBin(['validate', dir, '--format', 'json', '--lang', 'vi'], { env });
  return { ...r, findings: parse(r) };
}

function parse(r: CliResult): Finding[] {
  if (r.stdout.trim() === '') return [];
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

/** No crash signature anywhere in the output: no stack frame, no V8 heap message. */
export function expectNoCrash(r: CliResult): void {
  const all = `${r.stdout}\n${r.stderr}`;
  expect(all).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(all).not.toMatch(/heap out of memory|Maximum call stack|RangeError|TypeError/);
}

/** Exit 1 and exactly the findings of `rule` in `file`, as `line:column message-substring` checks. */
export function findingsOf(r: JsonRun, rule: string, file?: string): Finding[] {
  return r.findings.filter((f) => f.rule === rule && (file === undefined || f.file === file));
}
