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
  });

  it('stay in English with --lang en, and unknown texts pass through', async () => {
    const bad = await runCli(['check', '--format', 'xml', '--lang', 'en']);
    expect(bad.stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid");
    expect(localizeUsageError('something else\n', 'vi')).toBe('something else\n');
  });
});
