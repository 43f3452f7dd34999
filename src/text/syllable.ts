/**
 * Whether a word is a well-formed Vietnamese syllable: onset + vowel nucleus + coda, with at
 * most one tone mark. Used to tell which legacy encoding turns a file's bytes into real
 * Vietnamese: a wrong guess yields letters like "¸" or "aù" that no syllable has.
 */

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx]';
// Nuclei that take a final consonant, and nuclei that end the syllable on their own.
const CLOSED = ['uyê', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê', 'uy', 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const OPEN = [
  'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'iêu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'uy',
  'oa', 'oe', 'uê', 'uơ', 'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const CODA = 'ch|ng|nh|[cmnpt]';

const SYLLABLE = new RegExp(`^(?:${ONSET})?(?:(?:${CLOSED.join('|')})(?:${CODA})|(?:${OPEN.join('|')}))$`, 'u');

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE)?.length ?? 0;
  if (tones > 1) return false;
  const bare = decomposed.replace(TONE, '').normalize('NFC');
  return SYLLABLE.test(bare);
}
