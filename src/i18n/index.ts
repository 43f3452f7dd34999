/** Interface text in the user's language. */
import { en } from './en.js';
import type { Locale } from './locale.js';
import { vi, type UiMessages } from './vi.js';

export function ui(locale: Locale): UiMessages {
  return (locale === 'en' ? en : vi) as UiMessages;
}
export type { UiMessages };
