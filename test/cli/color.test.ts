/**
 * Colour on a terminal: the built binary in a pseudo-terminal, with and without NO_COLOR
 * (spec/cli.md: colour follows NO_COLOR, FORCE_COLOR and whether stdout is a terminal).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { colorRequest } from '../../src/cli/color.js';
import { procedureWith } from '../../src/rules/examples.js';
import { BIN, tempCatalog } from '../helpers/cli.js';

// Python's pty module: run the binary on a terminal and print everything it wrote there.
const ON_TERMINAL = String.raw`
import os, pty, sys, json
env = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    # A CI marker makes chalk leave a terminal uncoloured; this terminal is a plain one.
    for k in ('NO_COLOR', 'FORCE_COLOR', 'CI', 'TEAMCITY_VERSION', 'TF_BUILD'):
        os.environ.pop(k, None)
    os.environ.update(env)
    os.environ['TERM'] = 'xterm-256color'
    os.execvp('node', ['node'] + sys.argv[2:])
out = b''
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf-8', 'replace'))
`;

// eslint-disable-next-line no-control-regex -- an escape sequence is what is looked for
const ANSI = /\u001b\[\d+(;\d+)*m/;

function onTerminal(env: Record<string, string>, args: string[]): string {
  const r = spawnSync('python3', ['-c', ON_TERMINAL, JSON.stringify(env), BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe('colour', () => {
  const dir = tempCatalog({ 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'code: "1.001193"': 'code: 1.001193' }) });

  it('colours findings on a terminal, and not with NO_COLOR set (unless FORCE_COLOR asks)', () => {
    expect(onTerminal({}, ['validate', dir])).toMatch(ANSI);
    const plain = onTerminal({ NO_COLOR: '1' }, ['validate', dir]);
    expect(plain).toContain('Mã thủ tục 1.001193');
    expect(plain).not.toMatch(ANSI);
    expect(onTerminal({ NO_COLOR: '1', FORCE_COLOR: '1' }, ['validate', dir])).toMatch(ANSI);
  });

  it('reads NO_COLOR as no-color.org says: present and not empty', () => {
    expect(colorRequest({})).toBe('auto');
    expect(colorRequest({ NO_COLOR: '' })).toBe('auto');
    expect(colorRequest({ NO_COLOR: '0' })).toBe('off');
    expect(colorRequest({ NO_COLOR: '1', FORCE_COLOR: '0' })).toBe('forced');
  });
});
