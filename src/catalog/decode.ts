/**
 * Bytes to text. Catalog files must be UTF-8; a BOM is dropped and CRLF is left to the YAML
 * parser. Anything else is reported, with a guess at the legacy Vietnamese encoding so the
 * user knows what to convert from.
 */

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; offset: number; byte: number; guess: LegacyEncoding | undefined };

export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258' | 'UTF-16';

// ignoreBOM keeps a BOM in the text, so that it is seen (and dropped) below.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, offset: 0, byte: bytes[0], guess: 'UTF-16' };
  }
  try {
    let text = utf8.decode(bytes);
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    return { ok: true, text, bom };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, offset, byte: bytes[offset] ?? 0, guess: guessLegacy(bytes) };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return bytes.length;
}

/**
 * Which legacy encoding the bytes most likely are. Each encoding leaves a fingerprint:
 * Windows-1258 writes tone marks as separate combining bytes after a vowel; VNI writes them
 * as a second byte after an ASCII vowel; TCVN3 (ABC) uses single bytes for whole letters.
 */
export function guessLegacy(bytes: Uint8Array): LegacyEncoding | undefined {
  let cp1258 = 0;
  let vni = 0;
  let tcvn3 = 0;
  const isVowel = (c: number | undefined) => c !== undefined && /[aeiouyAEIOUY]/.test(String.fromCharCode(c));
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const prev = bytes[i - 1];
    // Windows-1258 combining tone marks: 0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot.
    if ([0xcc, 0xec, 0xd2, 0xde, 0xf2].includes(b) && prev !== undefined && (isVowel(prev) || [0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd].includes(prev))) cp1258++;
    // VNI: an ASCII vowel followed by a mark byte (ù ø û õ ï ä å é è ...).
    if (isVowel(prev) && [0xf9, 0xf8, 0xfb, 0xf5, 0xef, 0xe4, 0xe5, 0xe9, 0xe8, 0xea, 0xeb, 0xe1, 0xe0, 0xe2, 0xe3, 0xf6].includes(b)) vni++;
    // TCVN3: whole letters such as 0xB8 á, 0xB5 à, 0xAE đ, 0xA9 â, 0xAA ê, 0xAB ô, 0xAC ơ, 0xAD ư, 0xA8 ă
    // standing between ASCII letters.
    if ((b >= 0xa8 && b <= 0xbe) || (b >= 0xc6 && b <= 0xfe)) {
      const next = bytes[i + 1];
      const letter = (c: number | undefined) => c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20);
      if (letter(prev) && letter(next)) tcvn3++;
    }
  }
  const best = Math.max(cp1258, vni, tcvn3);
  if (best === 0) return undefined;
  if (best === cp1258) return 'Windows-1258';
  if (best === vni) return 'VNI';
  return 'TCVN3';
}
