/** `--format json`: the machine-readable output of spec/cli.md. */
import type { FormatInput, Formatter } from './types.js';

/** Findings per piece of streamed output. */
const BATCH = 500;

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * The output in pieces, byte for byte what `JSON.stringify(out, null, 2)` gives, so that a
 * national catalog's hundreds of megabytes are written without being one string in memory.
 * (JSON strings never hold a raw line break, so nested values are indented by replacing them.)
 */
export function* jsonChunks(input: FormatInput): Generator<string> {
  const out: Record<string, unknown> = {
    tool: input.tool,
    catalog: input.catalog,
    findings: input.findings,
    summary: input.summary,
    ...input.extra,
  };
  const members = Object.entries(out).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  yield '{\n';
  for (const [i, [key, value]] of members.entries()) {
    const comma = i < members.length - 1 ? ',' : '';
    if (key === 'findings' && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let start = 0; start < value.length; start += BATCH) {
        const end = Math.min(start + BATCH, value.length);
        // One stringify per batch (a call per finding costs three times as much): the batch's
        // array without its brackets is its elements, each a level too shallow.
        const batch = JSON.stringify(value.slice(start, end), null, 2);
        yield `  ${indent(batch.slice(2, -2), '  ')}${end < value.length ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

export const json: Formatter = (input) => ({ text: [...jsonChunks(input)].join('') });
