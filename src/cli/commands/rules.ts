/** `tthc rules [id]`: the list of rules, or one rule's page with its examples run live. */
import { Chalk } from 'chalk';
import { ui } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { EXAMPLE_BASE, runExample } from '../../rules/examples.js';
import { RULES, RULES_BY_ID } from '../../rules/registry.js';
import type { ExampleFiles, Rule } from '../../rules/rule.js';
// Laid out in 80 columns, as stylish output is (spec/cli.md).
import { hanging } from '../../report/formatters/stylish.js';
import { closest } from '../../text/similarity.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';

export async function rules(id: string | undefined, options: { lang?: Locale }, io: CliIO): Promise<CommandResult> {
  const locale = options.lang ?? 'vi';
  const t = ui(locale);
  const c = new Chalk({ level: io.color ? 1 : 0 });
  if (id === undefined) {
    const width = Math.max(...RULES.map((r) => r.id.length));
    const lines = [c.bold(t.rules.heading), ''];
    let group = '';
    for (const r of RULES) {
      if (r.group !== group) {
        if (group !== '') lines.push('');
        group = r.group;
      }
      lines.push(...hanging(r.docs.summary[locale], `  ${r.id.padEnd(width)}  ${t.severity[r.severity].padEnd(9)}  `));
    }
    lines.push('', t.rules.count(RULES.length));
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  const rule = RULES_BY_ID.get(id);
  if (!rule) return fail('unknown-rule', t.errors.unknownRule(id, closest(id, RULES_BY_ID.keys())));
  io.stdout.write(await page(rule, locale, c));
  return 0;
}

async function page(rule: Rule, locale: Locale, c: InstanceType<typeof Chalk>): Promise<string> {
  const t = ui(locale);
  const out = [
    ...hanging(`${rule.id} — ${rule.docs.summary[locale]}`, '').map((l) => c.bold(l)),
    '',
    `${t.rules.defaultSeverity}: ${t.severity[rule.severity]}`,
    '',
    ...hanging(rule.docs.description[locale], ''),
    '',
    c.bold(`${t.rules.legal}:`),
    ...(rule.docs.legal.length > 0 ? rule.docs.legal.flatMap((l) => hanging(l, '  - ')) : [`  ${t.rules.noLegal}`]),
    '',
  ];
  for (const [title, files] of [[t.rules.badExample, rule.docs.examples.bad], [t.rules.goodExample, rule.docs.examples.good]] as const) {
    out.push(c.bold(`${title}:`));
    // A passing example that is the example catalog itself shows the files the failing one
    // changes, as they are there: the page always has something to compare.
    const shown = Object.keys(files).length > 0 || files === rule.docs.examples.bad
      ? files
      : Object.fromEntries(Object.keys(rule.docs.examples.bad).map((f) => [f, EXAMPLE_BASE[f] ?? null]));
    if (shown !== files) out.push(unchanged(locale));
    out.push(...showFiles(shown, locale));
    const findings = await runExample(files, [rule.id], locale, RULES);
    out.push(`  ${t.rules.fires}:`);
    if (findings.length === 0) out.push(`    ✔ ${t.clean(Object.keys({ ...EXAMPLE_BASE, ...files }).length)}`);
    for (const f of findings) out.push(`    ${f.file}:${f.line}:${f.column}  ${t.severity[f.severity]}`, ...hanging(f.message, '      '));
    out.push('');
  }
  // The example setting is one the rule does not have by default.
  out.push(...hanging(t.rules.configure(rule.id, rule.severity === 'warning' ? 'error' : 'warning'), ''), '');
  return out.join('\n');
}

function unchanged(locale: Locale): string {
  return locale === 'vi' ? '  (danh mục mẫu, không thay đổi)' : '  (the example catalog, unchanged)';
}

function showFiles(files: ExampleFiles, locale: Locale): string[] {
  const out: string[] = [];
  const entries = Object.entries(files);
  if (entries.length === 0) {
    out.push(unchanged(locale));
    return out;
  }
  for (const [file, content] of entries) {
    if (content === null) {
      out.push(`  # ${file}: ${locale === 'vi' ? '(không có tệp này)' : '(file absent)'}`);
    } else if (typeof content === 'string') {
      out.push(`  # ${file}`, ...content.trimEnd().split('\n').map((l) => `  ${l}`));
    } else {
      out.push(`  # ${file} ${ui(locale).rules.binaryFile('Windows-1258')}`);
    }
  }
  return out;
}
