import { describe, expect, it } from 'vitest';
import { localizeUsageError } from '../../src/cli/usage-errors.js';
import { runCli } from '../helpers/cli.js';

describe('usage errors', () => {
  it('are worded in Vietnamese by default and keep exit 2', async () => {
    const bad = await runCli(['check', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('lỗi: giá trị "xml" của tùy chọn -f, --format <format> không hợp lệ; chọn một trong: stylish, json, sarif, github, junit\n');
    const unknown = await runCli(['chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('lỗi: không có lệnh "chek"');
    expect(unknown.stderr).toContain('(có phải ý là check?)');
    const report = await runCli(['export', 'bogus']);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe('lỗi: giá trị "bogus" của tham số <report> không hợp lệ; chọn một trong: catalog, findings, plan, stats\n');
  });

  it('help speaks Vietnamese too: titles, choices and defaults', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.stdout).toMatch(/^Cách dùng: tthc check/);
    expect(help.stdout).toContain('\nTùy chọn:\n');
    expect(help.stdout).toContain('(chọn: "stylish", "json"');
    expect(help.stdout).toContain('mặc định: "stylish")');
    expect(help.stdout).not.toMatch(/choices|default:|Options:|Usage:/);
    const en = await runCli(['check', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: tthc check/);
    expect(en.stdout).toContain('(choices: "stylish", "json"');
  });

  it('stay in English with --lang en, and unknown texts pass through', async () => {
    const bad = await runCli(['check', '--format', 'xml', '--lang', 'en']);
    expect(bad.stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid");
    expect(localizeUsageError('something else\n', 'vi')).toBe('something else\n');
  });
});
