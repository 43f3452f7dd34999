/**
 * The common path of validate, check, review and audit: load, run the command's rule groups,
 * locate and word, format, write, and decide the exit code.
 */
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { saveLocated } from '../catalog/load.js';
import type { Catalog } from '../catalog/model.js';
import { openAtomic } from '../fs/atomic.js';
import { ui } from '../i18n/index.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { FORMATTERS, FORMAT_NAMES, isFormatName, type FormatName } from '../report/formatters/index.js';
import { jsonChunks } from '../report/formatters/json.js';
import { atOrAbove, summarize, type FailOn, type FormatInput } from '../report/formatters/types.js';
import { runRules, toFindings, type EngineResult } from '../rules/engine.js';
import { COMMAND_GROUPS, RULES, RULES_BY_ID, type RuleCommand } from '../rules/registry.js';
import { inScope, type ChangeScope } from '../rules/changed.js';
import type { Finding } from '../rules/report.js';
import { closest } from '../text/similarity.js';
import { TOOL } from '../version.js';
import { annotationPrefix, openCatalog, type ResolvedDir } from './catalog-dir.js';
import { scopeSince } from './changed.js';
import { fail, isFailure, type CommandResult } from './failure.js';
import { progress } from './progress.js';
import { readSnapshot, targetStamp, writeSnapshot, type RunSnapshot, type WrittenTarget } from './run-cache.js';
import { keepPrinted, runIdentity, type RunIdentity } from './replay.js';
import { suppressAll } from './suppress-all.js';
import { isoDate, type CliIO } from './io.js';

export interface RuleCommandOptions {
  format?: string;
  output?: string;
  failOn?: string;
  changed?: string;
  rule?: string[];
  lang?: string;
  quiet?: boolean;
  /** Write the current findings into suppressions.yaml instead of reporting them. */
  suppressAll?: boolean;
  reason?: string;
  until?: string;
  /** `--no-cache` sets it to false: load every file afresh and leave the cache alone. */
  cache?: boolean;
}

export interface RuleRun {
  catalog: Catalog;
  dir: ResolvedDir;
  engine: EngineResult;
  findings: Finding[];
  /** The same findings worded in Vietnamese (the workbook's language). */
  vietnamese: () => Finding[];
  locale: Locale;
  /** With --changed: what the change touches (extensions narrow their summaries to it). */
  scope?: ChangeScope;
}

/** What a command adds to the plain rule output (costs, a workbook…). */
export type RuleCommandExtension = (run: RuleRun, io: CliIO) => Promise<Pick<FormatInput, 'extra' | 'appendix'> | undefined>;

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

export function parseLocale(lang: string | undefined, fallback: Locale): Locale | undefined {
  if (lang === undefined) return fallback;
  return isLocale(lang) ? lang : undefined;
}

export async function runRuleCommand(command: RuleCommand, dirArg: string | undefined, options: RuleCommandOptions, io: CliIO, extension?: RuleCommandExtension): Promise<CommandResult> {
  // Options are checked before anything is read, in the language asked for (or Vietnamese).
  const early = parseLocale(options.lang, 'vi');
  if (early === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const t0 = ui(early);
  const format = options.format ?? 'stylish';
  if (!isFormatName(format)) return fail('bad-option', t0.errors.badFormat(format, FORMAT_NAMES.join(', ')));
  const failOn = (options.failOn ?? 'error') as FailOn;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) return fail('bad-option', t0.errors.badFailOn(options.failOn ?? ''));
  for (const id of options.rule ?? []) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) return fail('unknown-rule', t0.errors.unknownRule(id, closest(id, RULES_BY_ID.keys())));
    // Asking for a rule the command never runs would print "no findings": say so instead.
    const groups: readonly string[] = COMMAND_GROUPS[command];
    if (!groups.includes(rule.group)) {
      const commands = (Object.keys(COMMAND_GROUPS) as RuleCommand[]).filter((c) => (COMMAND_GROUPS[c] as readonly string[]).includes(rule.group));
      return fail('bad-option', t0.errors.ruleNotRun(id, command, commands.map((c) => `"tthc ${c}"`).join(', ')));
    }
  }

  // Nothing changed since the same command last ran: print its findings again (in whatever
  // format; the same format was already replayed byte for byte by replay.ts, if it could be).
  const identity = await runIdentity(command, dirArg, options, io, early);
  if (identity !== undefined && 'failure' in identity) return identity;
  let preread: Parameters<typeof openCatalog>[3] = {};
  if (identity !== undefined) {
    const hit = readSnapshot(identity.cacheDir, identity.dir.absolute, command, identity.key);
    if (hit !== undefined) return emit(fromSnapshot(hit, identity.dir), format, failOn, options, io, hit.extension, { identity, command });
    preread = { io: identity.io };
  }

  const shown = progress(io, early);
  const opened = await openCatalog(dirArg, io, early, { ...preread, useCache: options.cache !== false, ...(shown.onFile ? { onFile: shown.onFile } : {}) });
  if ('failure' in opened) {
    shown.done();
    return opened;
  }
  const { catalog, dir, cache } = opened;
  // Now, while memory holds only the catalog: a national catalog's pack is 90 MB.
  if (cache) await cache.saveLoaded();
  const locale = parseLocale(options.lang, catalog.config?.value.locale ?? 'vi') ?? 'vi';

  const engine = runRules(catalog, RULES, { groups: COMMAND_GROUPS[command], only: options.rule ?? [], today: isoDate(io.now()), ...(shown.onRule ? { onRule: shown.onRule } : {}) });
  shown.done();
  // With --changed, only the reports in the change's scope are located and worded.
  let reports = engine.reports;
  let scope: ChangeScope | undefined;
  if (options.changed !== undefined) {
    const since = await scopeSince(options.changed, dir, catalog, locale);
    if (isFailure(since)) return since;
    scope = since;
    reports = reports.filter((r) => inScope({ file: r.target.file, procedure: r.procedure, agency: r.agency, related: r.related }, since));
  }
  const findings = toFindings(catalog, reports, RULES, locale);
  // An English audit keeps its reports until the workbook is written: the workbook is the
  // province's form and is worded in Vietnamese whatever the terminal's language.
  const rewords = locale !== 'vi' && command === 'audit';
  const kept = rewords ? reports : [];
  // The reports are findings now: on a national catalog they are worth freeing before printing.
  if (!rewords) engine.reports.length = 0;
  reports = [];
  if (cache) await saveLocated(catalog, cache);
  if (options.suppressAll === true) return suppressAll(catalog, dir, findings, engine.asOf, options, io, locale);
  const vietnamese = () => (rewords ? toFindings(catalog, kept, RULES, 'vi') : findings);
  const run: RuleRun = { catalog, dir, engine, findings, vietnamese, locale, ...(scope === undefined ? {} : { scope }) };
  const extra = extension ? await extension(run, io) : undefined;
  kept.length = 0;
  engine.reports.length = 0;
  const summary = summaryOf(run);
  if (identity !== undefined) {
    await writeSnapshot(identity.cacheDir, identity.dir.absolute, command, identity.key, { counts: summary.counts, files: summary.files, checkedFiles: summary.checkedFiles, ran: [...summary.ran], findings, locale, extension: extra });
  }
  return emit(summary, format, failOn, options, io, extra, identity && { identity, command });
}

/** What printing needs of a run: counts, the rules that ran, the findings. */
interface RunSummary {
  root: string;
  dir: ResolvedDir;
  counts: RunSnapshot['counts'];
  files: number;
  /** The catalog files checked, relative to its root (junit has a testsuite for each). */
  checkedFiles: string[];
  ran: ReadonlySet<string>;
  findings: Finding[];
  locale: Locale;
}

function summaryOf(run: RuleRun): RunSummary {
  const { catalog } = run;
  return {
    root: catalog.root,
    dir: run.dir,
    counts: { procedures: catalog.procedures.length, agencies: catalog.agencies.length, implementations: catalog.implementations.length, proposals: catalog.proposals.length },
    files: catalog.files.length,
    checkedFiles: catalog.files.map((f) => f.file),
    ran: run.engine.ran,
    findings: run.findings,
    locale: run.locale,
  };
}

function fromSnapshot(hit: RunSnapshot, dir: ResolvedDir): RunSummary {
  return { root: dir.display, dir, counts: hit.counts, files: hit.files, checkedFiles: hit.checkedFiles, ran: new Set(hit.ran), findings: hit.findings, locale: hit.locale };
}

/** `save`: keep what is printed for replay.ts (cacheable runs only). */
async function emit(
  run: RunSummary,
  format: FormatName,
  failOn: FailOn,
  options: RuleCommandOptions,
  io: CliIO,
  extra: Pick<FormatInput, 'extra' | 'appendix'> | undefined,
  save?: { identity: RunIdentity; command: RuleCommand },
): Promise<CommandResult> {
  const { findings, locale, dir } = run;
  const input: FormatInput = {
    tool: TOOL,
    catalog: { root: run.root, ...run.counts },
    findings,
    summary: summarize(findings, run.files),
    checkedFiles: run.checkedFiles,
    rules: RULES.filter((r) => run.ran.has(r.id)),
    locale,
    failOn,
    pathPrefix: annotationPrefix(format, dir, io),
    color: options.output === undefined && io.color,
    quiet: options.quiet === true,
    ...extra,
  };
  // JSON is written in pieces (a national catalog's findings run to hundreds of megabytes);
  // the other formats are one text.
  let pieces: Iterable<string>;
  let stepSummary: string | undefined;
  if (format === 'json') pieces = jsonChunks(input);
  else {
    const out = FORMATTERS[format](input);
    pieces = [out.text];
    stepSummary = out.stepSummary;
  }
  const keeper = save === undefined ? undefined : keepPrinted(save.identity, save.command, options, io);
  let written: WrittenTarget | undefined;
  if (options.output !== undefined) {
    try {
      const path = resolve(io.cwd, options.output);
      const target = await openAtomic(path);
      try {
        for (const piece of pieces) {
          const bytes = Buffer.from(piece);
          await target.write(bytes);
          keeper?.write(bytes);
        }
      } catch (error) {
        await target.abort();
        throw error;
      }
      await target.commit();
      if (keeper !== undefined) written = targetStamp(path);
    } catch (error) {
      return fail('write-failed', ui(locale).errors.writeFailed(options.output, (error as Error).message));
    }
  } else {
    for (const piece of pieces) {
      io.stdout.write(piece);
      if (keeper !== undefined) keeper.write(Buffer.from(piece));
    }
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (stepSummary !== undefined && summaryFile) {
    try {
      await appendFile(summaryFile, stepSummary);
    } catch (error) {
      return fail('write-failed', ui(locale).errors.writeFailed(summaryFile, (error as Error).message));
    }
  }
  const code = findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
  await keeper?.finish({ stepSummary, code, written });
  return code;
}
