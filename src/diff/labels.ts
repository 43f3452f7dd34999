/**
 * A change's place in a catalog file as people say it: `channels[in_person].time` reads
 * "Kênh trực tiếp › thời hạn giải quyết", `documents[giay-chung-sinh].copies` reads
 * "Thành phần hồ sơ «Giấy chứng sinh» › số bản sao". JSON keeps the path; text output uses these.
 */
import { formatDate, messages, type Locale } from '../i18n/locale.js';
import { CHANGE_ACTION_TEXT, channelLabel, formatDuration, formatFee, formatValue, isDuration, lowerFirst, upperFirst, valueName } from '../i18n/values.js';
import type { DiffSegment } from './burden.js';
import { isRecord } from './compare.js';

type Labels = Record<string, string>;

// Every key of the Procedure, Implementation and Proposal kinds (src/catalog/schema/kinds.ts),
// in lower case: a label is also read mid-phrase, after "›".
const FIELDS = messages<Labels>(
  {
    code: 'mã', name: 'tên', status: 'trạng thái', published_by: 'quyết định công bố', sector: 'lĩnh vực',
    levels: 'cấp thực hiện', level: 'cấp thực hiện', subjects: 'đối tượng thực hiện', authority: 'cơ quan có thẩm quyền',
    implemented_by: 'cơ quan thực hiện', agencies: 'cơ quan thực hiện',
    contact: 'đầu mối liên hệ', unit: 'đơn vị', phone: 'điện thoại', email: 'thư điện tử', address: 'địa chỉ', hotline: 'đường dây nóng',
    channels: 'cách thức thực hiện', kind: 'cách thức', time: 'thời hạn giải quyết', fee: 'phí, lệ phí', fee_note: 'ghi chú phí, lệ phí',
    online_level: 'mức độ dịch vụ công trực tuyến',
    documents: 'thành phần hồ sơ', id: 'mã', action: 'nộp hay xuất trình', originals: 'số bản chính', copies: 'số bản sao',
    copy_type: 'loại bản sao', form: 'mẫu đơn, tờ khai', case: 'trường hợp áp dụng',
    evidence: 'giấy tờ có sẵn trong cơ sở dữ liệu', optional: 'không bắt buộc',
    steps: 'trình tự thực hiện', results: 'kết quả', validity: 'thời hạn hiệu lực', conditions: 'yêu cầu, điều kiện',
    legal_basis: 'căn cứ pháp lý', ref: 'văn bản', article: 'điều, khoản',
    volume: 'số lượng hồ sơ', per_year: 'số hồ sơ một năm', online_share: 'tỷ lệ hồ sơ trực tuyến',
    agency: 'cơ quan', surveyed: 'ngày khảo sát', source: 'nguồn', procedures: 'thủ tục', note: 'ghi chú',
    requires_paper_with_online: 'yêu cầu nộp bản giấy sau khi nộp trực tuyến',
    stats: 'số liệu giải quyết', period: 'kỳ báo cáo', from: 'từ ngày', to: 'đến ngày',
    received: 'hồ sơ tiếp nhận', in_person: 'trực tiếp', online: 'trực tuyến', postal: 'qua dịch vụ bưu chính',
    resolved: 'hồ sơ đã giải quyết', early: 'trước hạn', on_time: 'đúng hạn', late: 'quá hạn',
    pending: 'hồ sơ đang giải quyết', in_time: 'trong hạn', overdue: 'quá hạn',
    returned: 'hồ sơ trả lại, từ chối', apologies: 'phiếu xin lỗi và hẹn lại ngày trả kết quả',
    supplement_requests: 'yêu cầu bổ sung hồ sơ', first: 'lần đầu', repeated: 'lặp lại',
    carried_over: 'hồ sơ kỳ trước chuyển qua', online_rejected_without_reason: 'hồ sơ trực tuyến bị từ chối không nêu lý do',
    title: 'tên phương án', proposed_by: 'cơ quan đề xuất', date: 'ngày', changes: 'nội dung đơn giản hóa',
    document: 'thành phần hồ sơ', channel: 'cách thức', result: 'kết quả', reason: 'lý do',
    amend: 'kiến nghị thực thi', text: 'nội dung kiến nghị', by: 'thời hạn',
  },
  {
    code: 'code', name: 'name', status: 'status', published_by: 'publishing decision', sector: 'sector',
    levels: 'levels', level: 'level', subjects: 'subjects', authority: 'competent authority',
    implemented_by: 'implementing agencies', agencies: 'implementing agencies',
    contact: 'contact point', unit: 'unit', phone: 'phone', email: 'email', address: 'address', hotline: 'hotline',
    channels: 'channels', kind: 'channel', time: 'processing time', fee: 'fee', fee_note: 'fee note',
    online_level: 'online service level',
    documents: 'documents', id: 'id', action: 'submit or present', originals: 'originals', copies: 'copies',
    copy_type: 'copy type', form: 'form', case: 'applies when',
    evidence: 'document held in a state database', optional: 'optional',
    steps: 'steps', results: 'results', validity: 'validity', conditions: 'conditions',
    legal_basis: 'legal basis', ref: 'legal document', article: 'article',
    volume: 'volume', per_year: 'dossiers a year', online_share: 'online share',
    agency: 'agency', surveyed: 'surveyed on', source: 'source', procedures: 'procedures', note: 'note',
    requires_paper_with_online: 'paper required after filing online',
    stats: 'processing statistics', period: 'period', from: 'from', to: 'to',
    received: 'dossiers received', in_person: 'in person', online: 'online', postal: 'by post',
    resolved: 'dossiers resolved', early: 'early', on_time: 'on time', late: 'late',
    pending: 'dossiers pending', in_time: 'within time', overdue: 'overdue',
    returned: 'dossiers returned or refused', apologies: 'apology letters',
    supplement_requests: 'requests to complete a dossier', first: 'first', repeated: 'repeated',
    carried_over: 'carried over', online_rejected_without_reason: 'online dossiers refused without a reason',
    title: 'title', proposed_by: 'proposed by', date: 'date', changes: 'changes',
    document: 'document', channel: 'channel', result: 'result', reason: 'reason',
    amend: 'amendments', text: 'text', by: 'due by',
  },
);

const ITEMS = messages(
  {
    channel: (kind: string) => `kênh ${channelLabel(kind, 'vi')}`,
    named: (list: string, name: string) => `${list} «${name}»`,
    numbered: (list: string, n: number) => `${list} thứ ${n}`,
    procedure: (code: string) => `thủ tục ${code}`,
    change: (action: string) => `nội dung «${action}»`,
    added: (label: string) => `Thêm ${lowerFirst(label)}`,
    removed: (label: string) => `Bỏ ${lowerFirst(label)}`,
    copies: (n: number, type: string) => `${n} ${lowerFirst(type)}`,
    originals: (n: number) => `${n} bản chính`,
    present: 'xuất trình',
    optional: 'không bắt buộc',
  },
  {
    channel: (kind: string) => `${channelLabel(kind, 'en')} channel`,
    named: (list: string, name: string) => `${list.replace(/s$/, '')} "${name}"`,
    numbered: (list: string, n: number) => `${list} no. ${n}`,
    procedure: (code: string) => `procedure ${code}`,
    change: (action: string) => `change "${action}"`,
    added: (label: string) => `Added ${lowerFirst(label)}`,
    removed: (label: string) => `Removed ${lowerFirst(label)}`,
    copies: (n: number, type: string) => `${n} × ${lowerFirst(type)}`,
    originals: (n: number) => (n === 1 ? '1 original' : `${n} originals`),
    present: 'to present',
    optional: 'optional',
  },
);

function field(key: string, locale: Locale): string {
  return FIELDS[locale][key] ?? key;
}

/** One list element as a phrase: "kênh trực tiếp", "thành phần hồ sơ «Giấy chứng sinh»". */
function itemLabel(seg: Extract<DiffSegment, { item: string }>, locale: Locale): string {
  const t = ITEMS[locale];
  const list = field(seg.list, locale);
  switch (seg.list) {
    case 'channels':
      return t.channel(seg.item);
    case 'procedures':
      return t.procedure(seg.item);
    case 'changes':
      return t.change((CHANGE_ACTION_TEXT[locale] as Record<string, string | undefined>)[seg.item] ?? seg.item);
    default:
      // Elements of an unkeyed list are numbered from 1, as people count.
      if (/^\d+$/.test(seg.item) && seg.name === undefined) return t.numbered(list, Number(seg.item) + 1);
      return t.named(list, seg.name ?? seg.item);
  }
}

/** Where a change is, as a label: segments joined by "›", a list element standing for its list's key. */
export function changeLabel(segments: readonly DiffSegment[], locale: Locale): string {
  const parts: string[] = [];
  segments.forEach((seg, i) => {
    const next = segments[i + 1];
    if ('key' in seg) {
      // `channels` followed by `[in_person]` is said once: "kênh trực tiếp".
      if (next !== undefined && 'item' in next) return;
      parts.push(field(seg.key, locale));
    } else parts.push(itemLabel(seg, locale));
  });
  return upperFirst(parts.join(' › '));
}

/** Whether the change adds or removes a whole list element (a document, a channel…). */
export function wholeElement(segments: readonly DiffSegment[]): boolean {
  const last = segments[segments.length - 1];
  return last !== undefined && 'item' in last;
}

/**
 * "Thêm kênh dịch vụ bưu chính", "Bỏ thành phần hồ sơ «Sổ hộ khẩu»"; inside another element the
 * verb goes with what was added: "Thủ tục 1.001193 › thêm thành phần hồ sơ «…»".
 */
export function elementChange(segments: readonly DiffSegment[], added: boolean, locale: Locale): string {
  const verb = (label: string) => (added ? ITEMS[locale].added(label) : ITEMS[locale].removed(label));
  // The element, with the list key that names it: [... , { key: 'documents' }, { item }].
  let start = segments.length - 1;
  const listKey = segments[start - 1];
  if (listKey !== undefined && 'key' in listKey) start--;
  if (start <= 0) return verb(changeLabel(segments, locale));
  return `${changeLabel(segments.slice(0, start), locale)} › ${lowerFirst(verb(changeLabel(segments.slice(start), locale)))}`;
}

/**
 * What an added or removed element asks of people, in brief: a channel's time and fee, a
 * document's originals and copies; '' for other elements (their label says enough).
 */
export function elementSummary(list: string, value: unknown, locale: Locale): string {
  if (!isRecord(value)) return '';
  const t = ITEMS[locale];
  if (list === 'channels') {
    const parts: string[] = [];
    const time = value.time;
    if (isDuration(time)) parts.push(formatDuration(time, locale));
    if ('fee' in value) parts.push(formatFee(value.fee as number | null, locale, typeof value.fee_note === 'string' ? value.fee_note : undefined));
    return parts.join('; ');
  }
  if (list === 'documents') {
    const parts: string[] = [];
    // An agency's entry by `ref` keeps the published counts it leaves out: only what it says.
    const byRef = typeof value.ref === 'string';
    const originals = typeof value.originals === 'number' ? value.originals : byRef ? 0 : 1;
    const copies = typeof value.copies === 'number' ? value.copies : 0;
    if (originals > 0) parts.push(t.originals(originals));
    if (copies > 0) parts.push(t.copies(copies, valueName(typeof value.copy_type === 'string' ? value.copy_type : 'any', locale)));
    if (value.action === 'present') parts.push(t.present);
    if (value.optional === true) parts.push(t.optional);
    return parts.join(', ');
  }
  return '';
}

/** A changed value for display: fees in money, dates and durations as people write them, enum values by name. */
export function valueText(key: string | undefined, value: unknown, locale: Locale): string | undefined {
  if (key === 'fee' && (typeof value === 'number' || value === null)) return formatFee(value, locale);
  if (value === null || value === undefined) return undefined;
  // A whole list of channels or documents: each element in brief, not as JSON.
  if ((key === 'channels' || key === 'documents') && Array.isArray(value) && value.every(isRecord)) {
    return value
      .map((v) => {
        const named = [v.kind, v.name, v.ref, v.id].find((x): x is string => typeof x === 'string') ?? '';
        const head = key === 'channels' ? valueName(named, locale) : named;
        const brief = elementSummary(key, v, locale);
        return brief === '' ? head : `${head} (${brief})`;
      })
      .join('; ');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  const s = formatValue(value, locale);
  return s === '' ? undefined : s;
}
