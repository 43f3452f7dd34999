import { describe, expect, it } from 'vitest';
import { runRules, toFindings } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/registry.js';
import { loadExample } from '../helpers/catalog.js';
import { baseplus } from '../helpers/rules.js';

// The groups whose rules the example catalog satisfies: its findings are then only the ones a test plants.
const GROUPS = ['schema', 'ref', 'legal'] as const;

describe('runRules', () => {
  it('does not change the loaded catalog: a second run reports the same', async () => {
    const catalog = await loadExample({ 'catalog.yaml': baseplus('catalog.yaml', 'rules:\n  legal/no-bases: off\n') });
    const before = catalog.diagnostics.length;
    const run = () => {
      const result = runRules(catalog, RULES, { groups: GROUPS, today: '2026-11-01' });
      return toFindings(catalog, result.reports, RULES, 'en').map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
    };
    const first = run();
    expect(first).toEqual(['catalog.yaml:12:3 schema/invalid There is no rule "legal/no-bases" (did you mean "legal/no-basis"?); list them with "tthc rules"']);
    expect(run()).toEqual(first);
    expect(catalog.diagnostics).toHaveLength(before);
  });

  it('applies severities and "off" from catalog.yaml', async () => {
    const catalog = await loadExample({ 'catalog.yaml': baseplus('catalog.yaml', 'rules:\n  ref/missing-catalog: off\n  legal/suspicious-fee: { severity: error }\n') });
    const result = runRules(catalog, RULES, { groups: GROUPS, today: '2026-11-01' });
    expect(result.ran.has('ref/missing-catalog')).toBe(false);
    expect(result.ran.has('legal/suspicious-fee')).toBe(true);
    expect(result.reports).toEqual([]);
  });
});
