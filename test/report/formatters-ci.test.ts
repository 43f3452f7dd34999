/** The CI formatters: GitHub workflow commands and JUnit XML. */
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import type { Finding } from '../../src/rules/report.js';
import { CHECKED, FINDINGS, input, many } from '../helpers/format.js';

const { github, junit } = FORMATTERS;
const [KEY, WORDING, REPEALED] = FINDINGS as [Finding, Finding, Finding];

describe('github', () => {
  it('prints one workflow command per finding', () => {
    expect(github(input()).text.split('\n')).toEqual([
      '::error file=catalog/agencies.yaml,line=8,col=1,endLine=8,endColumn=7,title=schema/invalid::Unknown key "secotr" (did you mean "sector"?)',
      '::warning file=catalog/agencies.yaml,line=19,col=11,endLine=19,endColumn=32,title=legal/outdated-wording::Text still names an abolished unit: "UBND thị trấn Bút Sơn, 100%25 hồ sơ: tại huyện"',
      `::error file=catalog/procedures/ho-tich/1.001193.yaml,line=22,col=12,endLine=22,endColumn=29,title=legal/repealed-basis::${REPEALED.message}`,
      '',
    ]);
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const f: Finding = { ...KEY, file: 'a,b:c%.yaml', message: 'dòng 1\r\ndòng 2: 50%, xong' };
    expect(github(input({ findings: [f], pathPrefix: '' })).text).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=8,col=1,endLine=8,endColumn=7,title=schema/invalid::dòng 1%0D%0Adòng 2: 50%25, xong\n',
    );
  });

  it('shows other control characters of the message as escapes, and a tab as a space', () => {
    const f: Finding = { ...KEY, message: 'chuông\u0007 \u001b[2Jxóa\u009b\tcột\r\nhết\u0000' };
    expect(github(input({ findings: [f] })).text).toBe(
      '::error file=catalog/agencies.yaml,line=8,col=1,endLine=8,endColumn=7,title=schema/invalid::chuông\\u0007 \\u001b[2Jxóa\\u009b cột%0D%0Ahết\\u0000\n',
    );
  });

  it('maps info to notice', () => {
    expect(github(input({ findings: [{ ...KEY, severity: 'info' }] })).text).toMatch(/^::notice file=/);
  });

  it('shows at most 10 per rule and severity, then one line with how many more', () => {
    const errors = many(13, KEY);
    const warnings = many(3, { ...KEY, severity: 'warning' });
    const lines = github(input({ findings: [...errors, ...warnings] })).text.trimEnd().split('\n');
    expect(lines).toHaveLength(10 + 1 + 3);
    expect(lines.filter((l) => l.startsWith('::error file='))).toHaveLength(10);
    expect(lines[10]).toBe('::error title=schema/invalid::3 more error findings of schema/invalid not shown (see --format json or SARIF)');
    expect(lines.filter((l) => l.startsWith('::warning file='))).toHaveLength(3);
  });

  it('says how many more in Vietnamese too, and not at all at exactly 10', () => {
    const vi = github(input({ findings: many(11, KEY), locale: 'vi' })).text.trimEnd().split('\n');
    expect(vi.at(-1)).toBe('::error title=schema/invalid::Còn 1 phát hiện lỗi khác của quy tắc schema/invalid không hiển thị (xem --format json hoặc SARIF)');
    expect(github(input({ findings: many(10, KEY) })).text.trimEnd().split('\n')).toHaveLength(10);
  });

  it('writes a Markdown step summary with a table by rule', () => {
    expect(github(input()).stepSummary).toBe(
      [
        '### tthc — catalog',
        '',
        '❌ 2 errors, 1 warning, 0 info in 5 files',
        '',
        '| Rule | Errors | Warnings | Info |',
        '|---|---:|---:|---:|',
        '| `legal/repealed-basis` | 1 | 0 | 0 |',
        '| `schema/invalid` | 1 | 0 | 0 |',
        '| `legal/outdated-wording` | 0 | 1 | 0 |',
        '',
        '',
      ].join('\n'),
    );
    expect(github(input({ findings: [] }))).toEqual({ text: '', stepSummary: '### tthc — catalog\n\n✅ 0 errors, 0 warnings, 0 info in 5 files\n\n' });
  });
});

/** A tiny XML reader: enough to prove the output well-formed and to walk it. */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
function parseXml(xml: string): XmlNode {
  const entity = (s: string) => {
    if (/&(?!(?:amp|lt|gt|quot|apos);)/.test(s)) throw new Error(`bare & in ${s}`);
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  };
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (body === xml) throw new Error('no XML declaration');
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\/([\w:-]+)>|<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(body)) !== null) {
    at = token.lastIndex;
    const top = stack.at(-1) as XmlNode;
    if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1] ?? ''] = entity(a[2] ?? '');
      const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
      top.children.push(node);
      if (m[4] !== '/') stack.push(node);
    } else {
      top.text += entity(m[5] ?? '');
    }
  }
  if (at !== body.length) throw new Error(`unparsable XML at ${at}: ${body.slice(at, at + 40)}`);
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name ?? ''}>`);
  const [top, ...rest] = root.children;
  if (!top || rest.length > 0) throw new Error('not exactly one root element');
  return top;
}

describe('junit', () => {
  const failing = (suite: XmlNode | undefined) => (suite?.children ?? []).filter((c) => c.children.some((x) => x.name === 'failure'));
  /** The counts of the root and of each suite agree with the testcases they hold. */
  const expectConsistent = (doc: XmlNode) => {
    for (const suite of doc.children) {
      expect(suite.attrs.tests).toBe(String(suite.children.length));
      expect(suite.attrs.failures).toBe(String(failing(suite).length));
    }
    expect(doc.attrs.tests).toBe(String(doc.children.reduce((n, s) => n + s.children.length, 0)));
    expect(doc.attrs.failures).toBe(String(doc.children.reduce((n, s) => n + failing(s).length, 0)));
  };

  it('is well-formed, with one testsuite per file checked and one failing testcase per error', () => {
    const doc = parseXml(junit(input()).text);
    expect(doc.name).toBe('testsuites');
    expect(doc.attrs).toEqual({ name: 'tthc', tests: '5', failures: '2', errors: '0' });
    expect(doc.children.map((s) => [s.name, s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      ['testsuite', 'catalog/agencies.yaml', '1', '1'],
      ['testsuite', 'catalog/catalog.yaml', '1', '0'],
      ['testsuite', 'catalog/legal.yaml', '1', '0'],
      ['testsuite', 'catalog/procedures/ho-tich/1.001193.yaml', '1', '1'],
      ['testsuite', 'catalog/procedures/ho-tich/1.001194.yaml', '1', '0'],
    ]);
    const testcase = doc.children[3]?.children[0];
    expect(testcase?.attrs).toEqual({ classname: 'catalog/procedures/ho-tich/1.001193.yaml', name: 'legal/repealed-basis 22:12', file: 'catalog/procedures/ho-tich/1.001193.yaml', line: '22' });
    const failure = testcase?.children[0];
    expect(failure?.attrs).toEqual({ message: REPEALED.message, type: 'legal/repealed-basis' });
    expect(failure?.text).toBe(`catalog/procedures/ho-tich/1.001193.yaml:22:12 error ${REPEALED.message} [1.001193]`);
    expect(doc.children[1]?.children).toEqual([
      { name: 'testcase', attrs: { classname: 'catalog/catalog.yaml', name: 'No findings at or above error', file: 'catalog/catalog.yaml' }, children: [], text: '' },
    ]);
    expectConsistent(doc);
  });

  it('counts findings at or above --fail-on; a file with only lower ones passes', () => {
    const doc = (failOn: 'error' | 'warning' | 'info') => parseXml(junit(input({ failOn })).text);
    const failed = (failOn: 'error' | 'warning' | 'info') => doc(failOn).children.flatMap((s) => failing(s).map((c) => c.attrs.name));
    expect(failed('error')).toEqual(['schema/invalid 8:1', 'legal/repealed-basis 22:12']);
    expect(failed('warning')).toEqual(['schema/invalid 8:1', 'legal/outdated-wording 19:11', 'legal/repealed-basis 22:12']);
    expect(failed('info')).toHaveLength(3);
    for (const failOn of ['error', 'warning', 'info'] as const) expectConsistent(doc(failOn));
    const onlyWarning = parseXml(junit(input({ findings: [WORDING] })).text);
    expect(onlyWarning.attrs).toEqual({ name: 'tthc', tests: '5', failures: '0', errors: '0' });
    expect(onlyWarning.children[0]?.children.map((c) => c.attrs.name)).toEqual(['No findings at or above error']);
  });

  it('passes every file with --fail-on never, errors or not, and says why', () => {
    for (const [locale, name] of [['en', 'Checked (--fail-on never: no finding fails)'], ['vi', 'Đã kiểm tra (--fail-on never: không phát hiện nào làm thất bại)']] as const) {
      const doc = parseXml(junit(input({ failOn: 'never', locale })).text);
      expect(doc.attrs).toEqual({ name: 'tthc', tests: '5', failures: '0', errors: '0' });
      expect(doc.children.map((s) => s.attrs.name)).toEqual(CHECKED.map((f) => `catalog/${f}`));
      for (const suite of doc.children) expect(suite.children.map((c) => [c.attrs.name, c.children.length])).toEqual([[name, 0]]);
      expectConsistent(doc);
    }
    const vi = parseXml(junit(input({ findings: [], locale: 'vi', failOn: 'warning' })).text);
    expect(vi.children[0]?.children[0]?.attrs.name).toBe('Không có phát hiện từ mức cảnh báo trở lên');
  });

  it('gives a suite to a file a finding names that was not among those checked (a missing catalog.yaml)', () => {
    const missing: Finding = { ...KEY, file: 'catalog.yaml', line: 1, column: 1, path: [], rule: 'ref/missing-catalog' };
    const doc = parseXml(junit(input({ findings: [missing], checkedFiles: ['agencies.yaml'] })).text);
    expect(doc.children.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      ['catalog/agencies.yaml', '1', '0'],
      ['catalog/catalog.yaml', '1', '1'],
    ]);
    expectConsistent(doc);
  });

  it('passes one testcase when there is no file at all', () => {
    const doc = parseXml(junit(input({ findings: [], checkedFiles: [] })).text);
    expect(doc.attrs).toEqual({ name: 'tthc', tests: '1', failures: '0', errors: '0' });
    expect(doc.children[0]?.children[0]?.attrs).toEqual({ classname: 'tthc', name: 'Catalog is valid' });
  });

  it('escapes markup, and shows control and bidi characters as escapes (XML 1.0 cannot carry some at all)', () => {
    const f: Finding = { ...KEY, message: 'Tên <b>"Sở" & \'Phòng\'</b>\u0001 hết\u202e', agency: 'a&b' };
    const failure = parseXml(junit(input({ findings: [f] })).text).children[0]?.children[0]?.children[0];
    expect(failure?.attrs.message).toBe('Tên <b>"Sở" & \'Phòng\'</b>\\u0001 hết\\u202e');
    expect(failure?.text).toBe('catalog/agencies.yaml:8:1 error Tên <b>"Sở" & \'Phòng\'</b>\\u0001 hết\\u202e [a&b]');
  });

  it('rejects malformed XML (the reader is strict)', () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a/>')).toThrow();
  });
});

describe('sarif message text', () => {
  it('shows bidi overrides and control characters as escapes, keeping line breaks', () => {
    const f: Finding = { ...(FINDINGS[0] as Finding), message: 'Phí \u202e000.02\u202c đồng\u0007\ndòng hai' };
    const log = JSON.parse(FORMATTERS.sarif(input({ findings: [f] })).text) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0]?.results[0]?.message.text).toBe('Phí \\u202e000.02\\u202c đồng\\u0007\ndòng hai');
  });
});
