/**
 * `--format stylish` (default): findings grouped by file, `line:col  severity  message  rule`,
 * wrapped to stay readable in 80 columns, and a summary line.
 */
import { Chalk } from 'chalk';
import { ui } from '../../i18n/index.js';
import type { Severity } from '../../rules/report.js';
import { showControls } from './control.js';
import type { Formatter } from './types.js';

const WIDTH = 80;

/** Whitespace control characters: the word wrap turns each into a break between words. */
const WRAPPED = '\t\n\v\f\r';

export const stylish: Formatter = (input) => {
  const c = new Chalk({ level: input.color ? 1 : 0 });
  const t = ui(input.locale);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  if (!input.quiet) {
    let current = '';
    for (const f of input.findings) {
      if (f.file !== current) {
        if (current !== '') out.push('');
        current = f.file;
        out.push(c.underline(showControls(input.pathPrefix + f.file)));
      }
      const pos = `${f.line}:${f.column}`.padEnd(7);
      const sev = t.severity[f.severity].padEnd(9);
      const head = `  ${pos} ${sev} `;
      const indent = ' '.repeat(head.length);
      // Line breaks and other whitespace are the word wrap's to lay out.
      const lines = wrap(showControls(f.message, WRAPPED), WIDTH - head.length);
      out.push(`  ${c.dim(pos)} ${paint[f.severity](sev)} ${lines[0] ?? ''}`);
      for (const line of lines.slice(1)) out.push(indent + line);
      out.push(indent + c.dim(f.rule));
    }
    if (input.findings.length > 0) out.push('');
  }
  if (input.appendix) out.push(showControls(input.appendix, '\n'));
  const s = input.summary;
  const total = s.error + s.warning + s.info;
  if (total === 0) out.push(c.green(`✔ ${t.clean(s.files)}`));
  else {
    const mark = s.error > 0 ? c.red.bold('✖') : s.warning > 0 ? c.yellow.bold('⚠') : c.blue.bold('ℹ');
    out.push(`${mark} ${t.summary(s.error, s.warning, s.info, s.files)}`);
  }
  return { text: `${out.join('\n')}\n` };
};

/**
 * A paragraph wrapped within `width` columns: its first line after `first`, the others after
 * `rest` (as deep as `first` unless given). Used for text laid out like stylish output.
 */
export function hanging(text: string, first: string, rest = ' '.repeat(first.length), width = WIDTH): string[] {
  return wrap(text, width - Math.max(first.length, rest.length)).map((l, i) => `${i === 0 ? first : rest}${l}`);
}

/** Greedy word wrap; a word longer than the width stands on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
