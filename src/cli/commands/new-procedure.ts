/**
 * `tthc new procedure [dir]`: asks for a procedure field by field, with choices from the
 * catalog's registries (sectors in use, legal documents, evidence), every answer checked by the
 * zod schema of that field, and writes procedures/<sector>/<code>.yaml, never over a file.
 */
import { procedure, procedureDocument, channel } from '../../catalog/schema/kinds.js';
import { CHANNEL_KINDS, LEVELS, SUBJECTS, duration, procedureCode, type ChannelKind } from '../../catalog/schema/shapes.js';
import { ui } from '../../i18n/index.js';
import { messages, type Locale } from '../../i18n/locale.js';
import { valueName } from '../../i18n/values.js';
import { authoringText, writeNewFile, promptsFor, slug, toNumber, validator } from '../authoring.js';
import { openCatalog } from '../catalog-dir.js';
import { fail, isFailure, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { isPromptCancel, type Prompts } from '../prompts.js';
import { parseLocale } from '../rule-command.js';

const NEW = '\u0000new';

const text = messages(
  {
    code: 'Mã thủ tục (ví dụ 1.001193):',
    taken: (code: string, file: string) => `Mã ${code} đã có trong ${file}`,
    name: 'Tên thủ tục:',
    status: 'Trạng thái:',
    sector: 'Lĩnh vực (gõ để lọc):',
    newSector: '(lĩnh vực mới)',
    sectorName: 'Tên lĩnh vực mới:',
    levels: 'Cấp thực hiện:',
    subjects: 'Đối tượng thực hiện:',
    pickOne: 'Chọn ít nhất một',
    publishedBy: 'Quyết định công bố (ví dụ 163/QĐ-BTP; bỏ trống nếu chưa có):',
    channels: 'Cách thức thực hiện:',
    time: (c: string) => `${c} — thời hạn giải quyết (số):`,
    unit: (c: string) => `${c} — đơn vị thời hạn:`,
    fee: (c: string) => `${c} — phí, lệ phí (đồng; 0 là không thu):`,
    onlineLevel: 'Mức độ trực tuyến:',
    addDocument: (n: number) => (n === 0 ? 'Thêm thành phần hồ sơ?' : 'Thêm thành phần hồ sơ khác?'),
    documentName: 'Tên giấy tờ:',
    action: 'Nộp hay xuất trình?',
    originals: 'Số bản chính:',
    copies: 'Số bản sao:',
    evidence: 'Giấy tờ này có sẵn trong cơ sở dữ liệu?',
    noEvidence: 'Không',
    legal: 'Căn cứ pháp lý (chọn trong legal.yaml):',
  },
  {
    code: 'Procedure code (e.g. 1.001193):',
    taken: (code: string, file: string) => `Code ${code} is already used in ${file}`,
    name: 'Name of the procedure:',
    status: 'Status:',
    sector: 'Sector (type to filter):',
    newSector: '(a new sector)',
    sectorName: 'Name of the new sector:',
    levels: 'Levels:',
    subjects: 'Subjects:',
    pickOne: 'Choose at least one',
    publishedBy: 'Publishing decision (e.g. 163/QĐ-BTP; empty if none yet):',
    channels: 'Channels:',
    time: (c: string) => `${c} — time limit (number):`,
    unit: (c: string) => `${c} — unit of the time limit:`,
    fee: (c: string) => `${c} — fee (VND; 0 for none):`,
    onlineLevel: 'Online level:',
    addDocument: (n: number) => (n === 0 ? 'Add a dossier document?' : 'Add another document?'),
    documentName: 'Name of the document:',
    action: 'Submitted or presented?',
    originals: 'Originals:',
    copies: 'Copies:',
    evidence: 'Is this document available in a database?',
    noEvidence: 'No',
    legal: 'Legal basis (from legal.yaml):',
  },
);

export async function newProcedure(dirArg: string | undefined, options: { lang?: string }, io: CliIO): Promise<CommandResult> {
  const early = parseLocale(options.lang, 'vi');
  if (early === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  const prompts = await promptsFor(io, early, 'procedures/<lĩnh-vực>/<mã>.yaml');
  if (isFailure(prompts)) return prompts;
  const opened = await openCatalog(dirArg, io, early);
  if (isFailure(opened)) return opened;
  const { catalog, dir } = opened;
  const locale = parseLocale(options.lang, catalog.config?.value.locale ?? 'vi') ?? 'vi';
  try {
    const value = await ask(prompts, catalog, locale);
    const parsed = procedure.safeParse(value);
    if (!parsed.success) throw new Error(`answers do not make a valid procedure: ${parsed.error.message}`);
    const folder = catalog.procedures.find((p) => p.value.sector === value.sector && p.file.split('/').length === 3)?.file.split('/')[1] ?? slug(value.sector);
    const file = `procedures/${folder}/${value.code}.yaml`;
    return await writeNewFile(dir, file, 'Procedure', value, io, locale);
  } catch (error) {
    if (isPromptCancel(error)) return fail('cancelled', authoringText[locale].cancelled);
    throw error;
  }
}

type Catalog = Extract<Awaited<ReturnType<typeof openCatalog>>, { catalog: unknown }>['catalog'];

async function ask(p: Prompts, catalog: Catalog, locale: Locale) {
  const t = text[locale];
  const name = (v: string) => valueName(v, locale);
  const codeValid = validator(procedureCode, locale);
  const code = (await p.input({
    message: t.code,
    validate: (v) => {
      const ok = codeValid(v);
      if (ok !== true) return ok;
      const taken = catalog.procedures.find((x) => x.value.code === v.trim());
      return taken ? t.taken(v.trim(), taken.file) : true;
    },
  })).trim();
  const title = (await p.input({ message: t.name, validate: validator(procedure.shape.name, locale) })).trim();
  const status = await p.select<'active' | 'draft'>({ message: t.status, choices: (['active', 'draft'] as const).map((s) => ({ name: name(s), value: s })), default: 'active' });
  const sectors = [...new Set(catalog.procedures.map((x) => x.value.sector))].sort((a, b) => a.localeCompare(b, 'vi'));
  let sector = await p.search<string>({
    message: t.sector,
    source: (term) => [
      ...sectors.filter((s) => term === undefined || slug(s).includes(slug(term))).map((s) => ({ name: s, value: s })),
      { name: term !== undefined && term.trim() !== '' ? `${t.newSector}: ${term.trim()}` : t.newSector, value: term !== undefined && term.trim() !== '' ? `${NEW}${term.trim()}` : NEW },
    ],
  });
  if (sector.startsWith(NEW)) sector = sector.slice(NEW.length) || (await p.input({ message: t.sectorName, validate: validator(procedure.shape.sector, locale) })).trim();
  const atLeastOne = (v: readonly unknown[]) => (v.length > 0 ? true : t.pickOne);
  const levels = await p.checkbox({ message: t.levels, choices: LEVELS.filter((l) => l !== 'district').map((l) => ({ name: name(l), value: l, checked: l === 'commune' })), validate: atLeastOne });
  const subjects = await p.checkbox({ message: t.subjects, choices: SUBJECTS.map((s) => ({ name: name(s), value: s, checked: s === 'citizen' })), validate: atLeastOne });
  const publishedBy = (await p.input({ message: t.publishedBy })).trim();
  const kinds = await p.checkbox<ChannelKind>({ message: t.channels, choices: CHANNEL_KINDS.map((c) => ({ name: name(c), value: c, checked: c === 'in_person' })), validate: atLeastOne });
  const channels: { kind: ChannelKind; time: { value: number; unit: 'working_days' | 'days' | 'hours' }; fee: number }[] = [];
  for (const kind of kinds) {
    const value = Number(toNumber(await p.input({ message: t.time(name(kind)), default: '1', validate: validator(duration.shape.value, locale, toNumber) })));
    const unit = await p.select<'working_days' | 'days' | 'hours'>({ message: t.unit(name(kind)), choices: (['working_days', 'days', 'hours'] as const).map((u) => ({ name: u, value: u })), default: 'working_days' });
    const fee = Number(toNumber(await p.input({ message: t.fee(name(kind)), default: '0', validate: validator(channel.shape.fee, locale, toNumber) })));
    channels.push({ kind, time: { value, unit }, fee });
  }
  const onlineLevel = kinds.includes('online')
    ? await p.select<'full' | 'partial' | 'none'>({ message: t.onlineLevel, choices: (['full', 'partial'] as const).map((l) => ({ name: name(l), value: l })), default: 'partial' })
    : 'none';
  const documents: { id: string; name: string; action: 'submit' | 'present'; originals: number; copies: number; evidence?: string }[] = [];
  while (await p.confirm({ message: t.addDocument(documents.length), default: documents.length === 0 })) {
    const docName = (await p.input({ message: t.documentName, validate: validator(procedureDocument.shape.name, locale) })).trim();
    const action = await p.select<'submit' | 'present'>({ message: t.action, choices: (['submit', 'present'] as const).map((a) => ({ name: name(a), value: a })), default: 'submit' });
    const originals = Number(toNumber(await p.input({ message: t.originals, default: '1', validate: validator(procedureDocument.shape.originals, locale, toNumber) })));
    const copies = Number(toNumber(await p.input({ message: t.copies, default: '0', validate: validator(procedureDocument.shape.copies, locale, toNumber) })));
    const evidence = catalog.evidence.length === 0 ? null : await p.select<string | null>({
      message: t.evidence,
      choices: [{ name: t.noEvidence, value: null }, ...catalog.evidence.map((e) => ({ name: e.value.name, value: e.value.id }))],
      default: null,
    });
    let id = slug(docName).slice(0, 48).replace(/-+$/, '');
    for (let n = 2; documents.some((d) => d.id === id); n++) id = `${slug(docName).slice(0, 44)}-${n}`;
    documents.push({ id, name: docName, action, originals, copies, ...(evidence !== null ? { evidence } : {}) });
  }
  const legal = catalog.legal.length === 0 ? [] : await p.checkbox<string>({ message: t.legal, choices: catalog.legal.map((d) => ({ name: `${d.value.number} — ${d.value.title}`, value: d.value.id })) });
  return {
    apiVersion: 'tthc/v1' as const,
    kind: 'Procedure' as const,
    code,
    name: title,
    status,
    ...(publishedBy !== '' ? { published_by: publishedBy } : {}),
    sector,
    levels,
    subjects,
    channels,
    online_level: onlineLevel,
    documents,
    legal_basis: legal.map((ref) => ({ ref })),
  };
}
