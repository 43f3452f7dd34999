import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DiskIO } from '../../src/catalog/io.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { execute } from '../../src/cli/execute.js';
import { memoryIO } from '../../src/cli/io.js';
import { importList } from '../../src/cli/commands/import.js';
import { runCli, tempCatalog, tempTree } from '../helpers/cli.js';

/** A provincial list as offices send it: a title block, messy headers, messy values. */
async function provincialList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục I');
  ws.addRow(['ỦY BAN NHÂN DÂN TỈNH THANH HÓA']);
  ws.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ']);
  ws.addRow([]);
  ws.addRow(['STT', 'MÃ  THỦ TỤC', 'Ten thu tuc hanh chinh', 'Cấp thực  hiện', 'Cơ quan thực hiện', 'Thời hạn giải quyết (ngày)', 'Phí/lệ phí', 'Cách thức thực hiện', 'Căn cứ pháp lý']);
  ws.addRow(['I', 'Lĩnh vực Hộ tịch']);
  ws.mergeCells('B5:I5');
  ws.addRow([1, '1.001193', 'Thủ tục đăng ký khai sinh', 'Cấp xã', 'UBND cấp xã', '01 ngày làm việc', 'Không', 'Trực tiếp; Trực tuyến', 'Điều 16 Luật Hộ tịch số 60/2014/QH13']);
  ws.addRow([2, '1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Cấp tỉnh, Cấp xã', 'UBND cấp xã', '03 ngày làm việc', '20.000 đồng/hồ sơ', 'Trực tiếp; Trực tuyến; Bưu chính', 'Thông tư 999/2099/TT-XYZ']);
  ws.addRow(['II', 'Lĩnh vực Chứng thực']);
  ws.addRow([1, '2.000815', 'Chứng thực bản sao từ bản chính', 'Cấp xã, Cơ quan khác', 'UBND cấp xã', 'Trong ngày', '2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang', 'Trực tiếp', '']);
  ws.addRow([2, { formula: 'TEXT(1.000656,"0.000000")', result: '1.000656' }, 'Thủ tục đăng ký khai tử', 'Cấp huyện', 'UBND cấp xã', 7, { formula: '10000*2', result: 20000 }, 'Trực tiếp, Trực tuyến toàn trình', '']);
  ws.addRow([3, 'abc', 'Dòng hỏng', 'Cấp xã', '', '', '', '', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function run(argv: string[], cwd: string) {
  return runCli(argv, { cwd });
}

describe('tthc import', () => {
  it('reads a messy provincial list into procedure files with TODOs', async () => {
    const dir = tempTree({});
    writeFileSync(join(dir, 'list.xlsx'), await provincialList());
    const r = await run(['import', 'list.xlsx', '.'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('procedures/ho-tich/1.001193.yaml');
    expect(r.stdout).toMatch(/procedures\/chung-thuc\/2\.000815\.yaml\s+cần xem lại \(# TODO\): Đối tượng thực hiện, Thời hạn giải quyết, Phí, lệ phí/);
    expect(r.stdout).toContain('dòng 11: bỏ qua, mã TTHC không hợp lệ ("abc")');
    expect(r.stdout).toContain('Đã ghi 4 tệp thủ tục từ list.xlsx (trang "Phụ lục I"): 0 đọc đầy đủ, 4 cần xem lại');

    const hon = parse(readFileSync(join(dir, 'procedures/ho-tich/1.004873.yaml'), 'utf8')) as Record<string, unknown>;
    expect(hon).toMatchObject({
      code: '1.004873', sector: 'Hộ tịch', levels: ['province', 'commune'], status: 'active', authority: 'UBND cấp xã',
      channels: [
        { kind: 'in_person', time: { value: 3, unit: 'working_days' }, fee: 20000 },
        { kind: 'online', time: { value: 3, unit: 'working_days' }, fee: 20000 },
        { kind: 'postal', time: { value: 3, unit: 'working_days' }, fee: 20000 },
      ],
      legal_basis: [],
    });
    const honText = readFileSync(join(dir, 'procedures/ho-tich/1.004873.yaml'), 'utf8');
    // The TODO names the cell, so the list can be fixed too.
    expect(honText).toContain('# TODO: Căn cứ pháp lý (ô I7): "Thông tư 999/2099/TT-XYZ" — chưa có trong legal.yaml');
    // One time for every channel is written out for each, not as a YAML anchor and aliases.
    expect(honText).not.toMatch(/[&*]a\d/);
    expect(honText).toContain('code: "1.004873"');

    const cert = readFileSync(join(dir, 'procedures/chung-thuc/2.000815.yaml'), 'utf8');
    expect(cert).toContain('# TODO: Thời hạn giải quyết (ô F9): "Trong ngày"');
    expect(cert).toContain('# TODO: Phí, lệ phí (ô G9): "2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang"');
    expect(parse(cert)).toMatchObject({ levels: ['commune', 'other'], channels: [{ kind: 'in_person', time: null, fee: null }] });

    const death = parse(readFileSync(join(dir, 'procedures/chung-thuc/1.000656.yaml'), 'utf8')) as Record<string, unknown>;
    expect(death).toMatchObject({ code: '1.000656', levels: ['district'], online_level: 'full', channels: [{ kind: 'in_person', time: null, fee: 20000 }, { kind: 'online', time: null, fee: 20000 }] });
    expect(readFileSync(join(dir, 'procedures/chung-thuc/1.000656.yaml'), 'utf8')).toContain('# TODO: Thời hạn giải quyết (ô F10): "7"');
  });

  it('matches legal references against legal.yaml and keeps the article', async () => {
    const dir = tempTree({ 'catalog.yaml': 'apiVersion: tthc/v1\nkind: Catalog\njurisdiction: { name: Tỉnh Thanh Hóa, code: H56 }\n', 'legal.yaml': 'apiVersion: tthc/v1\nkind: LegalDocumentList\ndocuments:\n  - { id: luat-ho-tich-2014, number: 60/2014/QH13, title: Luật Hộ tịch }\n' });
    writeFileSync(join(dir, 'list.xlsx'), await provincialList());
    expect((await run(['import', 'list.xlsx', '.'], dir)).code).toBe(0);
    const birth = parse(readFileSync(join(dir, 'procedures/ho-tich/1.001193.yaml'), 'utf8')) as Record<string, unknown>;
    expect(birth.legal_basis).toEqual([{ ref: 'luat-ho-tich-2014', article: 'Điều 16' }]);
    expect(birth.subjects).toEqual(['citizen']);
    // The imported files load; what could be parsed is valid.
    const catalog = await loadCatalog('.', new DiskIO(dir));
    expect(catalog.procedures.map((p) => p.value.code)).toContain('1.001193');
  });

  it('never overwrites without --force, and refuses before writing anything', async () => {
    // The example catalog has 1.001193 already: nothing at all is written.
    const dir = tempCatalog();
    writeFileSync(join(dir, 'list.xlsx'), await provincialList());
    const file = join(dir, 'procedures/ho-tich/1.001193.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('documents:', '# Thành phần hồ sơ theo Quyết định 1234/QĐ-UBND\ndocuments:'));
    const before = readFileSync(file, 'utf8');
    const again = await run(['import', 'list.xlsx', '.'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('tthc: 1 tệp thủ tục đã tồn tại (ví dụ procedures/ho-tich/1.001193.yaml); thêm --force để cập nhật các tệp đó theo danh sách\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'procedures/ho-tich/1.004873.yaml'))).toBe(false);

    // --force updates what the list says and keeps the rest: documents, subjects (no column), comments.
    const forced = await run(['import', 'list.xlsx', '.', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/procedures\/ho-tich\/1\.001193\.yaml\s+cập nhật/);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('# Thành phần hồ sơ theo Quyết định 1234/QĐ-UBND\ndocuments:');
    const was = parse(before) as Record<string, unknown>;
    const now = parse(after) as Record<string, unknown>;
    expect(now.documents).toEqual(was.documents);
    expect(now.subjects).toEqual(was.subjects);
    expect(now.results).toEqual(was.results);
    expect(now.authority).toBe('UBND cấp xã');
    expect(now.channels).toEqual([
      { kind: 'in_person', time: { value: 1, unit: 'working_days' }, fee: 0 },
      { kind: 'online', time: { value: 1, unit: 'working_days' }, fee: 0 },
    ]);
    expect(after).not.toContain('TODO: Đối tượng');
    const load = await loadCatalog(dir, new DiskIO(dir));
    expect(load.files.find((f) => f.file === 'procedures/ho-tich/1.001193.yaml')?.valid).toBe(true);
  });

  it('does not update a file it cannot read as a procedure, and then writes nothing', async () => {
    const dir = tempCatalog();
    writeFileSync(join(dir, 'list.xlsx'), await provincialList());
    const file = join(dir, 'procedures/ho-tich/1.001193.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nname: [unclosed\n`);
    const before = readFileSync(file, 'utf8');
    const r = await run(['import', 'list.xlsx', '.', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không cập nhật được procedures/ho-tich/1.001193.yaml');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'procedures/ho-tich/1.004873.yaml'))).toBe(false);

    // Also when the broken file is not where the list's sector would put it: it is not written twice.
    const elsewhere = join(dir, 'procedures/khac/1.001193.yaml');
    mkdirSync(join(dir, 'procedures/khac'));
    renameSync(file, elsewhere);
    const moved = await run(['import', 'list.xlsx', '.', '--force'], dir);
    expect(moved.code).toBe(2);
    expect(moved.stderr).toContain('Không cập nhật được procedures/khac/1.001193.yaml');
    expect(existsSync(file)).toBe(false);
  });

  it('takes a cell merged down a column for every row it covers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DM');
    ws.addRow(['STT', 'Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Cấp thực hiện', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Cách thức thực hiện']);
    ws.addRow([1, '1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', 'Cấp xã', '1 ngày làm việc', 'Không', 'Trực tiếp']);
    ws.addRow([2, '1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', null, 'Cấp xã', '3 ngày làm việc', 'Không', 'Trực tiếp']);
    ws.mergeCells('D2:D3');
    const dir = tempTree({ 'list.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) });
    const r = await run(['import', 'list.xlsx', '.'], dir);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'procedures/ho-tich/1.004873.yaml'), 'utf8'))).toMatchObject({ sector: 'Hộ tịch' });
  });

  it('refuses a file that is not a workbook', async () => {
    const dir = tempTree({ 'list.xlsx': 'STT,Mã TTHC\n1,1.001193\n', 'other.xlsx': zipSync({ 'hello.txt': new TextEncoder().encode('hi') }) });
    for (const file of ['list.xlsx', 'other.xlsx']) {
      const r = await run(['import', file, 'out'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`tthc: "${file}" không phải là tệp Excel (.xlsx) đọc được\n`);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });

  it('refuses a workbook with no recognisable header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['Họ tên', 'Địa chỉ']);
    const dir = tempTree({ 'list.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) });
    const r = await run(['import', 'list.xlsx', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"list.xlsx" không có trang danh sách thủ tục: cần một dòng tiêu đề trong 20 dòng đầu có cột Mã TTHC, Tên TTHC');
  });

  it('refuses the tool\'s own plan and findings exports: a cost sheet\'s fee column does not make it a list', async () => {
    const dir = tempCatalog();
    for (const report of ['plan', 'findings', 'stats']) {
      expect((await run(['export', report, '.', '-o', `${report}.xlsx`], dir)).code).toBe(0);
      const r = await run(['import', `${report}.xlsx`, '.', '--force'], dir);
      expect(r.code, report).toBe(2);
      expect(r.stderr).toContain('không có trang danh sách thủ tục');
    }
  });

  it('refuses a sheet that has the code and the name but nothing to import (a findings export)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phát hiện');
    ws.addRow(['Báo cáo']);
    ws.addRow(['STT', 'Quy tắc', 'Mức độ', 'Nội dung', 'Vị trí', 'Mã TTHC', 'Tên TTHC', 'Cơ quan']);
    ws.addRow([1, 'ops/late-rate', 'Cảnh báo', '…', 'a.yaml:1', '1.001193', 'Thủ tục đăng ký khai sinh', 'UBND xã A']);
    const dir = tempTree({ 'f.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) });
    const r = await run(['import', 'f.xlsx', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gần nhất là trang "Phát hiện", dòng 2 (chỉ nhận ra: Mã TTHC, Tên TTHC)');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a zip bomb, by its declared sizes and by what it really inflates to', async () => {
    // Declared: a central directory that announces 3 GB.
    const small = await provincialList();
    const declared = new Uint8Array(small);
    const view = new DataView(declared.buffer);
    for (let i = declared.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        const cd = view.getUint32(i + 16, true);
        view.setUint32(cd + 24, 3_000_000_000, true);
        break;
      }
    }
    const dir = tempTree({ 'bomb.xlsx': declared });
    const r = await run(['import', 'bomb.xlsx', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('giải nén ra quá 200 MB');
    expect(existsSync(join(dir, 'out'))).toBe(false);

    // Real: a part that inflates past the limit (a small limit keeps the test fast).
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/workbook.xml': zeros }, { level: 9 });
    const dir2 = tempTree({ 'bomb.xlsx': bomb });
    const io = memoryIO({ cwd: dir2 });
    const result = await importList('bomb.xlsx', 'out', { limits: { maxUncompressed: 1024 * 1024, maxEntries: 100 } }, io);
    expect(result).toMatchObject({ code: 'workbook-too-large' });
    expect(existsSync(join(dir2, 'out'))).toBe(false);
  });

  it('says so for a missing file', async () => {
    const io = memoryIO({ cwd: tempTree({}) });
    expect(await execute(['import', 'nope.xlsx'], io)).toBe(2);
    expect(io.err()).toBe('tthc: Không tìm thấy tệp "nope.xlsx"\n');
  });
});
