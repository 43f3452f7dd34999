/**
 * `tthc new implementation [dir]`: records what one agency actually does (a survey): the
 * agency from agencies.yaml, the procedures it carries out, and where practice differs from
 * the published procedure (time, fee, channels not offered, extra documents demanded).
 * Writes implementations/<agency>.yaml, never over a file.
 */
import { channel, implementation, observedDocument, type Channel } from '../../catalog/schema/kinds.js';
import { date, duration } from '../../catalog/schema/shapes.js';
import { ui } from '../../i18n/index.js';
import { messages, type Locale } from '../../i18n/locale.js';
import { formatDuration, formatFee, valueName } from '../../i18n/values.js';
import { authoringText, writeNewFile, promptsFor, slug, toNumber, validator } from '../authoring.js';
import { openCatalog } from '../catalog-dir.js';
import { fail, isFailure, type CommandResult } from '../failure.js';
import { isoDate, type CliIO } from '../io.js';
import { isPromptCancel, type Prompts } from '../prompts.js';
import { parseLocale } from '../rule-command.js';

const text = messages(
  {
    noAgencies: 'agencies.yaml chưa có cơ quan nào; thêm cơ quan trước rồi chạy lại',
    noProcedures: 'Danh mục chưa có thủ tục nào; chạy "tthc new procedure" trước',
    agency: 'Cơ quan được khảo sát (gõ để lọc):',
    surveyed: 'Ngày khảo sát:',
    source: 'Nguồn thông tin (ví dụ: khảo sát tại Bộ phận Một cửa):',
    procedures: 'Các thủ tục cơ quan thực hiện:',
    pickOne: 'Chọn ít nhất một',
    differs: (code: string) => `${code}: thời hạn, phí hoặc cách thức thực tế khác với công bố?`,
    offered: (code: string, c: string) => `${code}: có tiếp nhận ${c}?`,
    time: (c: string, published: string) => `${c} — thời hạn thực tế (công bố: ${published}):`,
    fee: (c: string, published: string) => `${c} — phí thực tế, đồng (công bố: ${published}):`,
    extra: (code: string) => `${code}: giấy tờ yêu cầu thêm ngoài thành phần hồ sơ công bố (bỏ trống để kết thúc):`,
  },
  {
    noAgencies: 'agencies.yaml has no agency yet; add the agency first, then run again',
    noProcedures: 'The catalog has no procedure yet; run "tthc new procedure" first',
    agency: 'Surveyed agency (type to filter):',
    surveyed: 'Survey date:',
    source: 'Source (e.g. survey at the one-stop desk):',
    procedures: 'Procedures the agency carries out:',
    pickOne: 'Choose at least one',
    differs: (code: string) => `${code}: do time, fee or channels in practice differ from the published ones?`,
    offered: (code: string, c: string) => `${code}: is the ${c} channel offered?`,
    time: (c: string, published: string) => `${c} — time limit in practice (published: ${published}):`,
    fee: (c: string, published: string) => `${c} — fee in practice, VND (published: ${published}):`,
    extra: (code: string) => `${code}: a document demanded beyond the published list (empty to finish):`,
  },
);

export async function newImplementation(dirArg: string | undefined, options: { lang?: string }, io: CliIO): Promise<CommandResult> {
  const early = parseLocale(options.lang, 'vi');
  if (early === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const prompts = await promptsFor(io, early, 'implementations/<cơ-quan>.yaml');
  if (isFailure(prompts)) return prompts;
  const opened = await openCatalog(dirArg, io, early);
  if (isFailure(opened)) return opened;
  const { catalog, dir } = opened;
  const locale = parseLocale(options.lang, catalog.config?.value.locale ?? 'vi') ?? 'vi';
  if (catalog.agencies.length === 0) return fail('no-agencies', text[locale].noAgencies);
  if (catalog.procedures.length === 0) return fail('no-procedures', text[locale].noProcedures);
  try {
    const value = await ask(prompts, catalog, locale, isoDate(io.now()));
    const parsed = implementation.safeParse(value);
    if (!parsed.success) throw new Error(`answers do not make a valid implementation: ${parsed.error.message}`);
    const file = `implementations/${value.agency}.yaml`;
    return await writeNewFile(dir, file, 'Implementation', value, io, locale);
  } catch (error) {
    if (isPromptCancel(error)) return fail('cancelled', authoringText[locale].cancelled);
    throw error;
  }
}

type Catalog = Extract<Awaited<ReturnType<typeof openCatalog>>, { catalog: unknown }>['catalog'];

async function ask(p: Prompts, catalog: Catalog, locale: Locale, today: string) {
  const t = text[locale];
  const taken = new Set(catalog.implementations.map((i) => i.value.agency));
  const agency = await p.search<string>({
    message: t.agency,
    source: (term) => catalog.agencies
      .filter((a) => term === undefined || slug(a.value.name).includes(slug(term)) || a.value.id.includes(slug(term)))
      .map((a) => ({ name: `${a.value.name} (${a.value.id})`, value: a.value.id, ...(taken.has(a.value.id) ? { disabled: true } : {}) })),
  });
  const level = catalog.agencies.find((a) => a.value.id === agency)?.value.level;
  const surveyed = (await p.input({ message: t.surveyed, default: today, validate: validator(date, locale) })).trim();
  const source = (await p.input({ message: t.source })).trim();
  // Procedures at the agency's level first: those are the ones it is expected to carry out.
  const ordered = [...catalog.procedures].sort((a, b) => Number(level !== undefined && b.value.levels.includes(level)) - Number(level !== undefined && a.value.levels.includes(level)));
  const codes = await p.checkbox<string>({
    message: t.procedures,
    choices: ordered.map((x) => ({ name: `${x.value.code} ${x.value.name}`, value: x.value.code })),
    validate: (v) => (v.length > 0 ? true : t.pickOne),
  });
  const entries = [];
  for (const code of codes) {
    const published = catalog.procedures.find((x) => x.value.code === code)?.value;
    if (!published) continue;
    const entry: { code: string; channels?: Channel[]; documents?: { ref?: string; name?: string }[] } = { code };
    if (await p.confirm({ message: t.differs(code), default: false })) {
      const channels: Channel[] = [];
      for (const c of published.channels) {
        const label = valueName(c.kind, locale);
        if (!(await p.confirm({ message: t.offered(code, label), default: true }))) continue;
        const time = Number(toNumber(await p.input({ message: t.time(label, formatDuration(c.time, locale)), default: String(c.time.value), validate: validator(duration.shape.value, locale, toNumber) })));
        const fee = Number(toNumber(await p.input({ message: t.fee(label, formatFee(c.fee, locale, c.fee_note)), default: String(c.fee ?? 0), validate: validator(channel.shape.fee, locale, toNumber) })));
        channels.push({ kind: c.kind, time: { value: time, unit: c.time.unit }, fee });
      }
      entry.channels = channels;
    }
    const extra: string[] = [];
    for (;;) {
      const name = (await p.input({ message: t.extra(code), validate: (v) => (v.trim() === '' ? true : validator(observedDocument, locale, (s) => ({ name: s.trim() }))(v)) })).trim();
      if (name === '') break;
      extra.push(name);
    }
    // The observed list is the full list: the published documents by ref, then the extras.
    if (extra.length > 0) entry.documents = [...published.documents.map((d) => ({ ref: d.id })), ...extra.map((name) => ({ name }))];
    entries.push(entry);
  }
  return {
    apiVersion: 'tthc/v1' as const,
    kind: 'Implementation' as const,
    agency,
    surveyed,
    ...(source !== '' ? { source } : {}),
    procedures: entries,
  };
}
