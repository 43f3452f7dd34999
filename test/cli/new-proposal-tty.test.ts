/**
 * End to end: the built binary in a pseudo-terminal, driven by keystrokes. Each key is sent
 * only after the prompt it answers is on screen, with generous timeouts for slow CI machines.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempCatalog } from '../helpers/cli.js';

// Python's pty module: fork the binary on a terminal 120 columns wide, then for each step wait
// for the text and type the keys. Prints the whole screen log; exits with the child's status.
const DRIVER = String.raw`
import os, pty, sys, time, select, struct, fcntl, termios, json
bin_path, catalog = sys.argv[1], sys.argv[2]
steps = json.loads(sys.argv[3])
pid, fd = pty.fork()
if pid == 0:
    os.environ['TERM'] = 'xterm'
    os.environ.pop('NO_COLOR', None)
    os.execvp('node', ['node', bin_path, 'new', 'proposal', catalog])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
screen = b''
def read_until(text, timeout=60):
    global screen
    deadline = time.time() + timeout
    needle = text.encode()
    while needle not in screen:
        left = deadline - time.time()
        if left <= 0:
            sys.stdout.write(screen.decode('utf-8', 'replace'))
            sys.stderr.write('timed out waiting for %r\n' % text)
            sys.exit(97)
        r, _, _ = select.select([fd], [], [], min(left, 0.5))
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b''
            if not data:
                sys.stdout.write(screen.decode('utf-8', 'replace'))
                sys.stderr.write('terminal closed waiting for %r\n' % text)
                sys.exit(98)
            screen += data
for wait, keys in steps:
    read_until(wait)
    time.sleep(0.2)
    for key in keys:
        os.write(fd, key.encode())
        time.sleep(0.15)
try:
    while True:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            break
        data = os.read(fd, 65536)
        if not data:
            break
        screen += data
except OSError:
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(screen.decode('utf-8', 'replace'))
sys.exit(os.WEXITSTATUS(status))
`;

const hasPython = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;

describe('tthc new proposal in a terminal', () => {
  it.skipIf(!hasPython)('writes a proposal from keystrokes', () => {
    const dir = tempCatalog();
    const steps: [string, string[]][] = [
      ['Thủ tục cần đơn giản hóa', ['1.001193']],
      ['1.001193 Thủ tục đăng ký khai sinh', ['\r']],
      ['Nội dung đơn giản hóa', [' ', '\r']],
      ['Thành phần hồ sơ cần bỏ', [' ', '\r']],
      ['Lý do', ['Khong can thiet', '\r']],
      ['Mã phương án', ['\r']],
      ['Tên phương án', ['\r']],
      ['Cơ quan đề xuất', ['\r']],
      ['Thêm kiến nghị', ['\r']],
      ['Ghi tệp này?', ['\r']],
      ['Đã ghi', []],
    ];
    const r = spawnSync('python3', ['-c', DRIVER, BIN, dir, JSON.stringify(steps)], { encoding: 'utf8', timeout: 240_000, env: { ...process.env } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Chi phí tuân thủ: 179.375.000');
    const files = readdirSync(join(dir, 'proposals'));
    expect(files).toHaveLength(1);
    const text = readFileSync(join(dir, 'proposals', files[0] ?? ''), 'utf8');
    expect(text).toContain('action: remove_document');
    expect(text).toContain('document: to-khai');
    expect(text).toContain('reason: Khong can thiet');
  }, 300_000);
});
