/**
 * The run cache: a second run of the same command on unchanged files prints exactly what a
 * fresh run prints, and any change to a file, the options or the date is a miss.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BASE } from '../../src/rules/examples.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

const IMPL = `apiVersion: tthc/v1
kind: Implementation
agency: ubnd-phuong-ham-rong
procedures:
  - code: "1.001193"
    documents:
      - { ref: to-khai }
      - { ref: giay-chung-sinh }
      - { name: Sổ hộ khẩu }
`;

describe('run cache', () => {
  it.each(['validate', 'check', 'review'])('%s: a cached run prints what a fresh run prints', async (command) => {
    const dir = tempCatalog({ 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    const fresh = await runCli([command, dir, '--format', 'json', '--no-cache']);
    const first = await runCli([command, dir, '--format', 'json']);
    expect(readdirSync(join(dir, '.tthc-cache')).some((f) => f.startsWith('run-'))).toBe(true);
    const second = await runCli([command, dir, '--format', 'json']);
    expect(first.stdout).toBe(fresh.stdout);
    expect(second.stdout).toBe(fresh.stdout);
    expect(second.code).toBe(fresh.code);
    const stylishFresh = await runCli([command, dir, '--no-cache']);
    expect((await runCli([command, dir])).stdout).toBe(stylishFresh.stdout);
  });

  it('prints from the kept findings what a fresh run prints in junit, which names every file checked', async () => {
    const dir = tempCatalog({ 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    const fresh = await runCli(['check', dir, '--format', 'junit', '--no-cache']);
    expect(fresh.stdout.match(/<testsuite /g)).toHaveLength(6);
    await runCli(['check', dir, '--format', 'json']);
    // No junit output kept yet: this one is formatted from the kept findings.
    const cached = await runCli(['check', dir, '--format', 'junit', '--fail-on', 'warning']);
    expect(cached.stdout).toBe((await runCli(['check', dir, '--format', 'junit', '--fail-on', 'warning', '--no-cache'])).stdout);
    // Findings kept by an earlier build, without the names of the files: not used.
    const snapshot = join(dir, '.tthc-cache', readdirSync(join(dir, '.tthc-cache')).find((f) => f.startsWith('run-') && f.includes('-check')) ?? '');
    const [header = '', ...rest] = readFileSync(snapshot, 'utf8').split('\n');
    const { checkedFiles: _dropped, ...older } = JSON.parse(header) as Record<string, unknown>;
    writeFileSync(snapshot, [JSON.stringify(older), ...rest].join('\n'));
    expect((await runCli(['check', dir, '--format', 'junit', '--fail-on', 'info'])).stdout).toBe((await runCli(['check', dir, '--format', 'junit', '--fail-on', 'info', '--no-cache'])).stdout);
  });

  it('misses when a file, the language or the date changes', async () => {
    const dir = tempCatalog({ 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    const before = await runCli(['check', dir, '--format', 'json']);
    expect(before.stdout).toContain('consistency/extra-document');
    writeFileSync(join(dir, 'implementations/ubnd-phuong-ham-rong.yaml'), IMPL.replace('      - { name: Sổ hộ khẩu }\n', ''));
    const after = await runCli(['check', dir, '--format', 'json']);
    expect(after.stdout).not.toContain('consistency/extra-document');
    // Vietnamese output is cached now; English must be worded afresh, not served from it.
    const vi = await runCli(['check', dir]);
    const en = await runCli(['check', dir, '--lang', 'en']);
    expect(vi.stdout).toContain('thông tin');
    expect(en.stdout).toContain(' info ');
    expect(en.stdout).not.toContain('thông tin');
    // as_of defaults to today when catalog.yaml has none: the date is part of the key.
    writeFileSync(join(dir, 'catalog.yaml'), (EXAMPLE_BASE['catalog.yaml'] ?? '').replace('as_of: 2026-11-01\n', ''));
    writeFileSync(join(dir, 'legal.yaml'), (EXAMPLE_BASE['legal.yaml'] ?? '').replace('    effective: 2016-01-01\n', '    effective: 2016-01-01\n    repealed: 2026-12-01\n'));
    const november = await runCli(['validate', dir, '--format', 'json'], { now: () => new Date('2026-11-29T09:00:00') });
    const december = await runCli(['validate', dir, '--format', 'json'], { now: () => new Date('2026-12-02T09:00:00') });
    expect(november.stdout).not.toContain('legal/repealed-basis');
    expect(december.stdout).toContain('legal/repealed-basis');
  });

  it('replays the same format from the kept output, into a file too, and keeps one output per format', async () => {
    const dir = tempCatalog({ 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    const fresh = await runCli(['check', dir, '--format', 'sarif', '--no-cache']);
    await runCli(['check', dir, '--format', 'sarif']);
    const out = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-findings.sarif`);
    const replayed = await runCli(['check', dir, '--format', 'sarif', '-o', out]);
    expect(replayed.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(fresh.stdout);
    expect(replayed.code).toBe(fresh.code);
    // A replay keyed by --fail-on: another threshold is another exit code.
    const never = await runCli(['check', dir, '--format', 'sarif', '--fail-on', 'never']);
    expect(never.code).toBe(0);
    expect(fresh.code).toBe(1);
    const outputs = () => readdirSync(join(dir, '.tthc-cache')).filter((f) => f.includes('-check-sarif-') && f.endsWith('.txt'));
    expect(outputs()).toHaveLength(1);
    writeFileSync(join(dir, 'implementations/ubnd-phuong-ham-rong.yaml'), `${IMPL}# sửa\n`);
    await runCli(['check', dir, '--format', 'sarif']);
    expect(outputs()).toHaveLength(1);
  });

  it('leaves an output file it wrote alone while untouched, and writes it again once anyone changed it', async () => {
    const dir = tempCatalog({ 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    const out = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-findings.json`);
    const fresh = (await runCli(['check', dir, '--format', 'json', '--no-cache'])).stdout;
    await runCli(['check', dir, '--format', 'json', '-o', out]);
    const identity = () => { const s = statSync(out, { bigint: true }); return `${String(s.ino)} ${String(s.mtimeNs)} ${String(s.ctimeNs)}`; };
    // The first replays may find the record made in the same clock tick as the file: they write again.
    await sleep(20);
    await runCli(['check', dir, '--format', 'json', '-o', out]);
    await sleep(20);
    const settled = identity();
    const replayed = await runCli(['check', dir, '--format', 'json', '-o', out]);
    expect(replayed.code).toBe(1);
    expect(identity()).toBe(settled);
    expect(readFileSync(out, 'utf8')).toBe(fresh);

    // Changed by someone else, even to the same size and modification time: written again.
    const { atime, mtime } = statSync(out);
    writeFileSync(out, fresh.replace('"rule"', '"RULE"'));
    utimesSync(out, atime, mtime);
    await runCli(['check', dir, '--format', 'json', '-o', out]);
    expect(readFileSync(out, 'utf8')).toBe(fresh);
    // A private output file stays private when it is written again from the kept output.
    chmodSync(out, 0o600);
    writeFileSync(out, '');
    await runCli(['check', dir, '--format', 'json', '-o', out]);
    expect(readFileSync(out, 'utf8')).toBe(fresh);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    rmSync(out);
    await runCli(['check', dir, '--format', 'json', '-o', out]);
    expect(readFileSync(out, 'utf8')).toBe(fresh);
  });

  it('reads a file again when its size and modification time are kept but its bytes change', async () => {
    const dir = tempCatalog({ 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    const file = join(dir, 'implementations/ubnd-phuong-ham-rong.yaml');
    const before = await runCli(['check', dir, '--format', 'json']);
    expect(before.stdout).toContain('Sổ hộ khẩu');
    const { atime, mtime } = statSync(file);
    // Same length in bytes, same modification time: only the change time tells.
    writeFileSync(file, IMPL.replace('Sổ hộ khẩu', 'Sổ hộ khấu'));
    expect(statSync(file).size).toBe(Buffer.byteLength(IMPL));
    utimesSync(file, atime, mtime);
    const after = await runCli(['check', dir, '--format', 'json']);
    expect(after.stdout).toContain('Sổ hộ khấu');
    expect(after.stdout).toBe((await runCli(['check', dir, '--format', 'json', '--no-cache'])).stdout);
  });

  it('is left alone with --no-cache', async () => {
    const dir = tempCatalog();
    await runCli(['validate', dir, '--no-cache']);
    expect(existsSync(join(dir, '.tthc-cache'))).toBe(false);
  });
});
