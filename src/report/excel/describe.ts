/**
 * Catalog values as a provincial list writes them ("7 ngày làm việc", "20.000 đồng",
 * "Trực tiếp; Trực tuyến"). The import reads the same forms back, so an export imports to the
 * same procedures (test/report/excel/round-trip.test.ts).
 */
import type { Channel, Change, LegalDocument, ProcedureFile, ProposalFile } from '../../catalog/schema/kinds.js';
import { formatDuration, formatFee, valueName } from '../../i18n/values.js';
import { dmy } from './model.js';
import { AGENCY_LABELS, parseFee, parseOneFee } from './import/values.js';
import type { ReportIndex } from './input.js';

/** One line per channel when channels differ, one value when they agree. */
function perChannel(channels: readonly Channel[], show: (c: Channel) => string): string {
  const texts = channels.map(show);
  if (texts.every((t) => t === texts[0])) return texts[0] ?? '';
  return channels.map((c, i) => `${valueName(c.kind, 'vi')}: ${texts[i] ?? ''}`).join('\n');
}

export function timeText(p: ProcedureFile): string {
  return perChannel(p.channels, (c) => formatDuration(c.time, 'vi'));
}

/**
 * "10.000 đồng", "Không thu (note)"; a null fee as its note ("Theo Nghị quyết của HĐND tỉnh"),
 * or as "Theo quy định (note)" when the note alone would not import back as a null fee (it
 * names an amount, or no document: "Như nộp trực tiếp"). The import reads every form back.
 */
export function feeText(p: ProcedureFile): string {
  const text = perChannel(p.channels, (c) => channelFeeText(c, false));
  // A note that itself reads as channel labels ("…; Trực tuyến: …") is only safe in parentheses.
  return importsBack(text, p.channels) ? text : perChannel(p.channels, (c) => channelFeeText(c, true));
}

function channelFeeText(c: Channel, parenthesiseEveryNote: boolean): string {
  const note = c.fee_note === undefined || c.fee_note === '' ? undefined : c.fee_note;
  if (note === undefined) return formatFee(c.fee, 'vi');
  const alone = parseOneFee(note);
  if (c.fee === null && !parenthesiseEveryNote && alone?.fee === null && alone.note === note) return note;
  return `${formatFee(c.fee, 'vi')} (${note})`;
}

function importsBack(text: string, channels: readonly Channel[]): boolean {
  const read = parseFee(text);
  return channels.every((c) => {
    const fee = read?.byChannel[c.kind] ?? read?.all;
    return fee !== undefined && fee.fee === c.fee && (fee.note ?? '') === (c.fee_note ?? '');
  });
}

export function channelsText(p: ProcedureFile): string {
  return p.channels.map((c) => valueName(c.kind, 'vi')).join('; ');
}

export function levelsText(p: ProcedureFile): string {
  return p.levels.map((l) => valueName(l, 'vi')).join(', ');
}

export function onlineLevelOf(p: ProcedureFile): 'none' | 'partial' | 'full' {
  return p.online_level ?? (p.channels.some((c) => c.kind === 'online') ? 'partial' : 'none');
}

/**
 * "Cơ quan thực hiện": the competent authority alone, as provincial lists write it; when the
 * procedure also says who carries it out, one labelled line each, as the national database
 * writes them ("Cơ quan có thẩm quyền: …" / "Cơ quan trực tiếp thực hiện: A; B" or "…: Cấp xã"),
 * so that the import gives back both.
 */
export function agenciesText(p: ProcedureFile, index: ReportIndex): string {
  const by = p.implemented_by;
  const authority = p.authority ?? '';
  if (by === undefined) return authority;
  const implementing = 'agencies' in by ? by.agencies.map((id) => index.agencyName(id) ?? id).join('; ') : valueName(by.level, 'vi');
  const lines = [`${AGENCY_LABELS.implementing}: ${implementing}`];
  if (authority !== '') lines.unshift(`${AGENCY_LABELS.authority}: ${authority}`);
  return lines.join('\n');
}

// Kinds of document whose number follows the kind ("Nghị định số 123/2015/NĐ-CP quy định…");
// a law is cited by its name, then its number ("Luật Hộ tịch số 60/2014/QH13").
const NUMBER_AFTER_KIND = /^(Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Chỉ thị|Pháp lệnh|Văn bản hợp nhất)\s+(.*)$/u;

/** A legal document as Vietnamese documents cite it. */
export function citation(doc: LegalDocument): string {
  if (doc.title.includes(doc.number)) return doc.title;
  const m = NUMBER_AFTER_KIND.exec(doc.title);
  return m === null ? `${doc.title} số ${doc.number}` : `${m[1] ?? ''} số ${doc.number} ${m[2] ?? ''}`.trim();
}

/** "Điều 16 Luật Hộ tịch số 60/2014/QH13", "Nghị định số 123/2015/NĐ-CP quy định…", one line per reference. */
export function legalText(p: ProcedureFile, legal: ReadonlyMap<string, LegalDocument>): string {
  return p.legal_basis
    .map((ref) => {
      const doc = legal.get(ref.ref);
      const name = doc === undefined ? ref.ref : citation(doc);
      return ref.article === undefined ? name : `${ref.article} ${name}`;
    })
    .join('\n');
}

function documentName(p: ProcedureFile | undefined, id: string): string {
  return p?.documents.find((d) => d.id === id)?.name ?? id;
}

/** A proposal's change as the plan's "Nội dung đơn giản hóa" writes it. */
export function describeChange(change: Change, p: ProcedureFile | undefined, index: ReportIndex): string {
  switch (change.action) {
    case 'remove_document':
      return `Bỏ thành phần hồ sơ "${documentName(p, change.document)}"`;
    case 'use_data': {
      const source = index.input.catalog.dataSources.find((s) => s.value.id === change.source)?.value.name ?? change.source;
      return `Khai thác thông tin từ ${source} thay cho "${documentName(p, change.document)}"`;
    }
    case 'relax_copy':
      return `Chấp nhận ${valueName(change.copy_type, 'vi').toLocaleLowerCase('vi')} đối với "${documentName(p, change.document)}"`;
    case 'set_time':
      return `Rút ngắn thời hạn giải quyết (${valueName(change.channel, 'vi').toLocaleLowerCase('vi')}) còn ${formatDuration(change.time, 'vi')}`;
    case 'set_fee':
      return `Điều chỉnh phí, lệ phí (${valueName(change.channel, 'vi').toLocaleLowerCase('vi')}): ${formatFee(change.fee, 'vi')}`;
    case 'add_channel':
      return `Bổ sung cách thức thực hiện ${valueName(change.channel, 'vi').toLocaleLowerCase('vi')}`;
    case 'set_online_level':
      return `Cung cấp dịch vụ công trực tuyến ${valueName(change.online_level, 'vi').toLocaleLowerCase('vi')}`;
    case 'extend_validity': {
      const result = p?.results?.[change.result]?.name ?? `kết quả ${change.result + 1}`;
      const validity = change.validity === 'unlimited' ? 'không thời hạn' : formatDuration(change.validity, 'vi');
      return `Kéo dài thời hạn hiệu lực của ${result}: ${validity}`;
    }
    case 'abolish':
      return 'Bãi bỏ thủ tục hành chính';
  }
}

/** "Sửa đổi Điều 9 Nghị định số 123/2015/NĐ-CP: …; thời hạn 30/06/2027", one line per amendment. */
export function amendText(proposal: ProposalFile, legal: ReadonlyMap<string, LegalDocument>): string {
  return (proposal.amend ?? [])
    .map((a) => {
      const doc = legal.get(a.ref);
      const target = [a.article, doc === undefined ? a.ref : citation(doc)].filter(Boolean).join(' ');
      let line = `Sửa đổi, bổ sung ${target}`;
      if (a.text !== undefined && a.text !== '') line += `: ${a.text}`;
      if (a.by !== undefined) line += ` (thời hạn ${dmy(a.by)})`;
      return line;
    })
    .join('\n');
}
