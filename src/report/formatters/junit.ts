/**
 * `--format junit`: one testsuite per catalog file checked (and per other file a finding names,
 * such as a missing catalog.yaml), holding one failing testcase per finding at or above
 * `--fail-on`, or one passing testcase when there is none, in the JUnit XML dialect Jenkins
 * and GitLab read.
 */
import { ui } from '../../i18n/index.js';
import type { Finding } from '../../rules/report.js';
import { atOrAbove, type Formatter } from './types.js';
import { showControls } from './control.js';

function xml(s: string): string {
  // Control, bidi-override and separator characters shown as escapes, as on the terminal (CI
  // pages print this text); those XML 1.0 cannot carry at all are dropped.
  return showControls(s, '\t\n\r')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (input) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (!atOrAbove(f.severity, input.failOn)) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const files = [...new Set([...input.checkedFiles, ...byFile.keys()])].sort();
  const passed = passingName(input);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of files) {
    const path = input.pathPrefix + file;
    const findings = byFile.get(file) ?? [];
    const cases = findings.map((f) => {
      const name = `${f.rule} ${f.line}:${f.column}`;
      const body = `${path}:${f.line}:${f.column} ${f.severity} ${f.message}${f.procedure ? ` [${f.procedure}]` : ''}${f.agency ? ` [${f.agency}]` : ''}`;
      return `    <testcase classname="${xml(path)}" name="${xml(name)}" file="${xml(path)}" line="${f.line}">\n      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(body)}</failure>\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(path)}" name="${xml(passed)}" file="${xml(path)}"/>`);
    tests += cases.length;
    failures += findings.length;
    suites.push(`  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (suites.length === 0) {
    tests = 1;
    const name = input.locale === 'vi' ? 'Danh mục hợp lệ' : 'Catalog is valid';
    suites.push(`  <testsuite name="${xml(input.catalog.root)}" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="tthc" name="${xml(name)}"/>\n  </testsuite>`);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tthc" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
  return { text };
};

/** The passing testcase of a file with nothing at or above `--fail-on`. */
function passingName(input: Parameters<Formatter>[0]): string {
  const vi = input.locale === 'vi';
  if (input.failOn === 'never') return vi ? 'Đã kiểm tra (--fail-on never: không phát hiện nào làm thất bại)' : 'Checked (--fail-on never: no finding fails)';
  const level = ui(input.locale).severity[input.failOn];
  return vi ? `Không có phát hiện từ mức ${level} trở lên` : `No findings at or above ${level}`;
}
