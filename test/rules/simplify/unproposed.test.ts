import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';

const RULE = 'simplify/unproposed';
const proposal = (status: string) => ({
  'proposals/p.yaml': `apiVersion: tthc/v1\nkind: Proposal\nid: p\nprocedure: "1.001193"\ntitle: Bỏ sổ hộ khẩu\nstatus: ${status}\nchanges:\n  - { action: remove_document, document: so-ho-khau }\n`,
});
const HOUSEHOLD = withDocs('{ id: so-ho-khau, name: Sổ hộ khẩu }', '{ id: cccd, name: Căn cước công dân, copies: 1, copy_type: certified }');

describe(RULE, () => {
  it('fires on a procedure with candidates and no proposal', async () => {
    const findings = await findingsFor(HOUSEHOLD, [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE, file: PROC, line: 1, column: 1, procedure: '1.001193',
      data: { code: '1.001193', candidates: ['simplify/certified-copy', 'simplify/data-available', 'simplify/household-book'] },
    });
  });

  it('fires when the only proposal was rejected', async () => {
    expect(await findingsFor({ ...HOUSEHOLD, ...proposal('rejected') }, [RULE])).toHaveLength(1);
  });

  it.each([
    ['a draft proposal covers it', { ...HOUSEHOLD, ...proposal('draft') }],
    ['there is no candidate', {}],
  ])('stays silent when %s', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});
