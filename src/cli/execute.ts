/**
 * Runs the command line and returns the exit code; never exits the process (src/bin.ts does).
 * 0 nothing at or above --fail-on · 1 findings · 2 could not run as asked · 3 a bug.
 */
import { CommanderError } from 'commander';
import { ui } from '../i18n/index.js';
import { isFailure, type CommandResult } from './failure.js';
import type { CliIO } from './io.js';
import { buildProgram } from './program.js';

/** The interface language before any catalog is read: --lang, then TTHC_LANG, then Vietnamese. */
function languageOf(argv: readonly string[], env: CliIO['env']): 'vi' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const arg = argv[i];
  const value = arg === undefined ? env.TTHC_LANG : arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

export async function execute(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = languageOf(argv, io.env);
  const debug = argv.includes('--debug');
  let pending: Promise<CommandResult> | undefined;
  const program = buildProgram(io, lang, (result) => { pending = result; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (pending === undefined) return 0;
    const result = await pending;
    if (isFailure(result)) {
      io.stderr.write(`tthc: ${result.message}\n`);
      return result.exitCode;
    }
    return result;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end in a CommanderError with exit code 0; usage errors are exit 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    // One line, whatever the error says; the stack is for --debug.
    const first = err.message.split('\n', 1)[0] ?? '';
    io.stderr.write(`tthc: ${ui(lang).errors.internal(first.length > 200 ? `${first.slice(0, 197)}...` : first)}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return 3;
  }
}
