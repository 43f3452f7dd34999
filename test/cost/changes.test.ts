/** One test per change action of a proposal (spec/catalog.md, spec/cost.md). */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/catalog/schema/kinds.js';
import { applyChanges, procedureCost, proposalCost } from '../../src/cost/index.js';
import { params, workedExample } from './fixture.js';

const BEFORE = 335875;
const perFulfilment = (changes: Change[], p = workedExample()) => procedureCost(applyChanges(p, changes).procedure, params).channels.map((c) => c.perFulfilment);

describe('change actions', () => {
  it('remove_document drops the document', () => {
    // − the certified copy: 1.5 h (56 250) and 4 000 đ
    expect(perFulfilment([{ action: 'remove_document', document: 'ban-sao' }])).toEqual([BEFORE - 56250 - 4000]);
  });

  it('use_data drops the document', () => {
    // − the original to present: 0.25 h
    expect(perFulfilment([{ action: 'use_data', document: 'ban-chinh', source: 'csdl-dan-cu' }])).toEqual([BEFORE - 9375]);
  });

  it('relax_copy changes the copy type (no certification hours or fee)', () => {
    // certified (1.5 h, 4 000 đ) → plain with original (0.5 h, 1 000 đ)
    expect(perFulfilment([{ action: 'relax_copy', document: 'ban-sao', copy_type: 'plain_with_original' }])).toEqual([BEFORE - 37500 - 3000]);
  });

  it('relax_copy may not make a copy stricter', () => {
    const p = workedExample();
    const r = applyChanges(p, [{ action: 'relax_copy', document: 'ban-chinh', copy_type: 'certified' }]);
    expect(r.invalid).toEqual([{ index: 0, reason: 'not-relaxing', subject: 'ban-chinh' }]);
  });

  it('set_time changes a channel time (no cost effect)', () => {
    const r = applyChanges(workedExample(), [{ action: 'set_time', channel: 'in_person', time: { value: 2, unit: 'working_days' } }]);
    expect(r.procedure.channels[0]?.time).toEqual({ value: 2, unit: 'working_days' });
    expect(procedureCost(r.procedure, params).channels[0]?.perFulfilment).toBe(BEFORE);
  });

  it('set_fee changes a channel fee', () => {
    expect(perFulfilment([{ action: 'set_fee', channel: 'in_person', fee: 0 }])).toEqual([BEFORE - 20000]);
  });

  it('add_channel adds a channel with the in-person time and fee unless given', () => {
    const r = applyChanges(workedExample(), [{ action: 'add_channel', channel: 'online' }]);
    expect(r.procedure.channels[1]).toEqual({ kind: 'online', time: { value: 5, unit: 'working_days' }, fee: 20000 });
    const given = applyChanges(workedExample(), [{ action: 'add_channel', channel: 'postal', fee: 0, time: { value: 3, unit: 'working_days' } }]);
    expect(given.procedure.channels[1]).toEqual({ kind: 'postal', time: { value: 3, unit: 'working_days' }, fee: 0 });
    // partial online by default: 1 visit instead of 2, plus 0.5 h online: 5.75 h, 20 000 + 4 000 + 20 000
    expect(perFulfilment([{ action: 'add_channel', channel: 'online' }])[1]).toBe(5.75 * 37500 + 44000);
    expect(applyChanges(workedExample(), [{ action: 'add_channel', channel: 'in_person' }]).invalid[0]?.reason).toBe('channel-exists');
  });

  it('set_online_level makes the online channel full (no visit) once nothing is presented', () => {
    const changes: Change[] = [
      { action: 'add_channel', channel: 'online', fee: 0 },
      { action: 'use_data', document: 'ban-chinh', source: 'csdl-dan-cu' },
      { action: 'set_online_level', online_level: 'full' },
    ];
    const online = procedureCost(applyChanges(workedExample(), changes).procedure, params).channels[1];
    expect(online?.visits).toBe(0);
    expect(online?.perFulfilment).toBe((1 + 0.5 + 1.5 + 0.5) * 37500 + 4000);
    // An original still presented in person: it cannot be fully online.
    const blocked = applyChanges(workedExample(), [changes[0] as Change, { action: 'set_online_level', online_level: 'full' }]);
    expect(blocked.invalid).toEqual([{ index: 1, reason: 'present-in-person', subject: 'full' }]);
    expect(applyChanges(workedExample(), [{ action: 'set_online_level', online_level: 'partial' }]).invalid[0]?.reason).toBe('no-online-channel');
  });

  it('extend_validity sets a result validity (no cost effect)', () => {
    const r = applyChanges(workedExample(), [{ action: 'extend_validity', result: 0, validity: 'unlimited' }]);
    expect(r.procedure.results?.[0]?.validity).toBe('unlimited');
    expect(applyChanges(workedExample(), [{ action: 'extend_validity', result: 3, validity: 'unlimited' }]).invalid[0]?.reason).toBe('result-absent');
  });

  it('abolish makes the annual cost 0', () => {
    const cost = proposalCost(
      { apiVersion: 'tthc/v1', kind: 'Proposal', id: 'p', procedure: '1.000001', title: 'Bãi bỏ', status: 'draft', changes: [{ action: 'abolish' }] },
      workedExample(),
      params,
    );
    expect(cost.before.annual).toBe(335875000);
    expect(cost.after.annual).toBe(0);
    expect(cost.saving).toBe(335875000);
    expect(cost.rate).toBe(1);
  });

  it('applies changes in order and leaves the published procedure untouched', () => {
    const p = workedExample();
    const r = applyChanges(p, [
      { action: 'remove_document', document: 'ban-sao' },
      { action: 'relax_copy', document: 'ban-sao', copy_type: 'any' },
    ]);
    expect(r.invalid).toEqual([{ index: 1, reason: 'document-absent', subject: 'ban-sao' }]);
    expect(p.documents).toHaveLength(3);
  });

  it('gives saving and rate of a proposal', () => {
    const cost = proposalCost(
      { apiVersion: 'tthc/v1', kind: 'Proposal', id: 'p', procedure: '1.000001', title: 'Miễn phí', status: 'draft', changes: [{ action: 'set_fee', channel: 'in_person', fee: 0 }] },
      workedExample(),
      params,
    );
    expect(cost.saving).toBe(20000 * 1000);
    expect(cost.rate).toBeCloseTo(20000 / 335875, 10);
  });
});
