/** Languages of messages and reports. Vietnamese is the default; English is available. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

// Made on first use: loading the locale data costs tens of milliseconds at start-up.
let vnd: Intl.NumberFormat | undefined;

/** 20000 → "20.000" (vi) or "20,000" (en). */
export function formatNumber(n: number, locale: Locale): string {
  if (locale === 'en') return n.toLocaleString('en-US');
  vnd ??= new Intl.NumberFormat('vi-VN');
  return vnd.format(n);
}

/** The English word that agrees with a count: 1 → "agency", otherwise "agencies". */
export function agree(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** An English count with its noun in agreement: 1 → "1 agency", 1200 → "1,200 agencies". */
export function counted(n: number, one: string, many?: string): string {
  return `${formatNumber(n, 'en')} ${agree(n, one, many)}`;
}

/** "2026-11-01" → "01/11/2026" in Vietnamese, unchanged in English. */
export function formatDate(iso: string, locale: Locale): string {
  if (locale === 'en') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The shape of a message table with literal strings widened, for the second language. */
export type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

/**
 * A module's own message table in both languages; the English one must have the same keys
 * and signatures as the Vietnamese one, so a missing translation is a compile error.
 */
export function messages<T>(vi: T, en: Widen<T>): Record<Locale, T> {
  return { vi, en: en as T };
}
