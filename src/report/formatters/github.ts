/**
 * `--format github`: workflow commands that GitHub Actions shows as annotations on the changed
 * lines, capped per rule and severity (GitHub shows only a few per step anyway), and a
 * Markdown table for the job summary.
 */
import { ui } from '../../i18n/index.js';
import { agree } from '../../i18n/locale.js';
import type { Finding, Severity } from '../../rules/report.js';
import { showControls } from './control.js';
import type { Formatter } from './types.js';

export const MAX_PER_RULE_AND_SEVERITY = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (input) => {
  const lines: string[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const key = `${f.rule}\u0000${f.severity}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const f of input.findings) {
    const group = groups.get(`${f.rule}\u0000${f.severity}`) ?? [];
    const index = group.indexOf(f);
    if (index >= MAX_PER_RULE_AND_SEVERITY) continue;
    const props = [
      `file=${escapeProperty(input.pathPrefix + f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.end_line}`,
      `endColumn=${f.end_column}`,
      `title=${escapeProperty(f.rule)}`,
    ].join(',');
    // CR and LF are escaped as the workflow command syntax has it; other controls made visible.
    lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(showControls(f.message, '\r\n'))}`);
    if (index === MAX_PER_RULE_AND_SEVERITY - 1 && group.length > MAX_PER_RULE_AND_SEVERITY) {
      const more = group.length - MAX_PER_RULE_AND_SEVERITY;
      const text = input.locale === 'vi'
        ? `Còn ${more} phát hiện ${ui('vi').severity[f.severity]} khác của quy tắc ${f.rule} không hiển thị (xem --format json hoặc SARIF)`
        : `${more} more ${f.severity} ${agree(more, 'finding')} of ${f.rule} not shown (see --format json or SARIF)`;
      lines.push(`::${COMMAND[f.severity]} title=${escapeProperty(f.rule)}::${escapeData(text)}`);
    }
  }
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', stepSummary: stepSummary(input) };
};

function stepSummary(input: Parameters<Formatter>[0]): string {
  const t = ui(input.locale);
  const s = input.summary;
  const vi = input.locale === 'vi';
  const rows = new Map<string, Record<Severity, number>>();
  for (const f of input.findings) {
    const row = rows.get(f.rule) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    rows.set(f.rule, row);
  }
  const out = [
    `### tthc — ${input.catalog.root}`,
    '',
    `${s.error + s.warning + s.info === 0 ? '✅' : s.error > 0 ? '❌' : '⚠️'} ${t.summary(s.error, s.warning, s.info, s.files)}`,
    '',
  ];
  if (rows.size > 0) {
    out.push(vi ? '| Quy tắc | Lỗi | Cảnh báo | Thông tin |' : '| Rule | Errors | Warnings | Info |', '|---|---:|---:|---:|');
    for (const [rule, r] of [...rows].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning || (a[0] < b[0] ? -1 : 1))) {
      out.push(`| \`${rule}\` | ${r.error} | ${r.warning} | ${r.info} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
