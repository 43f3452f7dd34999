/** The cost model against the worked example of spec/cost.md, to the đồng. */
import { describe, expect, it } from 'vitest';
import { catalogCost, procedureCost, resolveParameters } from '../../src/cost/index.js';
import { procedureWith } from '../../src/rules/examples.js';
import { loadExample } from '../helpers/catalog.js';
import { params, workedExample } from './fixture.js';

describe('parameters', () => {
  it('fills every default of spec/cost.md', () => {
    expect(params.hours).toEqual({ learn: 1, form: 0.5, document: 0.5, present: 0.25, certify: 1, visit: 2, online: 0.5 });
    expect(params.money).toEqual({ certify_fee: 4000, copy_fee: 1000, travel: 20000, postage: 30000 });
  });

  it('keeps what catalog.yaml sets', () => {
    const p = resolveParameters({ income_per_hour: { citizen: 1, business: 2 }, source: 's', hours: { visit: 3 }, money: { travel: 0 } });
    expect(p?.hours.visit).toBe(3);
    expect(p?.hours.learn).toBe(1);
    expect(p?.money.travel).toBe(0);
  });

  it('computes nothing without income per hour', () => {
    expect(resolveParameters(undefined)).toBeUndefined();
  });
});

describe('worked example', () => {
  const cost = procedureCost(workedExample(), params);
  const inPerson = cost.channels[0];

  it('counts each document as spec/cost.md says', () => {
    expect(cost.documents.map((d) => [d.kind, d.hours, d.money])).toEqual([['form', 0.5, 0], ['document', 1.5, 4000], ['present', 0.25, 0]]);
  });

  it('is 335 875 đồng per fulfilment in person', () => {
    expect(inPerson?.hours.total).toBe(7.25);
    expect(inPerson?.timeCost).toBe(271875);
    expect(inPerson?.fee).toBe(20000);
    expect(inPerson?.money).toEqual({ documents: 4000, travel: 40000, postage: 0, total: 44000 });
    expect(inPerson?.perFulfilment).toBe(335875);
  });

  it('is 335 875 000 đồng a year with 1 000 dossiers', () => {
    expect(inPerson?.share).toBe(1);
    expect(cost.annual).toBe(335875000);
  });
});

describe('channels and shares', () => {
  it('costs online (full and partial) and postal channels per the table', () => {
    const p = workedExample({
      channels: [
        { kind: 'in_person', time: { value: 5, unit: 'working_days' }, fee: 20000 },
        { kind: 'online', time: { value: 5, unit: 'working_days' }, fee: 10000 },
        { kind: 'postal', time: { value: 5, unit: 'working_days' }, fee: 20000 },
      ],
      online_level: 'partial',
      volume: { per_year: 1000, online_share: 0.6 },
    });
    const [inPerson, online, postal] = procedureCost(p, params).channels;
    // partial online: 1 + 0.5 + 1.5 + 0.25 + 1 × 2 + 0.5 = 5.75 h; 10 000 + 4 000 + 20 000
    expect(online?.perFulfilment).toBe(5.75 * 37500 + 10000 + 4000 + 20000);
    // postal: 3.25 h; 20 000 + 4 000 + 2 × 30 000
    expect(postal?.perFulfilment).toBe(3.25 * 37500 + 20000 + 4000 + 60000);
    expect([inPerson?.share, online?.share, postal?.share]).toEqual([0.4, 0.6, 0]);
    const full = procedureCost({ ...p, online_level: 'full' }, params).channels[1];
    expect(full?.visits).toBe(0);
    expect(full?.perFulfilment).toBe(3.75 * 37500 + 10000 + 4000);
  });

  it('gives the in-person share as the decimal it is (1 − 0.55 is 0.45, not 0.44999999999999996)', () => {
    const p = workedExample({
      channels: [
        { kind: 'in_person', time: { value: 5, unit: 'working_days' }, fee: 20000 },
        { kind: 'online', time: { value: 5, unit: 'working_days' }, fee: 20000 },
      ],
      volume: { per_year: 1000, online_share: 0.55 },
    });
    expect(procedureCost(p, params).channels.map((c) => c.share)).toEqual([0.45, 0.55]);
  });

  it('sends the rest to post when there is no in-person channel', () => {
    const p = workedExample({ channels: [{ kind: 'postal', time: { value: 5, unit: 'working_days' }, fee: 0 }] });
    expect(procedureCost(p, params).channels[0]?.share).toBe(1);
  });

  it('uses the business rate when every subject is a business or organization', () => {
    const cost = procedureCost(workedExample({ subjects: ['business', 'organization'] }), params);
    expect(cost.rateKind).toBe('business');
    expect(cost.channels[0]?.timeCost).toBe(7.25 * 62500);
    expect(procedureCost(workedExample({ subjects: ['business', 'citizen'] }), params).rateKind).toBe('citizen');
  });

  it('counts a null fee as 0 and flags it', () => {
    const c = procedureCost(workedExample({ channels: [{ kind: 'in_person', time: { value: 1, unit: 'days' }, fee: null }] }), params).channels[0];
    expect(c?.fee).toBe(0);
    expect(c?.feeUnknown).toBe(true);
  });

  it('leaves out optional documents and documents of a case', () => {
    const base = workedExample();
    const p = workedExample({
      documents: [
        ...base.documents,
        { id: 'uy-quyen', name: 'Văn bản ủy quyền', action: 'submit', originals: 1, copies: 0, copy_type: 'any', optional: false, case: 'Trường hợp ủy quyền' },
        { id: 'khac', name: 'Giấy tờ khác', action: 'submit', originals: 1, copies: 0, copy_type: 'any', optional: true },
      ],
    });
    expect(procedureCost(p, params).channels[0]?.perFulfilment).toBe(335875);
  });

  it('has no annual cost without a volume', () => {
    const { volume: _v, ...p } = workedExample();
    expect(procedureCost(p, params).annual).toBeNull();
  });
});

describe('catalogCost', () => {
  it('computes every procedure of a loaded catalog', async () => {
    const catalog = await loadExample();
    const cost = catalogCost(catalog);
    expect(cost.missingParameters).toBe(false);
    const p = cost.procedures[0];
    // Tờ khai (form 0.5 h) + Giấy chứng sinh (document 0.5 h); in person 2 visits, online full.
    expect(p?.channels.map((c) => c.perFulfilment)).toEqual([(1 + 0.5 + 0.5 + 4) * 37500 + 40000, (1 + 0.5 + 0.5 + 0.5) * 37500]);
    expect(p?.annual).toBe(Math.round(1000 * (0.5 * 265000 + 0.5 * 93750)));
    expect(catalogCost(catalog)).toBe(cost);
  });

  it('computes nothing when catalog.yaml has no cost parameters', async () => {
    const catalog = await loadExample({ 'catalog.yaml': 'apiVersion: tthc/v1\nkind: Catalog\njurisdiction: { name: Tỉnh Thanh Hóa, code: H56 }\n' });
    const cost = catalogCost(catalog);
    expect(cost.missingParameters).toBe(true);
    expect(cost.procedures).toEqual([]);
  });

  it('totals the plans against the target, each procedure once', async () => {
    const catalog = await loadExample({
      'proposals/a.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: a\nprocedure: "1.001193"\ntitle: A\nstatus: accepted\ndate: 2026-01-01\nchanges:\n  - { action: remove_document, document: giay-chung-sinh }\n',
      'proposals/b.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: b\nprocedure: "1.001193"\ntitle: B\nstatus: draft\ndate: 2026-02-01\nchanges:\n  - { action: set_online_level, online_level: partial }\n',
      'proposals/c.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: c\nprocedure: "1.001193"\ntitle: C\nstatus: rejected\nchanges:\n  - { action: abolish }\n',
      'procedures/ho-tich/1.001193.yaml': procedureWith({}),
    });
    const cost = catalogCost(catalog);
    expect(cost.proposals.map((p) => p.proposal)).toEqual(['a', 'b', 'c']);
    expect(cost.plans).toHaveLength(1);
    const plan = cost.plans[0];
    expect(plan?.proposals).toEqual(['a', 'b']);
    // After: no Giấy chứng sinh (−0.5 h), online partial (+1 visit: 2 h and 20 000 đ).
    const after = 1000 * (0.5 * (1 + 0.5 + 4) * 37500 + 0.5 * ((1 + 0.5 + 2 + 0.5) * 37500 + 20000)) + 1000 * 0.5 * 40000;
    expect(plan?.after.annual).toBe(after);
    expect(cost.totals.before).toBe(plan?.before.annual);
    expect(cost.totals.saving).toBe((plan?.before.annual ?? 0) - after);
    expect(cost.totals.target).toBe(0.2);
  });
});
