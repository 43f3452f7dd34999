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

// Notes that qualify a document rather than name it: "(bản chính)", "[nếu có]".
const PARENTHETICAL = /\([^)]*\)|\[[^\]]*\]/g;

/*
 * Copy words before or after a document's name, as accent-free token runs (compared on
 * foldAscii tokens, so "Bản sao", "bản sao", "Ban sao" all count). Longest first.
 */
const COPY_WORDS: readonly (readonly string[])[] = [
  ['ban', 'sao', 'co', 'chung', 'thuc'],
  ['ban', 'sao', 'cong', 'chung'],
  ['ban', 'sao', 'chung', 'thuc'],
  ['ban', 'sao', 'hop', 'le'],
  ['ban', 'sao', 'y'],
  ['ban', 'sao'],
  ['ban', 'chinh'],
  ['ban', 'photo'],
  ['ban', 'pho', 'to'],
  ['ban', 'chup'],
  ['sao', 'y'],
  ['photo'],
];
const LINKS = new Set(['cua', 'kem', 'va', 'hoac']);

/*
 * Variant spellings of a syllable whose only vowel is i/y ("kí"/"ký", "lí"/"lý", "mĩ"/"mỹ",
 * "quí"/"quý"): both are accepted orthography. Only a lone y after a consonant onset is
 * touched; "uy" in "thủy", "quyền" stays as it is.
 */
const LONE_Y = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|nh|ng|ngh|p|ph|qu|r|s|t|th|tr|v|x)y([\u0300\u0301\u0309\u0303\u0323]?)$/u;

function unifyIY(word: string): string {
  const m = LONE_Y.exec(word.normalize('NFD'));
  return m ? `${m[1] ?? ''}i${m[2] ?? ''}`.normalize('NFC') : word;
}

function startsWith(tokens: readonly string[], run: readonly string[], at: number): boolean {
  return run.every((t, i) => tokens[at + i] === t);
}

/**
 * Key for a dossier document's name: folded (NFC, case, spaces, punctuation, tone placement,
 * i/y spelling), without notes in brackets ("(bản chính)") and without copy words before or
 * after the name ("Bản sao có chứng thực …", "… bản chính").
 */
export function foldDocumentName(name: string): string {
  const words = fold(name.normalize('NFC').replace(PARENTHETICAL, ' ')).split(' ').filter((w) => w !== '').map(unifyIY);
  const ascii = words.map((w) => foldAscii(w));
  let start = 0;
  let end = words.length;
  // Strip leading counts and copy words ("01 bản sao của …"), keeping at least one word.
  for (let changed = true; changed; ) {
    changed = false;
    if (end - start > 1 && /^\d+$/.test(ascii[start] ?? '')) { start++; changed = true; }
    for (const run of COPY_WORDS) {
      if (end - start > run.length && startsWith(ascii, run, start)) {
        start += run.length;
        changed = true;
        while (end - start > 1 && LINKS.has(ascii[start] ?? '')) start++;
        break;
      }
    }
  }
  // Strip trailing copy words ("Giấy chứng sinh bản chính").
  for (let changed = true; changed; ) {
    changed = false;
    for (const run of COPY_WORDS) {
      if (end - start > run.length && startsWith(ascii, run, end - run.length)) {
        end -= run.length;
        changed = true;
        while (end - start > 1 && LINKS.has(ascii[end - 1] ?? '')) end--;
        break;
      }
    }
  }
  return words.slice(start, end).join(' ');
}
