import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, hits, implementation, PROCEDURE, proposal, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/unknown-document';
const IMPL = 'implementations/ubnd-phuong-ham-rong.yaml';
const PROPOSAL = 'proposals/2026-ho-tich-01.yaml';
const KNOWN = ['to-khai', 'giay-chung-sinh'];
const observed = (docs: string) => implementation('ubnd-phuong-ham-rong', `  - code: "1.001193"\n    documents:\n${docs}`);

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'an observed ref the procedure lacks, at the ref',
      { [IMPL]: observed('      - { ref: to-khai }\n      - { ref: giay-chung-sinh-ban-chinh }\n') },
      [at(RULE, IMPL, 8, 16, { document: 'giay-chung-sinh-ban-chinh', code: '1.001193', known: KNOWN })],
    ],
    [
      'a proposal change naming a document the procedure lacks',
      { [PROPOSAL]: proposal('  - { action: remove_document, document: so-ho-khau }\n') },
      [at(RULE, PROPOSAL, 8, 42, { document: 'so-ho-khau', code: '1.001193', known: KNOWN })],
    ],
    [
      'every change kind that names a document',
      { [PROPOSAL]: proposal('  - { action: use_data, document: cccd, source: csdl-dan-cu }\n  - { action: relax_copy, document: ban-sao, copy_type: any }\n') },
      [
        at(RULE, PROPOSAL, 8, 35, { document: 'cccd', code: '1.001193', known: KNOWN }),
        at(RULE, PROPOSAL, 9, 37, { document: 'ban-sao', code: '1.001193', known: KNOWN }),
      ],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['published refs and an extra document by name', { [IMPL]: observed('      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: Sổ hộ khẩu }\n') }],
    ['a change on a published document', { [PROPOSAL]: proposal('  - { action: remove_document, document: giay-chung-sinh }\n') }],
    // The procedure is unknown: ref/unknown-procedure says so once; its documents are not guessed at.
    ['refs into an unknown procedure', { [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.009999"\n    documents:\n      - { ref: khong-co }\n') }],
    ['refs into a procedure whose own file is invalid', {
      [PROCEDURE]: 'apiVersion: tthc/v1\nkind: Procedure\ncode: "1.001193"\nname: Thủ tục đăng ký khai sinh\n',
      [IMPL]: observed('      - { ref: khong-co }\n'),
    }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
