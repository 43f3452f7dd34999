/** `tthc validate` and `tthc rules` run in-process with an in-memory io: exit codes and golden output. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BASE, exampleCatalog, procedureWith } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/registry.js';
import type { ExampleFiles } from '../../src/rules/rule.js';
import { runCli, tempCatalog, tempTree } from '../helpers/cli.js';

const P = 'procedures/ho-tich/1.001193.yaml';
/** A temp directory with the example catalog (plus overlay) in its `catalog/` folder; returns the parent. */
const project = (overlay: ExampleFiles = {}) => tempTree(Object.fromEntries(Object.entries(exampleCatalog(overlay)).map(([k, v]) => [`catalog/${k}`, v])));

const WARNINGS: ExampleFiles = {
  [P]: procedureWith({
    '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 500 }',
    '  - { ref: luat-ho-tich-2014, article: Điều 16 }\n': '  - { ref: luat-ho-tich-2014, article: Điều 16 }\n  - { ref: tt-85-2019 }\n',
  }),
  'agencies.yaml': `${EXAMPLE_BASE['agencies.yaml'] ?? ''}  - id: ubnd-thi-tran-but-son\n    name: UBND thị trấn Bút Sơn\n    level: commune\n`,
};
const ERRORS: ExampleFiles = {
  ...WARNINGS,
  'procedures/ho-tich/1.000656.yaml': procedureWith({ 'code: "1.001193"': 'code: "1.000656"', 'sector: Hộ tịch': 'sector: Hộ tịch\nsecotr: Hộ tịch' }),
};

describe('tthc validate: exit codes and golden output', () => {
  it('exits 0 on a clean catalog, found in ./catalog', async () => {
    const r = await runCli(['validate'], { cwd: project() });
    expect(r).toEqual({ code: 0, stdout: '✔ Không có phát hiện nào (5 tệp)\n', stderr: '' });
  });

  it('exits 1 with errors and prints them grouped by file (Vietnamese, from catalog.yaml)', async () => {
    const r = await runCli(['validate'], { cwd: project(ERRORS) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'catalog/agencies.yaml',
        '  19:11   cảnh báo  Văn bản còn nhắc tới đơn vị đã bãi bỏ: "UBND thị trấn Bút',
        '                    Sơn"',
        '                    legal/outdated-wording',
        '',
        'catalog/procedures/ho-tich/1.000656.yaml',
        '  8:1     lỗi       Khóa không có trong định dạng: "secotr" (có phải ý là',
        '                    "sector"?)',
        '                    schema/invalid',
        '',
        'catalog/procedures/ho-tich/1.001193.yaml',
        '  13:69   cảnh báo  Mức phí 500 đồng bất thường; có phải 500.000 đồng?',
        '                    legal/suspicious-fee',
        '',
        '✖ 1 lỗi, 2 cảnh báo, 0 thông tin trong 6 tệp',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, string[], ExampleFiles, number]>([
    ['warnings only, default --fail-on error', [], WARNINGS, 0],
    ['warnings only, --fail-on warning', ['--fail-on', 'warning'], WARNINGS, 1],
    ['warnings only, --fail-on info', ['--fail-on', 'info'], WARNINGS, 1],
    ['errors, --fail-on never', ['--fail-on', 'never'], ERRORS, 0],
    ['clean, --fail-on info', ['--fail-on', 'info'], {}, 0],
  ])('%s → exit %i', async (_name, args, overlay, code) => {
    const r = await runCli(['validate', ...args], { cwd: project(overlay) });
    expect(r.code).toBe(code);
  });

  it('takes a directory argument and shows paths relative to the working directory', async () => {
    const cwd = project(ERRORS);
    const r = await runCli(['validate', 'catalog', '-f', 'json'], { cwd: join(cwd) });
    const out = JSON.parse(r.stdout) as { catalog: { root: string }; findings: { file: string }[] };
    expect(out.catalog.root).toBe('catalog');
    expect(out.findings.map((f) => f.file)).toEqual(['agencies.yaml', 'procedures/ho-tich/1.000656.yaml', P]);
  });

  it('checks catalog files without a catalog.yaml and reports ref/missing-catalog', async () => {
    const r = await runCli(['validate', '-f', 'json', '--lang', 'en'], { cwd: project({ 'catalog.yaml': null }) });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { rule: string; file: string }[] }).findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['catalog.yaml ref/missing-catalog']);
  });
});

describe('tthc validate: usage errors exit 2 with one line', () => {
  const clean = tempCatalog();
  const cases: [string, string[], RegExp][] = [
    ['a missing directory', ['validate', join(clean, 'khong-co')], /^tthc: Không tìm thấy thư mục danh mục ".*khong-co"$/],
    ['a file given instead of a directory', ['validate', join(clean, 'catalog.yaml')], /^tthc: ".*catalog\.yaml" không phải là thư mục$/],
    ['an empty directory', ['validate', mkdtempSync(join(tmpdir(), 'tthc-empty-'))], /^tthc: Thư mục ".*" không có tệp danh mục nào \(\*\.yaml\); chạy "tthc init .*" để tạo danh mục mới$/],
    ['a directory with no YAML files', ['validate', tempTree({ 'README.md': '# x\n' })], /không có tệp danh mục nào/],
    ['a bad --format', ['validate', clean, '--format', 'xml'], /^lỗi: giá trị "xml" của tùy chọn -f, --format <format> không hợp lệ; chọn một trong: stylish, json, sarif, github, junit$/],
    ['an unknown --rule, with a suggestion', ['validate', clean, '--rule', 'legal/no-bases'], /^tthc: Không có quy tắc "legal\/no-bases" \(có phải ý là "legal\/no-basis"\?\); xem "tthc rules"$/],
    ['an unknown --rule in English', ['validate', clean, '--rule', 'x/y', '--lang', 'en'], /^tthc: No rule "x\/y"; see "tthc rules"$/],
    ['a bad --fail-on', ['validate', clean, '--fail-on', 'all'], /^lỗi: giá trị "all" của tùy chọn --fail-on <severity> không hợp lệ/],
    ['an unknown command', ['valdate', clean], /^lỗi: không có lệnh "valdate"/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tthc validate: formats and options', () => {
  const dir = project(ERRORS);
  const key = (file: string, line: number, column: number, rule: string) => `${file}:${line}:${column} ${rule}`;
  const EXPECTED = [
    key('catalog/agencies.yaml', 19, 11, 'legal/outdated-wording'),
    key('catalog/procedures/ho-tich/1.000656.yaml', 8, 1, 'schema/invalid'),
    key(`catalog/${P}`, 13, 69, 'legal/suspicious-fee'),
  ];

  it('carries the same findings in json, sarif, github and junit', async () => {
    const run = async (format: string, failOn = 'error') => (await runCli(['validate', '-f', format, '--fail-on', failOn], { cwd: dir })).stdout;
    const json = JSON.parse(await run('json')) as { findings: { file: string; line: number; column: number; rule: string }[] };
    expect(json.findings.map((f) => key(`catalog/${f.file}`, f.line, f.column, f.rule))).toEqual(EXPECTED);

    type Sarif = { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const sarif = JSON.parse(await run('sarif')) as Sarif;
    expect(sarif.runs[0]?.results.map((r) => {
      const loc = r.locations[0]?.physicalLocation;
      return key(loc?.artifactLocation.uri ?? '', loc?.region.startLine ?? 0, loc?.region.startColumn ?? 0, r.ruleId);
    })).toEqual(EXPECTED);

    const github = (await run('github')).trimEnd().split('\n').map((l) => {
      const m = /file=([^,]+),line=(\d+),col=(\d+),.*title=([^:]+)::/.exec(l);
      return key(m?.[1] ?? '', Number(m?.[2]), Number(m?.[3]), m?.[4] ?? '');
    });
    expect(github).toEqual(EXPECTED);

    const junit = [...(await run('junit', 'info')).matchAll(/<testcase classname="([^"]+)" name="([^ ]+) (\d+):(\d+)"/g)].map((m) => key(m[1] ?? '', Number(m[3]), Number(m[4]), m[2] ?? ''));
    expect(junit).toEqual(EXPECTED);
  });

  it('junit: one testsuite per catalog file checked, failing only at or above --fail-on', async () => {
    const run = async (...args: string[]) => (await runCli(['validate', '-f', 'junit', ...args], { cwd: dir })).stdout;
    const suites = (xml: string) => [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    const files = ['agencies.yaml', 'catalog.yaml', 'datasources.yaml', 'legal.yaml', 'procedures/ho-tich/1.000656.yaml', P].map((f) => `catalog/${f}`);
    const never = await run('--fail-on', 'never');
    expect(suites(never)).toEqual(files.map((f) => [f, 1, 0]));
    expect(never).toContain('<testsuites name="tthc" tests="6" failures="0" errors="0">');
    const errors = await run();
    expect(suites(errors)).toEqual(files.map((f) => [f, 1, f.endsWith('1.000656.yaml') ? 1 : 0]));
    expect(errors).toContain('<testsuites name="tthc" tests="6" failures="1" errors="0">');
    expect(suites(await run('--fail-on', 'warning'))).toEqual(files.map((f) => [f, 1, f.endsWith('agencies.yaml') || f.endsWith('.000656.yaml') || f.endsWith(P) ? 1 : 0]));
  });

  it('words messages in English with --lang en', async () => {
    const r = await runCli(['validate', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain('13:69   warning   A fee of 500 VND is implausible; is it 500,000 VND?');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 2 warnings, 0 info in 6 files');
  });

  it('prints only the summary with -q', async () => {
    expect(await runCli(['validate', '-q'], { cwd: dir })).toEqual({ code: 1, stdout: '✖ 1 lỗi, 2 cảnh báo, 0 thông tin trong 6 tệp\n', stderr: '' });
  });

  it('runs only the rules given with --rule', async () => {
    const r = await runCli(['validate', '-f', 'json', '--rule', 'legal/suspicious-fee', '--rule', 'schema/invalid'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['schema/invalid', 'legal/suspicious-fee']);
  });

  it('writes to a file with -o, the same text it would print, and nothing to stdout', async () => {
    const printed = await runCli(['validate', '-f', 'json'], { cwd: dir });
    const r = await runCli(['validate', '-f', 'json', '-o', 'out/ket-qua.json'], { cwd: dir });
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out', 'ket-qua.json'), 'utf8')).toBe(printed.stdout);
  });

  it('appends the step summary to $GITHUB_STEP_SUMMARY with --format github', async () => {
    const summary = join(dir, 'step-summary.md');
    writeFileSync(summary, 'trước\n');
    await runCli(['validate', '-f', 'github', '--lang', 'en'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('trước\n### tthc — catalog\n\n❌ 1 error, 2 warnings, 0 info in 6 files\n')).toBe(true);
    expect(text).toContain('| `schema/invalid` | 1 | 0 | 0 |');
  });
});

describe('tthc rules, --help, --version', () => {
  it('lists every rule with the count', async () => {
    const r = await runCli(['rules', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(`  ${rule.id}  `);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${RULES.length} rules. Details: tthc rules <id>`);
  });

  it('shows one rule\'s page with its examples run live', async () => {
    const r = await runCli(['rules', 'legal/suspicious-fee', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('legal/suspicious-fee — A fee between 1 and 999 VND (a lost "000")');
    expect(r.stdout).toContain('    procedures/ho-tich/1.001193.yaml:13:69  warning\n      A fee of 700 VND is implausible; is it 700,000 VND?');
    expect(r.stdout).toContain('    ✔ No findings (5 files)');
    // The setting it suggests is not the rule's default (warning).
    expect(r.stdout).toContain('rules: { legal/suspicious-fee: error }');
  });

  it('shows the files a failing example changes as they are in the example catalog, when that is the passing example', async () => {
    const r = await runCli(['rules', 'legal/no-basis', '--lang', 'en']);
    const good = r.stdout.slice(r.stdout.indexOf('Passing example:'));
    expect(good).toContain('  (the example catalog, unchanged)\n  # procedures/ho-tich/1.001193.yaml\n  apiVersion: tthc/v1');
    expect(good).toContain('    - { ref: luat-ho-tich-2014, article: Điều 16 }');
  });

  it('lays the list of rules out in 80 columns, summaries wrapped under their column', async () => {
    const r = await runCli(['rules']);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const at = lines.findIndex((l) => l.startsWith('  consistency/extra-document '));
    expect(lines[at + 1]?.trim()).not.toBe('');
    expect(lines[at + 1]?.search(/\S/)).toBe(lines[at]?.indexOf('Cơ quan'));
  });

  it('exits 2 for --rule with a rule the command does not run, naming the commands that do', async () => {
    expect(await runCli(['validate', tempCatalog(), '--rule', 'consistency/extra-document'])).toEqual({ code: 2, stdout: '', stderr: 'tthc: Lệnh "tthc validate" không chạy quy tắc consistency/extra-document; quy tắc này chạy trong "tthc check", "tthc audit"\n' });
    expect((await runCli(['review', tempCatalog(), '--rule', 'simplify/household-book', '--fail-on', 'never'])).code).toBe(0);
  });

  it('exits 2 for an unknown rule page', async () => {
    expect(await runCli(['rules', 'legal/suspicious-fees'])).toEqual({ code: 2, stdout: '', stderr: 'tthc: Không có quy tắc "legal/suspicious-fees" (có phải ý là "legal/suspicious-fee"?); xem "tthc rules"\n' });
  });

  it.each([['--help'], ['-h'], ['validate', '--help'], ['help', 'validate']])('%s exits 0 with usage on stdout', async (...argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: tthc/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('progress on stderr', () => {
  // Many small agency files: a catalog large enough to show progress.
  const big = project(Object.fromEntries(Array.from({ length: 210 }, (_, i) => [`co-quan/${String(i).padStart(3, '0')}.yaml`, `apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: co-quan-${i}\n    name: Cơ quan ${i}\n    level: commune\n`])));

  it('shows files and rules on one line and clears it when stderr is a TTY', async () => {
    const r = await runCli(['validate', '--lang', 'en'], { cwd: big, stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Reading files 215/215');
    expect(r.stderr).toMatch(/Running rules \d+\/\d+/);
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(r.stdout).toBe('✔ No findings (215 files)\n');
  });

  it('stays silent when stderr is not a TTY', async () => {
    expect((await runCli(['validate'], { cwd: big })).stderr).toBe('');
  });
});

describe('control characters in catalog text', () => {
  // A double-quoted YAML key may hold a bell and an escape sequence; the unknown-key message quotes it.
  const dir = project({ 'agencies.yaml': `${EXAMPLE_BASE['agencies.yaml'] ?? ''}    "ghi\\a\\e[2Jchu": 1\n` });

  it.each([['stylish'], ['github']])('reach %s output only as visible escapes', async (format) => {
    const r = await runCli(['validate', '-f', format, '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain('ghi\\u0007\\u001b[2Jchu');
    // eslint-disable-next-line no-control-regex -- no control character other than a line break remains
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
