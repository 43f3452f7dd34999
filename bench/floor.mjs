// The floor: one thread reads every catalog file and parses it with js-yaml 4, nothing else.
// `node bench/floor.mjs <dir>` — the benchmark times this process next to the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import yaml from 'js-yaml';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}

let documents = 0;
for (const file of walk(process.argv[2] ?? '.', []).sort()) {
  if (yaml.load(readFileSync(file, 'utf8')) !== undefined) documents++;
}
process.stdout.write(`${String(documents)}\n`);
