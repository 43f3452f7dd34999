/**
 * The identity of a rule-command run, and its replay: when the catalog, the options and the
 * tool are those of an earlier run of the same command, the output that run printed is
 * written again, before the loader, the rules or the formatters are even imported.
 *
 * Kept light on purpose (no zod, no yaml, no rules): it decides whether the rest of the
 * program is needed at all. See run-cache.ts for what the keys cover.
 */
import { readFileSync } from 'node:fs';
import { appendFile, copyFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { produceFileAtomic } from '../fs/atomic.js';
import { ui } from '../i18n/index.js';
import type { RuleCommand } from '../rules/registry.js';
import { annotationPrefix, cacheDirectory, prepareCatalog, type ResolvedDir } from './catalog-dir.js';
import { fail, type CommandResult, type Failure } from './failure.js';
import { isoDate, type CliIO } from './io.js';
import type { RuleCommandOptions } from './rule-command.js';
import { fingerprint, keepOutput, readOutput, recordWritten, targetHolds, targetStamp, type OutputKeeper } from './run-cache.js';
import type { CatalogIO } from '../catalog/memory-io.js';

/** Commands whose whole output may be replayed: `audit` writes a workbook every run. */
const CACHEABLE: ReadonlySet<RuleCommand> = new Set(['validate', 'check', 'review']);

export interface RunIdentity {
  dir: ResolvedDir;
  /** The cache directory of the catalog. */
  cacheDir: string;
  /** Key of the findings: catalog bytes, build, command, rule options, language, date, limits. */
  key: string;
  /** Reads the catalog, serving the bytes the fingerprint already read. */
  io: CatalogIO;
}

/**
 * The run's identity, or undefined when its results are not to be cached (--no-cache,
 * --changed, --suppress-all, a command that writes files, or a file that cannot be read).
 */
export function runIdentity(command: RuleCommand, dirArg: string | undefined, options: RuleCommandOptions, io: CliIO, locale: 'vi' | 'en'): Promise<RunIdentity | Failure | undefined> {
  // The replay and then the full run ask for the same run's identity: fingerprint it once.
  let known = identities.get(options);
  if (known === undefined) {
    known = computeIdentity(command, dirArg, options, io, locale);
    identities.set(options, known);
  }
  return known;
}

/** By the options object of one invocation (the same object reaches the replay and the command). */
const identities = new WeakMap<RuleCommandOptions, Promise<RunIdentity | Failure | undefined>>();

async function computeIdentity(command: RuleCommand, dirArg: string | undefined, options: RuleCommandOptions, io: CliIO, locale: 'vi' | 'en'): Promise<RunIdentity | Failure | undefined> {
  if (!CACHEABLE.has(command) || options.cache === false || options.changed !== undefined || options.suppressAll === true) return undefined;
  const prepared = await prepareCatalog(dirArg, io, locale);
  if ('failure' in prepared) return prepared;
  const cacheDir = cacheDirectory(prepared.dir, io);
  const parts = { command, rules: options.rule ?? [], lang: options.lang ?? null, quiet: options.quiet === true, today: isoDate(io.now()), limits: prepared.limits };
  const fp = await fingerprint(prepared.disk, parts, { dir: cacheDir, root: prepared.dir.absolute });
  if (fp === undefined) return undefined;
  return { dir: prepared.dir, cacheDir, key: fp.key, io: fp.io };
}

/** What the printed text depends on besides the findings. */
export function printKey(identity: Pick<RunIdentity, 'key' | 'dir'>, options: RuleCommandOptions, io: CliIO): string {
  return JSON.stringify([identity.key, options.failOn ?? 'error', options.output === undefined && io.color, identity.dir.display, annotationPrefix(options.format ?? 'stylish', identity.dir, io)]);
}

/** Keeps what this run prints, for the next identical run to replay. */
export function keepPrinted(identity: RunIdentity, command: RuleCommand, options: RuleCommandOptions, io: CliIO): OutputKeeper {
  return keepOutput(identity.cacheDir, identity.dir.absolute, command, options.format ?? 'stylish', printKey(identity, options, io));
}

/**
 * Writes what an identical earlier run printed and returns its exit code; undefined when
 * there is no such run (or anything at all is in the way: the full run then decides).
 */
export async function replay(command: RuleCommand, dirArg: string | undefined, options: RuleCommandOptions, io: CliIO): Promise<CommandResult | undefined> {
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const identity = await runIdentity(command, dirArg, options, io, lang).catch(() => undefined);
  if (identity === undefined || 'failure' in identity) return undefined;
  const printed = readOutput(identity.cacheDir, identity.dir.absolute, command, options.format ?? 'stylish', printKey(identity, options, io));
  if (printed === undefined) return undefined;
  // Anything in the way is left to the full run, which words its own errors.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  try {
    if (options.output !== undefined) {
      const target = resolve(io.cwd, options.output);
      // The file this tool wrote last time, untouched since: writing the same bytes again would
      // only cost a copy and a flush to disk (30 MB for a province's JSON).
      if (!targetHolds(printed, target)) {
        await produceFileAtomic(target, async (temp) => {
          await copyFile(printed.file, temp);
          if ((await stat(temp)).size !== printed.size) throw new Error('cached output changed while copied');
        });
        await recordWritten(printed, targetStamp(target));
      }
    } else {
      const text = readFileSync(printed.file);
      if (text.length !== printed.size) return undefined;
      io.stdout.write(text);
    }
  } catch {
    return undefined;
  }
  if (printed.stepSummary !== undefined && summaryFile) {
    try {
      await appendFile(summaryFile, printed.stepSummary);
    } catch (error) {
      return fail('write-failed', ui(lang).errors.writeFailed(summaryFile, (error as Error).message));
    }
  }
  return printed.code;
}
