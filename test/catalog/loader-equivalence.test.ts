/**
 * The fast paths change nothing: the same findings, byte for byte in `--format json`, from
 * the `yaml`-only loader and the fast one, with and without the cache, cold and warm.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { SIZES, generateCatalog } from '../../bench/generate.js';
import { fastParse } from '../../src/catalog/fast-parse.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { MemoryIO } from '../../src/catalog/memory-io.js';
import type { ParserChoice } from '../../src/catalog/parse.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { summarize } from '../../src/report/formatters/types.js';
import { runRules, toFindings } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/registry.js';
import { RULE_GROUPS } from '../../src/rules/rule.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { TRICKY } from './tricky-yaml.js';

const files: Record<string, string | Uint8Array> = Object.fromEntries(generateCatalog(SIZES.small, 7));
for (const [name, text] of Object.entries(TRICKY)) files[`procedures/tricky/${name}`] = text;

async function json(parser: ParserChoice): Promise<string> {
  const catalog = await loadCatalog('catalog', new MemoryIO(files), { parser });
  const engine = runRules(catalog, RULES, { groups: RULE_GROUPS, today: '2026-11-29' });
  const findings = toFindings(catalog, engine.reports, RULES, 'en');
  return FORMATTERS.json({
    tool: { name: 'tthc', version: 'test' },
    catalog: { root: 'catalog', procedures: catalog.procedures.length, agencies: catalog.agencies.length, implementations: catalog.implementations.length, proposals: catalog.proposals.length },
    findings,
    summary: summarize(findings, catalog.files.length),
    checkedFiles: catalog.files.map((f) => f.file),
    rules: RULES,
    locale: 'en',
    failOn: 'never',
    pathPrefix: '',
    color: false,
    quiet: false,
  }).text;
}

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('loader equivalence', () => {
  it('reads every tricky file like yaml, or leaves it to yaml', () => {
    const taken: string[] = [];
    for (const [name, content] of Object.entries(TRICKY)) {
      if (typeof content !== 'string') continue;
      const text = content.replace(/^\ufeff/, '');
      const fast = fastParse(text);
      if (fast === undefined) continue;
      taken.push(name);
      const docs = parseAllDocuments(text, { uniqueKeys: true, strict: true });
      const doc = Array.isArray(docs) ? docs[0] : undefined;
      expect(doc?.errors, name).toEqual([]);
      expect(fast.data, name).toStrictEqual(doc?.toJS({ maxAliasCount: 100 }));
    }
    // The common shapes go the fast way; anchors, tags, tabs and broken files do not.
    expect(taken).toEqual(expect.arrayContaining(['timestamps.yaml', 'numbers.yaml', 'booleans.yaml', 'nulls.yaml', 'crlf.yaml', 'block-scalars.yaml', 'quoted.yaml', 'unknown-key.yaml']));
    for (const name of ['alias.yaml', 'alias-bomb.yaml', 'merge-key.yaml', 'tags.yaml', 'tab-indent.yaml', 'multi-document.yaml', 'duplicate-key.yaml', 'syntax-error.yaml', 'null-key.yaml']) {
      expect(taken, name).not.toContain(name);
    }
  });

  it('gives the same findings with the fast parser as with yaml alone', async () => {
    const slow = await json('yaml');
    const fast = await json('auto');
    expect(fast).toBe(slow);
    // The catalog has something to find: schema, syntax, alias-limit and legal findings.
    for (const rule of ['schema/duplicate-key', 'schema/yaml-syntax', 'schema/invalid', 'schema/not-nfc', 'schema/encoding', 'legal/fee-without-basis']) expect(slow).toContain(`"rule": "${rule}"`);
  });

  it('gives the same output with and without the cache, cold and warm, and after an edit', async () => {
    const dir = tempTree(files);
    dirs.push(dir);
    const cli = async (...more: string[]) => (await runCli(['validate', dir, '-f', 'json', '--fail-on', 'never', ...more])).stdout;
    const uncached = await cli('--no-cache');
    const cold = await cli();
    const warm = await cli();
    expect(cold).toBe(uncached);
    expect(warm).toBe(uncached);

    // Edit one file: the cache must not serve the old content.
    const edited = join(dir, 'procedures/tricky/unknown-key.yaml');
    writeFileSync(edited, String(TRICKY['unknown-key.yaml']).replace('nmae', 'naem'));
    const afterEdit = await cli();
    expect(afterEdit).toBe(await cli('--no-cache'));
    expect(afterEdit).not.toBe(uncached);
  });

  it('keeps the cache out of the catalog walk and lets TTHC_CACHE_DIR move it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-cache-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'tthc-cache-dir-'));
    dirs.push(dir, cacheDir);
    cpSync(tempTree(Object.fromEntries(generateCatalog(SIZES.small, 3))), dir, { recursive: true });
    const first = await runCli(['validate', dir, '-f', 'json', '--fail-on', 'never'], { env: { TTHC_CACHE_DIR: cacheDir } });
    const second = await runCli(['validate', dir, '-f', 'json', '--fail-on', 'never'], { env: { TTHC_CACHE_DIR: cacheDir } });
    expect(second.stdout).toBe(first.stdout);
  });
});
