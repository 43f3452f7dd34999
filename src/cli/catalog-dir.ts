/** Finding and loading the catalog a command works on (default: ./catalog, else the current directory). */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CACHE_DIR, LoadCache } from '../catalog/cache.js';
import { DiskIO, directoryState } from '../catalog/io.js';
import { limitsFromEnv, type Limits } from '../catalog/limits.js';
import type { CatalogIO } from '../catalog/memory-io.js';
import type { LoadOptions } from '../catalog/load.js';
import type { Catalog } from '../catalog/model.js';
import { ui } from '../i18n/index.js';
import { messages, type Locale } from '../i18n/locale.js';
import { fail, type Failure } from './failure.js';
import { TOOL } from '../version.js';
import type { CliIO } from './io.js';

const text = messages(
  {
    badLimit: (variable: string, value: string, min: number, max: number) => `Biến môi trường ${variable}="${value}" không hợp lệ; cần một số từ ${min} đến ${max} (xem docs/limits.md)`,
    unreadableDirectory: (dir: string, code: string) => `Không đọc được thư mục danh mục "${dir}" (${code})`,
  },
  {
    badLimit: (variable, value, min, max) => `Invalid ${variable}="${value}"; expected a number from ${min} to ${max} (see docs/limits.md)`,
    unreadableDirectory: (dir, code) => `Cannot read the catalog directory "${dir}" (${code})`,
  },
);

/**
 * For tests only: `TTHC_TEST_FAULT=internal` makes loading throw as a bug would, so the
 * handling of internal errors (exit 3, one line, stack only with --debug) can be tested end to
 * end. It changes nothing else and is documented in docs/limits.md.
 */
const FAULT_VARIABLE = 'TTHC_TEST_FAULT';

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
 * How file paths start in the output. GitHub reads annotation and SARIF paths from the
 * repository root (GITHUB_WORKSPACE), not from the step's working directory: in a workflow those
 * formats are written from there, so a step run inside the catalog folder points at real files.
 */
export function annotationPrefix(format: string, dir: ResolvedDir, io: Pick<CliIO, 'env'>): string {
  const workspace = io.env.GITHUB_WORKSPACE;
  if ((format !== 'github' && format !== 'sarif') || workspace === undefined || workspace === '') return dir.pathPrefix;
  const rel = relative(resolve(workspace), dir.absolute).split('\\').join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) return dir.pathPrefix;
  return rel === '' ? '' : `${rel}/`;
}

/**
 * Where the load cache lives: `TTHC_CACHE_DIR`, else `.tthc-cache/` in the catalog root.
 * Clearing it is deleting that directory.
 */
export function cacheDirectory(dir: ResolvedDir, io: CliIO): string {
  const env = io.env.TTHC_CACHE_DIR;
  return env !== undefined && env !== '' ? resolve(io.cwd, env) : join(dir.absolute, CACHE_DIR);
}

/** The checks before reading: the directory exists, the limits are valid. Then the disk to read. */
export async function prepareCatalog(dir: string | undefined, io: CliIO, locale: Locale): Promise<{ dir: ResolvedDir; disk: CatalogIO; limits: Limits } | Failure> {
  const resolved = resolveCatalogDir(dir, io);
  const t = ui(locale);
  const state = await directoryState(resolved.absolute);
  if (state === 'missing') return fail('missing-directory', t.errors.missingDirectory(resolved.display));
  if (state === 'not-directory') return fail('not-directory', t.errors.notDirectory(resolved.display));
  const limits = limitsFromEnv(io.env);
  if (!limits.ok) return fail('bad-limit', text[locale].badLimit(limits.variable, limits.value, limits.min, limits.max));
  return { dir: resolved, disk: new DiskIO(resolved.absolute, { maxFileBytes: limits.limits.maxFileBytes }), limits: limits.limits };
}

export async function openCatalog(
  dir: string | undefined,
  io: CliIO,
  locale: Locale,
  options: LoadOptions & { useCache?: boolean; io?: CatalogIO } = {},
): Promise<{ dir: ResolvedDir; catalog: Catalog; cache: LoadCache | undefined } | Failure> {
  const prepared = await prepareCatalog(dir, io, locale);
  if ('failure' in prepared) return prepared;
  const { dir: resolved, limits } = prepared;
  if (io.env[FAULT_VARIABLE] === 'internal') throw new Error(`fault injected by ${FAULT_VARIABLE}`);
  const { useCache = false, io: given, ...load } = options;
  const cache = useCache ? LoadCache.open(cacheDirectory(resolved, io), resolved.absolute, TOOL.version, limits) : undefined;
  // Imported here so that the replay of an unchanged run (replay.ts) never loads the loader.
  const { loadCatalog } = await import('../catalog/load.js');
  let catalog: Catalog;
  try {
    catalog = await loadCatalog(resolved.display, given ?? prepared.disk, { ...load, limits, ...(cache === undefined ? {} : { cache }) });
  } catch (error) {
    // Only the root itself can fail to list; below it, unreadable entries become findings.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return fail('unreadable-directory', text[locale].unreadableDirectory(resolved.display, code));
    throw error;
  }
  if (catalog.files.length === 0) return fail('no-catalog-files', ui(locale).errors.noCatalogFiles(resolved.display));
  return { dir: resolved, catalog, cache };
}
