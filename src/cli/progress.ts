/**
 * Progress of long runs on stderr, only when stderr is a terminal (never in pipes, CI logs or
 * tests): files loaded n/N, then rules run n/N, on one line that is cleared at the end.
 */
import type { CliIO } from './io.js';
import { messages, type Locale } from '../i18n/locale.js';

const text = messages(
  { files: (n: number, total: number) => `Đang đọc tệp ${n}/${total}`, rules: (n: number, total: number) => `Đang chạy quy tắc ${n}/${total}` },
  { files: (n: number, total: number) => `Reading files ${n}/${total}`, rules: (n: number, total: number) => `Running rules ${n}/${total}` },
);

export interface Progress {
  onFile?: (done: number, total: number) => void;
  onRule?: (done: number, total: number) => void;
  done(): void;
}

export function progress(io: CliIO, locale: Locale): Progress {
  if (!io.stderrIsTTY) return { done: () => undefined };
  const t = text[locale];
  let shown = false;
  let last = 0;
  const show = (line: string, force: boolean) => {
    const now = io.now().getTime();
    if (!force && now - last < 80) return;
    last = now;
    shown = true;
    io.stderr.write(`\r\x1b[2K${line}`);
  };
  return {
    onFile: (n, total) => { show(t.files(n, total), n === total); },
    onRule: (n, total) => { show(t.rules(n, total), n === total); },
    done: () => {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
