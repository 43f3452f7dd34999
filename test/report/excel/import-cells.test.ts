import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/report/excel/describe.js';
import type { Channel, ProcedureFile } from '../../../src/catalog/schema/kinds.js';
import { agenciesText, feeText } from '../../../src/report/excel/describe.js';
import { citations, legalKey } from '../../../src/report/excel/import/legal.js';
import { planImport, type SourceRow } from '../../../src/report/excel/import/plan.js';
import { parseAgencyCell, parseFee, parseTime } from '../../../src/report/excel/import/values.js';
import { ReportIndex } from '../../../src/report/excel/input.js';
import { fold } from '../../../src/text/fold.js';
import { reportInput } from './helpers.js';

const days = (value: number) => ({ value, unit: 'working_days' as const });

function procedureWith(channels: Channel[]): ProcedureFile {
  return { code: '1.000001', name: 'Thủ tục', status: 'active', sector: 'Hộ tịch', levels: ['commune'], subjects: ['citizen'], channels, documents: [], legal_basis: [] } as unknown as ProcedureFile;
}

describe('fee cells', () => {
  it.each([
    ['10.000 đồng (10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC))', { fee: 10000, note: '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)' }],
    ['Không thu (Miễn lệ phí theo Nghị quyết của HĐND tỉnh (mức của tỉnh cần đối chiếu))', { fee: 0, note: 'Miễn lệ phí theo Nghị quyết của HĐND tỉnh (mức của tỉnh cần đối chiếu)' }],
    ['2.000 đồng (2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang)', { fee: 2000, note: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang' }],
    ['Theo quy định (Như nộp trực tiếp)', { fee: null, note: 'Như nộp trực tiếp' }],
    ['Theo Nghị quyết của HĐND tỉnh; miễn cho hộ nghèo', { fee: null, note: 'Theo Nghị quyết của HĐND tỉnh; miễn cho hộ nghèo' }],
  ])('reads %j as one fee for every channel', (text, fee) => {
    expect(parseFee(text)).toEqual({ all: fee, byChannel: {} });
  });

  it('reads per-channel lines whose notes hold semicolons, amounts and parentheses', () => {
    const text = 'Trực tiếp: Không thu (Miễn lệ phí khi đăng ký đúng hạn; đăng ký quá hạn nộp lệ phí theo Nghị quyết của HĐND tỉnh)\nTrực tuyến: Không thu\nDịch vụ bưu chính: 8.000 đồng (8.000 đồng/bản; cước (nếu có) do người yêu cầu trả)';
    expect(parseFee(text)).toEqual({
      byChannel: {
        in_person: { fee: 0, note: 'Miễn lệ phí khi đăng ký đúng hạn; đăng ký quá hạn nộp lệ phí theo Nghị quyết của HĐND tỉnh' },
        online: { fee: 0 },
        postal: { fee: 8000, note: '8.000 đồng/bản; cước (nếu có) do người yêu cầu trả' },
      },
    });
  });

  it('reads per-channel values on one line, as provincial lists write them', () => {
    expect(parseTime('Trực tiếp: 20 ngày làm việc; Trực tuyến: 17 ngày làm việc')).toEqual({ byChannel: { in_person: days(20), online: days(17) } });
    expect(parseFee('Nộp trực tiếp: 20.000 đồng; Nộp trực tuyến: 10.000 đồng')).toEqual({ byChannel: { in_person: { fee: 20000 }, online: { fee: 10000 } } });
  });

  it('does not guess when a label appears only after an unlabelled value', () => {
    expect(parseFee('Không thu; Trực tuyến: 5.000 đồng')).toBeUndefined();
  });

  it.each<[string, Channel[]]>([
    ['an amount with a note naming amounts', [{ kind: 'in_person', time: days(1), fee: 10000, fee_note: '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)' }]],
    ['free with a note', [{ kind: 'in_person', time: days(1), fee: 0, fee_note: 'Miễn lệ phí; quá hạn theo Nghị quyết của HĐND tỉnh' }, { kind: 'online', time: days(1), fee: 0 }]],
    ['a null fee set by a resolution', [{ kind: 'in_person', time: days(1), fee: null, fee_note: 'Theo Nghị quyết của HĐND tỉnh' }]],
    ['null fees whose notes name no document or an amount', [
      { kind: 'in_person', time: days(1), fee: null, fee_note: 'Lệ phí theo Nghị quyết của HĐND tỉnh; nghĩa vụ tài chính theo thông báo của cơ quan thuế' },
      { kind: 'online', time: days(1), fee: null, fee_note: 'Như nộp trực tiếp' },
      { kind: 'postal', time: days(1), fee: null, fee_note: 'Lệ phí 50.000 đồng do HĐND tỉnh quy định' },
    ]],
    ['a null note that reads like channel labels', [{ kind: 'in_person', time: days(1), fee: null, fee_note: 'Theo Nghị quyết của HĐND tỉnh; Trực tuyến: giảm 50%' }, { kind: 'online', time: days(1), fee: 0 }]],
  ])('writes %s so that it imports back', (_, channels) => {
    const read = parseFee(feeText(procedureWith(channels)));
    for (const c of channels) {
      const fee = read?.byChannel[c.kind] ?? read?.all;
      expect(fee, `${c.kind} from ${JSON.stringify(feeText(procedureWith(channels)))}`).toEqual(c.fee_note === undefined ? { fee: c.fee } : { fee: c.fee, note: c.fee_note });
    }
  });

  it('writes a null fee as its note when the note says where it is set', () => {
    expect(feeText(procedureWith([{ kind: 'in_person', time: days(1), fee: null, fee_note: 'Theo Nghị quyết của HĐND tỉnh' }]))).toBe('Theo Nghị quyết của HĐND tỉnh');
    expect(feeText(procedureWith([{ kind: 'in_person', time: days(1), fee: null, fee_note: 'Như nộp trực tiếp' }]))).toBe('Theo quy định (Như nộp trực tiếp)');
  });
});

describe('legal basis cells', () => {
  it.each([
    ['Điều 34, 35, 36, 37 Luật An toàn thực phẩm số 55/2010/QH12', 'Điều 34, 35, 36, 37'],
    ['Điều 7, 8 Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội số 20/2021/NĐ-CP', 'Điều 7, 8'],
    ['khoản 2 Điều 5 Nghị định số 20/2021/NĐ-CP', 'khoản 2 Điều 5'],
    ['Điều 5, Điều 6 Nghị định số 20/2021/NĐ-CP', 'Điều 5, Điều 6'],
    ['Điều 24 - 28 Bộ luật Dân sự số 91/2015/QH13', 'Điều 24 - 28'],
    ['Điều 16, khoản 2 Luật Hộ tịch số 60/2014/QH13', 'Điều 16, khoản 2'],
    ['điểm a, b khoản 2 Điều 5 và Điều 12a Nghị định số 20/2021/NĐ-CP', 'điểm a, b khoản 2 Điều 5 và Điều 12a'],
  ])('keeps the whole article of %j', (text, article) => {
    expect(citations(text)[0]?.article).toBe(article);
    expect(citations(text)[0]?.number).toBe(legalKey(/\S+$/.exec(text)?.[0] ?? ''));
  });

  it.each([
    ['Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP số 01/2020/TT-BTP', '01/2020/TT-BTP'],
    ['Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội số 76/2024/NĐ-CP', '76/2024/ND-CP'],
    ['Thông tư sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA, Thông tư số 56/2021/TT-BCA và Thông tư số 17/2024/TT-BCA số 53/2025/TT-BCA', '53/2025/TT-BCA'],
    ['Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP', '76/2024/ND-CP'],
    ['Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ', '24/2021/QD-TTG'],
    ['Luật Cư trú số 68/2020/QH14 ngày 13/11/2020', '68/2020/QH14'],
    ['Nghị quyết số 66.7/2025/NQ-CP', '66.7/2025/NQ-CP'],
  ])('finds the own number of %j', (text, number) => {
    expect(citations(text)[0]?.number).toBe(number);
  });

  it('says so when the own number is not there, rather than take a mentioned one', () => {
    expect(citations('Thông tư sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA')).toEqual([
      { text: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA', problem: 'ambiguous' },
    ]);
    expect(citations('Luật Hộ tịch')).toEqual([{ text: 'Luật Hộ tịch', problem: 'no-number' }]);
  });

  it('is written as Vietnamese documents cite: a decree by kind and number, a law by name and number', () => {
    const doc = (number: string, title: string) => ({ id: 'x', number, title });
    expect(citation(doc('123/2015/NĐ-CP', 'Nghị định quy định chi tiết Luật Hộ tịch'))).toBe('Nghị định số 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch');
    expect(citation(doc('60/2014/QH13', 'Luật Hộ tịch'))).toBe('Luật Hộ tịch số 60/2014/QH13');
    expect(citation(doc('04/2020/TT-BTP', 'Thông tư số 04/2020/TT-BTP hướng dẫn'))).toBe('Thông tư số 04/2020/TT-BTP hướng dẫn');
  });

  it('keeps a title\'s semicolon inside its citation, whether the number comes first or last', () => {
    const title = 'quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất';
    for (const cell of [`Nghị định số 101/2024/NĐ-CP ${title}; Luật Đất đai số 31/2024/QH15`, `Nghị định ${title} số 101/2024/NĐ-CP; Luật Đất đai số 31/2024/QH15`]) {
      expect(citations(cell).map((c) => c.number)).toEqual([legalKey('101/2024/NĐ-CP'), legalKey('31/2024/QH15')]);
    }
  });

  it('compares numbers without regard to NFC/NFD, Đ/D, case, spaces or "số"', () => {
    const key = legalKey('24/2021/QĐ-TTg');
    for (const written of ['24/2021/QD-TTG', 'số 24/2021/QĐ-TTg', '24/2021/QĐ-TTg'.normalize('NFD'), '24 / 2021 / qđ-TTg']) expect(legalKey(written)).toBe(key);
    expect(citations('Quyết định số 24 / 2021 / QĐ-TTg'.normalize('NFD'))[0]?.number).toBe(key);
  });

  it('splits a line at semicolons only between citations that each carry a number', () => {
    expect(citations('Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận số 101/2024/NĐ-CP; Điều 5 Luật Đất đai số 31/2024/QH15\n- Luật Hộ tịch')).toEqual([
      { text: 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận số 101/2024/NĐ-CP', number: '101/2024/ND-CP' },
      { text: 'Điều 5 Luật Đất đai số 31/2024/QH15', article: 'Điều 5', number: '31/2024/QH15' },
      { text: 'Luật Hộ tịch', problem: 'no-number' },
    ]);
  });

  it('never resolves a citation to a document its title mentions, and leaves a TODO', () => {
    const rows: SourceRow[] = [{
      row: 2,
      cells: ['1.001776', 'Trợ cấp xã hội', 'Bảo trợ xã hội', 'Cấp xã', '15 ngày làm việc', 'Không', 'Trực tiếp',
        'Điều 7, 8 Nghị định số 20/2021/NĐ-CP\nNghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP số 76/2024/NĐ-CP\nThông tư sửa đổi Thông tư số 55/2021/TT-BCA'],
    }];
    const columns = { code: 0, name: 1, sector: 2, levels: 3, time: 4, fee: 5, channels: 6, legal: 7 };
    const legal = new Map([[legalKey('20/2021/NĐ-CP'), 'nd-20-2021'], [legalKey('55/2021/TT-BCA'), 'tt-55-2021-bca']]);
    const [file] = planImport(rows, columns, { legal, agencies: new Map(), existing: new Map() }).files;
    expect(file?.text).toContain('legal_basis:\n  - ref: nd-20-2021\n    article: Điều 7, 8\n');
    expect(file?.text).not.toContain('tt-55-2021-bca');
    expect(file?.text.match(/nd-20-2021/g)).toHaveLength(1);
    expect(file?.text).toContain('chưa có trong legal.yaml: Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP số 76/2024/NĐ-CP');
    expect(file?.text).toContain('không xác định được số hiệu văn bản: Thông tư sửa đổi Thông tư số 55/2021/TT-BCA');
    expect(file?.review).toContain('legal');
  });
});

describe('"Cơ quan thực hiện" cells', () => {
  const agencies = new Map([
    [fold('Công an phường Hạc Thành'), 'cong-an-phuong-hac-thanh'],
    [fold('Công an xã Nga Sơn'), 'cong-an-xa-nga-son'],
    [fold('Sở Tư pháp'), undefined],
  ]);

  it('reads a bare cell as the competent authority, semicolons and all', () => {
    expect(parseAgencyCell('Sở Y tế; Sở Nông nghiệp và Môi trường (theo ngành quản lý)', agencies)).toEqual({ authority: 'Sở Y tế; Sở Nông nghiệp và Môi trường (theo ngành quản lý)' });
  });

  it('reads labelled lines as the authority and the implementing agencies or level', () => {
    expect(parseAgencyCell('Cơ quan có thẩm quyền: Công an cấp xã\nCơ quan trực tiếp thực hiện: Công an phường Hạc Thành; Công an xã Nga Sơn', agencies)).toEqual({
      authority: 'Công an cấp xã',
      implementedBy: { agencies: ['cong-an-phuong-hac-thanh', 'cong-an-xa-nga-son'] },
    });
    expect(parseAgencyCell('Cơ quan có thẩm quyền: UBND cấp xã; Cơ quan trực tiếp thực hiện: Cấp xã', agencies)).toEqual({ authority: 'UBND cấp xã', implementedBy: { level: 'commune' } });
    expect(parseAgencyCell('Cơ quan trực tiếp thực hiện: Công an xã Nga Sơn', agencies)).toEqual({ implementedBy: { agencies: ['cong-an-xa-nga-son'] } });
  });

  it('names the agencies agencies.yaml does not know, or knows twice', () => {
    expect(parseAgencyCell('Cơ quan trực tiếp thực hiện: Công an xã Nga Sơn; Sở Tư pháp; Sở Lạ', agencies)).toEqual({ unknown: ['Sở Tư pháp', 'Sở Lạ'] });
  });

  it('writes what the import reads back', async () => {
    const index = new ReportIndex(await reportInput());
    const [agency] = index.agencies.values();
    if (agency === undefined) throw new Error('the example catalog has agencies');
    const ids = new Map([[fold(agency.name), agency.id]]);
    const cases = [
      { authority: 'Công an cấp xã', implemented_by: { agencies: [agency.id] } },
      { authority: 'Ủy ban nhân dân cấp xã', implemented_by: { level: 'commune' } },
      { implemented_by: { level: 'other' } },
      { authority: 'Sở Y tế; Sở Công Thương (theo ngành quản lý)' },
    ];
    for (const c of cases) {
      const cell = parseAgencyCell(agenciesText({ ...procedureWith([]), ...c } as ProcedureFile, index), ids);
      expect({ authority: cell.authority, implemented_by: cell.implementedBy }).toEqual({ authority: undefined, implemented_by: undefined, ...c });
    }
  });
});
