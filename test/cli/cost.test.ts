import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../src/rules/examples.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

describe('tthc cost', () => {
  it('shows the computation term by term', async () => {
    const dir = tempCatalog();
    const r = await runCli(['cost', '1.001193', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Thu nhập bình quân: 37.500 đ/giờ (người dân)');
    expect(r.stdout).toContain('Thời gian: tìm hiểu 1 + đơn, tờ khai 0,5 + giấy tờ 0,5 + xuất trình 0 +');
    expect(r.stdout).toContain('= 6 giờ × 37.500 = 225.000');
    expect(r.stdout).toContain('Một lần thực hiện: 225.000 + 0 + 40.000 = 265.000 đ');
    expect(r.stdout).toContain('Một năm: 1.000 hồ sơ × (50,0% × 265.000 + 50,0% × 93.750) = 179.375.000 đ');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('shows before and after each proposal', async () => {
    const dir = tempCatalog({ 'proposals/p.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: p\nprocedure: "1.001193"\ntitle: Miễn phí\nstatus: draft\nchanges:\n  - { action: abolish }\n' });
    const r = await runCli(['cost', '1.001193', dir, '--lang', 'en']);
    expect(r.stdout).toContain('Proposal p (Draft): Miễn phí');
    expect(r.stdout).toContain('A year: 0 (procedure abolished)');
    expect(r.stdout).toContain('Saving: 179,375,000 VND/year, rate 100.0%');
  });

  it('prints JSON', async () => {
    const r = await runCli(['cost', '1.001193', tempCatalog(), '-f', 'json']);
    const out = JSON.parse(r.stdout) as { procedure: { annual: number; channels: { perFulfilment: number }[] } };
    expect(out.procedure.annual).toBe(179375000);
    expect(out.procedure.channels.map((c) => c.perFulfilment)).toEqual([265000, 93750]);
  });

  it('exits 2 with one line for an unknown code, suggesting close codes', async () => {
    const r = await runCli(['cost', '1.001194', tempCatalog()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tthc: Không có thủ tục mã "1.001194" trong danh mục; mã gần giống: 1.001193\n');
  });

  it('says a procedure whose file is broken cannot be costed, rather than that it does not exist', async () => {
    const broken = procedureWith({ '{ kind: online, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: online, time: 1, fee: 0 }' });
    const r = await runCli(['cost', '1.001193', tempCatalog({ 'procedures/ho-tich/1.001193.yaml': broken })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tthc: Tệp của thủ tục "1.001193" có lỗi định dạng nên chưa tính được chi phí; chạy "tthc validate" để xem và sửa\n');
  });
});
