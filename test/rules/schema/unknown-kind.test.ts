import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../../src/catalog/schema/kinds.js';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, hits, type Hit } from '../../helpers/rules.js';

const RULE = 'schema/unknown-kind';
const F = 'procedures/ho-tich/1.000656.yaml';
const kinds = [...KIND_NAMES];

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['a misspelled kind, at its value', { [F]: 'apiVersion: tthc/v1\nkind: Procedur\ncode: "1.000656"\n' }, [at(RULE, F, 2, 7, { value: 'Procedur', kinds })]],
    ['a kind that is not a string', { [F]: 'apiVersion: tthc/v1\nkind: [Procedure]\n' }, [at(RULE, F, 2, 7, { value: '["Procedure"]', kinds })]],
    ['a missing kind, at the document', { [F]: 'apiVersion: tthc/v1\ncode: "1.000656"\n' }, [at(RULE, F, 1, 1, { value: '', kinds })]],
    ['a missing apiVersion', { [F]: '# thủ tục\nkind: Procedure\ncode: "1.000656"\n' }, [at(RULE, F, 2, 1, { value: '', expected: 'tthc/v1' })]],
    ['an unknown apiVersion, at its value', { [F]: 'apiVersion: tthc/v2\nkind: Procedure\n' }, [at(RULE, F, 1, 13, { value: 'tthc/v2', expected: 'tthc/v1' })]],
    ['an empty file', { [F]: '' }, [at(RULE, F, 1, 1)]],
    ['a file of comments only', { [F]: '# TODO: thủ tục mới\n\n# chưa nhập\n' }, [at(RULE, F, 1, 1)]],
    ['a document that is a list, not a mapping', { [F]: '- apiVersion: tthc/v1\n- kind: Procedure\n' }, [at(RULE, F, 1, 1)]],
    ['a document that is a bare scalar', { [F]: 'Thủ tục đăng ký khai sinh\n' }, [at(RULE, F, 1, 1)]],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['a file found by kind, whatever its folder', { 'misc/co-quan.yaml': 'apiVersion: tthc/v1\nkind: AgencyList\nagencies: []\n' }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
