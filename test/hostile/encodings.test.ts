/** Files in legacy Vietnamese encodings, binary junk, NUL bytes, BOM + CRLF, NFD text. */
import { describe, expect, it } from 'vitest';
import { AGENCIES, PROCEDURE } from '../fixtures/hostile/generate.js';
import { catalogWithFixture, expectNoCrash, findingsOf, validateJson } from './helpers.js';

describe('legacy encodings are detected and named', () => {
  it.each([
    ['tcvn3.yaml', 'TCVN3', 'TCVN3 (ABC)'],
    ['vni.yaml', 'VNI', 'VNI-Windows'],
    ['cp1258.yaml', 'Windows-1258', 'Windows-1258 (CP1258)'],
  ])('%s → %s', async (fixture, encoding, shown) => {
    const r = await validateJson(catalogWithFixture(fixture));
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const [f, ...rest] = findingsOf(r, 'schema/encoding', AGENCIES);
    expect(rest).toEqual([]);
    expect(f?.data).toMatchObject({ encoding });
    expect(Number(f?.data?.confidence)).toBeGreaterThanOrEqual(90);
    expect(f?.message).toContain(shown);
    // The first legacy byte is in "Sở" on line 5.
    expect([f?.line, f?.column]).toEqual([5, 12]);
  });

  it('random binary bytes named .yaml: a binary file, one finding', async () => {
    const r = await validateJson(catalogWithFixture('random.bin.yaml'));
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(findingsOf(r, 'schema/encoding', AGENCIES).map((f) => f.data?.encoding ?? null)).toEqual([null]);
  });
});

describe('text that is UTF-8 but still hostile', () => {
  it('a NUL byte: where it is', async () => {
    const r = await validateJson(catalogWithFixture('nul.yaml'));
    const [f] = findingsOf(r, 'schema/encoding', AGENCIES);
    expect(r.code).toBe(1);
    expect(f).toMatchObject({ line: 5, column: 16, data: { char: 'U+0000' } });
  });

  it('BOM and CRLF: positions still right', async () => {
    const r = await validateJson(catalogWithFixture('bom-crlf.yaml'));
    expect(r.code).toBe(1);
    const [f] = findingsOf(r, 'schema/invalid', PROCEDURE);
    expect(f).toMatchObject({ line: 5, column: 9, data: { value: 'activ' } });
  });

  it('NFD text is reported as not NFC, at the node', async () => {
    const r = await validateJson(catalogWithFixture('nfd.yaml'));
    expect(r.code).toBe(0);
    expect(findingsOf(r, 'schema/not-nfc', PROCEDURE).map((f) => [f.line, f.column, f.data?.count])).toEqual([[4, 7, 1]]);
  });

  it('mixed normalisation counts every non-NFC string and points at the first', async () => {
    const r = await validateJson(catalogWithFixture('mixed-nf.yaml'));
    expect(findingsOf(r, 'schema/not-nfc', PROCEDURE).map((f) => [f.line, f.data?.count])).toEqual([[7, 2]]);
  });
});
