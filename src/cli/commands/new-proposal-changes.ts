/**
 * The questions of `tthc new proposal` for each kind of change, answers validated with the
 * catalog's zod schemas (src/catalog/schema/kinds.ts), so what is written always loads.
 */
import type { Catalog } from '../../catalog/model.js';
import { change as changeSchema, type Change, type ProcedureFile } from '../../catalog/schema/kinds.js';
import { CHANNEL_KINDS, COPY_TYPES, DURATION_UNITS, ONLINE_LEVELS, duration, money } from '../../catalog/schema/shapes.js';
import { messages, type Locale } from '../../i18n/locale.js';
import { CHANGE_ACTION_TEXT, valueName } from '../../i18n/values.js';
import type { Choice, Prompts } from '../prompts.js';

const Q = messages(
  {
    documents: 'Thành phần hồ sơ cần bỏ (phím cách để chọn)',
    document: 'Thành phần hồ sơ',
    source: 'Cơ sở dữ liệu cung cấp thông tin',
    copyType: 'Loại bản sao mới',
    channel: 'Cách thức',
    timeValue: 'Thời hạn mới (số)',
    timeUnit: 'Đơn vị',
    fee: 'Mức phí mới (đồng, số nguyên; 0 là miễn phí)',
    newChannel: 'Cách thức cần thêm',
    level: 'Mức độ trực tuyến',
    result: 'Kết quả',
    validity: 'Hiệu lực mới',
    unlimited: 'Không thời hạn',
    months: 'Số tháng',
    monthsValue: 'Hiệu lực (tháng)',
    reason: (what: string) => `Lý do (${what})`,
    pickOne: 'Chọn ít nhất một mục',
    number: 'Nhập một số ≥ 0',
  },
  {
    documents: 'Documents to remove (space to select)',
    document: 'Document',
    source: 'Database that holds the data',
    copyType: 'New copy type',
    channel: 'Channel',
    timeValue: 'New time limit (number)',
    timeUnit: 'Unit',
    fee: 'New fee (VND, whole number; 0 is free)',
    newChannel: 'Channel to add',
    level: 'Online level',
    result: 'Result',
    validity: 'New validity',
    unlimited: 'Unlimited',
    months: 'Months',
    monthsValue: 'Validity (months)',
    reason: (what) => `Reason (${what})`,
    pickOne: 'Pick at least one',
    number: 'Enter a number ≥ 0',
  },
);

/** The actions that can apply to the procedure (given the changes chosen so far). */
export function applicableActions(p: ProcedureFile): Change['action'][] {
  const out: Change['action'][] = [];
  if (p.documents.length > 0) out.push('remove_document', 'use_data');
  if (p.documents.some((d) => d.copy_type !== 'any')) out.push('relax_copy');
  out.push('set_time', 'set_fee');
  if (p.channels.length < CHANNEL_KINDS.length) out.push('add_channel');
  out.push('set_online_level');
  if ((p.results ?? []).length > 0) out.push('extend_validity');
  out.push('abolish');
  return out;
}

/** Turns zod's verdict into what a prompt's `validate` returns. */
function check(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown, fallback: string): true | string {
  const r = schema.safeParse(value);
  return r.success ? true : (r.error?.issues[0]?.message.startsWith('tthc:') ? fallback : (r.error?.issues[0]?.message ?? fallback));
}

/** Asks the details of one action on the procedure as it stands now; returns the changes, validated. */
export async function askChanges(action: Change['action'], p: ProcedureFile, catalog: Catalog, prompts: Prompts, locale: Locale): Promise<Change[]> {
  const q = Q[locale];
  const docChoices: Choice<string>[] = p.documents.map((d) => ({ name: `${d.name} (${d.id})`, value: d.id, ...(d.case ? { description: d.case } : {}) }));
  const channelChoices = (kinds: readonly string[]) => kinds.map((k) => ({ name: valueName(k, locale), value: k }));
  const reason = async () => {
    const r = (await prompts.input({ message: q.reason(CHANGE_ACTION_TEXT[locale][action]) })).trim();
    return r === '' ? {} : { reason: r };
  };
  let drafts: unknown[] = [];
  switch (action) {
    case 'remove_document': {
      const ids = await prompts.checkbox({ message: q.documents, choices: docChoices, validate: (v) => (v.length > 0 ? true : q.pickOne) });
      for (const document of ids) drafts.push({ action, document, ...(await reason()) });
      break;
    }
    case 'use_data': {
      const document = await prompts.select({ message: q.document, choices: docChoices });
      const evidence = p.documents.find((d) => d.id === document)?.evidence;
      const suggested = catalog.evidence.find((e) => e.value.id === evidence)?.value.source;
      const source = await prompts.select({
        message: q.source,
        choices: catalog.dataSources.map((s) => ({ name: s.value.name, value: s.value.id })),
        ...(suggested !== undefined ? { default: suggested } : {}),
      });
      drafts = [{ action, document, source, ...(await reason()) }];
      break;
    }
    case 'relax_copy': {
      const document = await prompts.select({ message: q.document, choices: docChoices.filter((c) => p.documents.find((d) => d.id === c.value)?.copy_type !== 'any') });
      const copy_type = await prompts.select({ message: q.copyType, choices: COPY_TYPES.filter((c) => c !== 'certified').map((c) => ({ name: valueName(c, locale), value: c })) });
      drafts = [{ action, document, copy_type, ...(await reason()) }];
      break;
    }
    case 'set_time': {
      const channel = await prompts.select({ message: q.channel, choices: channelChoices(p.channels.map((c) => c.kind)) });
      const value = Number(await prompts.input({ message: q.timeValue, validate: (v) => check(duration.shape.value, Number(v.trim() === '' ? NaN : v), q.number) }));
      const unit = await prompts.select({ message: q.timeUnit, choices: DURATION_UNITS.filter((u) => u !== 'months' && u !== 'years').map((u) => ({ name: u, value: u })) });
      drafts = [{ action, channel, time: { value, unit }, ...(await reason()) }];
      break;
    }
    case 'set_fee': {
      const channel = await prompts.select({ message: q.channel, choices: channelChoices(p.channels.map((c) => c.kind)) });
      const fee = Number(await prompts.input({ message: q.fee, validate: (v) => check(money, Number(v.trim() === '' ? NaN : v), q.number) }));
      drafts = [{ action, channel, fee, ...(await reason()) }];
      break;
    }
    case 'add_channel': {
      const channel = await prompts.select({ message: q.newChannel, choices: channelChoices(CHANNEL_KINDS.filter((k) => !p.channels.some((c) => c.kind === k))) });
      drafts = [{ action, channel, ...(await reason()) }];
      break;
    }
    case 'set_online_level': {
      const online_level = await prompts.select({ message: q.level, choices: ONLINE_LEVELS.map((l) => ({ name: valueName(l, locale), value: l })), default: 'full' });
      drafts = [{ action, online_level, ...(await reason()) }];
      break;
    }
    case 'extend_validity': {
      const result = await prompts.select({ message: q.result, choices: (p.results ?? []).map((r, i) => ({ name: r.name, value: i })) });
      const kind = await prompts.select({ message: q.validity, choices: [{ name: q.unlimited, value: 'unlimited' }, { name: q.months, value: 'months' }] });
      const validity = kind === 'unlimited' ? 'unlimited' : { value: Number(await prompts.input({ message: q.monthsValue, validate: (v) => check(duration.shape.value, Number(v.trim() === '' ? NaN : v), q.number) })), unit: 'months' };
      drafts = [{ action, result, validity, ...(await reason()) }];
      break;
    }
    case 'abolish':
      drafts = [{ action, ...(await reason()) }];
      break;
  }
  // The schema is the last word: an answer that slipped through a prompt is a bug, not data.
  return drafts.map((d) => changeSchema.parse(d));
}
