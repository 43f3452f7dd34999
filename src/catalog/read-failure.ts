/**
 * A file that could not be read is a finding on that file, not a crash: permission denied, a
 * directory named like a catalog file, a file over the size limit. Anything that is not an
 * I/O error is a bug and is thrown on.
 */
import type { LoadedFile } from './load-file.js';

/** Thrown by a CatalogIO that refuses to read a file over the size limit. */
export class FileTooLargeError extends Error {
  constructor(readonly file: string, readonly size: number, readonly limit: number) {
    super(`${file}: ${size} bytes, over the limit of ${limit}`);
    this.name = 'FileTooLargeError';
  }
}

/** Reasons worded by `schema/invalid` `unreadable`; the system's code is kept as detail. */
const REASONS: Record<string, string> = { EACCES: 'permission', EPERM: 'permission', EISDIR: 'directory', ELOOP: 'loop', ENOENT: 'vanished' };

export function readFailure(file: string, error: unknown): LoadedFile {
  const out: LoadedFile = { file, text: '', kind: undefined, value: undefined, valid: false, reports: [], invalidIds: {} };
  if (error instanceof FileTooLargeError) {
    out.reports.push({ rule: 'schema/invalid', message: 'file-too-large', data: { size: error.size, limit: error.limit }, target: { file, offsets: [0, 0] } });
    return out;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
  out.reports.push({ rule: 'schema/invalid', message: 'unreadable', data: { reason: REASONS[code] ?? 'other', code }, target: { file, offsets: [0, 0] } });
  return out;
}
