/** The five formatters on a fixed input: exact text where it is short, structure where it is not. */
import { describe, expect, it } from 'vitest';
import { FORMATTERS, FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { fingerprint } from '../../src/report/formatters/sarif.js';
import { wrap } from '../../src/report/formatters/stylish.js';
import type { Finding } from '../../src/rules/report.js';
import { FINDINGS, input, P } from '../helpers/format.js';

const { stylish, json, sarif } = FORMATTERS;
// eslint-disable-next-line no-control-regex -- ANSI escapes are what is being checked
const ANSI = /\u001b\[[0-9;]*m/;

describe('stylish', () => {
  it('groups by file, wraps to 80 columns and ends with a summary line', () => {
    expect(stylish(input()).text).toBe(
      [
        'catalog/agencies.yaml',
        '  8:1     error     Unknown key "secotr" (did you mean "sector"?)',
        '                    schema/invalid',
        '  19:11   warning   Text still names an abolished unit: "UBND thị trấn Bút Sơn,',
        '                    100% hồ sơ: tại huyện"',
        '                    legal/outdated-wording',
        '',
        'catalog/procedures/ho-tich/1.001193.yaml',
        '  22:12   error     Legal basis 60/2014/QH13 was repealed on 2026-07-01;',
        '                    replaced by 85/2019/TT-BTC, which the procedure must now',
        '                    cite in its legal basis instead',
        '                    legal/repealed-basis',
        '',
        '✖ 2 errors, 1 warning, 0 info in 5 files',
        '',
      ].join('\n'),
    );
  });

  it('keeps every line within 80 columns, whatever the position width', () => {
    const long: Finding = { ...(FINDINGS[2] as Finding), line: 12345, column: 678, message: `${'Thủ tục hành chính '.repeat(12)}kết thúc` };
    const text = stylish(input({ findings: [long] })).text;
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('prints only the summary line when quiet', () => {
    expect(stylish(input({ quiet: true })).text).toBe('✖ 2 errors, 1 warning, 0 info in 5 files\n');
  });

  it('says so when there is nothing to report, in either language', () => {
    expect(stylish(input({ findings: [] })).text).toBe('✔ No findings (5 files)\n');
    expect(stylish(input({ findings: [], locale: 'vi' })).text).toBe('✔ Không có phát hiện nào (5 tệp)\n');
  });

  it('marks a warnings-only run with ⚠ and words severities in Vietnamese', () => {
    const text = stylish(input({ findings: [FINDINGS[1] as Finding], locale: 'vi' })).text;
    expect(text).toContain('  19:11   cảnh báo  ');
    expect(text.trimEnd().split('\n').at(-1)).toBe('⚠ 0 lỗi, 1 cảnh báo, 0 thông tin trong 5 tệp');
  });

  it('adds colour only when asked', () => {
    expect(stylish(input()).text).not.toMatch(ANSI);
    expect(stylish(input({ color: true })).text).toMatch(ANSI);
  });

  it('puts a command\'s appendix before the summary', () => {
    const lines = stylish(input({ quiet: true, appendix: 'Chi phí: 1.000 đồng' })).text.split('\n');
    expect(lines).toEqual(['Chi phí: 1.000 đồng', '✖ 2 errors, 1 warning, 0 info in 5 files', '']);
  });

  it('shows bidirectional overrides and line separators as escapes: they would reorder or break what is shown', () => {
    const f: Finding = { ...(FINDINGS[0] as Finding), message: 'Phí \u202e000.02\u202c đồng\u2028dòng\u2066x\u2069' };
    const text = stylish(input({ findings: [f] })).text;
    expect(text).toContain('Phí \\u202e000.02\\u202c đồng\\u2028dòng\\u2066x\\u2069');
  });

  it('shows control characters of catalog text as escapes, in messages, file names and appendices', () => {
    const f: Finding = { ...(FINDINGS[0] as Finding), file: 'a\u001b[2Jb.yaml', message: 'Tên\u0007 "\u001b[31mđỏ\u009b" và\u007f\tcột\r\ndòng' };
    const text = stylish(input({ findings: [f], appendix: 'Chi phí\u0007\tthủ tục\n2 đồng' })).text;
    // eslint-disable-next-line no-control-regex -- no control character other than a line break remains
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n')).toEqual([
      'catalog/a\\u001b[2Jb.yaml',
      '  8:1     error     Tên\\u0007 "\\u001b[31mđỏ\\u009b" và\\u007f cột dòng',
      '                    schema/invalid',
      '',
      'Chi phí\\u0007 thủ tục',
      '2 đồng',
      '✖ 1 error, 0 warnings, 0 info in 5 files',
      '',
    ]);
  });

  it('wraps greedily and lets an over-long word stand alone', () => {
    expect(wrap('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrap('ngắn https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html hết', 20)).toEqual([
      'ngắn',
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html',
      'hết',
    ]);
  });
});

describe('json', () => {
  it('has the exact shape of spec/cli.md', () => {
    const out = JSON.parse(json(input()).text) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['tool', 'catalog', 'findings', 'summary']);
    expect(out.tool).toEqual({ name: 'tthc', version: '1.0.0' });
    expect(out.catalog).toEqual({ root: 'catalog', procedures: 1, agencies: 4, implementations: 0, proposals: 0 });
    expect(out.summary).toEqual({ error: 2, warning: 1, info: 0, files: 5 });
    expect(out.findings).toEqual(FINDINGS);
    const third = (out.findings as Record<string, unknown>[])[2] ?? {};
    expect(Object.keys(third)).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'end_line', 'end_column', 'procedure', 'path', 'related', 'data']);
  });

  it('streams exactly the bytes of JSON.stringify with two spaces, findings or none, extras or not', () => {
    const many = Array.from({ length: 1234 }, (_, i) => ({ ...(FINDINGS[i % FINDINGS.length] as Finding), line: i + 1, message: `dòng ${String(i)} "trích" \\ xuống\ndòng` }));
    const cases = [
      input(),
      input({ findings: [] }),
      input({ findings: many }),
      input({ findings: many.slice(0, 500), extra: { practice: { procedures: [{ code: '1.000001', variants: [] }], never_surveyed: [] }, summary: { overridden: true }, gone: undefined } }),
    ];
    for (const c of cases) {
      const { extra, ...rest } = c;
      const expected = `${JSON.stringify({ tool: rest.tool, catalog: rest.catalog, findings: rest.findings, summary: rest.summary, ...extra }, null, 2)}\n`;
      expect(json(c).text).toBe(expected);
    }
  });

  it('gives file paths relative to the catalog root, not the working directory', () => {
    const out = JSON.parse(json(input({ pathPrefix: 'x/y/' })).text) as { findings: { file: string }[] };
    expect(out.findings.map((f) => f.file)).toEqual(['agencies.yaml', 'agencies.yaml', P]);
  });

  it('adds a command\'s extra members after the summary', () => {
    const out = JSON.parse(json(input({ extra: { costs: [] } })).text) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['tool', 'catalog', 'findings', 'summary', 'costs']);
  });

  it('is deterministic', () => {
    expect(json(input()).text).toBe(json(input()).text);
    expect(json(input()).text.endsWith('}\n')).toBe(true);
  });
});

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  relatedLocations?: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string }; properties: { tags: string[] } }[] } }; results: SarifResult[] }[];
}
const parseSarif = (text: string) => JSON.parse(text) as SarifLog;

describe('sarif', () => {
  const log = parseSarif(sarif(input()).text);
  const run = log.runs[0];

  it('is SARIF 2.1.0 with one run', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(run?.tool.driver.name).toBe('tthc');
    expect(run?.tool.driver.version).toBe('1.0.0');
  });

  it('describes the rules that ran, and results point at them by index', () => {
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(['legal/outdated-wording', 'legal/repealed-basis', 'schema/invalid']);
    expect(rules.map((r) => r.defaultConfiguration.level)).toEqual(['warning', 'error', 'error']);
    expect(rules[1]?.shortDescription.text).toBe('A legal basis that is no longer in force');
    expect(rules[1]?.help.text).toContain('tthc rules legal/repealed-basis');
    expect(rules[2]?.properties.tags).toEqual(['schema']);
    for (const r of run?.results ?? []) expect(rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
  });

  it('maps each finding to a result with its region, level and properties', () => {
    const [, warning, repealed] = run?.results ?? [];
    expect(warning?.level).toBe('warning');
    expect(warning?.properties).toEqual({ agency: 'ubnd-thi-tran-but-son' });
    expect(repealed?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: `catalog/${P}`, uriBaseId: '%SRCROOT%' }, region: { startLine: 22, startColumn: 12, endLine: 22, endColumn: 29 } } },
    ]);
    expect(repealed?.relatedLocations).toEqual([{ id: 0, physicalLocation: { artifactLocation: { uri: 'catalog/legal.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 15 } } }]);
    expect(repealed?.properties).toEqual({ procedure: '1.001193' });
    expect(run?.results[0]?.relatedLocations).toBeUndefined();
  });

  it('maps info to note', () => {
    const info: Finding = { ...(FINDINGS[0] as Finding), severity: 'info' };
    expect(parseSarif(sarif(input({ findings: [info] })).text).runs[0]?.results[0]?.level).toBe('note');
  });

  it('keeps a fingerprint when the finding\'s line moves, and changes it with the path or file', () => {
    const f = FINDINGS[2] as Finding;
    const moved = { ...f, line: f.line + 7, end_line: f.end_line + 7, column: 3 };
    expect(fingerprint(moved)).toBe(fingerprint(f));
    const sarifOf = (x: Finding) => parseSarif(sarif(input({ findings: [x] })).text).runs[0]?.results[0]?.partialFingerprints;
    expect(sarifOf(moved)).toEqual(sarifOf(f));
    expect(fingerprint({ ...f, path: ['legal_basis', 1, 'ref'] })).not.toBe(fingerprint(f));
    expect(fingerprint({ ...f, file: 'procedures/1.001194.yaml' })).not.toBe(fingerprint(f));
    expect(fingerprint({ ...f, rule: 'ref/unknown-legal' })).not.toBe(fingerprint(f));
    expect(fingerprint(f)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('tells apart findings with the same rule, file and data, and keeps each when lines are inserted above', () => {
    const unused = (file: string, line: number): Finding => ({
      rule: 'suppression/unused', severity: 'warning', message: 'The suppression of ops/late-rate silences nothing; delete this directive',
      file, line, column: 1, end_line: line, end_column: 40, data: { rule: 'ops/late-rate', origin: 'inline' },
    });
    const prints = (findings: Finding[]) => (parseSarif(sarif(input({ findings })).text).runs[0]?.results ?? []).map((r) => r.partialFingerprints['tthcFinding/v1']);
    const before = prints([unused(P, 3), unused(P, 9), unused('agencies.yaml', 2)]);
    expect(new Set(before.slice(0, 2)).size).toBe(2);
    // The first of its kind keeps the fingerprint it always had; so does one alone in its file.
    expect(before[0]).toBe(fingerprint(unused(P, 3)));
    expect(before[2]).toBe(fingerprint(unused('agencies.yaml', 2)));
    expect(prints([unused(P, 8), unused(P, 14), unused('agencies.yaml', 2)])).toEqual(before);
    // In file order whatever the order given.
    expect(prints([unused(P, 9), unused(P, 3)])).toEqual([before[1], before[0]]);
    // Findings with a path that would collide are told apart too.
    const [key] = FINDINGS as [Finding];
    const twice = prints([key, { ...key, line: 30, end_line: 30, message: 'again' }]);
    expect(twice[0]).toBe(fingerprint(key));
    expect(twice[1]).not.toBe(twice[0]);
  });

  it('encodes file names as URIs', () => {
    const f: Finding = { ...(FINDINGS[0] as Finding), file: 'thủ tục/a b.yaml' };
    const uri = parseSarif(sarif(input({ findings: [f], pathPrefix: '' })).text).runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('th%E1%BB%A7%20t%E1%BB%A5c/a%20b.yaml');
  });

  const locationOf = (file: string, pathPrefix: string) => {
    const f: Finding = { ...(FINDINGS[2] as Finding), file };
    const result = parseSarif(sarif(input({ findings: [f], pathPrefix })).text).runs[0]?.results[0];
    return [result?.locations[0]?.physicalLocation.artifactLocation, result?.relatedLocations?.[0]?.physicalLocation.artifactLocation];
  };

  it('encodes # and ? in file names, segment by segment', () => {
    expect(locationOf('procedures/2.000806 #v2?.yaml', 'catalog/')[0]).toEqual({ uri: 'catalog/procedures/2.000806%20%23v2%3F.yaml', uriBaseId: '%SRCROOT%' });
    expect(locationOf('a%20b/c;d=e&f.yaml', '')[0]).toEqual({ uri: 'a%2520b/c%3Bd%3De%26f.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('gives an absolute file: URI and no base for a catalog outside the working directory', () => {
    expect(locationOf('procedures/2.000806 #v2?.yaml', '/srv/dữ liệu/catalog/')).toEqual([
      { uri: 'file:///srv/d%E1%BB%AF%20li%E1%BB%87u/catalog/procedures/2.000806%20%23v2%3F.yaml' },
      { uri: 'file:///srv/d%E1%BB%AF%20li%E1%BB%87u/catalog/legal.yaml' },
    ]);
    expect(locationOf('a #.yaml', 'C:\\Users\\an\\catalog/')[0]).toEqual({ uri: 'file:///C:/Users/an/catalog/a%20%23.yaml' });
    expect(locationOf('a.yaml', '\\\\server\\share\\catalog/')[0]).toEqual({ uri: 'file://server/share/catalog/a.yaml' });
  });
});

it('every format is selectable by name', () => {
  expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
});
