/**
 * Catalog values as people read them: durations, fees, channels, levels… in either language.
 * Reports and messages format values here rather than each in its own way.
 */
import type { Duration } from '../catalog/schema/shapes.js';
import { formatNumber, type Locale } from './locale.js';

const UNIT: Record<Locale, Record<Duration['unit'], string>> = {
  vi: { working_days: 'ngày làm việc', days: 'ngày', hours: 'giờ', months: 'tháng', years: 'năm' },
  en: { working_days: 'working days', days: 'days', hours: 'hours', months: 'months', years: 'years' },
};

const NAMES: Record<Locale, Record<string, string>> = {
  vi: {
    in_person: 'Trực tiếp', online: 'Trực tuyến', postal: 'Dịch vụ bưu chính',
    none: 'Không', partial: 'Một phần', full: 'Toàn trình',
    central: 'Cấp bộ', province: 'Cấp tỉnh', commune: 'Cấp xã', other: 'Cơ quan khác', district: 'Cấp huyện',
    citizen: 'Công dân', business: 'Doanh nghiệp', organization: 'Tổ chức', foreigner: 'Người nước ngoài', cooperative: 'Hợp tác xã',
    submit: 'Nộp', present: 'Xuất trình',
    any: 'Bản sao bất kỳ', plain_with_original: 'Bản sao kèm bản chính để đối chiếu', certified: 'Bản sao có chứng thực', register: 'Bản sao từ sổ gốc',
    active: 'Đang thực hiện', abolished: 'Đã bãi bỏ', draft: 'Dự thảo',
    submitted: 'Đã trình', accepted: 'Đã chấp thuận', rejected: 'Không chấp thuận', implemented: 'Đã thực thi',
  },
  en: {
    in_person: 'In person', online: 'Online', postal: 'By post',
    none: 'None', partial: 'Partly online', full: 'Fully online',
    central: 'Central', province: 'Province', commune: 'Commune', other: 'Other', district: 'District',
    citizen: 'Citizen', business: 'Business', organization: 'Organisation', foreigner: 'Foreigner', cooperative: 'Cooperative',
    submit: 'Submit', present: 'Present',
    any: 'Any copy', plain_with_original: 'Plain copy with the original', certified: 'Certified copy', register: 'Copy from the register',
    active: 'Active', abolished: 'Abolished', draft: 'Draft',
    submitted: 'Submitted', accepted: 'Accepted', rejected: 'Rejected', implemented: 'Implemented',
  },
};

export function formatDuration(d: Duration, locale: Locale): string {
  return `${formatNumber(d.value, locale)} ${UNIT[locale][d.unit]}`;
}

/** 20000 → "20.000 đồng"; 0 → "Không thu"; null → the note, or "theo quy định". */
export function formatFee(fee: number | null | undefined, locale: Locale, note?: string): string {
  if (fee === null || fee === undefined) return note ?? (locale === 'vi' ? 'Theo quy định' : 'As regulated');
  if (fee === 0) return locale === 'vi' ? 'Không thu' : 'Free';
  return locale === 'vi' ? `${formatNumber(fee, locale)} đồng` : `${formatNumber(fee, locale)} VND`;
}

/** The readable name of an enum value of the format (channel, level, subject, copy type…). */
export function valueName(value: string, locale: Locale): string {
  return NAMES[locale][value] ?? value;
}

function isDuration(v: unknown): v is Duration {
  return typeof v === 'object' && v !== null && 'value' in v && 'unit' in v;
}

/** Any value of finding data (a duration, a fee, an enum, a list) as text. */
export function formatValue(v: unknown, locale: Locale): string {
  if (v === null || v === undefined) return '';
  if (isDuration(v)) return formatDuration(v, locale);
  if (typeof v === 'number') return formatNumber(v, locale);
  if (typeof v === 'boolean') return locale === 'vi' ? (v ? 'Có' : 'Không') : v ? 'Yes' : 'No';
  if (typeof v === 'string') return valueName(v, locale);
  if (Array.isArray(v)) return v.map((x) => formatValue(x, locale)).join('; ');
  return JSON.stringify(v);
}
