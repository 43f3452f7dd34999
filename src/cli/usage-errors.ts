/**
 * commander words its usage errors in English; a Vietnamese user gets them in Vietnamese.
 * Known messages are matched by pattern; anything else passes through unchanged.
 */
const VI: readonly [RegExp, (...m: string[]) => string][] = [
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/, (o, v, c) => `lỗi: giá trị "${v}" của tùy chọn ${o} không hợp lệ; chọn một trong: ${c}`],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. Allowed choices are (.+)\.$/, (v, a, c) => `lỗi: giá trị "${v}" của tham số <${a}> không hợp lệ; chọn một trong: ${c}`],
  [/^error: unknown command '([^']+)'$/, (c) => `lỗi: không có lệnh "${c}"; xem "tthc --help"`],
  [/^error: unknown option '([^']+)'$/, (o) => `lỗi: không có tùy chọn ${o}; xem --help của lệnh`],
  [/^error: missing required argument '([^']+)'$/, (a) => `lỗi: thiếu tham số bắt buộc "${a}"`],
  [/^error: option '([^']+)' argument missing$/, (o) => `lỗi: tùy chọn ${o} cần một giá trị`],
  [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (_c, e, g) => `lỗi: thừa tham số: cần ${e}, nhận ${g}`],
  [/^\(Did you mean (.+)\?\)$/, (s) => `(có phải ý là ${s}?)`],
];

export function localizeUsageError(text: string, lang: 'vi' | 'en'): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, word] of VI) {
        const m = pattern.exec(line);
        if (m) return word(...m.slice(1));
      }
      return line;
    })
    .join('\n');
}
