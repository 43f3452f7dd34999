/** Legacy-encoding detection and the structure scan, on their own. */
import { describe, expect, it } from 'vitest';
import { decode, decodeLegacy, guessLegacy } from '../../src/catalog/decode.js';
import { checkStructure } from '../../src/catalog/limits.js';
import { isVietnameseSyllable } from '../../src/text/syllable.js';
import { EXAMPLE_BASE } from '../../src/rules/examples.js';
import { encodeLegacy } from '../fixtures/hostile/generate.js';

const TEXT = 'Thủ tục đăng ký khai sinh tại Ủy ban nhân dân phường Hàm Rồng; Giấy chứng nhận quyền sử dụng đất; người yêu cầu nộp hồ sơ';

describe('legacy encodings', () => {
  it.each(['TCVN3', 'VNI', 'Windows-1258'] as const)('%s: named with full confidence, and decodes back', (encoding) => {
    const bytes = encodeLegacy(TEXT, encoding);
    expect(guessLegacy(bytes)).toEqual({ encoding, confidence: 1 });
    expect(decodeLegacy(bytes, encoding)).toBe(TEXT);
  });

  it('a single short name is enough', () => {
    expect(guessLegacy(encodeLegacy('name: Sở Tư pháp', 'VNI'))?.encoding).toBe('VNI');
  });

  it('Latin-1 French and random bytes fit nothing', () => {
    expect(guessLegacy(Uint8Array.from(Buffer.from('Le café près de la forêt, déjà vu', 'latin1')))).toBeUndefined();
    expect(decode(Uint8Array.from([0x61, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x80]))).toMatchObject({ ok: false, binary: true, guess: undefined });
  });

  it('UTF-16 by its byte-order mark', () => {
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false, guess: { encoding: 'UTF-16' } });
  });

  it('syllables', () => {
    for (const w of ['nghiêng', 'khuya', 'người', 'quốc', 'giữa', 'xoong', 'oanh', 'thuở', 'Ủy']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['ph¸p', 'thaùng', 'café', 'tiếngg', 'ảá']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe('checkStructure', () => {
  const limits = { maxDepth: 100, maxAliasCount: 100 };
  it('passes every example file', () => {
    for (const text of Object.values(EXAMPLE_BASE)) expect(checkStructure(text, { maxDepth: 6, maxAliasCount: 0 })).toBeUndefined();
  });

  it('ignores brackets in plain scalars, quotes, comments and block scalars', () => {
    const text = 'a: x [y\nb: "[[[[[["\nc: \'{{{\'\'{{\'\nd: 1 # [[[[[[\ne: |\n  [[[[[[[[[\n    {{{{{{{{\nf: [1, [2]]\n';
    expect(checkStructure(text, { maxDepth: 3, maxAliasCount: 0 })).toBeUndefined();
  });

  it('counts aliases after anchors and tags', () => {
    expect(checkStructure('a: &x [1]\nb: !!seq [*x, *x]\n', { maxDepth: 10, maxAliasCount: 1 })).toMatchObject({ problem: 'alias-limit', offset: 24 });
  });

  it('is linear: 16 MB of plain text in a few seconds at most', () => {
    const started = Date.now();
    expect(checkStructure(`x: ${'chữ '.repeat(4_000_000)}`, limits)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
