/**
 * Text output of `tthc diff` says where a change is in words (spec/cli.md: readable by an
 * analyst), in Vietnamese and English; the JSON keeps the field path.
 */
import { describe, expect, it } from 'vitest';
import { compareCatalogs, type FieldChange } from '../../src/diff/compare.js';
import { formatDiff } from '../../src/diff/format.js';
import { changeLabel, elementChange, elementSummary, valueText } from '../../src/diff/labels.js';
import { procedureWith } from '../../src/rules/examples.js';
import { loadExample } from '../helpers/catalog.js';
import { impl } from '../helpers/implementation.js';

const PROC = 'procedures/ho-tich/1.001193.yaml';
const IMPL = impl('    stats:\n      period: { from: 2026-07-01, to: 2026-09-30 }\n      received: { in_person: 10, online: 30 }\n      resolved: { on_time: 38, late: 2 }\n')['implementations/ubnd-phuong-ham-rong.yaml'] as string;

async function changes(edits: Record<string, string>, files: Record<string, string | null> = {}): Promise<FieldChange[]> {
  const base = await loadExample(files);
  const head = await loadExample({ ...files, [PROC]: procedureWith(edits) });
  return compareCatalogs(base, head).changed[0]?.changes ?? [];
}

describe('changeLabel', () => {
  it('names a channel by its kind and a document by its name, in either language', async () => {
    const found = await changes({
      '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 2, unit: working_days }, fee: 8000 }',
      '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, copies: 1 }',
    });
    expect(found.map((f) => changeLabel(f.segments, 'vi'))).toEqual([
      'Kênh trực tiếp › thời hạn giải quyết',
      'Kênh trực tiếp › phí, lệ phí',
      'Thành phần hồ sơ «Giấy chứng sinh» › số bản sao',
    ]);
    expect(found.map((f) => changeLabel(f.segments, 'en'))).toEqual([
      'In-person channel › processing time',
      'In-person channel › fee',
      'Document "Giấy chứng sinh" › copies',
    ]);
  });

  it('says where a statistic of an agency is, and numbers elements of a list without keys from 1', () => {
    expect(changeLabel([{ key: 'procedures' }, { item: '1.001193', list: 'procedures' }, { key: 'stats' }, { key: 'resolved' }, { key: 'late' }], 'vi'))
      .toBe('Thủ tục 1.001193 › số liệu giải quyết › hồ sơ đã giải quyết › quá hạn');
    expect(changeLabel([{ key: 'results' }, { item: '0', list: 'results' }, { key: 'validity' }], 'vi')).toBe('Kết quả thứ 1 › thời hạn hiệu lực');
    expect(changeLabel([{ key: 'changes' }, { item: 'set_fee', list: 'changes' }, { key: 'reason' }], 'en')).toBe('Change "Lower a fee" › reason');
    // A key the labels do not know is shown as it is written, not dropped.
    expect(changeLabel([{ key: 'x_custom' }], 'vi')).toBe('X_custom');
  });
});

describe('values in text output', () => {
  it('gives fees in money, dates as people write them, enum values by name', () => {
    expect(valueText('fee', 8000, 'vi')).toBe('8.000 đồng');
    expect(valueText('fee', 0, 'vi')).toBe('Không thu');
    expect(valueText('fee', null, 'en')).toBe('As regulated');
    expect(valueText('copies', 0, 'vi')).toBe('0');
    expect(valueText('by', '2026-12-31', 'vi')).toBe('31/12/2026');
    expect(valueText('online_level', 'partial', 'vi')).toBe('Một phần');
    expect(valueText('form', null, 'vi')).toBeUndefined();
  });

  it('sums up what an added or removed channel or document asks', () => {
    expect(elementSummary('channels', { kind: 'postal', time: { value: 5, unit: 'working_days' }, fee: 20000 }, 'vi')).toBe('5 ngày làm việc; 20.000 đồng');
    expect(elementSummary('documents', { originals: 1, copies: 2, copy_type: 'certified' }, 'vi')).toBe('1 bản chính, 2 bản sao có chứng thực');
    expect(elementSummary('documents', { originals: 0, copies: 1, copy_type: 'any', action: 'present', optional: true }, 'en')).toBe('1 × plain copy, to present, optional');
    expect(elementSummary('legal_basis', { ref: 'nd-20-2021' }, 'vi')).toBe('');
  });
});

describe('formatDiff', () => {
  it('writes whole elements as added or removed, and names the procedure and the agency', async () => {
    const base = await loadExample({ 'implementations/ham-rong.yaml': IMPL });
    const head = await loadExample({
      'implementations/ham-rong.yaml': IMPL.replace('on_time: 38, late: 2', 'on_time: 37, late: 3'),
      [PROC]: procedureWith({
        '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '',
        '  - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n':
          '  - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n  - { kind: postal, time: { value: 3, unit: working_days }, fee: 25000 }\n',
      }),
    });
    const diff = compareCatalogs(base, head);
    const vi = formatDiff('stylish', { diff, base: 'HEAD', head: 'thư mục làm việc', locale: 'vi', color: false });
    expect(vi).toContain('~ 1.001193 Thủ tục đăng ký khai sinh  procedures/ho-tich/1.001193.yaml');
    expect(vi).toContain('Thêm kênh dịch vụ bưu chính (3 ngày làm việc; 25.000 đồng)  ▼ giảm gánh nặng');
    expect(vi).toMatch(/Bỏ thành phần hồ sơ «Giấy chứng sinh» \(1 bản chính\)\s+▼ giảm gánh nặng/);
    expect(vi).toContain('Thủ tục 1.001193 › số liệu giải quyết › hồ sơ đã giải quyết › quá hạn: 2 → 3');
    expect(vi).not.toContain('channels[');
    const en = formatDiff('stylish', { diff, base: 'HEAD', head: 'work tree', locale: 'en', color: false });
    expect(en).toContain('Added postal channel (3 working days; 25,000 VND)  ▼ burden down');
    const md = formatDiff('markdown', { diff, base: 'HEAD', head: 'work tree', locale: 'vi', color: false });
    expect(md).toContain('| Thành phần hồ sơ «Giấy chứng sinh»<br>`documents[giay-chung-sinh]` | 1 bản chính | (không có) | 🔻 giảm gánh nặng |');
    const json = JSON.parse(formatDiff('json', { diff, base: 'HEAD', head: 'work tree', locale: 'vi', color: false })) as { changed: { name: string; changes: Record<string, unknown>[] }[] };
    expect(json.changed[0]?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(Object.keys(json.changed[0]?.changes[0] ?? {})).toEqual(['path', 'before', 'after', 'burden']);
  });
});

describe('what an agency does, in diff', () => {
  it('puts the verb with the element added inside an entry, says "as published" for what it leaves out, and lists channels in brief', async () => {
    const base = await loadExample({ 'implementations/ham-rong.yaml': IMPL });
    const head = await loadExample({
      'implementations/ham-rong.yaml': IMPL.replace('    stats:', '    documents:\n      - { ref: giay-chung-sinh, copies: 1 }\n      - { name: Sổ hộ khẩu }\n    channels:\n      - { kind: in_person, time: { value: 2, unit: working_days }, fee: 0 }\n    stats:'),
    });
    const text = formatDiff('stylish', { diff: compareCatalogs(base, head), base: 'HEAD', head: 'x', locale: 'vi', color: false });
    expect(text).toContain('Thủ tục 1.001193 › thành phần hồ sơ: (như công bố) → giay-chung-sinh (1 bản sao không cần chứng thực); Sổ hộ khẩu (1 bản chính)');
    expect(text).toContain('Thủ tục 1.001193 › cách thức thực hiện: (như công bố) → Trực tiếp (2 ngày làm việc; Không thu)');
    expect(text).not.toContain('{"kind"');
  });

  it('places the verb after the entry an element is added to', () => {
    const segments = [{ key: 'procedures' }, { item: '1.001193', list: 'procedures' }, { key: 'documents' }, { item: 'x', list: 'documents', name: 'Sổ hộ khẩu' }];
    expect(elementChange(segments, true, 'vi')).toBe('Thủ tục 1.001193 › thêm thành phần hồ sơ «Sổ hộ khẩu»');
    expect(elementChange(segments.slice(2), false, 'vi')).toBe('Bỏ thành phần hồ sơ «Sổ hộ khẩu»');
    expect(valueText('validity', 'unlimited', 'vi')).toBe('Không thời hạn');
  });
});

describe('catalog text in diff output', () => {
  it('shows control characters as escapes in the terminal and writes no HTML into a pull-request comment', async () => {
    const base = await loadExample();
    const head = await loadExample({ [PROC]: procedureWith({ 'name: Thủ tục đăng ký khai sinh': 'name: "Thủ tục \\u001b[2J<img src=x> khai sinh"' }) });
    const diff = compareCatalogs(base, head);
    const terminal = formatDiff('stylish', { diff, base: 'a', head: 'b', locale: 'vi', color: false });
    expect(terminal).not.toContain('\u001b');
    expect(terminal).toContain('\\u001b[2J');
    const md = formatDiff('markdown', { diff, base: 'a', head: 'b', locale: 'vi', color: false });
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x&gt;');
  });
});

describe('a list of texts in diff', () => {
  it('says which steps were added or removed, not both lists whole', async () => {
    const base = await loadExample({ [PROC]: procedureWith({ 'documents:': 'steps: [Nộp hồ sơ, Trả kết quả]\ndocuments:' }) });
    const head = await loadExample({ [PROC]: procedureWith({ 'documents:': 'steps: [Nộp hồ sơ, Kiểm tra hồ sơ, Trả kết quả]\ndocuments:' }) });
    const text = formatDiff('stylish', { diff: compareCatalogs(base, head), base: 'a', head: 'b', locale: 'vi', color: false });
    expect(text).toContain('Trình tự thực hiện: thêm "Kiểm tra hồ sơ"');
  });
});

describe('legal references in diff', () => {
  it('are named by the document number, not the catalog id', async () => {
    const base = await loadExample();
    const head = await loadExample({ [PROC]: procedureWith({ 'article: Điều 16': 'article: Điều 17' }) });
    const text = formatDiff('stylish', { diff: compareCatalogs(base, head), base: 'a', head: 'b', locale: 'vi', color: false });
    expect(text).toContain('Căn cứ pháp lý «60/2014/QH13» › điều, khoản: Điều [-16-]{+17+}');
  });
});
