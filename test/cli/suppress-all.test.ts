import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/catalog/suppressions-file.js';
import { scriptedPrompts } from '../../src/cli/prompts.js';
import { procedureWith } from '../../src/rules/examples.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

const FEE = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const noisy = {
  'procedures/ho-tich/1.001193.yaml': procedureWith({ [FEE]: '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }' }),
};

describe('--suppress-all', () => {
  it('writes the findings into suppressions.yaml, after which the catalog is clean', async () => {
    const dir = tempCatalog(noisy);
    const before = await runCli(['validate', dir]);
    expect(before.stdout).toContain('legal/suspicious-fee');
    const r = await runCli(['validate', dir, '--suppress-all', '--reason', 'Danh mục cũ, rà soát dần']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2027-05-29');
    const text = readFileSync(join(dir, 'suppressions.yaml'), 'utf8');
    expect(text).toContain('procedure: "1.001193"');
    expect(text).toContain('reason: Danh mục cũ, rà soát dần');
    expect(text).toContain('until: 2027-05-29');
    const after = await runCli(['validate', dir]);
    expect(after.stdout).toContain('Không có phát hiện nào');
    expect(after.code).toBe(0);
    // Nothing new: the file is not touched again.
    const again = await runCli(['validate', dir, '--suppress-all', '--reason', 'x']);
    expect(again.stdout).toContain('Không có phát hiện mới');
  });

  it('keeps the comments of an existing file, asks the reason with the prompts, and takes --until', async () => {
    const dir = tempCatalog(noisy);
    const existing = `# Giữ dòng chú thích này
apiVersion: tthc/v1
kind: SuppressionList
suppressions:
  # mục cũ
  - rule: legal/no-basis
    procedure: "1.001193"
    reason: Chờ văn bản
    until: 2027-01-01
`;
    writeFileSync(join(dir, 'suppressions.yaml'), existing);
    const prompts = scriptedPrompts(['Đang chờ sửa Nghị quyết']);
    const r = await runCli(['validate', dir, '--suppress-all', '--until', '2027-03-31', '--rule', 'legal/suspicious-fee'], { prompts });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'suppressions.yaml'), 'utf8');
    expect(text.startsWith(existing)).toBe(true);
    expect(text.slice(existing.length)).toBe('  - rule: legal/suspicious-fee\n    procedure: "1.001193"\n    reason: Đang chờ sửa Nghị quyết\n    until: 2027-03-31\n');
  });

  it('exits 2 without a reason and no terminal, or with a bad date', async () => {
    const dir = tempCatalog(noisy);
    const r = await runCli(['validate', dir, '--suppress-all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reason');
    const bad = await runCli(['validate', dir, '--suppress-all', '--reason', 'x', '--until', '2026-02-30']);
    expect(bad.code).toBe(2);
  });

  it('adds months with the day clamped', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-29', 6)).toBe('2027-05-29');
  });
});

describe('progress', () => {
  it('shows files and rules on stderr only when it is a terminal', async () => {
    const dir = tempCatalog();
    const tty = await runCli(['validate', dir], { stderrIsTTY: true });
    expect(tty.stderr).toContain('5/5');
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const pipe = await runCli(['validate', dir]);
    expect(pipe.stderr).toBe('');
  });
});
