import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, replaced, withDocs } from './fixture.js';

const RULE = 'simplify/certified-copy';
const DOC = '{ id: ban-sao, name: Bản sao Giấy khai sinh, originals: 0, copies: 1, copy_type: certified }';

describe(RULE, () => {
  it('fires on a certified copy in a procedure done in person', async () => {
    const findings = await findingsFor(withDocs(DOC), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'info', file: PROC, line: 19, column: 4 + DOC.indexOf('certified') + 1, data: { code: '1.001193', document: 'Bản sao Giấy khai sinh' } });
  });

  it.each([
    ['plain copy with the original', withDocs(DOC.replace('certified', 'plain_with_original'))],
    ['copy from the register', withDocs(DOC.replace('certified', 'register'))],
  ])('stays silent on a %s', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });

  it('stays silent when the procedure has no in-person channel', async () => {
    const files = replaced({ '  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n': '', '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': `  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - ${DOC}\n` });
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});
