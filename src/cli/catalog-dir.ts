/** Finding and loading the catalog a command works on (default: ./catalog, else the current directory). */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CACHE_DIR, LoadCache } from '../catalog/cache.js';
import { DiskIO, directoryState } from '../catalog/io.js';
import { DEFAULT_FILE_LIMITS } from '../catalog/load-file.js';
import { loadCatalog, type LoadOptions } from '../catalog/load.js';
import type { Catalog } from '../catalog/model.js';
import { ui } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { fail, type Failure } from './failure.js';
import { TOOL } from '../version.js';
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

/**
 * Where the load cache lives: `TTHC_CACHE_DIR`, else `.tthc-cache/` in the catalog root.
 * Clearing it is deleting that directory.
 */
export function cacheDirectory(dir: ResolvedDir, io: CliIO): string {
  const env = io.env.TTHC_CACHE_DIR;
  return env !== undefined && env !== '' ? resolve(io.cwd, env) : join(dir.absolute, CACHE_DIR);
}

export async function openCatalog(
  dir: string | undefined,
  io: CliIO,
  locale: Locale,
  options: LoadOptions & { useCache?: boolean } = {},
): Promise<{ dir: ResolvedDir; catalog: Catalog; cache: LoadCache | undefined } | Failure> {
  const resolved = resolveCatalogDir(dir, io);
  const t = ui(locale);
  const state = await directoryState(resolved.absolute);
  if (state === 'missing') return fail('missing-directory', t.errors.missingDirectory(resolved.display));
  if (state === 'not-directory') return fail('not-directory', t.errors.notDirectory(resolved.display));
  const { useCache = false, ...load } = options;
  const cache = useCache ? await LoadCache.open(cacheDirectory(resolved, io), resolved.absolute, TOOL.version, load.limits ?? DEFAULT_FILE_LIMITS) : undefined;
  const catalog = await loadCatalog(resolved.display, new DiskIO(resolved.absolute), cache === undefined ? load : { ...load, cache });
  if (catalog.files.length === 0) return fail('no-catalog-files', t.errors.noCatalogFiles(resolved.display));
  return { dir: resolved, catalog, cache };
}
