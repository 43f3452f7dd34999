/** `--format json`: the machine-readable output of spec/cli.md. */
import type { Formatter } from './types.js';

export const json: Formatter = (input) => {
  const out = {
    tool: input.tool,
    catalog: input.catalog,
    findings: input.findings,
    summary: input.summary,
    ...input.extra,
  };
  return { text: `${JSON.stringify(out, null, 2)}\n` };
};
