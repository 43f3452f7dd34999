/**
 * What `tthc new procedure|implementation` share: the prompts to ask with (injected, or
 * inquirer's on a terminal), answers validated by the zod schemas of schema/kinds.ts, and the
 * text of a new file (canonical order and style through `tthc fmt`'s formatter).
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { z } from 'zod';
import { formatCatalogText, printCanonical } from '../catalog/format.js';
import { SCHEMA_FILES } from '../catalog/json-schema.js';
import type { Kind } from '../catalog/schema/kinds.js';
import { SCHEMA_DIR } from '../init/templates.js';
import { messages, type Locale } from '../i18n/locale.js';
import { writeFileAtomic } from '../fs/atomic.js';
import type { ResolvedDir } from './catalog-dir.js';
import { fail, type CommandResult, type Failure } from './failure.js';
import type { CliIO } from './io.js';
import { inquirerPrompts, type Prompts } from './prompts.js';

export const authoringText = messages(
  {
    noTerminal: (file: string) => `"tthc new" cần bàn phím (terminal) để hỏi; không có thì viết tệp ${file} bằng tay theo mẫu trong tài liệu định dạng (xem "tthc schema")`,
    cancelled: 'Đã hủy; không ghi tệp nào',
    exists: (file: string) => `Tệp ${file} đã có; không ghi đè`,
    written: (file: string) => `Đã tạo ${file}. Kiểm tra: tthc validate`,
    tags: {
      'tthc:code-pattern': 'Mã thủ tục dạng 1.001193 (mã quốc gia) hoặc ABC-123 (mã địa phương)',
      'tthc:code-number': 'Mã thủ tục phải là chuỗi, ví dụ "1.001193"',
      'tthc:id-pattern': 'Chỉ chữ thường không dấu, số và dấu gạch ngang, ví dụ so-tu-phap',
      'tthc:empty': 'Không được để trống',
      'tthc:date': 'Ngày dạng YYYY-MM-DD, ví dụ 2026-11-30',
      number: 'Nhập một số không âm',
      integer: 'Nhập một số nguyên không âm',
    },
  },
  {
    noTerminal: (file: string) => `"tthc new" needs a terminal to ask its questions; without one, write ${file} by hand following the format documentation (see "tthc schema")`,
    cancelled: 'Cancelled; no file written',
    exists: (file: string) => `${file} already exists; not overwritten`,
    written: (file: string) => `Created ${file}. Check it with: tthc validate`,
    tags: {
      'tthc:code-pattern': 'A procedure code like 1.001193 (national) or ABC-123 (local)',
      'tthc:code-number': 'The code must be a string, e.g. "1.001193"',
      'tthc:id-pattern': 'Lower-case ASCII letters, digits and hyphens only, e.g. so-tu-phap',
      'tthc:empty': 'May not be empty',
      'tthc:date': 'A YYYY-MM-DD date, e.g. 2026-11-30',
      number: 'Enter a number, 0 or more',
      integer: 'Enter a whole number, 0 or more',
    },
  },
);

/** The prompts to ask with, or the failure to return when there is no terminal. */
export async function promptsFor(io: CliIO, locale: Locale, byHand: string): Promise<Prompts | Failure> {
  if (io.prompts) return io.prompts;
  if (!io.stdinIsTTY) return fail('no-terminal', authoringText[locale].noTerminal(byHand));
  return inquirerPrompts();
}

/** An input validator from a zod schema: true, or the first problem in words. */
export function validator(schema: z.ZodType, locale: Locale, transform: (s: string) => unknown = (s) => s.trim()): (value: string) => true | string {
  return (value) => {
    const parsed = schema.safeParse(transform(value));
    if (parsed.success) return true;
    const message = parsed.error.issues[0]?.message ?? '';
    const tags: Record<string, string | undefined> = authoringText[locale].tags;
    return tags[message] ?? (parsed.error.issues[0]?.code === 'invalid_type' ? (tags.number ?? message) : message);
  };
}

/** A number typed as text ('' stays '' so that the schema reports it). */
export function toNumber(s: string): unknown {
  const t = s.trim().replace(',', '.');
  return t === '' || Number.isNaN(Number(t)) ? t : Number(t);
}

/** A kebab-case ASCII id from Vietnamese text ("Giấy chứng sinh" → "giay-chung-sinh"). */
export function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/**
 * YAML text of a new file: small maps and lists of words written flow (`{ kind: online, … }`,
 * `[commune]`), codes quoted, a schema line when the catalog has init's schemas.
 */
export function newFileText(value: object, kind: Kind, root: string, file: string): string {
  const doc = new Document(value);
  visit(doc, {
    Map(_k, node, path) {
      // An implementation's entries (the top-level `procedures` list) stay block maps, whatever their size.
      const owner = path[path.length - 2];
      if (kind === 'Implementation' && path.length === 4 && isPair(owner) && isScalar(owner.key) && owner.key.value === 'procedures') return;
      const leaves = node.items.every((p) => isScalar(p.value) || (isMap(p.value) && p.value.items.every((q) => isScalar(q.value))) || (isSeq(p.value) && p.value.items.every(isScalar)));
      if (leaves && node !== doc.contents && node.items.length <= 6) node.flow = true;
    },
    Seq(_k, node) {
      if (node.items.every(isScalar) && node.items.every((i) => isScalar(i) && typeof i.value === 'string' && !i.value.includes(' '))) node.flow = true;
    },
  });
  const schema = join(root, SCHEMA_DIR, `${SCHEMA_FILES[kind]}.json`);
  const depth = file.split('/').length - 1;
  const header = existsSync(schema) ? `# yaml-language-server: $schema=${posix.join(...(Array(depth).fill('..') as string[]), SCHEMA_DIR, `${SCHEMA_FILES[kind]}.json`)}\n` : '';
  const text = header + printCanonical(doc);
  const formatted = formatCatalogText(text);
  return formatted.ok ? formatted.text : text;
}

/**
 * Writes a file the author just composed: atomically, never over an existing file (exit 2
 * naming it), then says where it went.
 */
export async function writeNewFile(dir: ResolvedDir, file: string, kind: Kind, value: object, io: CliIO, locale: Locale): Promise<CommandResult> {
  try {
    await writeFileAtomic(join(dir.absolute, file), newFileText(value, kind, dir.absolute, file), { exclusive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail('would-overwrite', authoringText[locale].exists(dir.pathPrefix + file));
    throw error;
  }
  io.stdout.write(`${authoringText[locale].written(dir.pathPrefix + file)}\n`);
  return 0;
}
