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
// Leading copy words ("Bản sao có chứng thực …", "01 bản chính …", "Bản photo …"). The prefix
// is stripped from folded text, so its words are folded too (fold moves each tone mark to the
// end of its syllable, and a regex of plain words would never match). "sao" and "chính" need "bản" before them: "Sao kê tài khoản" and
// "Chính sách …" are names, not copies.
const folded = (words: string) => fold(words).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COPY_PREFIX = new RegExp(
  `^(?:\\d+ )?(?:${folded('bản')} (?:${folded('sao')}(?: (?:${folded('có')} )?(?:${folded('chứng thực')}|${folded('công chứng')}|y))?|${folded('chính')}|${folded('chụp')}|photo|${folded('phô')} ?${folded('tô')})|photo|${folded('phô')} ?${folded('tô')}) (?:${folded('của')} )?`,
  'u',
);

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
