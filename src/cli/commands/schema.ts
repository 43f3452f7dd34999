/** `tthc schema [-o dir]`: JSON Schema of every kind for editors; without -o, one combined schema on stdout. */
import { join, resolve } from 'node:path';
import { combinedSchema, schemaFiles } from '../../catalog/json-schema.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { ui } from '../../i18n/index.js';
import { messages } from '../../i18n/locale.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';

const text = messages(
  { written: (n: number, dir: string) => `Đã ghi ${n} tệp JSON Schema vào ${dir}` },
  { written: (n: number, dir: string) => `Wrote ${n} JSON Schema files to ${dir}` },
);

export async function schema(options: { output?: string; lang?: string }, io: CliIO): Promise<CommandResult> {
  const locale = parseLocale(options.lang, 'vi');
  if (locale === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  if (options.output === undefined) {
    io.stdout.write(`${JSON.stringify(combinedSchema(), null, 2)}\n`);
    return 0;
  }
  const dir = resolve(io.cwd, options.output);
  const files = schemaFiles();
  try {
    for (const [name, content] of Object.entries(files)) await writeFileAtomic(join(dir, name), content);
  } catch (error) {
    return fail('write-failed', ui(locale).errors.writeFailed(options.output, (error as Error).message));
  }
  io.stdout.write(`${text[locale].written(Object.keys(files).length, options.output)}\n`);
  return 0;
}
