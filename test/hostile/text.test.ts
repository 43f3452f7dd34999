/** Copy-paste from Word, PDF and Excel: invisible characters, numbers for text, dates, tabs. */
import { describe, expect, it } from 'vitest';
import { AGENCIES, PROCEDURE } from '../fixtures/hostile/generate.js';
import { catalogWithFixture, expectNoCrash, findingsOf, validateJson } from './helpers.js';

describe('invisible characters in codes and ids', () => {
  it.each([
    ['zero-width-code.yaml', PROCEDURE, 3, 7, 'U+200B ZERO WIDTH SPACE', 9],
    ['bom-inside-id.yaml', PROCEDURE, 18, 11, 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)', 11],
    ['nbsp-id.yaml', AGENCIES, 13, 9, 'U+00A0 NO-BREAK SPACE', 16],
  ])('%s', async (fixture, file, line, column, char, position) => {
    const r = await validateJson(catalogWithFixture(fixture));
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const found = findingsOf(r, 'schema/invalid', file).filter((f) => f.message.startsWith('Mã có ký tự vô hình'));
    expect(found.map((f) => [f.line, f.column, f.data?.char, f.data?.position])).toEqual([[line, column, char, position]]);
    expect(found[0]?.message).toContain(`<${char.slice(0, 6)}>`);
  });
});

describe('numbers where text belongs and the reverse', () => {
  it('code: 1.001193 unquoted is read as a number, and the message says so', async () => {
    const r = await validateJson(catalogWithFixture('code-number.yaml'));
    const [f] = findingsOf(r, 'schema/invalid', PROCEDURE);
    expect(r.code).toBe(1);
    expect(f).toMatchObject({ line: 3, column: 7 });
    expect(f?.message).toContain('bị YAML đọc thành số');
    expect(f?.message).toContain('"1.001193"');
  });

  it('name: 123', async () => {
    const r = await validateJson(catalogWithFixture('name-number.yaml'));
    const [f] = findingsOf(r, 'schema/invalid', PROCEDURE);
    expect(f).toMatchObject({ line: 4, column: 7 });
    expect(f?.message).toBe('Trường "name" phải là chuỗi ký tự, không phải số (123)');
  });

  it('fee: "20000" quoted', async () => {
    const r = await validateJson(catalogWithFixture('fee-string.yaml'));
    const [f] = findingsOf(r, 'schema/invalid', PROCEDURE);
    expect(f?.line).toBe(14);
    expect(f?.message).toContain('phải là số, không phải chuỗi ký tự');
  });
});

describe('dates in other formats', () => {
  it('01/11/2026, 2026/11/01 and 1-11-2026 get the expected format and their ISO form', async () => {
    const r = await validateJson(catalogWithFixture('dates.yaml'));
    const found = findingsOf(r, 'schema/invalid', 'legal.yaml');
    expect(found.map((f) => [f.line, f.data?.value, f.data?.suggestion])).toEqual([
      [7, '20/11/2014', '2014-11-20'],
      [8, '2016/01/01', '2016-01-01'],
      [16, '29-11-2019', '2019-11-29'],
    ]);
    expect(found[0]?.message).toContain('YYYY-MM-DD');
    expect(found[0]?.message).toContain('2014-11-20');
  });
});

describe('layout', () => {
  it('tabs for indentation: a syntax finding that names the tab', async () => {
    const r = await validateJson(catalogWithFixture('tabs.yaml'));
    const found = findingsOf(r, 'schema/yaml-syntax', AGENCIES);
    expect(r.code).toBe(1);
    expect(found[0]).toMatchObject({ line: 5, column: 1 });
    expect(found[0]?.message).toContain('Tab');
  });

  it('a 5,000-character line: the right column, a short message', async () => {
    const r = await validateJson(catalogWithFixture('long-line.yaml'));
    const found = findingsOf(r, 'schema/invalid', PROCEDURE);
    expect(found.map((f) => [f.line, f.column])).toEqual([[5, 9]]);
    expect(found[0]?.message.length).toBeLessThan(300);
  });

  it.each([['empty.yaml', 'procedures/empty.yaml'], ['comments-only.yaml', 'procedures/comments.yaml']])('%s: one finding, exit 1', async (fixture, file) => {
    const r = await validateJson(catalogWithFixture(fixture));
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['1:1 schema/unknown-kind']);
  });
});
