/** Variations of the example procedure for the simplify rule tests. */
import { procedureWith } from '../../../src/rules/examples.js';

export const PROC = 'procedures/ho-tich/1.001193.yaml';
const LAST_DOC = '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n';

/** The example procedure with document lines added after its two documents (from line 19). */
export function withDocs(...lines: string[]): Record<string, string> {
  return { [PROC]: procedureWith({ [LAST_DOC]: LAST_DOC + lines.map((l) => `  - ${l}\n`).join('') }) };
}

/** The example procedure with some text replaced. */
export function replaced(replace: Record<string, string>): Record<string, string> {
  return { [PROC]: procedureWith(replace) };
}
