/**
 * Bytes to text. Catalog files must be UTF-8; a BOM is dropped and CRLF is left to the YAML
 * parser. Anything else is reported, with the legacy Vietnamese encoding it most likely is
 * (TCVN3/ABC, VNI-Windows, Windows-1258) so the user knows what to convert from.
 *
 * Detection decodes a sample with each candidate and counts how many of the words that carry
 * non-ASCII letters come out as valid Vietnamese syllables; the best candidate wins when most
 * of its words are real, and its share of real words is the confidence.
 */
import type { Report } from '../rules/report.js';
import { isVietnameseSyllable } from '../text/syllable.js';

export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258' | 'UTF-16';

export interface LegacyGuess {
  encoding: LegacyEncoding;
  /** Share (0–1) of the non-ASCII words that decode to valid Vietnamese syllables. */
  confidence: number;
}

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | {
      ok: false;
      /** The bytes read as UTF-8 with replacement characters: positions of the bad bytes. */
      text: string;
      /** Offset of the first replacement character in `text`. */
      offset: number;
      byteOffset: number;
      byte: number;
      guess: LegacyGuess | undefined;
      /** Control bytes (NUL…) that no text file has: not text at all. */
      binary: boolean;
    };

// ignoreBOM keeps a leading BOM in the output so it can be seen (and reported as `bom`) before it
// is dropped; the default would strip it silently and `bom` would always be false.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Enough text to recognise an encoding; scoring a whole 16 MB file would be wasted time. */
const SAMPLE_BYTES = 256 * 1024;
/** Below this share of valid syllables nothing fits: "unknown legacy encoding". */
const MIN_CONFIDENCE = 0.6;

export function decode(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 !== undefined && b1 !== undefined && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))) {
    return { ok: false, text: '', offset: 0, byteOffset: 0, byte: b0, guess: { encoding: 'UTF-16', confidence: 1 }, binary: false };
  }
  try {
    let text = utf8.decode(bytes);
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    return { ok: true, text, bom };
  } catch {
    const byteOffset = firstInvalidUtf8(bytes);
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const binary = isBinary(sample);
    const text = lossy.decode(bytes);
    return {
      ok: false,
      text,
      offset: Math.max(0, text.indexOf('\ufffd')),
      byteOffset,
      byte: bytes[byteOffset] ?? 0,
      guess: binary ? undefined : guessLegacy(sample),
      binary,
    };
  }
}

/** The `schema/encoding` report for bytes that are not UTF-8, at the first bad byte. */
export function encodingReport(file: string, decoded: Extract<Decoded, { ok: false }>): Report {
  const byte = `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const data = { offset: decoded.byteOffset, byte, encoding: decoded.guess?.encoding ?? null, confidence: Math.round((decoded.guess?.confidence ?? 0) * 100) };
  const guess = decoded.guess?.encoding;
  // UTF-16 is Unicode, not a legacy code page: it gets its own wording.
  const message = decoded.binary ? 'binary' : guess === undefined ? 'unknown-legacy' : guess === 'UTF-16' ? 'utf-16' : 'legacy-encoding';
  return { rule: 'schema/encoding', message, data, target: { file, offsets: [decoded.offset, decoded.offset + 1] } };
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

function isBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > bytes.length / 200;
}

// Bytes 0x80–0xFF of each single-byte table.
// TCVN 5712:1993 (VN3, the "ABC" fonts .VnTime): whole precomposed letters.
const TCVN3_HIGH =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';
// Windows-1258: base letters with their shape (â ơ ư…), tone marks as separate combining bytes.
const CP1258_HIGH =
  '€\ufffd‚ƒ„…†‡ˆ‰\ufffd‹Œ\ufffd\ufffd\ufffd\ufffd‘’“”•–—˜™\ufffd›œ\ufffd\ufffdŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ßàáâăäåæçèéêë\u0301íîïđñ\u0323óôơö÷øùúûüư₫ÿ';

function singleByte(high: string): (bytes: Uint8Array) => string {
  return (bytes) => {
    let out = '';
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : (high[b - 0x80] ?? '\ufffd');
    return out.normalize('NFC');
  };
}

// VNI-Windows: an ASCII vowel followed by a byte that adds the shape and/or the tone
// (lowercase marks shown; uppercase marks are 0x20 lower). A few letters are single bytes.
const ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323';
const VNI_TONE: Record<number, string> = { 0xf9: ACUTE, 0xf8: GRAVE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT };
const VNI_HAT: Record<number, string> = { 0xe2: '', 0xe1: ACUTE, 0xe0: GRAVE, 0xe5: HOOK, 0xe3: TILDE, 0xe4: DOT };
const VNI_BREVE: Record<number, string> = { 0xea: '', 0xe9: ACUTE, 0xe8: GRAVE, 0xfa: HOOK, 0xfc: TILDE, 0xeb: DOT };
const VNI_SINGLE: Record<number, string> = { 0xf4: 'ơ', 0xf6: 'ư', 0xf1: 'đ', 0xed: 'í', 0xec: 'ì', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị', 0xee: 'ỵ' };

function decodeVni(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    let base: string;
    if (b < 0x80) base = String.fromCharCode(b);
    else {
      const lower = VNI_SINGLE[b] ?? VNI_SINGLE[b + 0x20];
      base = lower === undefined ? '\ufffd' : VNI_SINGLE[b] === undefined ? lower.toUpperCase() : lower;
    }
    const next = bytes[i + 1];
    const mark = next === undefined || next < 0xc0 ? undefined : next >= 0xe0 ? next : next + 0x20;
    const plain = base.toLowerCase();
    if (mark !== undefined && /^[aeouyơư]$/.test(plain)) {
      const tone = VNI_TONE[mark];
      const hat = /^[aeo]$/.test(plain) ? VNI_HAT[mark] : undefined;
      const breve = plain === 'a' ? VNI_BREVE[mark] : undefined;
      if (tone !== undefined) { out += base + tone; i++; continue; }
      if (hat !== undefined) { out += `${base}\u0302${hat}`; i++; continue; }
      if (breve !== undefined) { out += `${base}\u0306${breve}`; i++; continue; }
    }
    out += base;
  }
  return out.normalize('NFC');
}

const DECODERS: [LegacyEncoding, (bytes: Uint8Array) => string][] = [
  ['TCVN3', singleByte(TCVN3_HIGH)],
  ['VNI', decodeVni],
  ['Windows-1258', singleByte(CP1258_HIGH)],
];

/** Splits on ASCII spaces, digits and punctuation; what is left are words (and garbage). */
// eslint-disable-next-line no-control-regex -- every ASCII byte that is not a letter separates words
const SEPARATORS = /[\s\x00-\x40\x5b-\x60\x7b-\x7f]+/;

const NON_ASCII = /[^\p{ASCII}]/u;

/** Share of the words with non-ASCII letters that are valid Vietnamese syllables, and their count. */
export function syllableScore(text: string): { valid: number; total: number } {
  let valid = 0;
  let total = 0;
  for (const word of text.split(SEPARATORS)) {
    if (!NON_ASCII.test(word)) continue;
    total++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { valid, total };
}

/** The legacy encoding that turns the bytes into the most real Vietnamese, if any fits. */
export function guessLegacy(bytes: Uint8Array): LegacyGuess | undefined {
  let best: { encoding: LegacyEncoding; valid: number; confidence: number } | undefined;
  for (const [encoding, decoder] of DECODERS) {
    const { valid, total } = syllableScore(decoder(bytes));
    if (total === 0) continue;
    const confidence = valid / total;
    if (best === undefined || valid > best.valid || (valid === best.valid && confidence > best.confidence)) best = { encoding, valid, confidence };
  }
  if (best === undefined || best.confidence < MIN_CONFIDENCE) return undefined;
  return { encoding: best.encoding, confidence: best.confidence };
}

/** Decodes bytes with a named legacy encoding (for conversion hints and tests). */
export function decodeLegacy(bytes: Uint8Array, encoding: Exclude<LegacyEncoding, 'UTF-16'>): string {
  const decoder = DECODERS.find(([name]) => name === encoding)?.[1];
  if (decoder === undefined) throw new Error(`no decoder for ${encoding}`);
  return decoder(bytes);
}
