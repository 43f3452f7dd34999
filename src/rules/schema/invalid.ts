import { INVISIBLE_GLOBAL } from '../../catalog/schema/shapes.js';
import { counted, formatNumber } from '../../i18n/locale.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

type Field = { field: string };
type Value = Field & { value: string };

const list = (xs: readonly string[]) => xs.join(', ');
/** The offending value after its type, unless it says nothing more (null is null). */
const shown = (d: { value: string; received: string }) => (d.value && d.value !== d.received ? ` (${d.value})` : '');
const hint = (s: string | null, vi: boolean) => (s ? (vi ? ` (có phải ý là "${s}"?)` : ` (did you mean "${s}"?)`) : '');

export default defineRule<{
  missing: Field;
  type: Value & { expected: string; received: string };
  'unknown-key': { key: string; suggestion: string | null };
  enum: Value & { options: string[] };
  'empty-list': Field & { minimum: number };
  'empty-text': Field;
  empty: Field;
  'too-small': Value & { minimum: number };
  'too-big': Value & { maximum: number };
  'out-of-range': Value;
  'bare-duration': Value;
  date: Value & { suggestion?: string };
  'invisible-char': Value & { char: string; position: number };
  /** `text`: the code as written in the file, when the loader could read it there. */
  'code-number': Value & { text?: string };
  'code-pattern': Value;
  'id-pattern': Value;
  'contact-empty': Field;
  'ref-or-name': Field;
  'fee-note': Field;
  'time-unit': Value;
  'suppression-scope': Field;
  'multiple-documents': { count: number };
  'file-too-large': { size: number; limit: number };
  unreadable: { reason: string; code: string };
  'unknown-rule': { key: string; suggestion: string | null };
  'rule-option': { rule: string; field: string; detail: string };
  other: Field & { detail: string };
}>({
  id: 'schema/invalid',
  group: 'schema',
  severity: 'error',
  docs: {
    summary: { vi: 'Nội dung không đúng định dạng danh mục (catalog.md)', en: 'The content breaks the catalog format (catalog.md)' },
    description: {
      vi: 'Thiếu trường bắt buộc, sai kiểu dữ liệu, khóa lạ (thường là gõ sai), giá trị ngoài danh sách cho phép, mã sai mẫu, hoặc thời hạn ghi bằng một con số trần không có đơn vị. Khóa bắt đầu bằng `x_` là phần mở rộng tự do và không bị kiểm tra.',
      en: 'A required field is missing, a value has the wrong type, a key is unknown (usually a typo), a value is outside its allowed set, a code breaks its pattern, or a duration is a bare number without a unit. Keys starting with `x_` are free extensions and are not checked.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ kind: online, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: online, time: 1, fee: 0 }' }) },
      good: {},
    },
  },
  messages: {
    missing: { vi: (d) => `Thiếu trường bắt buộc "${d.field}"`, en: (d) => `Missing required field "${d.field}"` },
    type: {
      vi: (d) => `Trường "${d.field}" phải là ${typeVi(d.expected)}, không phải ${typeVi(d.received)}${shown(d)}`,
      en: (d) => `Field "${d.field}" must be ${d.expected}, not ${d.received}${shown(d)}`,
    },
    'unknown-key': {
      vi: (d) => `Khóa không có trong định dạng: "${d.key}"${hint(d.suggestion, true)}`,
      en: (d) => `Unknown key "${d.key}"${hint(d.suggestion, false)}`,
    },
    enum: {
      vi: (d) => `Giá trị "${d.value}" của "${d.field}" không hợp lệ; chỉ nhận: ${list(d.options)}`,
      en: (d) => `"${d.value}" is not a valid "${d.field}"; expected one of: ${list(d.options)}`,
    },
    'empty-list': { vi: (d) => `"${d.field}" cần ít nhất ${d.minimum} mục`, en: (d) => `"${d.field}" needs at least ${counted(d.minimum, 'item')}` },
    'empty-text': { vi: (d) => `"${d.field}" không được để trống`, en: (d) => `"${d.field}" must not be empty` },
    empty: { vi: (d) => `"${d.field}" không được để trống`, en: (d) => `"${d.field}" must not be empty` },
    'too-small': { vi: (d) => `"${d.field}" = ${d.value} nhỏ hơn giá trị tối thiểu ${d.minimum}`, en: (d) => `"${d.field}" = ${d.value} is below the minimum ${d.minimum}` },
    'too-big': { vi: (d) => `"${d.field}" = ${d.value} lớn hơn giá trị tối đa ${d.maximum}`, en: (d) => `"${d.field}" = ${d.value} is above the maximum ${d.maximum}` },
    'out-of-range': {
      vi: (d) => `Số ở trường "${d.field}" nằm ngoài phạm vi biểu diễn được (quá lớn), không đọc được`,
      en: (d) => `The number in field "${d.field}" is out of range (too large to represent)`,
    },
    'bare-duration': {
      vi: (d) => `Thời hạn "${d.field}" là con số ${d.value} không có đơn vị; ghi { value: ${d.value}, unit: working_days } (hoặc days, hours, months, years)`,
      en: (d) => `Duration "${d.field}" is the bare number ${d.value} without a unit; write { value: ${d.value}, unit: working_days } (or days, hours, months, years)`,
    },
    date: {
      vi: (d) => `Ngày "${d.value}" của "${d.field}" không hợp lệ; ghi theo dạng YYYY-MM-DD (năm-tháng-ngày)${d.suggestion ? `, tức là ${d.suggestion}` : ', ví dụ 2026-11-01'}`,
      en: (d) => `"${d.value}" is not a valid date for "${d.field}"; write YYYY-MM-DD (year-month-day)${d.suggestion ? `, here ${d.suggestion}` : ', e.g. 2026-11-01'}`,
    },
    'invisible-char': {
      vi: (d) => `Mã có ký tự vô hình: "${d.field}" = "${showInvisible(d.value)}" chứa ${d.char} ở vị trí ${d.position} (thường do sao chép từ Word, PDF hoặc Excel); hãy xóa ký tự đó`,
      en: (d) => `The code has an invisible character: "${d.field}" = "${showInvisible(d.value)}" contains ${d.char} at position ${d.position} (usually pasted from Word, PDF or Excel); delete it`,
    },
    'code-number': {
      vi: (d) => (zerosLost(d)
        ? `Mã thủ tục ${d.text ?? d.value} bị YAML đọc thành số ${d.value} (số 0 ở cuối bị mất); hãy đặt trong dấu nháy: ${d.field}: "${written(d)}"`
        : `Mã thủ tục ${d.text ?? d.value} bị YAML đọc thành số; hãy đặt trong dấu nháy: ${d.field}: "${written(d)}"`),
      en: (d) => (zerosLost(d)
        ? `Procedure code ${d.text ?? d.value} was read by YAML as the number ${d.value} (the trailing zeros are lost); quote it: ${d.field}: "${written(d)}"`
        : `Procedure code ${d.text ?? d.value} was read by YAML as a number; quote it: ${d.field}: "${written(d)}"`),
    },
    'code-pattern': {
      vi: (d) => `Mã thủ tục "${d.value}" không đúng mẫu: mã quốc gia dạng 1.001193, mã địa phương dạng ABC-123`,
      en: (d) => `Procedure code "${d.value}" breaks the pattern: national codes look like 1.001193, local ones like ABC-123`,
    },
    'id-pattern': {
      vi: (d) => `Mã định danh "${d.value}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ so-tu-phap)`,
      en: (d) => `Id "${d.value}" may only contain lowercase ASCII letters, digits and hyphens (e.g. so-tu-phap)`,
    },
    'contact-empty': {
      vi: () => 'Đầu mối liên hệ cần ít nhất một trong: phone, email, hotline',
      en: () => 'A contact needs at least one of phone, email, hotline',
    },
    'ref-or-name': {
      vi: () => 'Mỗi giấy tờ ghi đúng một trong hai: ref (mã giấy tờ đã công bố) hoặc name (tên giấy tờ)',
      en: () => 'Each document gives exactly one of ref (a published document id) or name',
    },
    'fee-note': {
      vi: () => 'Phí, lệ phí ghi null (do văn bản khác quy định) thì cần fee_note nói rõ văn bản nào, ví dụ fee_note: Theo Nghị quyết của HĐND tỉnh',
      en: () => 'A fee of null (set by another text) needs a fee_note saying which, e.g. fee_note: Theo Nghị quyết của HĐND tỉnh',
    },
    'time-unit': {
      vi: (d) => `Thời hạn giải quyết không được ghi bằng ${d.value === 'years' ? 'năm' : 'tháng'} (đơn vị này chỉ dùng cho thời hạn hiệu lực, và không quy đổi được ra ngày làm việc để so sánh); ghi bằng working_days, days hoặc hours`,
      en: (d) => `A time limit for handling may not be given in ${d.value} (that unit is for validity periods and has no working-day equivalent to compare); use working_days, days or hours`,
    },
    'suppression-scope': {
      vi: () => 'Mục bỏ qua cần chỉ rõ procedure, agency hoặc file',
      en: () => 'A suppression needs a procedure, an agency or a file',
    },
    'multiple-documents': {
      vi: (d) => `Tệp có ${d.count} tài liệu YAML (ngăn bởi ---); mỗi tệp chỉ được có một`,
      en: (d) => `The file holds ${d.count} YAML documents (separated by ---); one per file`,
    },
    'file-too-large': {
      vi: (d) => `Tệp quá lớn (${formatNumber(d.size, 'vi')} byte, giới hạn ${formatNumber(d.limit, 'vi')}); hãy tách thành nhiều tệp`,
      en: (d) => `The file is too large (${formatNumber(d.size, 'en')} bytes, limit ${formatNumber(d.limit, 'en')}); split it`,
    },
    unreadable: {
      vi: (d) => `Không đọc được: ${UNREADABLE_VI[d.reason] ?? 'lỗi hệ thống tệp'} (${d.code})`,
      en: (d) => `Cannot be read: ${UNREADABLE_EN[d.reason] ?? 'file system error'} (${d.code})`,
    },
    'unknown-rule': {
      vi: (d) => `Không có quy tắc "${d.key}"${hint(d.suggestion, true)}; xem danh sách bằng "tthc rules"`,
      en: (d) => `There is no rule "${d.key}"${hint(d.suggestion, false)}; list them with "tthc rules"`,
    },
    'rule-option': {
      vi: (d) => `Tham số "${d.field}" của quy tắc ${d.rule} không hợp lệ: ${d.detail}`,
      en: (d) => `Option "${d.field}" of rule ${d.rule} is invalid: ${d.detail}`,
    },
    other: { vi: (d) => `"${d.field}" không hợp lệ: ${d.detail}`, en: (d) => `"${d.field}" is invalid: ${d.detail}` },
  },
  check: (ctx) => { forwardDiagnostics('schema/invalid', ctx); },
});

const UNREADABLE_VI: Record<string, string> = {
  permission: 'không có quyền đọc', directory: 'đây là thư mục, không phải tệp', loop: 'liên kết tượng trưng (symlink) trỏ vòng', vanished: 'tệp đã bị xóa trong lúc đọc',
};
const UNREADABLE_EN: Record<string, string> = {
  permission: 'permission denied', directory: 'this is a directory, not a file', loop: 'a symbolic link loops', vanished: 'the file disappeared while reading',
};

/** The value with each invisible character spelled out, so the reader can see where it is. */
function showInvisible(value: string): string {
  return value.replace(INVISIBLE_GLOBAL, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * The code as typed: the text of the file, else a guess from the number (national codes have
 * six decimals: 1.0001 → "1.000100").
 */
function written(d: { value: string; text?: string }): string {
  if (d.text !== undefined) return d.text;
  const n = Number(d.value);
  return Number.isFinite(n) && n >= 0 && n < 10 ? n.toFixed(6) : d.value;
}

/**
 * Whether YAML dropped zeros at the end: the code was written ending in 0 and the number reads
 * shorter (`1.000100` → 1.0001). `1.001193` loses nothing; without the text nobody can tell.
 */
function zerosLost(d: { value: string; text?: string }): boolean {
  return d.text !== undefined && d.text.endsWith('0') && d.text !== d.value;
}

function typeVi(t: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', boolean: 'true/false', object: 'dạng { khóa: giá trị }',
    array: 'danh sách [ … ]', null: 'null', undefined: 'giá trị rỗng',
  };
  return names[t] ?? t;
}
