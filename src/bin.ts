/**
 * The process entry: the only place that reads process.argv and sets the exit code.
 */
import { supportsColor } from 'chalk';
import { execute } from './cli/execute.js';

const code = await execute(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: { write: (s) => { process.stdout.write(s); } },
  stderr: { write: (s) => { process.stderr.write(s); } },
  color: supportsColor !== false && supportsColor.level > 0,
  stderrIsTTY: process.stderr.isTTY,
  stdinIsTTY: process.stdin.isTTY,
  now: () => new Date(),
});
process.exitCode = code;
