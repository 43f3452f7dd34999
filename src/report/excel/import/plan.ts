/**
 * Rows of a provincial list → procedure files: one per row, at procedures/<sector>/<code>.yaml.
 * What a cell says that could not be read becomes a `# TODO:` comment on its field, with the
 * cell's original text, and the field is left for a person (the schema rules then point at it).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isPair, isScalar, parseDocument, type Pair } from 'yaml';
import type { ChannelKind } from '../../../catalog/schema/shapes.js';
import { printCanonical } from '../../../catalog/format.js';
import { foldAscii } from '../../../text/fold.js';
import { FIELD_LABELS, type ColumnMap, type Field } from './headers.js';
import { citations } from './legal.js';
import { parseAgencyCell, parseChannels, parseCode, parseFee, parseLevels, parseOnlineLevel, parseStatus, parseSubjects, parseTime, rawText, type Fee, type Raw } from './values.js';

export interface SourceRow {
  /** 1-based row number in the sheet. */
  row: number;
  cells: Raw[];
}

export interface PlannedFile {
  /** Catalog-relative path. */
  file: string;
  code: string;
  text: string;
  /** Fields left with a TODO. */
  review: Field[];
  /** What the row says, field by field (the new file's content). */
  fields: Record<string, unknown>;
  /** Keys the row settles (read without a TODO): what an update of an existing file replaces. */
  settled: ReadonlySet<string>;
  /** TODO comments by key. */
  todo: ReadonlyMap<string, string>;
  /** Keys whose TODO is about a cell of the row (not a column the list lacks). */
  todoInCells: ReadonlySet<string>;
  /** Fields whose TODO is about a cell of the row: what an update still asks to review. */
  reviewInCells: Field[];
  /** The online level the row gives, also when it is the default a new file leaves out. */
  onlineLevel?: string;
}

export interface SkippedRow {
  row: number;
  reason: 'no-code' | 'duplicate';
  text: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  skipped: SkippedRow[];
}

export interface ImportContext {
  /** legal.yaml numbers (legalKey) → ids. */
  legal: ReadonlyMap<string, string>;
  /** agencies.yaml names (fold()) → ids; undefined for a name two agencies share. */
  agencies: ReadonlyMap<string, string | undefined>;
  /** Codes already in the catalog → their file, so a re-import replaces that file. */
  existing: ReadonlyMap<string, string>;
}

/** "Hộ tịch" → "ho-tich". */
export function sectorSlug(sector: string): string {
  return foldAscii(sector).replace(/\s+/g, '-') || 'chua-phan-loai';
}

const ROMAN_HEADING = /^\s*[IVXLC]+\s*[.)-]+\s*(.+)$/u;

/** A sector heading row ("I. Lĩnh vực Hộ tịch", or "I" | "Lĩnh vực Hộ tịch"): its sector, else undefined. */
export function sectorHeading(cells: readonly Raw[]): string | undefined {
  let texts = [...new Set(cells.map(rawText).filter((t) => t !== ''))];
  if (texts.length === 2 && /^[IVXLC]+\.?$/.test(texts[0] ?? '')) texts = [`${texts[0] ?? ''}. ${texts[1] ?? ''}`];
  const first = texts[0];
  if (first === undefined || texts.length !== 1) return undefined;
  const m = ROMAN_HEADING.exec(first);
  const rest = m?.[1] ?? (/^lĩnh vực\s/iu.test(first) ? first : undefined);
  return rest?.replace(/^lĩnh vực\s+/iu, '').trim();
}

export function planImport(rows: readonly SourceRow[], columns: ColumnMap, context: ImportContext): ImportPlan {
  const files: PlannedFile[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  let sectorFromHeading: string | undefined;
  for (const row of rows) {
    const get = (f: Field): Raw => (columns[f] === undefined ? null : (row.cells[columns[f]] ?? null));
    const codeText = rawText(get('code'));
    const nameText = rawText(get('name'));
    const code = parseCode(get('code'));
    const heading = code === undefined ? sectorHeading(row.cells) : undefined;
    if (heading !== undefined || (codeText === '' && nameText === '')) {
      sectorFromHeading = heading ?? sectorFromHeading;
      continue;
    }
    if (code === undefined) {
      skipped.push({ row: row.row, reason: 'no-code', text: codeText });
      continue;
    }
    if (seen.has(code)) {
      skipped.push({ row: row.row, reason: 'duplicate', text: code });
      continue;
    }
    seen.add(code);
    const cell = (f: Field): string | undefined => (columns[f] === undefined ? undefined : `${columnLetter(columns[f])}${row.row}`);
    files.push(procedureFile(code, get, cell, sectorFromHeading, context));
  }
  return { files, skipped };
}

/** 0 → "A", 27 → "AB": a column as Excel names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function procedureFile(code: string, get: (f: Field) => Raw, cell: (f: Field) => string | undefined, headingSector: string | undefined, context: ImportContext): PlannedFile {
  const todo = new Map<string, string>();
  const todoInCells = new Set<string>();
  const reviewInCells = new Set<Field>();
  const review = new Set<Field>();
  const unread = (key: string, field: Field, detail?: string) => {
    review.add(field);
    // The cell's address, so the person fixing the list finds it ("ô G12").
    const at = cell(field);
    if (at !== undefined) {
      todoInCells.add(key);
      reviewInCells.add(field);
    }
    const line = `TODO: ${FIELD_LABELS[field]}${at === undefined ? '' : ` (ô ${at})`}: ${quoted(get(field))}${detail === undefined ? '' : ` — ${detail}`}`;
    const previous = todo.get(key);
    todo.set(key, previous === undefined ? line : `${previous}\n ${line}`);
  };

  const out: Record<string, unknown> = { apiVersion: 'tthc/v1', kind: 'Procedure', code, name: rawText(get('name')) };
  if (out.name === '') unread('name', 'name');
  // A key is settled when the row says it and it was read; an update replaces only those.
  const settled = new Set<string>();
  const settle = (key: string, field: Field) => { if (!review.has(field)) settled.add(key); };
  if (out.name !== '') settle('name', 'name');

  const statusText = rawText(get('status'));
  const status = parseStatus(get('status'));
  out.status = status ?? 'active';
  if (statusText !== '' && status === undefined) unread('status', 'status', 'không rõ trạng thái, tạm ghi active');
  if (status !== undefined) settle('status', 'status');

  const sector = rawText(get('sector')) || headingSector || '';
  out.sector = sector;
  if (sector === '') unread('sector', 'sector');
  else settle('sector', 'sector');

  const levels = parseLevels(get('levels'));
  out.levels = levels ?? [];
  if (levels === undefined) unread('levels', 'levels');
  else settle('levels', 'levels');

  const subjects = parseSubjects(get('subjects'));
  out.subjects = subjects ?? ['citizen'];
  if (subjects === undefined) unread('subjects', 'subjects', 'danh sách không có đối tượng thực hiện; tạm ghi citizen, cần kiểm tra');
  else settle('subjects', 'subjects');

  const agency = parseAgencyCell(get('agency'), context.agencies);
  if (agency.authority !== undefined) out.authority = agency.authority;
  if (agency.implementedBy !== undefined) out.implemented_by = agency.implementedBy;
  if (agency.unknown !== undefined) {
    out.implemented_by = null;
    unread('implemented_by', 'agency', `chưa có trong agencies.yaml: ${agency.unknown.join('; ')}`);
  }
  if (agency.authority !== undefined) settle('authority', 'agency');
  if (agency.implementedBy !== undefined) settle('implemented_by', 'agency');

  const channels = channelsOf(get, unread);
  out.channels = channels;
  if (!todo.has('channels')) settled.add('channels');

  const onlineText = rawText(get('online'));
  const online = parseOnlineLevel(get('online')) ?? parseChannels(get('channels'))?.online;
  // The default is left out (catalog.md), so the export of this file imports back to the same text.
  const defaultOnline = channels.some((c) => c.kind === 'online') ? 'partial' : 'none';
  if (online !== undefined) settled.add('online_level');
  if (online !== undefined && online !== defaultOnline) out.online_level = online;
  // Left out when unread, so its TODO goes on the channels it is about.
  else if (online === undefined && onlineText !== '') unread('channels', 'online', 'mức độ cũ (1–4) hoặc không rõ; Nghị định 42/2022 chỉ có toàn trình, một phần');

  out.legal_basis = legalBasisOf(get('legal'), context, unread);
  if (rawText(get('legal')) !== '' && !todo.has('legal_basis')) settled.add('legal_basis');

  const dir = context.existing.get(code);
  const file = dir ?? `procedures/${sectorSlug(sector)}/${code}.yaml`;
  return { file, code, text: render(out, todo), review: [...review], fields: out, settled, todo, todoInCells, reviewInCells: [...reviewInCells], ...(online === undefined ? {} : { onlineLevel: online }) };
}

function channelsOf(get: (f: Field) => Raw, unread: (key: string, field: Field, detail?: string) => void): { kind: ChannelKind }[] {
  const parsed = parseChannels(get('channels'));
  const time = parseTime(get('time'));
  const fee = parseFee(get('fee'));
  const kinds: ChannelKind[] = [...(parsed?.kinds ?? [])];
  for (const k of [...Object.keys(time?.byChannel ?? {}), ...Object.keys(fee?.byChannel ?? {})] as ChannelKind[]) if (!kinds.includes(k)) kinds.push(k);
  if (parsed === undefined) {
    unread('channels', 'channels', kinds.length === 0 ? 'tạm ghi trực tiếp' : undefined);
    if (kinds.length === 0) kinds.push('in_person');
  }
  const values = kinds.map((kind) => ({ kind, t: time?.byChannel[kind] ?? time?.all, f: fee?.byChannel[kind] ?? fee?.all }));
  const timeMissing = values.some((v) => v.t === undefined);
  const feeMissing = values.some((v) => v.f === undefined);
  const channels = values.map(({ kind, t, f }: { kind: ChannelKind; t: unknown; f: Fee | undefined }) => {
    const channel: { kind: ChannelKind } & Record<string, unknown> = { kind, time: t ?? null, fee: f?.fee ?? null };
    if (f?.note !== undefined) channel.fee_note = f.note;
    return channel;
  });
  // Both are fixed on the channels field, so both TODOs go there.
  if (timeMissing) unread('channels', 'time', 'không đọc được thời hạn (cần số và đơn vị, ví dụ 7 ngày làm việc)');
  if (feeMissing) unread('channels', 'fee', 'không đọc được số tiền');
  return channels;
}

function quoted(v: Raw): string {
  const t = rawText(v);
  return t === '' ? 'ô trống' : `"${t.replace(/\s*\n\s*/g, ' / ')}"`;
}

function legalBasisOf(v: Raw, context: ImportContext, unread: (key: string, field: Field, detail?: string) => void): unknown[] {
  const refs: { ref: string; article?: string }[] = [];
  const missing: string[] = [];
  const unclear: string[] = [];
  for (const c of citations(rawText(v))) {
    const id = c.number === undefined ? undefined : context.legal.get(c.number);
    if (id === undefined) {
      (c.problem === undefined ? missing : unclear).push(c.text);
      continue;
    }
    if (!refs.some((r) => r.ref === id && r.article === c.article)) refs.push(c.article === undefined ? { ref: id } : { ref: id, article: c.article });
  }
  if (missing.length > 0) unread('legal_basis', 'legal', `chưa có trong legal.yaml: ${missing.join(' / ')}`);
  if (unclear.length > 0) unread('legal_basis', 'legal', `không xác định được số hiệu văn bản: ${unclear.join(' / ')}`);
  return refs;
}

/** YAML text in the catalog's key order, channels as flow maps, TODOs above their keys. */
function render(out: Record<string, unknown>, todo: ReadonlyMap<string, string>): string {
  // Channels that share one time or fee object are written out each, not as YAML aliases.
  const doc = new Document(out, { aliasDuplicateObjects: false });
  const root = doc.contents;
  if (isMap(root)) {
    for (const item of root.items) {
      const pair: Pair = item;
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      style(key, pair);
      const note = todo.get(key);
      if (note !== undefined) pair.key.commentBefore = ` ${note}`;
    }
  }
  return printCanonical(doc);
}

/** The catalog's usual layout for an imported value: quoted code, flow channels and lists. */
function style(key: string, pair: Pair): void {
  if (key === 'code' && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
  if (key === 'channels' && pair.value !== null && typeof pair.value === 'object' && 'items' in pair.value) {
    for (const ch of (pair.value as { items: unknown[] }).items) if (isMap(ch)) ch.flow = true;
  }
  if ((key === 'levels' || key === 'subjects') && isMapOrSeq(pair.value)) (pair.value as { flow: boolean }).flow = true;
}

/**
 * An existing procedure file updated from a row: the keys the row settles take the row's
 * values; everything else — documents, steps, results, fields the list has no column for, and
 * every comment — stays as it was. A key the row could not read keeps its value and gains the
 * TODO. Undefined when the file is not a YAML mapping (the caller refuses to touch it).
 */
export function mergeInto(existing: string, planned: PlannedFile): string | undefined {
  const doc = parseDocument(existing, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const changed = new Set<string>();
  // The file as written, read once: each key is written only in its own turn below.
  const was = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const key of planned.settled) {
    const current = was[key];
    if (key === 'online_level') {
      // Written only when the file says otherwise; an explicit level equal to the row's stays.
      // (channels, settled before online_level, may just have been replaced by the row's.)
      const channels = changed.has('channels') ? planned.fields.channels : was.channels;
      const kinds = (Array.isArray(channels) ? (channels as { kind?: string }[]) : []).map((c) => c.kind);
      const implied = kinds.includes('online') ? 'partial' : 'none';
      if ((current ?? implied) === planned.onlineLevel) continue;
      doc.set(key, planned.onlineLevel);
      changed.add(key);
      continue;
    }
    const value = planned.fields[key];
    // The same value is left as written: its comments and layout stay.
    if (isDeepStrictEqual(current, value)) continue;
    if (value === undefined) doc.delete(key);
    else doc.set(key, doc.createNode(value, { aliasDuplicateObjects: false }));
    changed.add(key);
  }
  // A column the list lacks says nothing against the file: only TODOs about cells apply.
  const todo = new Map([...planned.todo].filter(([key]) => planned.todoInCells.has(key)));
  for (const key of todo.keys()) {
    if (!doc.has(key)) doc.set(key, doc.createNode(planned.fields[key] ?? null, { aliasDuplicateObjects: false }));
  }
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (changed.has(key)) style(key, item);
    const note = todo.get(key);
    if (note !== undefined) {
      const before = item.key.commentBefore ?? '';
      // The TODOs of the last import are replaced, the user's own comments kept.
      const kept = before.split('\n').filter((l) => !/^\s*TODO: /.test(l)).join('\n').trimEnd();
      const next = kept === '' ? ` ${note}` : `${kept}\n ${note}`;
      if (next !== before) changed.add(key);
      item.key.commentBefore = next;
    }
  }
  // Nothing the list says differs: the file stays exactly as written, as \`tthc fmt\` leaves one.
  return changed.size === 0 ? existing : printCanonical(doc);
}

function isMapOrSeq(v: unknown): boolean {
  return v !== null && typeof v === 'object' && 'items' in v;
}
