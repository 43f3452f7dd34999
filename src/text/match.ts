/**
 * Matching dossier documents by name: an agency writes "Giấy chứng sinh (bản chính)" or
 * "Tờ khai đăng kí khai sinh" for what the procedure publishes as "Giấy chứng sinh" and
 * "Tờ khai đăng ký khai sinh". Names are compared on their folded key
 * (`foldDocumentName`), then, when the keys differ, by a weighted token measure.
 *
 * Why tokens and not Levenshtein: Vietnamese is written one syllable per token, and document
 * names differ from their twins by whole syllables ("Văn bản ủy quyền" / "Giấy ủy quyền",
 * "… do cơ sở y tế cấp"), while two different documents often differ by one short syllable
 * ("Giấy chứng sinh" / "Giấy chứng tử": edit distance 4 of 15, 73% similar by characters).
 * Tones are folded first, so old/new tone placement never costs anything.
 *
 * Each syllable has a weight: filler words (của, về, do…) almost nothing, words that say what
 * kind of paper it is (giấy, văn bản, đơn…) little, words that carry procedure meaning
 * (khai, chứng, xác nhận…) more, anything else (sinh, tử, hộ khẩu…) full weight.
 * - When only one name has words the other lacks, it elaborates the other: the score is the
 *   shared weight over the smaller name's weight (overlap coefficient).
 * - When both names have meaningful words the other lacks, something was replaced (khai sinh
 *   / khai tử): the score is the shared weight over the union (Jaccard), which is low.
 * A pair is a variant at `VARIANT_THRESHOLD` or above (see test/text/match.test.ts for the
 * realistic pairs it was tuned on, including pairs that must not match).
 */
import { fold, foldAscii, foldDocumentName } from './fold.js';

export const VARIANT_THRESHOLD = 0.8;

const FILLER = new Set(['cua', 've', 'va', 'hoac', 'cho', 'theo', 'do', 'cac', 'co', 'duoc', 'da', 'voi', 'la', 'trong', 'nguoi', 'quan', 'tham', 'mau', 'so', 'kem', 'xin', 'neu', 'nay', 'len']);
const PAPER = new Set(['giay', 'to', 'van', 'ban', 'don', 'phieu', 'ho', 'tai', 'lieu', 'the', 'bien']);
const MEANING = new Set(['khai', 'chung', 'nhan', 'xac', 'minh', 'bao', 'dang', 'ki', 'de', 'nghi', 'cap', 'thong', 'tin', 'quyet', 'dinh', 'cam', 'doan']);

/** Weight of one folded syllable (see the module comment). */
function weight(ascii: string): number {
  if (FILLER.has(ascii)) return 0.1;
  if (PAPER.has(ascii)) return 0.3;
  if (MEANING.has(ascii)) return 0.6;
  return 1;
}

interface Token {
  folded: string;
  ascii: string;
  weight: number;
}

function tokens(key: string): Token[] {
  return key === '' ? [] : key.split(' ').map((folded) => {
    const ascii = foldAscii(folded);
    return { folded, ascii, weight: weight(ascii) };
  });
}

/**
 * Similarity of two document names in [0, 1]: 1 when their folded keys are equal.
 * A syllable that differs only by its diacritics ("chung"/"chứng") counts 0.9.
 */
export function documentSimilarity(a: string, b: string): number {
  return keySimilarity(foldDocumentName(a), foldDocumentName(b));
}

/** `documentSimilarity` on keys already made by `foldDocumentName`. */
export function keySimilarity(keyA: string, keyB: string): number {
  if (keyA === keyB) return 1;
  const x = tokens(keyA);
  const y = tokens(keyB);
  const used = new Array<boolean>(y.length).fill(false);
  const matchedX = new Array<boolean>(x.length).fill(false);
  let shared = 0;
  // Exact syllables first, then syllables that differ only by diacritics.
  for (const exact of [true, false]) {
    x.forEach((t, i) => {
      if (matchedX[i] === true) return;
      const j = y.findIndex((u, k) => used[k] !== true && (exact ? u.folded === t.folded : u.ascii === t.ascii));
      if (j < 0) return;
      used[j] = true;
      matchedX[i] = true;
      shared += exact ? t.weight : 0.9 * t.weight;
    });
  }
  const total = (ts: Token[]) => ts.reduce((s, t) => s + t.weight, 0);
  const wx = total(x);
  const wy = total(y);
  if (wx === 0 || wy === 0) return 0;
  const replacedX = x.some((t, i) => matchedX[i] !== true && t.weight >= 0.6);
  const replacedY = y.some((t, j) => used[j] !== true && t.weight >= 0.6);
  // Below 1: only equal keys score 1.
  if (!(replacedX && replacedY) && shared >= 1) return Math.min(0.99, shared / Math.min(wx, wy));
  return shared / (wx + wy - shared);
}

export interface NameMatch<T> {
  item: T;
  /** 1 for equal keys, else the similarity. */
  score: number;
}

/**
 * The candidate whose name matches `name`: an equal key, else the most similar at or above
 * the threshold (the first on a tie), else undefined.
 */
export function matchName<T>(name: string, candidates: readonly T[], nameOf: (c: T) => string, threshold = VARIANT_THRESHOLD): NameMatch<T> | undefined {
  const key = foldDocumentName(name);
  let best: NameMatch<T> | undefined;
  for (const item of candidates) {
    const score = keySimilarity(key, foldDocumentName(nameOf(item)));
    if (score === 1) return { item, score };
    if (score >= threshold && (best === undefined || score > best.score)) best = { item, score };
  }
  return best;
}

/** True when two names are the same after folding (no similarity involved). */
export function sameName(a: string, b: string): boolean {
  return foldDocumentName(a) === foldDocumentName(b) || fold(a) === fold(b);
}
