/** Finding and loading the catalog a command works on (default: ./catalog, else the current directory). */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DiskIO, directoryState } from '../catalog/io.js';
import { loadCatalog, type LoadOptions } from '../catalog/load.js';
import type { Catalog } from '../catalog/model.js';
import { ui } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { fail, type Failure } from './failure.js';
import type { CliIO } from './io.js';

export interface ResolvedDir {
  /** As shown to the user. */
  display: string;
  absolute: string;
  /** Prefix that makes catalog-relative paths relative to the working directory. */
  pathPrefix: string;
}

export function resolveCatalogDir(dir: string | undefined, io: CliIO): ResolvedDir {
  const given = dir ?? (existsSync(join(io.cwd, 'catalog')) ? 'catalog' : '.');
  const absolute = isAbsolute(given) ? given : resolve(io.cwd, given);
  const rel = relative(io.cwd, absolute).split('\\').join('/');
  return { display: given, absolute, pathPrefix: rel === '' ? '' : rel.startsWith('..') ? `${absolute}/` : `${rel}/` };
}

export async function openCatalog(dir: string | undefined, io: CliIO, locale: Locale, options: LoadOptions = {}): Promise<{ dir: ResolvedDir; catalog: Catalog } | Failure> {
  const resolved = resolveCatalogDir(dir, io);
  const t = ui(locale);
  const state = await directoryState(resolved.absolute);
  if (state === 'missing') return fail('missing-directory', t.errors.missingDirectory(resolved.display));
  if (state === 'not-directory') return fail('not-directory', t.errors.notDirectory(resolved.display));
  const catalog = await loadCatalog(resolved.display, new DiskIO(resolved.absolute), options);
  if (catalog.files.length === 0) return fail('no-catalog-files', t.errors.noCatalogFiles(resolved.display));
  return { dir: resolved, catalog };
}
