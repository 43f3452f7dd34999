import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_ROW_POINTS, rowHeight } from '../../../src/report/excel/layout.js';
import { auditWorkbook, exportWorkbook } from '../../../src/report/excel/workbooks.js';
import { procedureWith } from '../../../src/rules/examples.js';
import { finding, handCosts, procedureCost, PROPOSAL, reportInput, sheetXml, STATS, STATS_GOOD, written } from './helpers.js';

const SHEETS = ['Tổng hợp', 'Danh mục TTHC', 'Không thống nhất', 'Tình hình giải quyết', 'Đề xuất đơn giản hóa', 'Chi phí tuân thủ', 'Thông tin'];

function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) => { row.eachCell((cell) => out.push(cell)); });
  return out;
}

function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  const cell = cellsOf(ws).find((c) => c.value === text);
  if (!cell) throw new Error(`no cell "${text}" in ${ws.name}`);
  return cell;
}

describe('audit.xlsx', async () => {
  const overlay = {
    'proposals/2026-ho-tich-01.yaml': PROPOSAL,
    'implementations/ubnd-phuong-ham-rong.yaml': STATS,
    'implementations/ubnd-xa-nga-son.yaml': STATS_GOOD,
    'procedures/ho-tich/1.001022.yaml': procedureWith({ 'code: "1.001193"': 'code: "1.001022"', 'name: Thủ tục đăng ký khai sinh': 'name: "=HYPERLINK(\\"http://x\\")"', 'sector: Hộ tịch': 'sector: "+Chứng thực"' }),
  };
  const findings = [
    finding({ rule: 'consistency/time-longer', procedure: '1.001193', agency: 'ubnd-phuong-ham-rong', message: 'Thời hạn dài hơn quy định', data: { published: { value: 1, unit: 'working_days' }, observed: { value: 3, unit: 'working_days' } } }),
    finding({ rule: 'consistency/fee-higher', severity: 'warning', procedure: '1.001193', agency: 'ubnd-phuong-ham-rong', message: '-Thu phí cao hơn', data: { published: 0, observed: 8000 } }),
    finding({ rule: 'simplify/long-time', severity: 'info', procedure: '1.001022', message: '@Thời hạn dài' }),
    finding({ rule: 'simplify/unproposed', severity: 'info', procedure: '1.001022', message: 'Thủ tục 1.001022 chưa có phương án; tạo bằng "tthc new proposal"' }),
    finding({ rule: 'ops/late-rate', severity: 'warning', procedure: '1.001193', agency: 'ubnd-phuong-ham-rong', message: 'Tỷ lệ trễ hạn cao', data: { published: 0.1, observed: 0.4 } }),
    finding({ rule: 'consistency/not-surveyed', severity: 'info', procedure: '1.001022', message: '3/25 cơ quan chưa được khảo sát', data: { published: 25, observed: 22 } }),
  ];
  const input = await reportInput(overlay, { findings, costs: handCosts(), commit: 'a'.repeat(40) });
  const { wb, xml } = await written(auditWorkbook(input));

  it('has the seven sheets in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const book = xml['xl/workbook.xml'] ?? '';
    expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(SHEETS);
  });

  it('puts the administrative header, title and date line on every sheet', () => {
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A1').value).toBe('UBND TỈNH THANH HÓA');
      expect(ws.getCell('A1').font.bold).toBe(true);
      const right = cellsOf(ws).find((c) => c.value === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(Number(right?.row)).toBe(1);
      expect(right?.alignment.horizontal).toBe('center');
      expect(cellsOf(ws).some((c) => c.value === 'Độc lập - Tự do - Hạnh phúc' && Number(c.row) === 2)).toBe(true);
      expect(ws.getCell('A4').font.size).toBe(14);
      expect(ws.getCell('A4').font.bold).toBe(true);
      expect(cellsOf(ws).some((c) => c.value === 'Số liệu tính đến ngày 01/11/2026')).toBe(true);
    }
  });

  it('merges the header blocks and the title across the table', () => {
    const ws = wb.getWorksheet('Danh mục TTHC');
    const merges = (ws?.model as { merges: string[] }).merges;
    expect(merges).toContain('A4:L4');
    expect(merges.some((m) => m.startsWith('A1:'))).toBe(true);
    expect(merges.some((m) => /^[B-K]1:L1$/.test(m))).toBe(true);
    expect(merges.some((m) => /^[B-K]2:L2$/.test(m))).toBe(true);
    const x = sheetXml(xml, 2);
    expect(x).toMatch(/<mergeCell ref="A4:L4"\/>/);
  });

  it('freezes a bold wrapped bordered header row with an autofilter', () => {
    for (const [i, ws] of wb.worksheets.entries()) {
      const view = ws.views[0] as { state: string; ySplit: number };
      expect(view.state).toBe('frozen');
      const header = ws.getRow(view.ySplit);
      const first = header.getCell(view.ySplit === 0 ? 1 : header.cellCount > 1 ? 2 : 1);
      expect(first.font.bold).toBe(true);
      expect(first.alignment.wrapText).toBe(true);
      expect(first.border.top?.style).toBe('thin');
      expect(ws.autoFilter).toBeTruthy();
      const x = sheetXml(xml, i + 1);
      expect(x).toMatch(new RegExp(`<pane [^>]*ySplit="${view.ySplit}"[^>]*state="frozen"`));
      expect(x).toMatch(new RegExp(`<autoFilter ref="A${view.ySplit}:[A-Z]+\\d+"`));
    }
  });

  it('sets up A4 landscape, one page wide, header rows repeated', () => {
    for (const [i, ws] of wb.worksheets.entries()) {
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
      const view = ws.views[0] as { ySplit: number };
      expect(ws.pageSetup.printTitlesRow).toMatch(new RegExp(`^\\$?\\d+:\\$?${view.ySplit}$`));
      const x = sheetXml(xml, i + 1);
      expect(x).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
      expect(x).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    }
    expect(xml['xl/workbook.xml']).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Danh mục TTHC&apos;!\$\d+:\$\d+<\/definedName>/);
  });

  it('never writes a formula, even for text that looks like one', () => {
    for (const [name, part] of Object.entries(xml)) if (name.startsWith('xl/worksheets/')) expect(part).not.toMatch(/<f[ >]/);
    for (const ws of wb.worksheets) for (const c of cellsOf(ws)) expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
    const catalog = wb.getWorksheet('Danh mục TTHC');
    if (!catalog) throw new Error('no catalog sheet');
    expect(findCell(catalog, '=HYPERLINK("http://x")').type).toBe(ExcelJS.ValueType.String);
    expect(findCell(catalog, '+Chứng thực').type).toBe(ExcelJS.ValueType.String);
    const inconsistent = wb.getWorksheet('Không thống nhất');
    if (!inconsistent) throw new Error('no sheet');
    expect(findCell(inconsistent, '-Thu phí cao hơn').type).toBe(ExcelJS.ValueType.String);
    // A string cell (t="str", strings are written in the cell), not a formula (<f>).
    expect(sheetXml(xml, 2)).toMatch(/<c r="[A-Z]+\d+" s="\d+" t="str"><v>=HYPERLINK\(&quot;http:\/\/x&quot;\)<\/v><\/c>/);
  });

  it('groups the catalog by sector under Roman numerals', () => {
    const ws = wb.getWorksheet('Danh mục TTHC');
    if (!ws) throw new Error('no sheet');
    const headings = cellsOf(ws).filter((c) => Number(c.col) === 1 && typeof c.value === 'string' && /^[IVX]+\. /.test(c.value)).map((c) => c.value);
    expect(headings).toEqual(['I. Lĩnh vực +Chứng thực', 'II. Lĩnh vực Hộ tịch']);
    const heading = findCell(ws, 'II. Lĩnh vực Hộ tịch');
    expect((ws.model as { merges: string[] }).merges).toContain(`A${heading.row}:L${heading.row}`);
    const code = findCell(ws, '1.001193');
    expect(code.type).toBe(ExcelJS.ValueType.String);
    const stt = ws.getRow(Number(code.row)).getCell(1);
    expect(stt.value).toBe(1);
    expect(stt.numFmt).toBe('#,##0');
  });

  it('keeps numbers as numbers with their formats, dates as dates', () => {
    const plan = wb.getWorksheet('Đề xuất đơn giản hóa');
    if (!plan) throw new Error('no sheet');
    const row = plan.getRow(Number(findCell(plan, '1.001193').row));
    expect(row.getCell(7).value).toBe(179375000);
    expect(row.getCell(7).numFmt).toBe('#,##0');
    expect(row.getCell(10).value).toBe(0.25);
    expect(row.getCell(10).numFmt).toBe('0.0%');
    expect(row.getCell(4).text).toContain('Bỏ thành phần hồ sơ "Giấy chứng sinh"');
    expect(row.getCell(6).text).toContain('(thời hạn 30/06/2027)');
    // A candidate's reason is the rule in words, with its id (spec/reports.md: "with their rule").
    expect(cellsOf(plan).some((c) => c.value === 'Thời hạn giải quyết dài (quá ngưỡng, hoặc quá 1,5 lần trung vị của lĩnh vực) (simplify/long-time)')).toBe(true);
    // "No proposal yet" is what section II is about; its advice to the tool's user is not for the province.
    expect(cellsOf(plan).some((c) => typeof c.value === 'string' && c.value.includes('tthc new proposal'))).toBe(false);

    const cost = wb.getWorksheet('Chi phí tuân thủ');
    if (!cost) throw new Error('no sheet');
    const costRow = cost.getRow(Number(findCell(cost, 'Trực tiếp').row));
    expect(costRow.getCell(11).value).toBe(6);
    // The cost after the proposals is there term by term too, its total the plan's "after".
    expect(findCell(cost, 'II. Chi phí tuân thủ sau khi thực hiện phương án đơn giản hóa (thủ tục có phương án)').row).toBeGreaterThan(costRow.number);
    expect(cost.getRow(Number(findCell(cost, 'Tổng cộng sau phương án').row)).getCell(21).value).toBeGreaterThan(0);
    expect(costRow.getCell(11).numFmt).toBe('0.##');
    expect(costRow.getCell(18).value).toBe(265000);

    const info = wb.getWorksheet('Thông tin');
    if (!info) throw new Error('no sheet');
    const asOf = info.getRow(Number(findCell(info, 'Số liệu tính đến ngày').row)).getCell(2);
    expect(asOf.value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(asOf.numFmt).toBe('dd/mm/yyyy');
    expect(cellsOf(info).some((c) => c.value === 'a'.repeat(40))).toBe(true);
    expect(cellsOf(info).some((c) => c.value === 'tthc 9.9.9')).toBe(true);
  });

  it('lists inconsistencies with the published and observed values', () => {
    const ws = wb.getWorksheet('Không thống nhất');
    if (!ws) throw new Error('no sheet');
    const row = ws.getRow(Number(findCell(ws, 'Thời hạn dài hơn quy định').row));
    expect(row.getCell(6).value).toBe('1 ngày làm việc');
    expect(row.getCell(7).value).toBe('3 ngày làm việc');
    expect(row.getCell(4).value).toBe('UBND phường Hàm Rồng');
    expect(row.getCell(9).value).toBe('implementations/ubnd-phuong-ham-rong.yaml:5');
    const fee = ws.getRow(Number(findCell(ws, '-Thu phí cao hơn').row));
    expect(fee.getCell(7).value).toBe(8000);
    expect(fee.getCell(7).numFmt).toBe('#,##0');
  });

  it('lists consistency findings only, and a survey gap as counts of agencies', () => {
    const ws = wb.getWorksheet('Không thống nhất');
    if (!ws) throw new Error('no sheet');
    expect(cellsOf(ws).some((c) => c.value === 'Tỷ lệ trễ hạn cao')).toBe(false);
    const survey = ws.getRow(Number(findCell(ws, '3/25 cơ quan chưa được khảo sát').row));
    expect(survey.getCell(6).value).toBe('25 cơ quan phải thực hiện');
    expect(survey.getCell(7).value).toBe('22 cơ quan đã khảo sát');
    expect(survey.getCell(1).value).toBe(3);
  });

  it('words each online level on the summary sheet as a service, "none" as its absence', () => {
    const ws = wb.getWorksheet('Tổng hợp');
    if (!ws) throw new Error('no sheet');
    const texts = cellsOf(ws).map((c) => c.value);
    expect(texts).toContain('Dịch vụ công trực tuyến toàn trình');
    expect(texts).toContain('Chưa cung cấp dịch vụ công trực tuyến');
    expect(texts).not.toContain('Dịch vụ công trực tuyến không');
  });

  it('sums stats per agency and highlights rows below the on-time target', () => {
    const ws = wb.getWorksheet('Tình hình giải quyết');
    if (!ws) throw new Error('no sheet');
    const below = ws.getRow(Number(findCell(ws, 'UBND phường Hàm Rồng').row));
    expect(below.getCell(3).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    // Carried over from the last period (column 9) counts in the total received (column 10).
    expect(below.getCell(10).value).toBe(400 + Number(below.getCell(9).value));
    expect(below.getCell(18).value).toBeCloseTo(350 / 400);
    expect(below.getCell(18).numFmt).toBe('0.0%');
    expect((below.getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    const fine = ws.getRow(Number(findCell(ws, 'UBND xã Nga Sơn').row));
    expect((fine.getCell(2).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFC7CE');
    expect((ws.model as { merges: string[] }).merges.some((m) => /^F\d+:J\d+$/.test(m))).toBe(true);
  });

  it('is deterministic except for the generation time', async () => {
    const again = await written(auditWorkbook({ ...input, generated: new Date('2027-01-02T03:04:05') }));
    for (let n = 1; n <= 6; n++) expect(sheetXml(again.xml, n)).toBe(sheetXml(xml, n));
    expect(sheetXml(again.xml, 7)).not.toBe(sheetXml(xml, 7));
  });
});

describe('without cost data', () => {
  it('says so on the plan and cost sheets', async () => {
    const { wb } = await written(auditWorkbook(await reportInput()));
    for (const name of ['Đề xuất đơn giản hóa', 'Chi phí tuân thủ']) {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error('no sheet');
      expect(cellsOf(ws).some((c) => typeof c.value === 'string' && c.value.startsWith('Chưa có dữ liệu chi phí'))).toBe(true);
    }
  });
});

describe('export workbooks', () => {
  it('holds the sheets of each report', async () => {
    const input = await reportInput({}, { findings: [finding({ rule: 'legal/no-basis', procedure: '1.001193', message: 'Không có căn cứ' })] });
    const names = (r: Parameters<typeof exportWorkbook>[0]) => exportWorkbook(r, input).sheets.map((s) => s.name);
    expect(names('catalog')).toEqual(['Danh mục TTHC']);
    expect(names('plan')).toEqual(['Đề xuất đơn giản hóa', 'Chi phí tuân thủ']);
    expect(names('stats')).toEqual(['Tình hình giải quyết']);
    const { wb } = await written(exportWorkbook('findings', input));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const row = ws.getRow(Number(findCell(ws, 'legal/no-basis').row));
    expect(row.values).toEqual([undefined, 1, 'legal/no-basis', 'Lỗi', 'Không có căn cứ', 'implementations/ubnd-phuong-ham-rong.yaml:5', '1.001193', 'Thủ tục đăng ký khai sinh']);
  });
});

describe('audit.xlsx of a selection, and procedures not in force', () => {
  it('says on every sheet that the findings are a selection, so "nothing found" is not read as clean', async () => {
    const input = await reportInput({}, { findings: [], selection: { rules: ['ops/late-rate'], changedSince: 'origin/main' } });
    const { wb } = await written(auditWorkbook(input));
    const line = 'Báo cáo chỉ gồm các phát hiện của quy tắc ops/late-rate, liên quan đến thay đổi so với origin/main; không phải kết quả rà soát toàn bộ danh mục';
    for (const ws of wb.worksheets) expect(cellsOf(ws).some((c) => c.value === line), ws.name).toBe(true);
    const info = wb.getWorksheet('Thông tin');
    if (!info) throw new Error('no sheet');
    expect(findCell(info, 'Phạm vi phát hiện').row).toBeDefined();

    const summary = wb.getWorksheet('Tổng hợp');
    if (!summary) throw new Error('no sheet');
    // A group none of whose rules ran has no count; the asked group has one.
    const groupRow = (label: string) => summary.getRow(Number(findCell(summary, label).row));
    expect(groupRow('Căn cứ pháp lý (legal)').getCell(3).value).toBeNull();
    expect(groupRow('Căn cứ pháp lý (legal)').getCell(6).value).toBe('Không kiểm tra (ngoài phạm vi đã chọn)');
    expect(groupRow('Tình hình giải quyết hồ sơ (ops)').getCell(3).value).toBe(0);
    const plan = wb.getWorksheet('Đề xuất đơn giản hóa');
    if (!plan) throw new Error('no sheet');
    expect(cellsOf(plan).some((c) => c.text.startsWith('Không có thủ tục nào cần xem xét thêm trong phạm vi đã chọn'))).toBe(true);

    const whole = await written(auditWorkbook(await reportInput({}, { findings: [] })));
    expect(cellsOf(whole.wb.worksheets[0] ?? whole.wb.addWorksheet('x')).some((c) => c.text.startsWith('Báo cáo chỉ gồm'))).toBe(false);
  });

  it('counts procedures in force on the summary, and costs an abolished procedure nothing a year', async () => {
    const overlay = {
      'procedures/ho-tich/1.001022.yaml': procedureWith({ 'code: "1.001193"': 'code: "1.001022"', 'status: active': 'status: abolished' }),
      'procedures/ho-tich/1.000656.yaml': procedureWith({ 'code: "1.001193"': 'code: "1.000656"', 'status: active': 'status: draft' }),
    };
    const costs = handCosts();
    costs.procedures.push({ ...procedureCost(0), code: '1.001022', name: 'Đã bãi bỏ', abolished: true });
    const { wb } = await written(auditWorkbook(await reportInput(overlay, { findings: [], costs })));
    const summary = wb.getWorksheet('Tổng hợp');
    const cost = wb.getWorksheet('Chi phí tuân thủ');
    if (!summary || !cost) throw new Error('no sheet');
    const total = findCell(summary, 'Tổng số thủ tục hành chính');
    expect(summary.getRow(Number(total.row)).getCell(3).value).toBe(1);
    expect(cellsOf(summary).some((c) => c.value === 'Mục I, II không tính 1 thủ tục đã bãi bỏ và 1 thủ tục dự thảo (có trong trang Danh mục TTHC).')).toBe(true);
    const abolishedRows = cellsOf(cost).filter((c) => c.value === '1.001022').map((c) => cost.getRow(Number(c.row)));
    expect(abolishedRows.length).toBeGreaterThan(0);
    for (const row of abolishedRows) expect(row.getCell(21).value).toBe(0);
    expect(cellsOf(cost).some((c) => c.value === 'Đã bãi bỏ (chi phí một năm bằng 0): 1.001022.')).toBe(true);
  });

  it('says a divergent practice in words and names the agencies of a procedure-wide finding', async () => {
    const findings = [
      finding({ rule: 'consistency/divergent-practice', severity: 'info', procedure: '1.001193', message: '3 cách thực hiện', data: { published: 1, observed: 3 } }),
      finding({ rule: 'consistency/no-contact', severity: 'warning', procedure: '1.001193', message: 'Không có đầu mối', data: { procedure: '1.001193', agency: 'Sở Nội vụ', published: null, observed: null } }),
    ];
    const { wb } = await written(auditWorkbook(await reportInput({}, { findings })));
    const ws = wb.getWorksheet('Không thống nhất');
    if (!ws) throw new Error('no sheet');
    const divergent = ws.getRow(Number(findCell(ws, '3 cách thực hiện').row));
    expect([divergent.getCell(6).value, divergent.getCell(7).value]).toEqual(['Một cách thực hiện (như công bố)', '3 cách thực hiện khác nhau']);
    expect(ws.getRow(Number(findCell(ws, 'Không có đầu mối').row)).getCell(4).value).toBe('Sở Nội vụ');
  });

  it('never asks for a row taller than Excel allows', () => {
    expect(rowHeight(['từ '.repeat(5000)], [10])).toBe(MAX_ROW_POINTS);
    expect(rowHeight(['một dòng'], [20])).toBeUndefined();
  });

  it('totals each reporting period on its own', async () => {
    const earlier = STATS_GOOD.replace('2026-07-01, to: 2026-09-30', '2026-04-01, to: 2026-06-30');
    const { wb } = await written(auditWorkbook(await reportInput({ 'implementations/ubnd-phuong-ham-rong.yaml': STATS, 'implementations/ubnd-xa-nga-son.yaml': earlier })));
    const ws = wb.getWorksheet('Tình hình giải quyết');
    if (!ws) throw new Error('no sheet');
    const labels = cellsOf(ws).map((c) => c.text).filter((t) => t.startsWith('Tổng cộng'));
    expect(labels).toEqual(['Tổng cộng kỳ 01/04/2026 – 30/06/2026', 'Tổng cộng kỳ 01/07/2026 – 30/09/2026']);
  });

  it('keeps the total rows out of the filter range, so a sort leaves them at the bottom', async () => {
    const { wb } = await written(auditWorkbook(await reportInput({ 'implementations/ubnd-phuong-ham-rong.yaml': STATS })));
    const ws = wb.getWorksheet('Tình hình giải quyết');
    if (!ws) throw new Error('no sheet');
    const total = Number(findCell(ws, 'Tổng cộng').row);
    // Read back, the filter is its range: "A8:S9".
    expect(ws.autoFilter as unknown as string).toMatch(new RegExp(`^A\\d+:[A-Z]+${total - 1}$`));
  });
});
