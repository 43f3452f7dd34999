/**
 * The process entry: the only place that reads process.argv and sets the exit code.
 */
import { colorRequest } from './cli/color.js';
import { execute } from './cli/execute.js';

/**
 * Colour as chalk detects it, after NO_COLOR (color.ts). chalk never colours a stream that is
 * not a terminal unless forced, so only then is it imported: start-up stays short for CI and
 * for output into files and pipes.
 */
async function detectColor(): Promise<boolean> {
  const request = colorRequest(process.env);
  if (request === 'off' || (!process.stdout.isTTY && request !== 'forced')) return false;
  const { supportsColor } = await import('chalk');
  return supportsColor !== false && supportsColor.level > 0;
}

// A reader that stops early (`tthc check -f json | head`) closes the pipe: the rest of the
// output is dropped, quietly, and the run still ends with its own exit code.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

const code = await execute(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: { write: (s) => { if (!stdoutClosed) process.stdout.write(s); } },
  stderr: { write: (s) => { process.stderr.write(s); } },
  color: await detectColor(),
  stderrIsTTY: process.stderr.isTTY,
  stdinIsTTY: process.stdin.isTTY,
  now: () => new Date(),
});
process.exitCode = code;
