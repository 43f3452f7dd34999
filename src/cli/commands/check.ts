/**
 * `tthc check [dir]`: validate + consistency + ops rules. Stylish output ends with the
 * practice of each surveyed procedure across agencies; JSON output carries it as `practice`.
 */
import { buildLookup } from '../../catalog/lookup.js';
import { agree, counted, messages, type Locale } from '../../i18n/locale.js';
import { agencyList, agencyName } from '../../rules/consistency/common.js';
import { describeVariant } from '../../rules/consistency/describe.js';
import { hanging } from '../../report/formatters/stylish.js';
import type { CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { runRuleCommand, type RuleCommandOptions, type RuleRun } from '../rule-command.js';
import { practiceOverview, type PracticeOverview, type ProcedurePractice } from './practice.js';

const WIDTH = 80;
const MAX_NAMES = 6;

const text = messages(
  {
    heading: 'Thực tế thực hiện giữa các cơ quan',
    conforming: (n: number, of: number) => `${n}/${of} cơ quan đã khảo sát thực hiện đúng như công bố`,
    variant: (n: number, what: string) => `${n} ${what}`,
    notSurveyed: (n: number) => `${n} chưa khảo sát`,
    never: (n: number, codes: string) => `${n} thủ tục chưa khảo sát ở cơ quan nào: ${codes}`,
  },
  {
    heading: 'Practice across agencies',
    conforming: (n: number, of: number) => `${n} of ${counted(of, 'surveyed agency', 'surveyed agencies')} ${agree(n, 'works', 'work')} as published`,
    variant: (n: number, what: string) => `${n}: ${what}`,
    notSurveyed: (n: number) => `${n} not surveyed`,
    never: (n: number, codes: string) => `${counted(n, 'procedure')} not surveyed at any agency: ${codes}`,
  },
);

/** Agencies by name (JSON `practice` keeps their ids). */
type Names = (id: string) => string;

function names(list: readonly string[], name: Names, locale: Locale): string {
  return agencyList(list.slice(0, MAX_NAMES).map(name), list.length, locale);
}

/** A paragraph at two spaces, its further lines at four. */
const paragraph = (line: string): string[] => hanging(line, '  ', '    ', WIDTH);

/** Lines of one bullet, wrapped under its own indent. */
function bullet(line: string, indent: string): string[] {
  return hanging(line, `${indent}- `, `${indent}  `, WIDTH);
}

function procedureLines(p: ProcedurePractice, name: Names, locale: Locale): string[] {
  const t = text[locale];
  const out = paragraph(`${p.procedure} ${p.name}`);
  const surveyed = p.variants.reduce((sum, v) => sum + v.agencies.length, 0);
  out.push(...bullet(t.conforming(p.conforming, surveyed), '    '));
  for (const v of p.variants) {
    if (v.differences.length === 0) continue;
    out.push(...bullet(`${t.variant(v.agencies.length, describeVariant(v.differences, locale))} (${names(v.agencies, name, locale)})`, '    '));
  }
  if (p.not_surveyed.length > 0) out.push(...bullet(`${t.notSurveyed(p.not_surveyed.length)} (${names(p.not_surveyed, name, locale)})`, '    '));
  return out;
}

/** The appendix of stylish output. */
export function practiceText(overview: PracticeOverview, name: Names, locale: Locale): string {
  const t = text[locale];
  const out = [t.heading, ''];
  for (const p of overview.procedures) out.push(...procedureLines(p, name, locale), '');
  if (overview.never_surveyed.length > 0) {
    out.push(...paragraph(t.never(overview.never_surveyed.length, overview.never_surveyed.join(', '))), '');
  }
  return out.join('\n');
}

const PRACTICE_RULES = ['consistency/divergent-practice', 'consistency/not-surveyed'];

/** `quiet` keeps the stylish output to the summary line; JSON still carries `practice`. */
function extension(quiet: boolean) {
  return (run: RuleRun): Promise<{ appendix?: string; extra?: Record<string, unknown> } | undefined> => {
    if (!PRACTICE_RULES.some((id) => run.engine.ran.has(id))) return Promise.resolve(undefined);
    const whole = practiceOverview(run.catalog, run.engine.asOf);
    // With --changed, the picture of the procedures the change touches, not of all of them.
    const touched = run.scope === undefined || run.scope.everything ? undefined : run.scope.procedures;
    const overview = touched === undefined ? whole : { procedures: whole.procedures.filter((p) => touched.has(p.procedure)), never_surveyed: whole.never_surveyed.filter((code) => touched.has(code)) };
    if (overview.procedures.length === 0 && overview.never_surveyed.length === 0) return Promise.resolve(undefined);
    const extra = { practice: overview };
    if (quiet) return Promise.resolve({ extra });
    const lookup = buildLookup(run.catalog);
    return Promise.resolve({ appendix: practiceText(overview, (id) => agencyName(lookup, id), run.locale), extra });
  };
}

export function check(dir: string | undefined, options: RuleCommandOptions, io: CliIO): Promise<CommandResult> {
  return runRuleCommand('check', dir, options, io, extension(options.quiet === true));
}
