/**
 * Every rule carries what users and reviewers need: a test file, a page in both languages,
 * a failing example that fires it and a passing one that does not.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/registry.js';
import { ROOT } from '../helpers/cli.js';

const LEGAL_GROUPS = new Set(['legal', 'consistency', 'ops', 'simplify', 'proposal']);

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has an id equal to its group and file name', () => {
    expect(id.startsWith(`${rule.group}/`)).toBe(true);
    expect(existsSync(join(ROOT, 'src', 'rules', `${id}.ts`))).toBe(true);
  });

  it('has a test file', () => {
    expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
  });

  it('has docs in Vietnamese and English', () => {
    for (const locale of ['vi', 'en'] as const) {
      expect(rule.docs.summary[locale].length).toBeGreaterThan(5);
      expect(rule.docs.description[locale].length).toBeGreaterThan(20);
    }
    if (LEGAL_GROUPS.has(rule.group)) expect(rule.docs.legal.length).toBeGreaterThan(0);
  });

  it('fires on its failing example, in both languages', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const findings = await runExample(rule.docs.examples.bad, [id], locale, RULES);
      expect(findings.map((f) => f.rule)).toContain(id);
      for (const f of findings) expect(f.message.length).toBeGreaterThan(5);
    }
  });

  it('stays silent on its passing example', async () => {
    const findings = await runExample(rule.docs.examples.good, [id], 'vi', RULES);
    expect(findings.filter((f) => f.rule === id)).toEqual([]);
  });
});
