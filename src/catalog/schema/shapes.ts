/**
 * Value shapes shared by every kind of catalog file (spec/catalog.md, "Shared value shapes").
 *
 * Error messages that need wording of their own are tagged `tthc:<code>`; the loader turns
 * them into `schema/invalid` findings with a specific, translated message.
 */
import { z } from 'zod';

/** Every key any object of the format knows, for "did you mean" hints on misspelled keys. */
export const KNOWN_KEYS = new Set<string>();

/** A strict object: unknown keys are errors (`x_` keys are removed before validation). */
export function obj<S extends z.core.$ZodLooseShape>(shape: S, description?: string) {
  for (const key of Object.keys(shape)) KNOWN_KEYS.add(key);
  const schema = z.strictObject(shape);
  return description === undefined ? schema : schema.describe(description);
}

export const LEVELS = ['central', 'province', 'commune', 'other', 'district'] as const;
export const level = z.enum(LEVELS).describe('Cấp thực hiện');
export type Level = z.infer<typeof level>;

export const SUBJECTS = ['citizen', 'business', 'organization', 'foreigner', 'cooperative'] as const;
export const subject = z.enum(SUBJECTS).describe('Đối tượng thực hiện');

export const CHANNEL_KINDS = ['in_person', 'online', 'postal'] as const;
export const channelKind = z.enum(CHANNEL_KINDS).describe('Cách thức thực hiện');
export type ChannelKind = z.infer<typeof channelKind>;

export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;
export const onlineLevel = z.enum(ONLINE_LEVELS).describe('Mức độ dịch vụ công trực tuyến');
export type OnlineLevel = z.infer<typeof onlineLevel>;

export const DOCUMENT_ACTIONS = ['submit', 'present'] as const;
export const COPY_TYPES = ['any', 'plain_with_original', 'certified', 'register'] as const;

export const DURATION_UNITS = ['working_days', 'days', 'hours', 'months', 'years'] as const;
export const duration = z.strictObject(
  {
    value: z.number().min(0).describe('Số lượng'),
    unit: z.enum(DURATION_UNITS).describe('Đơn vị: working_days, days, hours, months, years'),
  },
  // A bare number is the commonest defect of real records: the unit was lost.
  { error: (issue) => (issue.code === 'invalid_type' && typeof issue.input === 'number' ? 'tthc:bare-duration' : undefined) },
).describe('Thời hạn: { value, unit }');
export type Duration = z.infer<typeof duration>;

/** A time limit for handling a dossier: months and years are for validity periods (catalog.md). */
export const processingTime = duration.refine((d) => d.unit !== 'months' && d.unit !== 'years', { error: 'tthc:time-unit', path: ['unit'] });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO date `YYYY-MM-DD` that exists in the calendar. */
export const date = z
  .string({ error: 'tthc:date' })
  .refine((s) => ISO_DATE.test(s) && isCalendarDate(s), { error: 'tthc:date' })
  .describe('Ngày theo dạng YYYY-MM-DD');

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Integer VND, or null when the fee is set elsewhere (then `fee_note` says where). */
export const money = z.number().int().min(0).nullable().describe('Số tiền (đồng), hoặc null khi do văn bản khác quy định');

/**
 * Characters that cannot be seen but break a code or an id: zero-width spaces and joiners,
 * a BOM inside text, non-breaking and other odd spaces, soft hyphens, direction marks.
 * They come with text pasted from Word, PDF and Excel.
 */
const INVISIBLE_CHARS = '\u00a0\u00ad\u2007\u200b-\u200f\u202f\u2060\ufeff';
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
export const INVISIBLE_GLOBAL = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const invisibleOr = (tag: string) => (issue: { input?: unknown }) => (typeof issue.input === 'string' && INVISIBLE.test(issue.input) ? 'tthc:invisible-char' : tag);

export const NATIONAL_CODE = /^\d\.\d{6}$/;
export const LOCAL_CODE = /^[A-Z]{2,}-[0-9A-Z.-]+$/;
export const procedureCode = z
  .string({
    // `code: 1.001193` unquoted is read by YAML as the number 1.001193.
    error: (issue) => (typeof issue.input === 'number' ? 'tthc:code-number' : undefined),
  })
  .refine((s) => NATIONAL_CODE.test(s) || LOCAL_CODE.test(s), { error: invisibleOr('tthc:code-pattern') })
  .describe('Mã thủ tục, ví dụ "1.001193" (đặt trong dấu nháy)');

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(KEBAB, { error: invisibleOr('tthc:id-pattern') }).describe('Mã định danh: chữ thường ASCII, số và dấu gạch ngang');

export const text = z.string().min(1, { error: 'tthc:empty' });

export const legalRef = obj(
  {
    ref: id.describe('Mã văn bản trong legal.yaml'),
    article: z.string().optional().describe('Điều, khoản'),
  },
  'Căn cứ pháp lý',
);
export type LegalRef = z.infer<typeof legalRef>;

export const contact = obj(
  {
    unit: z.string().optional().describe('Đơn vị đầu mối'),
    phone: z.string().optional().describe('Điện thoại'),
    email: z.string().optional().describe('Thư điện tử'),
    address: z.string().optional().describe('Địa chỉ'),
    hotline: z.string().optional().describe('Đường dây nóng'),
  },
  'Đầu mối liên hệ',
).refine((c) => c.phone !== undefined || c.email !== undefined || c.hotline !== undefined, { error: 'tthc:contact-empty' });
export type Contact = z.infer<typeof contact>;

export const header = <K extends string>(kind: K) => ({
  apiVersion: z.literal('tthc/v1'),
  kind: z.literal(kind),
});
