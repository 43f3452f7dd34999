import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, EXAMPLE_BASE, hits, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/missing-catalog';
const CATALOG = EXAMPLE_BASE['catalog.yaml'] ?? '';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['no catalog.yaml at all, at the file that should exist', { 'catalog.yaml': null }, [at(RULE, 'catalog.yaml', 1, 1)]],
    [
      'the Catalog file in a subfolder only',
      { 'catalog.yaml': null, 'config/catalog.yaml': CATALOG },
      [at(RULE, 'catalog.yaml', 1, 1), at(RULE, 'config/catalog.yaml', 2, 7, { file: 'config/catalog.yaml' })],
    ],
    [
      'a root catalog.yaml that is not a Catalog',
      { 'catalog.yaml': 'apiVersion: tthc/v1\nkind: AgencyList\nagencies: []\n' },
      [at(RULE, 'catalog.yaml', 1, 1)],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['catalog.yml', { 'catalog.yaml': null, 'catalog.yml': CATALOG }],
    ['a root catalog.yaml that is broken (schema rules report it)', { 'catalog.yaml': 'apiVersion: tthc/v1\nkind: Catalog\njurisdiction: [\n' }],
    ['a root catalog.yaml with an unreadable kind (schema/unknown-kind reports it)', { 'catalog.yaml': 'apiVersion: tthc/v1\nkind: Catalgo\n' }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
