import { describe, expect, it } from 'vitest';
import { fold, foldAscii, foldDocumentName } from '../../src/text/fold.js';
import { closest, levenshtein, similarity, typoDistance } from '../../src/text/similarity.js';

describe('fold', () => {
  it.each([
    ['NFD and NFC', 'Sở Tư pháp'.normalize('NFD'), 'Sở Tư pháp'],
    ['old and new tone placement (hoà/hòa)', 'Thanh Hoà', 'Thanh Hòa'],
    ['oá/óa', 'Hoá', 'Hóa'],
    ['uỷ/ủy', 'Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['thuỷ/thủy', 'Thuỷ lợi', 'Thủy lợi'],
    ['NFD with old placement', 'Thanh Hoà'.normalize('NFD'), 'Thanh Hòa'],
    ['case', 'SỞ TƯ PHÁP', 'sở tư pháp'],
    ['punctuation and runs of spaces', '  Sở  Tư-pháp, (tỉnh)  ', 'Sở Tư pháp tỉnh'],
    ['tabs and newlines', 'Giấy\tkhai\nsinh', 'Giấy khai sinh'],
  ])('treats %s alike', (_name, a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it.each([
    ['different tones', 'má', 'mà'],
    ['a tone and none', 'ma', 'mạ'],
    ['horn and none', 'Tư', 'Tu'],
    ['đ and d', 'đăng', 'dăng'],
    ['word boundaries', 'khai sinh', 'khaisinh'],
  ])('keeps %s apart', (_name, a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  it('returns NFC, lower case, single-spaced text', () => {
    const out = fold('  GIẤY   CHỨNG SINH ');
    expect(out).toBe(out.normalize('NFC'));
    expect(out).toBe(out.toLowerCase());
    expect(out.split(' ')).toHaveLength(3);
    expect(fold('Giấy chứng sinh')).toBe(out);
  });

  it('leaves ASCII words as they are, lower-cased', () => {
    expect(fold('CCCD / Hộ-chiếu')).toBe(`cccd ${fold('hộ chiếu')}`);
    expect(fold('Mẫu 01/2025/LLTP')).toBe(`${fold('mẫu')} 01 2025 lltp`);
  });
});

describe('foldAscii', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['Sở Tư pháp'.normalize('NFD'), 'so tu phap'],
    ['Ủy ban nhân dân tỉnh Thanh Hoá', 'uy ban nhan dan tinh thanh hoa'],
    ['THỦ TỤC: Cấp bản sao', 'thu tuc cap ban sao'],
  ])('%j → %j', (input, expected) => {
    expect(foldAscii(input)).toBe(expected);
  });
});

describe('foldDocumentName', () => {
  const base = foldDocumentName('Giấy khai sinh');
  it.each([
    'Giấy khai sinh (bản chính)',
    'Giấy khai sinh [bản sao]',
    'Bản sao có chứng thực Giấy khai sinh',
    'Bản sao chứng thực giấy khai sinh',
    'Bản sao y Giấy khai sinh',
    'Bản sao Giấy khai sinh (kèm bản chính để đối chiếu)',
    'Bản chính Giấy khai sinh',
    'Bản photo giấy khai sinh',
    '01 bản sao Giấy khai sinh',
    'Bản sao của Giấy khai sinh',
    'Giấy khai sinh'.normalize('NFD'),
    'GIẤY KHAI SINH.',
  ])('%j names the same document as "Giấy khai sinh"', (name) => {
    expect(foldDocumentName(name)).toBe(base);
  });

  it.each([
    ['Giấy chứng sinh', 'a different document'],
    ['Tờ khai đăng ký khai sinh', 'a document whose name merely contains it'],
    ['Sao kê tài khoản', 'a name that starts like "sao"'],
  ])('%j is not "Giấy khai sinh" (%s)', (name) => {
    expect(foldDocumentName(name)).not.toBe(base);
  });

  it('keeps a document whose whole name is a copy word', () => {
    expect(foldDocumentName('Bản chính')).toBe(fold('Bản chính'));
  });
});

describe('similarity and closest', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['hòa', 'hoà', 2],
    ['Sở', 'So', 1],
  ])('levenshtein(%j, %j) = %i (code points)', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
  });

  it('counts a swap of neighbours as one typo', () => {
    expect(typoDistance('levle', 'level')).toBe(1);
    expect(levenshtein('levle', 'level')).toBe(2);
    expect(typoDistance('abc', 'abc')).toBe(0);
    expect(typoDistance('', 'ab')).toBe(2);
  });

  it.each([
    ['abc', 'abc', 1],
    ['', '', 1],
    ['abc', 'abd', 2 / 3],
    ['abcd', 'wxyz', 0],
  ])('similarity(%j, %j) = %d', (a, b, s) => {
    expect(similarity(a, b)).toBeCloseTo(s, 10);
  });

  it('is symmetric and bounded on real names', () => {
    const a = fold('Giấy chứng nhận quyền sử dụng đất');
    const b = fold('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở');
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(a, b)).toBeGreaterThan(0.5);
    expect(similarity(a, b)).toBeLessThan(1);
  });

  const KEYS = ['sector', 'level', 'levels', 'legal_basis', 'optional', 'online_level'];
  it.each([
    ['secotr', 'sector'],
    ['levle', 'level'],
    ['optinal', 'optional'],
    ['legal_bases', 'legal_basis'],
    ['Sector', 'sector'],
    ['sector', undefined],
    ['x', undefined],
    ['procedures', undefined],
  ])('closest(%j) = %j', (word, expected) => {
    expect(closest(word, KEYS)).toBe(expected);
  });

  it('returns nothing among no candidates', () => {
    expect(closest('sector', [])).toBeUndefined();
  });
});
