import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../src/rules/examples.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

const PROPOSAL = {
  'proposals/2026-ho-tich-01.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: 2026-ho-tich-01\nprocedure: "1.001193"\ntitle: Bỏ Giấy chứng sinh\nstatus: draft\nchanges:\n  - { action: remove_document, document: giay-chung-sinh }\n',
};

describe('tthc review', () => {
  it('adds costs to the JSON output as spec/cli.md says', async () => {
    const dir = tempCatalog(PROPOSAL);
    const r = await runCli(['review', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { costs: unknown[]; findings: { rule: string }[] };
    // In person: (1 + 0.5 + 0.5 + 2 × 2) h × 37 500 + 2 × 20 000; fully online: 2.5 h × 37 500.
    // After: Giấy chứng sinh (0.5 h = 18 750 đ) removed from both.
    expect(out.costs).toEqual([{ procedure: '1.001193', per_fulfilment: { in_person: 265000, online: 93750 }, annual: 179375000, after: 160625000, saving_rate: 18750000 / 179375000 }]);
    expect(out.findings.map((f) => f.rule)).toContain('simplify/high-cost');
  });

  it('prints the cost table and the total against the target, in 80 columns', async () => {
    const dir = tempCatalog(PROPOSAL);
    const r = await runCli(['review', dir]);
    expect(r.stdout).toContain('Chi phí tuân thủ (đồng), xếp theo chi phí một năm');
    const flat = (s: string) => s.replace(/\n/g, ' ');
    expect(flat(r.stdout)).toContain('Tổng chi phí tuân thủ một năm: trước 179.375.000 đồng, sau 160.625.000 đồng, tiết kiệm 18.750.000 đồng, tỷ lệ 10,5% (chỉ tiêu 20,0%: chưa đạt)');
    const appendix = r.stdout.slice(r.stdout.indexOf('Chi phí tuân thủ (đồng)'));
    for (const line of appendix.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const en = await runCli(['review', dir, '--lang', 'en']);
    expect(flat(en.stdout)).toContain('Total compliance cost a year: before 179,375,000 VND, after 160,625,000 VND, saving 18,750,000 VND, rate 10.5% (target 20.0%: not reached)');
  });

  it('lists procedures without volume and says when there is no plan', async () => {
    const dir = tempCatalog({ 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'volume: { per_year: 1000, online_share: 0.5 }\n': '' }) });
    const r = await runCli(['review', dir]);
    expect(r.stdout).toContain('Chưa có số lượng hồ sơ (volume), chỉ tính chi phí một lần: 1 thủ tục (1.001193)');
    expect(r.stdout).toContain('Chưa có phương án đơn giản hóa nào');
    const json = JSON.parse((await runCli(['review', dir, '-f', 'json'])).stdout) as { costs: { annual: unknown; after: unknown; saving_rate: unknown }[] };
    expect(json.costs[0]).toMatchObject({ annual: null, after: null, saving_rate: null });
  });

  it('fails on findings of the proposal rules', async () => {
    const dir = tempCatalog({ 'proposals/p.yaml': PROPOSAL['proposals/2026-ho-tich-01.yaml'].replace('giay-chung-sinh }', 'khong-co }').replace('id: 2026-ho-tich-01', 'id: p') });
    const r = await runCli(['review', dir, '-f', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toContain('proposal/invalid-change');
  });
});
