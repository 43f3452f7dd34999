/** A few runs of the built binary (bin/tthc.js → dist/), as users and CI run it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../src/rules/examples.js';
import { runBin, tempCatalog } from '../helpers/cli.js';

const P = 'procedures/ho-tich/1.001193.yaml';
// eslint-disable-next-line no-control-regex -- ANSI escapes are what is being checked
const ANSI = /\u001b\[/;

describe('bin/tthc.js', () => {
  it('exits 0 on a clean catalog (the current directory), without colour into a pipe', () => {
    const r = runBin(['validate'], { cwd: tempCatalog() });
    expect(r).toEqual({ code: 0, stdout: '✔ Không có phát hiện nào (5 tệp)\n', stderr: '' });
  });

  it('exits 1 with errors, and --fail-on never turns that into 0', () => {
    const dir = tempCatalog({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.001193' }) });
    const r = runBin(['validate', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3:7     error     Procedure code 1.001193 was read by YAML as a number');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings, 0 info in 5 files');
    expect(runBin(['validate', dir, '--fail-on', 'never']).code).toBe(0);
  });

  it('exits 2 with one clear line and no stack trace for a missing directory', () => {
    const r = runBin(['validate', 'khong-co-thu-muc'], { cwd: tempCatalog() });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tthc: Không tìm thấy thư mục danh mục "khong-co-thu-muc"\n' });
  });

  it('writes JSON to a file with -o, with positions and paths', () => {
    const dir = tempCatalog({ [P]: procedureWith({ 'fee: 0 }\n  - { kind: online': 'fee: 700 }\n  - { kind: online' }) });
    const r = runBin(['validate', '.', '-f', 'json', '-o', 'ket-qua.json', '--fail-on', 'warning'], { cwd: dir });
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    const out = JSON.parse(readFileSync(join(dir, 'ket-qua.json'), 'utf8')) as { findings: { rule: string; file: string; line: number; column: number; path: unknown[] }[]; summary: unknown };
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${JSON.stringify(f.path)}`)).toEqual([
      `${P}:13:69 legal/fee-without-basis ["channels",0,"fee"]`,
      `${P}:13:69 legal/suspicious-fee ["channels",0,"fee"]`,
    ]);
    expect(out.summary).toEqual({ error: 0, warning: 2, info: 0, files: 5 });
  });

  it('appends to $GITHUB_STEP_SUMMARY with --format github', () => {
    const dir = tempCatalog({ 'catalog.yaml': null });
    const summary = join(dir, 'summary.md');
    const r = runBin(['validate', '-f', 'github', '--lang', 'en'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('::error file=catalog.yaml,line=1,col=1,endLine=1,endColumn=1,title=ref/missing-catalog::No catalog.yaml (kind: Catalog) at the catalog root; "tthc init" creates one\n');
    expect(existsSync(summary)).toBe(true);
    expect(readFileSync(summary, 'utf8')).toContain('| `ref/missing-catalog` | 1 | 0 | 0 |');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'tthc.js');
    const catalog = join(import.meta.dirname, '..', '..', 'catalog');
    // `head` closes the pipe after one line; the rest of the JSON has nowhere to go.
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `"${process.execPath}" "${bin}" check "${catalog}" -f json --no-cache | head -n 1; echo "exit \${PIPESTATUS[0]}"`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    // The bundled catalog has errors: exit 1 still, closed pipe or not.
    expect(r.stdout).toBe('{\nexit 1\n');
    expect(r.stderr).toBe('');
  });

  it('answers --version and --help with exit 0', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runBin(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = runBin(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tthc \[options\] \[command\]/);
    expect(help.stdout).toContain('validate');
  });
});
