/** An implementation whose entry has one statistics block; `stats` lines start on line 8. */
import type { ExampleFiles } from '../../src/rules/rule.js';
import { impl } from './implementation.js';

export function stats(lines: string, code = '1.001193'): ExampleFiles {
  return impl(`    stats:\n      period: { from: 2026-07-01, to: 2026-09-30 }\n${lines.trimEnd().split('\n').map((l) => `      ${l}`).join('\n')}\n`, 'ubnd-phuong-ham-rong', code);
}
export const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';
