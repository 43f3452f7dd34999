import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { findingsFor } from '../../helpers/catalog.js';

const FEE = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const with_ = (comment: string) => procedureWith({
  [`  - ${FEE}\n`]: `  ${comment}\n\n  # a note between the directive and the line\n  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }\n`,
});

describe('suppression/no-reason', () => {
  it('reports a directive without "-- reason", which still silences', async () => {
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': with_('# tthc-disable-next-line legal/suspicious-fee') }, ['suppression/no-reason', 'legal/suspicious-fee']);
    expect(f.map((x) => `${x.file}:${x.line}:${x.column} ${x.rule}`)).toEqual(['procedures/ho-tich/1.001193.yaml:13:3 suppression/no-reason']);
    expect(f[0]?.data).toEqual({ rules: 'legal/suspicious-fee' });
  });

  it('reports an empty reason', async () => {
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': with_('# tthc-disable-next-line legal/suspicious-fee --   ') }, ['suppression/no-reason']);
    expect(f.map((x) => x.rule)).toEqual(['suppression/no-reason']);
  });

  it('is silent with a reason; the directive silences the next content line', async () => {
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': with_('# tthc-disable-next-line legal/suspicious-fee, legal/no-basis -- theo Nghị quyết HĐND') }, ['suppression/no-reason', 'legal/suspicious-fee']);
    expect(f).toEqual([]);
  });
});
