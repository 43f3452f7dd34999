import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookCosts } from '../../src/report/excel/costs.js';
import { EXAMPLE_BASE } from '../../src/rules/examples.js';
import { loadExample } from '../helpers/catalog.js';
import { runBin, runCli, tempCatalog } from '../helpers/cli.js';
import { impl } from '../helpers/implementation.js';
import { xmlParts } from '../report/excel/helpers.js';

const SHEETS = ['Tổng hợp', 'Danh mục TTHC', 'Không thống nhất', 'Tình hình giải quyết', 'Đề xuất đơn giản hóa', 'Chi phí tuân thủ', 'Thông tin'];

describe('tthc audit', () => {
  it('prints the findings and writes out/audit.xlsx, replacing it on the next run', async () => {
    const dir = tempCatalog();
    const first = await runCli(['audit', '.'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Đã ghi báo cáo out/audit.xlsx (7 trang tính)');
    const file = join(dir, 'out', 'audit.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    // The generation time comes from the injected clock.
    const info = wb.getWorksheet('Thông tin');
    const times: unknown[] = [];
    info?.eachRow((row) => { if (row.getCell(1).value === 'Thời điểm lập báo cáo') times.push(row.getCell(2).value); });
    expect(times).toEqual([new Date(Date.UTC(2026, 10, 29, 9, 0, 0))]);

    const second = await runCli(['audit', '.', '-o', 'out'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('writes the workbook in Vietnamese when the terminal output is English, and says when it holds a selection', async () => {
    const dir = tempCatalog(impl('    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 8000 }\n'));
    const vi = JSON.parse((await runCli(['audit', '.', '--format', 'json', '-o', 'vi', '--rule', 'consistency/fee-exceeds'], { cwd: dir })).stdout) as { findings: { message: string }[] };
    const en = JSON.parse((await runCli(['audit', '.', '--format', 'json', '-o', 'en', '--rule', 'consistency/fee-exceeds', '--lang', 'en'], { cwd: dir })).stdout) as { findings: { message: string }[] };
    const [viMessage, enMessage] = [vi.findings[0]?.message ?? '', en.findings[0]?.message ?? ''];
    expect(viMessage).not.toBe(enMessage);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'en', 'audit.xlsx'));
    const texts: string[] = [];
    wb.getWorksheet('Không thống nhất')?.eachRow((row) => { row.eachCell((c) => texts.push(c.text)); });
    expect(texts).toContain(viMessage);
    expect(texts).not.toContain(enMessage);
    expect(texts.some((t) => t.startsWith('Báo cáo chỉ gồm các phát hiện của quy tắc consistency/fee-exceeds'))).toBe(true);
  });

  it('keeps the findings in --format on stdout, the workbook path in the JSON', async () => {
    const dir = tempCatalog();
    const r = await runCli(['audit', '.', '--format', 'json', '--out-dir', 'reports'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { workbook: string; findings: unknown[] };
    expect(json.workbook).toBe('reports/audit.xlsx');
    expect(existsSync(join(dir, 'reports', 'audit.xlsx'))).toBe(true);
  });

  it('still writes the findings file with --output', async () => {
    const dir = tempCatalog();
    const r = await runCli(['audit', '.', '--output', 'findings.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'findings.txt'), 'utf8')).toMatch(/Không có phát hiện nào|lỗi/);
  });

  it('fails with exit 2 when the output directory cannot be written', async () => {
    const dir = tempCatalog();
    writeFileSync(join(dir, 'blocked'), 'a file, not a directory');
    const r = await runCli(['audit', '.', '-o', 'blocked'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tthc: Không ghi được "blocked\/audit.xlsx"/);
  });

  it('leaves costs out, and says so, when catalog.yaml has no cost parameters', async () => {
    expect(workbookCosts(await loadExample())?.procedures.length).toBeGreaterThan(0);
    const noCost = (EXAMPLE_BASE['catalog.yaml'] ?? '').replace(/cost:\n(?: {2}.*\n)+/, '');
    expect(workbookCosts(await loadExample({ 'catalog.yaml': noCost }))).toBeUndefined();
    const dir = tempCatalog({ 'catalog.yaml': noCost });
    const r = await runCli(['audit', '.', '-o', 'out'], { cwd: dir });
    expect(r.stdout).toContain('catalog.yaml chưa có tham số chi phí (cost:)');
  });

  it('runs end to end as the built binary', () => {
    const dir = tempCatalog();
    const r = runBin(['audit', '.', '-o', 'out'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const xml = xmlParts(readFileSync(join(dir, 'out', 'audit.xlsx')));
    expect([...(xml['xl/workbook.xml'] ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(SHEETS);
    for (const [name, part] of Object.entries(xml)) if (name.startsWith('xl/worksheets/')) expect(part).not.toMatch(/<f[ >]/);
  });
});

describe('tthc export', () => {
  it('writes one workbook and never over an existing file without --force', async () => {
    const dir = tempCatalog();
    const r = await runCli(['export', 'findings', '.', '-o', 'f.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đã ghi f.xlsx\n');
    const again = await runCli(['export', 'findings', '.', '-o', 'f.xlsx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('tthc: Tệp "f.xlsx" đã tồn tại; thêm --force để ghi đè\n');
    expect((await runCli(['export', 'findings', '.', '-o', 'f.xlsx', '--force'], { cwd: dir })).code).toBe(0);
    for (const report of ['plan', 'stats', 'catalog']) expect((await runCli(['export', report, '.'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'plan.xlsx'))).toBe(true);
  });

  it('refuses an unknown report', async () => {
    const r = await runCli(['export', 'nothing', '.'], { cwd: tempCatalog() });
    expect(r.code).toBe(2);
  });

  it('refuses an output name that is not .xlsx, before writing anything', async () => {
    const dir = tempCatalog();
    const r = await runCli(['export', 'catalog', '.', '-o', 'danh-muc.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tthc: "danh-muc.csv": báo cáo là tệp Excel, tên tệp phải có đuôi .xlsx\n');
    expect(existsSync(join(dir, 'danh-muc.csv'))).toBe(false);
  });
});
