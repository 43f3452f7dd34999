/**
 * Silencing findings: entries of suppressions.yaml (rule + procedure/agency/file, until a
 * date) and inline `# tthc-disable-next-line <rule> -- <reason>` comments in any catalog
 * file. Pure: the engine calls `applySuppressions` after the ordinary rules have reported, and
 * hands the outcome (which suppression silenced what, which expired) to the `suppression/*`
 * rules, which report through their own messages.
 */
import type { Catalog } from '../catalog/model.js';
import type { Range, Target } from '../catalog/source.js';
import type { Report, Severity } from './report.js';

/** A report with its severity, and its range once located (computed once, reused by `toFindings`). */
export interface SeverityReport extends Report {
  severity: Severity;
  range?: Range;
}

export interface InlineDirective {
  file: string;
  /** 1-based line of the comment, and of the line it silences (the next that is not blank or a comment). */
  line: number;
  silences: number;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason: string | undefined;
  until: string | undefined;
  /** Offsets of the comment in the file's text, to report on. */
  offsets: readonly [number, number];
}

export interface SuppressionUse {
  origin: 'list' | 'inline';
  /** A rule id, or `*` for an inline directive that names none. */
  rule: string;
  target: Target;
  until: string | undefined;
  expired: boolean;
  /** Findings this suppression silenced in this run. */
  silenced: number;
  /** The rule exists (an unknown id can never silence anything). */
  known: boolean;
  /** Its rule ran in this command, so silencing nothing means it is unused. */
  judged: boolean;
  /** For inline uses: the directive they come from. */
  directive?: InlineDirective;
}

export interface SuppressionOutcome {
  uses: SuppressionUse[];
  directives: InlineDirective[];
}

const DIRECTIVE = /^[ \t]*#[ \t]*tthc-disable-next-line\b(.*)$/;
const UNTIL = /\buntil[ \t]*[=:]?[ \t]*(\d{4}-\d{2}-\d{2})\b/;

/** The inline directives of one file's text. */
export function parseDirectives(file: string, text: string): InlineDirective[] {
  if (!text.includes('tthc-disable-next-line')) return [];
  const lines = text.split('\n');
  const out: InlineDirective[] = [];
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const body = m[1] ?? '';
    const sep = body.indexOf('--');
    const head = sep === -1 ? body : body.slice(0, sep);
    const reason = sep === -1 ? undefined : body.slice(sep + 2).trim() || undefined;
    const until = UNTIL.exec(head)?.[1];
    const rules = head.replace(UNTIL, ' ').split(/[\s,]+/).filter((r) => r !== '');
    let next = i + 1;
    while (next < lines.length && /^\s*(#.*)?\r?$/.test(lines[next] ?? '')) next++;
    const start = (starts[i] ?? 0) + line.indexOf('#');
    out.push({ file, line: i + 1, silences: next + 1, rules, reason, until, offsets: [start, (starts[i] ?? 0) + line.length] });
  });
  return out;
}

export interface SuppressionContext {
  /** The rules that ran in this command (suppressions of other rules are not judged). */
  ran: ReadonlySet<string>;
  /** Every rule id the tool knows. */
  known: ReadonlySet<string>;
  asOf: string;
}

/**
 * Splits reports into those still shown and those silenced, and records what each suppression
 * did. Reports in files with inline directives are located here (and keep their range).
 */
export function applySuppressions(catalog: Catalog, reports: readonly SeverityReport[], ctx: SuppressionContext): { kept: SeverityReport[]; outcome: SuppressionOutcome } {
  const uses: SuppressionUse[] = [];
  const make = (origin: SuppressionUse['origin'], rule: string, target: Target, until: string | undefined, directive?: InlineDirective): SuppressionUse => {
    const known = rule === '*' || ctx.known.has(rule);
    const use: SuppressionUse = {
      origin, rule, target, until,
      expired: until !== undefined && until < ctx.asOf,
      silenced: 0,
      known,
      judged: !known || (rule === '*' ? ctx.ran.size > 0 : ctx.ran.has(rule)),
    };
    if (directive) use.directive = directive;
    uses.push(use);
    return use;
  };

  const listed = catalog.suppressions.map((s) => ({
    entry: s.value,
    use: make('list', s.value.rule, { file: s.file, path: [...s.path, 'rule'] }, s.value.until),
    untilTarget: { file: s.file, path: [...s.path, 'until'] } satisfies Target,
  }));
  const directives: InlineDirective[] = [];
  const inlineByFile = new Map<string, { directive: InlineDirective; uses: SuppressionUse[] }[]>();
  for (const [file, source] of catalog.sources) {
    const found = parseDirectives(file, source.text);
    if (found.length === 0) continue;
    directives.push(...found);
    inlineByFile.set(file, found.map((d) => ({
      directive: d,
      uses: (d.rules.length === 0 ? ['*'] : d.rules).map((r) => make('inline', r, { file, offsets: d.offsets }, d.until, d)),
    })));
  }

  const kept: SeverityReport[] = [];
  for (const report of reports) {
    let silenced = false;
    for (const { entry, use } of listed) {
      if (use.expired || entry.rule !== report.rule) continue;
      if (entry.procedure !== undefined && entry.procedure !== report.procedure) continue;
      if (entry.agency !== undefined && entry.agency !== report.agency) continue;
      if (entry.file !== undefined && entry.file !== report.target.file) continue;
      use.silenced++;
      silenced = true;
    }
    const inline = inlineByFile.get(report.target.file);
    if (inline) {
      const source = catalog.sources.get(report.target.file);
      if (report.range === undefined && source) report.range = source.locate(report.target);
      const line = report.range?.line;
      for (const { directive, uses: inlineUses } of inline) {
        if (directive.silences !== line) continue;
        for (const use of inlineUses) {
          if (use.expired || (use.rule !== '*' && use.rule !== report.rule)) continue;
          use.silenced++;
          silenced = true;
        }
      }
    }
    if (!silenced) kept.push(report);
  }
  // Expired list entries are reported at their date rather than their rule.
  for (const { use, untilTarget } of listed) if (use.expired) use.target = untilTarget;
  return { kept, outcome: { uses, directives } };
}
