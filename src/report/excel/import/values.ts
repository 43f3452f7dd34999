/**
 * Cell text of a provincial list → catalog values: "07 ngày làm việc", "20.000 đồng/hồ sơ",
 * "Không", "Trực tiếp; Trực tuyến; Bưu chính", "Cấp tỉnh, Cấp xã". A parser returns a value, or
 * undefined when it cannot tell — the import then writes a TODO with the original text rather
 * than guess.
 */
import { LEVELS, type ChannelKind, type Duration, type Level, type OnlineLevel } from '../../../catalog/schema/shapes.js';
import { valueName } from '../../../i18n/values.js';
import { fold } from '../../../text/fold.js';

export type Raw = string | number | null;

/** Lower case, no diacritics, đ → d, spaces collapsed; digits and punctuation kept. */
export function plain(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A cell as trimmed NFC text (lists come in NFC and NFD alike). */
export const rawText = (v: Raw): string => (v === null ? '' : typeof v === 'number' ? String(v) : v.normalize('NFC').trim());

const CHANNEL_WORDS: [RegExp, ChannelKind][] = [
  [/truc tiep/, 'in_person'],
  [/truc tuyen|dich vu cong|qua mang|dien tu/, 'online'],
  [/buu chinh|buu dien/, 'postal'],
];

function channelOf(part: string): ChannelKind | undefined {
  const p = plain(part);
  return CHANNEL_WORDS.find(([re]) => re.test(p))?.[1];
}

/** "Trực tiếp; Trực tuyến; Bưu chính" → kinds, and an online level when the text says it. */
export function parseChannels(v: Raw): { kinds: ChannelKind[]; online?: OnlineLevel } | undefined {
  const text = rawText(v);
  if (text === '') return undefined;
  const kinds: ChannelKind[] = [];
  for (const part of text.split(/[;,\n+]|\s-\s/)) {
    if (part.trim() === '') continue;
    const kind = channelOf(part);
    if (kind === undefined) return undefined;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) return undefined;
  const p = plain(text);
  const online = /toan trinh/.test(p) ? 'full' : /mot phan/.test(p) ? 'partial' : undefined;
  return online === undefined ? { kinds } : { kinds, online };
}

const LEVEL_WORDS: [RegExp, Level][] = [
  [/\b(bo|trung uong|cap bo)\b/, 'central'],
  [/\btinh\b/, 'province'],
  [/\b(xa|phuong|dac khu)\b/, 'commune'],
  [/\bhuyen\b/, 'district'],
  [/\bkhac\b/, 'other'],
];

/** "Cấp tỉnh, Cấp xã" → [province, commune]. */
export function parseLevels(v: Raw): Level[] | undefined {
  const text = rawText(v);
  if (text === '') return undefined;
  const levels: Level[] = [];
  for (const part of text.split(/[;,\n/]| và /)) {
    if (part.trim() === '') continue;
    const p = plain(part);
    const level = LEVEL_WORDS.find(([re]) => re.test(p))?.[1];
    if (level === undefined) return undefined;
    if (!levels.includes(level)) levels.push(level);
  }
  return levels.length === 0 ? undefined : levels;
}

const UNITS: [string, Duration['unit']][] = [
  ['ngay lam viec', 'working_days'],
  ['gio lam viec', 'hours'],
  ['ngay', 'days'],
  ['gio', 'hours'],
  ['thang', 'months'],
  ['nam', 'years'],
];
const DURATION = /(\d+(?:[.,]\d+)?)\s*(ngay lam viec|gio lam viec|ngay|gio|thang|nam)\b/g;

function durationsIn(text: string): Duration[] {
  return [...plain(text).matchAll(DURATION)].map((m) => ({
    value: Number((m[1] ?? '0').replace(',', '.')),
    unit: UNITS.find(([w]) => w === m[2])?.[1] ?? 'days',
  }));
}

const CHANNEL_LABELS: Record<string, ChannelKind> = {
  'truc tiep': 'in_person',
  'truc tuyen': 'online',
  'dich vu cong truc tuyen': 'online',
  'buu chinh': 'postal',
  'dich vu buu chinh': 'postal',
  'buu chinh cong ich': 'postal',
  'dich vu buu chinh cong ich': 'postal',
  'buu dien': 'postal',
};

/** "Trực tiếp", "Nộp qua dịch vụ bưu chính" → the channel a value is labelled with; anything longer is not a label. */
function channelLabel(head: string): ChannelKind | undefined {
  return CHANNEL_LABELS[plain(head).replace(/^(?:(?:nop|ho so|qua|hinh thuc|doi voi)\s+)+/, '')];
}

/**
 * Splits "<label>: value" segments at a line break or semicolon that starts a new label.
 * Separators inside parentheses, or not followed by a label, belong to the value: a fee note
 * may hold semicolons, line breaks and amounts. Undefined when the text carries no label at
 * its start; a text with labels further on but not at its start cannot be read either way.
 */
export function labelledParts<L>(text: string, labelOf: (head: string) => L | undefined): { label: L; value: string }[] | undefined | 'mixed' {
  const labelled = (segment: string): { label: L; value: string } | undefined => {
    const colon = segment.indexOf(':');
    const label = colon < 0 ? undefined : labelOf(segment.slice(0, colon));
    return label === undefined ? undefined : { label, value: segment.slice(colon + 1).trim() };
  };
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === '\n' || ch === ';') && depth === 0 && labelled(text.slice(i + 1)) !== undefined) starts.push(i + 1);
  }
  const parts = starts.map((start, n) => labelled(text.slice(start, (starts[n + 1] ?? text.length + 1) - 1)));
  if (parts[0] === undefined) return parts.length > 1 ? 'mixed' : undefined;
  return parts as { label: L; value: string }[];
}

/**
 * A value for every channel, or one per labelled channel ("Trực tiếp: 20 ngày làm việc; Trực
 * tuyến: 17 ngày làm việc", or one line each). Undefined when a value cannot be read.
 */
function perChannel<T>(v: Raw, parse: (part: string) => T | undefined): { all?: T; byChannel: Partial<Record<ChannelKind, T>> } | undefined {
  const text = rawText(v);
  if (text === '') return undefined;
  const parts = labelledParts(text, channelLabel);
  if (parts === 'mixed') return undefined;
  if (parts === undefined) {
    const all = parse(text);
    return all === undefined ? undefined : { all, byChannel: {} };
  }
  const byChannel: Partial<Record<ChannelKind, T>> = {};
  for (const { label, value } of parts) {
    const parsed = parse(value);
    if (parsed === undefined || byChannel[label] !== undefined) return undefined;
    byChannel[label] = parsed;
  }
  return { byChannel };
}

/** "07 ngày làm việc" → { value: 7, unit: working_days }; a bare number or "Trong ngày" stays undefined. */
export function parseTime(v: Raw): { all?: Duration; byChannel: Partial<Record<ChannelKind, Duration>> } | undefined {
  if (typeof v === 'number') return undefined; // a time without its unit: the tool must not guess
  return perChannel(v, (part) => {
    const found = durationsIn(part);
    return found.length === 1 ? found[0] : undefined;
  });
}

export interface Fee {
  fee: number | null;
  note?: string;
}

const FREE = new Set(['khong', 'khong thu', 'mien', 'mien phi', 'mien le phi', 'khong co', 'khong thu phi', 'khong thu le phi', 'khong quy dinh', '0', '0 dong']);
const REFERENCE = /\b(theo|quy dinh|nghi quyet|thong tu|nghi dinh|hdnd|hoi dong nhan dan|quyet dinh)\b/;
const AMOUNT = /(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*(?:dong|d|vnd)\b/g;

/** "10.000 đồng (note)" → the amount text and the note; the note runs from the first "(" to a closing ")" at the end. */
function splitNote(text: string): { main: string; note?: string } {
  const open = text.indexOf('(');
  if (open <= 0 || !text.endsWith(')')) return { main: text };
  const note = text.slice(open + 1, -1).trim();
  return note === '' ? { main: text.slice(0, open).trim() } : { main: text.slice(0, open).trim(), note };
}

/** formatFee's word for a null fee: the amount is set elsewhere, the note says where. */
const SET_ELSEWHERE = 'theo quy dinh';

/** One channel's fee as the export writes it (i18n formatFee plus the note in parentheses), or as lists do. */
export function parseOneFee(text: string): Fee | undefined {
  const { main, note } = splitNote(text.trim());
  const withNote = (fee: number | null): Fee => (note === undefined ? { fee } : { fee, note });
  const p = plain(main).replace(/[.!]$/, '');
  if (FREE.has(p)) return withNote(0);
  const amounts = [...p.matchAll(AMOUNT)].map((m) => Number((m[1] ?? '').replace(/[.\s]/g, '')));
  if (amounts.length === 1 && amounts[0] !== undefined && Number.isSafeInteger(amounts[0])) return withNote(amounts[0]);
  if (p === SET_ELSEWHERE && note !== undefined) return { fee: null, note };
  // Set elsewhere ("Theo Nghị quyết của HĐND tỉnh"): no amount, the whole text says where.
  if (amounts.length === 0 && !/\d/.test(p.replace(/\d+\/[\w-]+/g, '')) && REFERENCE.test(p)) return { fee: null, note: text.trim() };
  return undefined;
}

/** "20.000 đồng/hồ sơ" → 20000; "Không" → 0; "Theo Nghị quyết HĐND tỉnh" → null with that note. */
export function parseFee(v: Raw): { all?: Fee; byChannel: Partial<Record<ChannelKind, Fee>> } | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? { all: { fee: v }, byChannel: {} } : undefined;
  return perChannel(v, parseOneFee);
}

/** "Toàn trình" / "Một phần" / "Không". Legacy levels (Mức độ 3, 4) are not mapped: they are not the same thing. */
export function parseOnlineLevel(v: Raw): OnlineLevel | undefined {
  const p = plain(rawText(v));
  if (/toan trinh/.test(p)) return 'full';
  if (/mot phan/.test(p)) return 'partial';
  if (p === 'khong' || p === 'khong co') return 'none';
  return undefined;
}

export function parseStatus(v: Raw): 'active' | 'abolished' | 'draft' | undefined {
  const p = plain(rawText(v));
  if (/dang thuc hien|con hieu luc|dang ap dung/.test(p)) return 'active';
  if (/bai bo|het hieu luc/.test(p)) return 'abolished';
  if (/du thao/.test(p)) return 'draft';
  return undefined;
}

export function parseSubjects(v: Raw): ('citizen' | 'business' | 'organization' | 'foreigner' | 'cooperative')[] | undefined {
  const p = plain(rawText(v));
  if (p === '') return undefined;
  const out: ('citizen' | 'business' | 'organization' | 'foreigner' | 'cooperative')[] = [];
  if (/cong dan|ca nhan|nguoi dan/.test(p)) out.push('citizen');
  if (/doanh nghiep/.test(p)) out.push('business');
  if (/to chuc/.test(p)) out.push('organization');
  if (/nuoc ngoai/.test(p)) out.push('foreigner');
  if (/hop tac xa/.test(p)) out.push('cooperative');
  return out.length === 0 ? undefined : out;
}

/** The labels of a "Cơ quan thực hiện" cell that carries more than the competent authority, as the national database writes them. */
export const AGENCY_LABELS = { authority: 'Cơ quan có thẩm quyền', implementing: 'Cơ quan trực tiếp thực hiện' } as const;
type AgencyLabel = keyof typeof AGENCY_LABELS;

function agencyLabel(head: string): AgencyLabel | undefined {
  const p = plain(head);
  if (p === plain(AGENCY_LABELS.authority) || p === 'co quan co tham quyen quyet dinh') return 'authority';
  if (p === plain(AGENCY_LABELS.implementing) || p === 'co quan truc tiep thuc hien tthc') return 'implementing';
  return undefined;
}

export interface AgencyCell {
  authority?: string;
  implementedBy?: { level: Level } | { agencies: string[] };
  /** Implementing agencies named in the cell that agencies.yaml does not know (or knows twice). */
  unknown?: string[];
}

/**
 * "Ủy ban nhân dân cấp xã" → the competent authority. Labelled lines ("Cơ quan có thẩm quyền:
 * …", "Cơ quan trực tiếp thực hiện: A; B" or "…: Cấp xã") give the authority and who carries
 * it out: agencies by name (`agencyIds`, keyed by fold()) or every agency of a level.
 */
export function parseAgencyCell(v: Raw, agencyIds: ReadonlyMap<string, string | undefined>): AgencyCell {
  const text = rawText(v);
  if (text === '') return {};
  const parts = labelledParts(text, agencyLabel);
  if (parts === undefined || parts === 'mixed') return { authority: text.replace(/\s*\n\s*/g, '; ') };
  const cell: AgencyCell = {};
  for (const { label, value } of parts) {
    if (label === 'authority') {
      cell.authority = value;
      continue;
    }
    const level = LEVELS.find((l) => plain(valueName(l, 'vi')) === plain(value));
    if (level !== undefined) {
      cell.implementedBy = { level };
      continue;
    }
    const names = value.split(';').map((n) => n.trim()).filter((n) => n !== '');
    const unknown = names.filter((n) => agencyIds.get(fold(n)) === undefined);
    if (unknown.length > 0 || names.length === 0) cell.unknown = unknown;
    else cell.implementedBy = { agencies: names.map((n) => agencyIds.get(fold(n)) ?? n) };
  }
  return cell;
}

const NATIONAL = /^\d\.\d{6}$/;
const LOCAL = /^[A-Z]{2,}-[0-9A-Z.-]+$/;

/** A procedure code; a number cell (1.001193 typed as a number) and a local copy's suffix (1.004616.000.00.00.H56) are read back. */
export function parseCode(v: Raw): string | undefined {
  if (typeof v === 'number') {
    const s = v.toFixed(6);
    return NATIONAL.test(s) ? s : undefined;
  }
  const s = rawText(v).replace(/\s+/g, '');
  if (NATIONAL.test(s) || LOCAL.test(s)) return s;
  const base = /^(\d\.\d{6})\.[0-9A-Z.]+$/.exec(s);
  return base?.[1];
}
