/**
 * The one folding function every comparison of Vietnamese text goes through.
 *
 * Real catalogs write the same words in many ways: NFC or NFD, "hoà" or "hòa" (old and new
 * tone-mark placement), "Ủy"/"Uỷ", stray punctuation and double spaces. Folding maps them all
 * to one key; it is for comparing, never for display.
 */

// Combining tone marks: grave, acute, hook above, tilde, dot below.
const TONE = /[\u0300\u0301\u0309\u0303\u0323]/g;
const ANY_MARK = /[\u0300-\u036f]/g;

/**
 * Case-, space- and punctuation-insensitive key that keeps diacritics but ignores where the
 * tone mark sits within a syllable (hoà = hòa, thuỷ = thủy).
 */
export function fold(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    // Catalogs repeat the same names and steps thousands of times: fold each text once.
    if (FOLDED.size >= FOLD_CACHE_SIZE) FOLDED.clear();
    folded = foldUncached(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

const FOLD_CACHE_SIZE = 100_000;
const FOLDED = new Map<string, string>();

function foldUncached(text: string): string {
  const words = text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  return words
    .map((w) => {
      const tones = w.match(TONE);
      return tones ? w.replace(TONE, '') + tones.sort().join('') : w;
    })
    .join(' ')
    .normalize('NFC');
}

/** Folding that also drops every diacritic and đ → d: for matching headers typed without accents. */
export function foldAscii(text: string): string {
  return fold(text).normalize('NFD').replace(ANY_MARK, '').replace(/đ/g, 'd').normalize('NFC');
}

// Notes that qualify a document rather than name it.
const PARENTHETICAL = /\([^)]*\)|\[[^\]]*\]/g;
const COPY_PREFIX = /^(?:\d+\s+)?(?:bản\s+)?(?:sao\s+(?:có\s+)?(?:chứng\s+thực|công\s+chứng|y)?|chính|photo|phô\s*tô|chụp)\s+(?:của\s+)?/u;

/**
 * Key for a dossier document's name: folded, without notes in brackets ("(bản chính)") and
 * without leading copy words ("Bản sao có chứng thực …").
 */
export function foldDocumentName(name: string): string {
  let s = name.normalize('NFC').replace(PARENTHETICAL, ' ');
  s = fold(s);
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(COPY_PREFIX, '').trim();
  }
  return s;
}
