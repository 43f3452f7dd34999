import { describe, expect, it } from 'vitest';
import type { Channel, ProcedureFile } from '../../../src/catalog/schema/kinds.js';
import { feeText } from '../../../src/report/excel/describe.js';
import { parseFee, parseTime } from '../../../src/report/excel/import/values.js';

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
