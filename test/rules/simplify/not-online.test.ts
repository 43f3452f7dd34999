import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, replaced, withDocs } from './fixture.js';

const RULE = 'simplify/not-online';
const ONLINE = '  - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n';

describe(RULE, () => {
  it.each([
    ['no online channel', replaced({ [ONLINE]: '', 'online_level: full\n': '' }), 'none', 13, 3],
    ['online level none', replaced({ 'online_level: full': 'online_level: none' }), 'none', 15, 15],
    ['partial with nothing to present', replaced({ 'online_level: full': 'online_level: partial' }), 'partial', 15, 15],
    ['partial by default', replaced({ 'online_level: full\n': '' }), 'partial', 14, 5],
  ])('fires on %s', async (_name, files, kind, line, column) => {
    const findings = await findingsFor(files, [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: PROC, line, column, data: { code: '1.001193' } });
    expect(findings[0]?.message).toContain(kind === 'none' ? 'chưa có cách thức nộp trực tuyến' : 'một phần');
  });

  it.each([
    ['fully online', {}],
    ['partial with an original to present', { ...withDocs('{ id: cccd, name: Căn cước công dân, action: present }'), [PROC]: (withDocs('{ id: cccd, name: Căn cước công dân, action: present }')[PROC] ?? '').replace('online_level: full', 'online_level: partial') }],
  ])('stays silent when %s', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });
});
