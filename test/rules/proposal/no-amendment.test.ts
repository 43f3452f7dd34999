import { describe, expect, it } from 'vitest';
import { proposalFile } from '../../../src/rules/proposal/examples.js';
import { findingsFor } from '../../helpers/catalog.js';

const RULE = 'proposal/no-amendment';
const CHANGE = '  - { action: remove_document, document: giay-chung-sinh }\n';

describe(RULE, () => {
  it.each([['submitted'], ['accepted']])('fires on a %s proposal without amend', async (status) => {
    const findings = await findingsFor(proposalFile(CHANGE, '', status), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: 'proposals/2026-ho-tich-01.yaml', line: 6, column: 9, procedure: '1.001193', data: { proposal: '2026-ho-tich-01', status } });
  });

  it('fires on an empty amend list', async () => {
    expect(await findingsFor(proposalFile(CHANGE, 'amend: []\n', 'accepted'), [RULE])).toHaveLength(1);
  });

  it.each([['draft'], ['rejected'], ['implemented']])('stays silent on a %s proposal', async (status) => {
    expect(await findingsFor(proposalFile(CHANGE, '', status), [RULE])).toEqual([]);
  });

  it('stays silent when amend names the legal text', async () => {
    expect(await findingsFor(proposalFile(CHANGE, 'amend:\n  - { ref: luat-ho-tich-2014, article: Điều 16 }\n', 'accepted'), [RULE])).toEqual([]);
  });
});
