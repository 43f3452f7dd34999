import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseWith, bytes, hits, type Hit } from '../../helpers/rules.js';

const RULE = 'schema/encoding';
const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-8 of `text` with its one NUL character replaced by the raw byte `b`. */
const withByte = (text: string, b: number) => utf8(text).map((x) => (x === 0 ? b : x));
/**
 * An agency list typed in a legacy encoding: "Sở Tư pháp" (line 5, column 11) as legacy
 * bytes, the rest ASCII, as a file saved whole in that encoding would be.
 */
const agencies = (latin1: string) => bytes(`apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n    name: ${latin1}\n    level: province\n`);

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'Windows-1258 (ơ then a separate hook-above byte)',
      // S ơ(0xF5) hook(0xD2) · T ư(0xFD) · p h á(0xE1) p
      { 'agencies.yaml': agencies('S\u00f5\u00d2 T\u00fd ph\u00e1p') },
      [at(RULE, 'agencies.yaml', 5, 12, { offset: 77, byte: '0xF5', encoding: 'Windows-1258', confidence: 100 })],
    ],
    [
      'TCVN3 / ABC (one byte per toned letter)',
      // S ở(0xEB) · T ư(0xAD) · p h á(0xB8) p, as iconv's "tcvn" writes them
      { 'agencies.yaml': agencies('S\u00eb T\u00ad ph\u00b8p') },
      [at(RULE, 'agencies.yaml', 5, 12, { offset: 77, byte: '0xEB', encoding: 'TCVN3', confidence: 100 })],
    ],
    [
      'UTF-16 with its byte-order mark',
      { 'agencies.yaml': Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]) },
      [at(RULE, 'agencies.yaml', 1, 1, { offset: 0, byte: '0xFF', encoding: 'UTF-16', confidence: 100 })],
    ],
    [
      'a stray invalid byte with no legacy fingerprint',
      // UTF-8 text with one 0xFF byte in the phone number: "0237 3852 364" → "0237<FF>3852 364".
      { 'agencies.yaml': withByte(baseWith('agencies.yaml', { '0237 3852 364': '0237\u00003852 364' }), 0xff) },
      [at(RULE, 'agencies.yaml', 7, 28, { offset: 138, byte: '0xFF', encoding: null, confidence: 0 })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it('words UTF-16 as a Unicode encoding, not a legacy code page', async () => {
    const { findingsFor } = await import('../../helpers/catalog.js');
    const overlay = { 'agencies.yaml': Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]) };
    const [vi] = await findingsFor(overlay, [RULE], 'vi');
    expect(vi?.message).toBe('Tệp được lưu bằng UTF-16 (dấu BOM ở đầu tệp), một dạng mã hóa Unicode khác; tệp danh mục phải là UTF-8: mở bằng trình soạn thảo và lưu lại với bảng mã UTF-8, hoặc iconv -f UTF-16 -t UTF-8');
    const [en] = await findingsFor(overlay, [RULE], 'en');
    expect(en?.message).not.toContain('legacy');
  });

  it('words the legacy guess and the conversion in the message', async () => {
    const { findingsFor } = await import('../../helpers/catalog.js');
    const [f] = await findingsFor({ 'agencies.yaml': agencies('S\u00f5\u00d2 T\u00fd ph\u00e1p') }, [RULE], 'en');
    expect(f?.message).toBe("The file is not UTF-8 and looks like legacy Windows-1258 (CP1258) (confidence 100%; byte 0xF5 at offset 77); convert it to UTF-8: iconv -f CP1258 -t UTF-8");
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['UTF-8 with a BOM', { 'agencies.yaml': utf8(`\ufeff${baseWith('agencies.yaml', {})}`) }],
    ['UTF-8 with 4-byte characters', { 'agencies.yaml': utf8(baseWith('agencies.yaml', { 'Sở Tư pháp': 'Sở Tư pháp 𠀀' })) }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
