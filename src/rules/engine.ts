/**
 * The rule engine: runs the enabled rules over the loaded catalog, then turns their reports
 * into findings — located once, worded in the chosen language, sorted.
 */
import { buildLookup } from '../catalog/lookup.js';
import type { Catalog } from '../catalog/model.js';
import type { Target } from '../catalog/source.js';
import type { Locale } from '../i18n/locale.js';
import { settle } from '../heap.js';
import { closest } from '../text/similarity.js';
import { compareFindings, type Finding, type Report, type Severity } from './report.js';
import { wordReport, type Rule, type RuleContext, type RuleGroup } from './rule.js';
import { applySuppressions, type SeverityReport, type SuppressionOutcome } from './suppress.js';

export interface EngineOptions {
  groups: readonly RuleGroup[];
  /** Run only these rule ids (`--rule`); empty runs every rule of the groups. */
  only?: readonly string[];
  /** Today's date (ISO), injected so that output does not depend on the clock. */
  today: string;
  /** Called after each rule, for progress display. */
  onRule?: (done: number, total: number) => void;
}

export type { SeverityReport };

export interface EngineResult {
  reports: SeverityReport[];
  /** Ids of the rules that ran (suppressions of other rules are not "unused"). */
  ran: Set<string>;
  asOf: string;
  /** What each suppression (suppressions.yaml, inline directives) silenced. */
  suppression: SuppressionOutcome;
}

type Setting = { severity: Severity | 'off'; options: unknown };

/**
 * Runs the rules in two phases. Suppressions can only be judged once every other finding
 * exists: whether a suppression is unused depends on what the other rules reported. So the
 * engine first runs every rule outside the `suppression` group, then applies the suppressions
 * (src/rules/suppress.ts: silenced reports are dropped, each suppression's use recorded), then
 * runs the `suppression/*` rules with that outcome in `ctx.suppression`; they report expired,
 * unused and reasonless suppressions through their own messages like any rule. Their own
 * reports are not suppressible (a suppression of a suppression finding would hide itself).
 */
export function runRules(loaded: Catalog, rules: readonly Rule[], options: EngineOptions): EngineResult {
  const config = loaded.config?.value;
  const asOf = config?.as_of ?? options.today;
  // Problems of the rule settings join the loader's for this run only: the loaded catalog is
  // not changed, so running rules twice (e.g. two rule sets) does not report them twice.
  const settingProblems: Report[] = [];
  const settings = resolveSettings(loaded, rules, settingProblems);
  const catalog: Catalog = { ...loaded, diagnostics: [...loaded.diagnostics, ...settingProblems] };
  // Built from the loaded catalog (the same values) so that commands reuse it afterwards.
  const lookup = buildLookup(loaded);
  const ran = new Set<string>();
  const enabled: { rule: Rule; severity: Severity; options: unknown }[] = [];
  for (const rule of rules) {
    if (!options.groups.includes(rule.group)) continue;
    if (options.only && options.only.length > 0 && !options.only.includes(rule.id)) continue;
    const setting = settings.get(rule.id) ?? { severity: rule.severity, options: defaultOptions(rule) };
    if (setting.severity === 'off') continue;
    ran.add(rule.id);
    enabled.push({ rule, severity: setting.severity, options: setting.options });
  }
  let done = 0;
  const run = (phase: typeof enabled, suppression: SuppressionOutcome | undefined): SeverityReport[] => {
    const reports: SeverityReport[] = [];
    for (const { rule, severity, options: ruleOptions } of phase) {
      const ctx: RuleContext<Record<string, Record<string, unknown>>, unknown> = {
        catalog,
        lookup,
        config,
        asOf,
        options: ruleOptions,
        report(message, input) {
          // Schema rules forward the loader's reports, whose paths are into the file already;
          // other rules' paths are into the loaded value, which lacks a list's broken entries.
          const place = rule.group === 'schema' ? (t: Target) => t : (t: Target) => toFilePath(catalog, t);
          const report: SeverityReport = { rule: rule.id, message, data: input.data, target: place(input.target), severity };
          if (input.procedure !== undefined) report.procedure = input.procedure;
          if (input.agency !== undefined) report.agency = input.agency;
          if (input.related !== undefined && input.related.length > 0) report.related = input.related.map(place);
          reports.push(report);
        },
      };
      if (suppression) ctx.suppression = suppression;
      rule.check(ctx);
      settle();
      options.onRule?.(++done, enabled.length);
    }
    return reports;
  };
  const first = run(enabled.filter((e) => e.rule.group !== 'suppression'), undefined);
  const { kept, outcome } = applySuppressions(catalog, first, { ran, known: new Set(rules.map((r) => r.id)), asOf });
  const second = run(enabled.filter((e) => e.rule.group === 'suppression'), outcome);
  return { reports: [...kept, ...second], ran, asOf, suppression: outcome };
}

/** A target whose path is into a loaded value, as a path into its file. */
function toFilePath(catalog: Catalog, target: Target): Target {
  const source = target.path === undefined ? undefined : catalog.sources.get(target.file);
  if (source === undefined || target.path === undefined) return target;
  const path = source.filePath(target.path);
  return path === target.path ? target : { ...target, path };
}

function defaultOptions(rule: Rule): unknown {
  return rule.options ? rule.options.parse({}) : {};
}

/**
 * Severity and options of each rule from catalog.yaml `rules:`. Unknown rule ids and bad
 * options are reported on the catalog file itself (they would silently do nothing).
 */
function resolveSettings(catalog: Catalog, rules: readonly Rule[], problems: Report[]): Map<string, Setting> {
  const out = new Map<string, Setting>();
  const entries = Object.entries(catalog.config?.value.rules ?? {});
  const byId = new Map(rules.map((r) => [r.id, r]));
  const file = catalog.config?.file ?? 'catalog.yaml';
  for (const [id, value] of entries) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({
        rule: 'schema/invalid',
        message: 'unknown-rule',
        data: { key: id, suggestion: closest(id, byId.keys()) ?? null },
        target: { file, path: ['rules', id], atKey: true },
      });
      continue;
    }
    const severity = typeof value === 'string' ? value : (value.severity ?? rule.severity);
    const { severity: _severity, ...rawOptions } = typeof value === 'string' ? {} : value;
    let options: unknown = {};
    if (rule.options) {
      const parsed = rule.options.safeParse(rawOptions);
      if (parsed.success) options = parsed.data;
      else {
        options = defaultOptions(rule);
        for (const issue of parsed.error.issues) {
          problems.push({
            rule: 'schema/invalid',
            message: 'rule-option',
            data: { rule: id, field: issue.path.map(String).join('.'), detail: issue.message },
            target: { file, path: ['rules', id, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))] },
          });
        }
      }
    } else if (Object.keys(rawOptions).length > 0) {
      for (const key of Object.keys(rawOptions)) {
        problems.push({ rule: 'schema/invalid', message: 'rule-option', data: { rule: id, field: key, detail: 'no options' }, target: { file, path: ['rules', id, key], atKey: true } });
      }
    }
    out.set(id, { severity, options });
  }
  return out;
}

/** Locate and word reports; the one place positions are computed. */
export function toFindings(catalog: Catalog, reports: readonly SeverityReport[], rules: readonly Rule[], locale: Locale): Finding[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const locate = (target: Target) => {
    const source = catalog.sources.get(target.file);
    return source ? source.locate(target) : { line: 1, column: 1, end_line: 1, end_column: 1 };
  };
  // File by file and entry by entry, so that each parsed part of a file serves its reports
  // together and is gone soon after (source.ts keeps a few): a national catalog locates
  // 170,000 reports, and parts kept longer are garbage the collector has to promote first.
  const order = reports.map((_, i) => i).sort((a, b) => compareTargets(reports[a]?.target, reports[b]?.target) || a - b);
  const findings: Finding[] = new Array<Finding>(reports.length);
  let current: string | undefined;
  for (const i of order) {
    const report = reports[i];
    if (report === undefined) continue;
    if (report.target.file !== current) {
      if (current !== undefined) catalog.sources.get(current)?.release();
      current = report.target.file;
      settle();
    }
    findings[i] = toFinding(report);
  }
  function toFinding(report: SeverityReport): Finding {
    const rule = byId.get(report.rule);
    if (!rule) throw new Error(`report for unknown rule ${report.rule}`);
    const range = report.range ?? locate(report.target);
    const finding: Finding = {
      rule: report.rule,
      severity: report.severity,
      message: wordReport(rule, report, locale),
      file: report.target.file,
      ...range,
    };
    if (report.procedure !== undefined) finding.procedure = report.procedure;
    if (report.agency !== undefined) finding.agency = report.agency;
    if (report.target.path !== undefined) finding.path = [...report.target.path];
    if (report.related) {
      finding.related = report.related.map((t) => {
        const r = locate(t);
        return { file: t.file, line: r.line, column: r.column };
      });
    }
    if (Object.keys(report.data).length > 0) finding.data = report.data;
    return finding;
  }
  for (const source of catalog.sources.values()) source.release();
  return findings.sort(compareFindings);
}

/** By file, then by the top-level field and list item a path enters (the part holding it). */
function compareTargets(a: Target | undefined, b: Target | undefined): number {
  const fa = a?.file ?? '';
  const fb = b?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const ra = String(a?.path?.[0] ?? '');
  const rb = String(b?.path?.[0] ?? '');
  if (ra !== rb) return ra < rb ? -1 : 1;
  const ia = a?.path?.[1];
  const ib = b?.path?.[1];
  return (typeof ia === 'number' ? ia : -1) - (typeof ib === 'number' ? ib : -1);
}
