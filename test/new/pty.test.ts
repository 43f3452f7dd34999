/** One end-to-end run of the built binary in a pseudo-terminal, answering inquirer's prompts. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempCatalog } from '../helpers/cli.js';

const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!python)('tthc new implementation in a terminal', () => {
  it('asks, takes the keys, and writes the file', () => {
    const dir = tempCatalog();
    const steps = [
      ['Cơ quan được khảo sát', 'ham'],
      ['Hàm Rồng', '\r'],
      ['Ngày khảo sát', '\r'],
      ['Nguồn thông tin', 'Khảo sát trực tiếp\r'],
      ['Các thủ tục cơ quan thực hiện', ' '],
      ['1.001193', '\r'],
      ['khác với công bố', '\r'],
      ['giấy tờ yêu cầu thêm', '\r'],
    ];
    const r = spawnSync('python3', [join(ROOT, 'test/helpers/pty-drive.py'), JSON.stringify({ argv: [process.execPath, BIN, 'new', 'implementation', dir], cwd: dir, steps })], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', LANG: 'C.UTF-8' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Đã tạo');
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'implementations/ubnd-phuong-ham-rong.yaml'), 'utf8');
    expect(text).toContain('source: Khảo sát trực tiếp');
    expect(text).toContain('  - code: "1.001193"');
  }, 120_000);
});
