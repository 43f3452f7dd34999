/**
 * Control characters of catalog text made visible for terminals and CI logs: a bell or an
 * escape sequence in a procedure's name must not ring, recolour or rewrite the reader's screen.
 */

// C0, DEL and C1; the bidirectional overrides and isolates, which reorder what a terminal shows
// ("Trojan Source"); and the Unicode line and paragraph separators, which break a line unseen.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * `text` with each control character of CONTROL written as `\u001b`, except those in
 * `keep`, which the format deals with itself; a tab becomes a space unless kept.
 */
export function showControls(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => {
    if (keep.includes(c)) return c;
    if (c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
