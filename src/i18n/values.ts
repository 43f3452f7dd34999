/**
 * Catalog values as people read them: durations, fees, channels, levels… in either language.
 * Reports and messages format values here rather than each in its own way.
 */
import type { Duration, OnlineLevel } from '../catalog/schema/shapes.js';
import { counted, formatNumber, messages, type Locale } from './locale.js';

const UNIT_VI: Record<Duration['unit'], string> = { working_days: 'ngày làm việc', days: 'ngày', hours: 'giờ', months: 'tháng', years: 'năm' };
const UNIT_EN: Record<Duration['unit'], string> = { working_days: 'working day', days: 'day', hours: 'hour', months: 'month', years: 'year' };

const NAMES: Record<Locale, Record<string, string>> = {
  vi: {
    in_person: 'Trực tiếp', online: 'Trực tuyến', postal: 'Dịch vụ bưu chính',
    none: 'Không', partial: 'Một phần', full: 'Toàn trình',
    central: 'Cấp bộ', province: 'Cấp tỉnh', commune: 'Cấp xã', other: 'Cơ quan khác', district: 'Cấp huyện',
    citizen: 'Công dân', business: 'Doanh nghiệp', organization: 'Tổ chức', foreigner: 'Người nước ngoài', cooperative: 'Hợp tác xã',
    submit: 'Nộp', present: 'Xuất trình',
    any: 'Bản sao không cần chứng thực', plain_with_original: 'Bản sao kèm bản chính để đối chiếu', certified: 'Bản sao có chứng thực', register: 'Bản sao từ sổ gốc',
    active: 'Đang thực hiện', abolished: 'Đã bãi bỏ', draft: 'Dự thảo',
    submitted: 'Đã trình', accepted: 'Đã chấp thuận', rejected: 'Không chấp thuận', implemented: 'Đã thực thi',
    unlimited: 'Không thời hạn',
  },
  en: {
    in_person: 'In person', online: 'Online', postal: 'By post',
    none: 'None', partial: 'Partly online', full: 'Fully online',
    central: 'Central', province: 'Province', commune: 'Commune', other: 'Other', district: 'District',
    citizen: 'Citizen', business: 'Business', organization: 'Organisation', foreigner: 'Foreigner', cooperative: 'Cooperative',
    submit: 'Submit', present: 'Present',
    any: 'Plain copy', plain_with_original: 'Plain copy with the original', certified: 'Certified copy', register: 'Copy from the register',
    active: 'Active', abolished: 'Abolished', draft: 'Draft',
    submitted: 'Submitted', accepted: 'Accepted', rejected: 'Rejected', implemented: 'Implemented',
    unlimited: 'Unlimited',
  },
};

export function formatDuration(d: Duration, locale: Locale): string {
  return locale === 'vi' ? `${formatNumber(d.value, 'vi')} ${UNIT_VI[d.unit]}` : counted(d.value, UNIT_EN[d.unit]);
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

export function isDuration(v: unknown): v is Duration {
  return typeof v === 'object' && v !== null && 'value' in v && 'unit' in v;
}

// A channel inside a sentence: how a dossier travels ("không tiếp nhận hồ sơ qua dịch vụ
// bưu chính", "takes 5 days by post"), and the word that qualifies "kênh" / "channel".
const BY_CHANNEL: Record<Locale, Record<string, string>> = {
  vi: { in_person: 'trực tiếp', online: 'trực tuyến', postal: 'qua dịch vụ bưu chính' },
  en: { in_person: 'in person', online: 'online', postal: 'by post' },
};
const CHANNEL_LABEL: Record<Locale, Record<string, string>> = {
  vi: { in_person: 'trực tiếp', online: 'trực tuyến', postal: 'dịch vụ bưu chính' },
  en: { in_person: 'in-person', online: 'online', postal: 'postal' },
};

/** How a dossier goes by this channel: "qua dịch vụ bưu chính", "by post". */
export function byChannel(kind: string, locale: Locale): string {
  return BY_CHANNEL[locale][kind] ?? kind;
}

/** The channel as a qualifier of "kênh" / "channel": "dịch vụ bưu chính", "postal". */
export function channelLabel(kind: string, locale: Locale): string {
  return CHANNEL_LABEL[locale][kind] ?? kind;
}

// "Không" alone is no level of service to a reader: the level "none" reads as its absence.
const ONLINE_SERVICE: Record<Locale, Record<OnlineLevel, string>> = {
  vi: { full: 'Dịch vụ công trực tuyến toàn trình', partial: 'Dịch vụ công trực tuyến một phần', none: 'Chưa cung cấp dịch vụ công trực tuyến' },
  en: { full: 'Fully online service', partial: 'Partly online service', none: 'No online service' },
};

/** The online level as the service offered: "Dịch vụ công trực tuyến một phần", "Chưa cung cấp…". */
export function onlineService(level: OnlineLevel, locale: Locale): string {
  return ONLINE_SERVICE[locale][level];
}

/** Text that starts a sentence: its first letter in upper case, the rest kept. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Text placed mid-sentence: its first letter in lower case ("Không thu" → "không thu"), the rest kept. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
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

/** What each kind of simplification change does, as a choice and a label. */
export const CHANGE_ACTION_TEXT = messages(
  {
    remove_document: 'Bỏ thành phần hồ sơ',
    use_data: 'Khai thác dữ liệu thay cho giấy tờ',
    relax_copy: 'Nới loại bản sao',
    set_time: 'Rút ngắn thời hạn giải quyết',
    set_fee: 'Giảm phí, lệ phí',
    add_channel: 'Thêm cách thức thực hiện',
    set_online_level: 'Đổi mức độ trực tuyến',
    extend_validity: 'Kéo dài hiệu lực của kết quả',
    abolish: 'Bãi bỏ thủ tục',
  },
  {
    remove_document: 'Remove a document',
    use_data: 'Use data instead of a document',
    relax_copy: 'Relax a copy type',
    set_time: 'Shorten a time limit',
    set_fee: 'Lower a fee',
    add_channel: 'Add a channel',
    set_online_level: 'Change the online level',
    extend_validity: 'Extend a result\'s validity',
    abolish: 'Abolish the procedure',
  },
);
