/**
 * The cost of one procedure (spec/cost.md): each counted document's hours and money, each
 * channel's cost of one fulfilment, and the annual cost from `volume`.
 */
import type { ProcedureDocument, ProcedureFile } from '../catalog/schema/kinds.js';
import type { Channel } from '../catalog/schema/kinds.js';
import { fold } from '../text/fold.js';
import type { ChannelCost, CostParameters, DocumentCostTerm, ProcedureCost } from './types.js';

// First words of an application or declaration: counted as a form even without `form:`.
const FORM_PREFIXES = ['Đơn', 'Tờ khai', 'Giấy đề nghị', 'Văn bản đề nghị', 'Phiếu đề nghị'].map(fold);

/** The name reads as an application or declaration (Đơn, Tờ khai, Giấy đề nghị…). */
export function isApplicationName(name: string): boolean {
  const folded = fold(name);
  // "Đơn vị …" is a unit, not an application.
  if (folded.startsWith(fold('đơn vị'))) return false;
  return FORM_PREFIXES.some((p) => folded === p || folded.startsWith(`${p} `));
}

/** A document counted as a form: a prescribed form is set, or its name reads as one. */
export function isForm(doc: ProcedureDocument): boolean {
  return (doc.form !== null && doc.form !== undefined && doc.form.trim() !== '') || isApplicationName(doc.name);
}

/** The documents the model counts: non-optional, of the base case (no `case`). */
export function countedDocuments(p: ProcedureFile): ProcedureDocument[] {
  return p.documents.filter((d) => !d.optional && (d.case === null || d.case === undefined || d.case.trim() === ''));
}

/** Business rate when every subject is a business, cooperative or organization. */
export function rateKind(p: ProcedureFile): 'citizen' | 'business' {
  const businessLike = new Set(['business', 'cooperative', 'organization']);
  return p.subjects.length > 0 && p.subjects.every((s) => businessLike.has(s)) ? 'business' : 'citizen';
}

/** Rounds away binary noise in sums of decimal hours (0.1 + 0.2). */
function tidy(hours: number): number {
  return Math.round(hours * 1e6) / 1e6;
}

export function documentTerm(doc: ProcedureDocument, params: CostParameters): DocumentCostTerm {
  const kind = isForm(doc) ? 'form' : doc.action === 'present' ? 'present' : 'document';
  const base = kind === 'form' ? params.hours.form : kind === 'present' ? params.hours.present : params.hours.document;
  const certified = doc.copy_type === 'certified';
  const certifyHours = certified ? params.hours.certify * doc.copies : 0;
  const money = (certified ? params.money.certify_fee : params.money.copy_fee) * doc.copies;
  return { id: doc.id, name: doc.name, kind, hours: tidy(base + certifyHours), certifyHours: tidy(certifyHours), copies: doc.copies, certified, money };
}

/** Visits, postal sendings and extra hours of a channel (the table of spec/cost.md). */
export function channelShape(kind: Channel['kind'], onlineLevel: ProcedureFile['online_level'], params: CostParameters): { visits: number; sendings: number; extra: number } {
  if (kind === 'in_person') return { visits: 2, sendings: 0, extra: 0 };
  if (kind === 'postal') return { visits: 0, sendings: 2, extra: 0 };
  // An online channel: a full online service needs no visit, a partial one still needs one.
  return { visits: onlineLevel === 'full' ? 0 : 1, sendings: 0, extra: params.hours.online };
}

/** The effective online level: as set, else none without an online channel and partial with one. */
export function effectiveOnlineLevel(p: ProcedureFile): 'none' | 'partial' | 'full' {
  if (p.online_level !== undefined) return p.online_level;
  return p.channels.some((c) => c.kind === 'online') ? 'partial' : 'none';
}

/**
 * A product or difference of decimal amounts without binary noise (1 − 0.55 is
 * 0.44999999999999996): 15 significant digits, all a double holds exactly.
 */
export function decimal(x: number): number {
  return Number(x.toPrecision(15));
}

/** Share of the year's dossiers per channel index: online takes `online_share`, the rest goes to in person (else post, else online). */
export function channelShares(p: ProcedureFile): number[] {
  const first = (kind: Channel['kind']) => p.channels.findIndex((c) => c.kind === kind);
  const online = first('online');
  const inPerson = first('in_person');
  const postal = first('postal');
  const shares = p.channels.map(() => 0);
  const onlineShare = online >= 0 ? (p.volume?.online_share ?? 0) : 0;
  if (online >= 0) shares[online] = onlineShare;
  const rest = inPerson >= 0 ? inPerson : postal >= 0 ? postal : online;
  if (rest >= 0) shares[rest] = decimal((shares[rest] ?? 0) + (1 - onlineShare));
  return shares;
}

export function procedureCost(p: ProcedureFile, params: CostParameters): ProcedureCost {
  const documents = countedDocuments(p).map((d) => documentTerm(d, params));
  const kind = rateKind(p);
  const rate = params.income_per_hour[kind];
  const level = effectiveOnlineLevel(p);
  const shares = channelShares(p);
  const sum = (f: (d: DocumentCostTerm) => number, k?: DocumentCostTerm['kind']) =>
    tidy(documents.filter((d) => k === undefined || d.kind === k).reduce((s, d) => s + f(d), 0));
  const forms = sum((d) => d.hours, 'form');
  const docs = sum((d) => d.hours, 'document');
  const present = sum((d) => d.hours, 'present');
  const docMoney = sum((d) => d.money);
  const channels = p.channels.map((c, i): ChannelCost => {
    const shape = channelShape(c.kind, level, params);
    const visits = shape.visits * params.hours.visit;
    const total = tidy(params.hours.learn + forms + docs + present + visits + shape.extra);
    const timeCost = Math.round(total * rate);
    const fee = c.fee ?? 0;
    const travel = shape.visits * params.money.travel;
    const postage = shape.sendings * params.money.postage;
    const money = { documents: docMoney, travel, postage, total: docMoney + travel + postage };
    return {
      channel: c.kind,
      hours: { learn: params.hours.learn, forms, documents: docs, present, visits, extra: shape.extra, total },
      visits: shape.visits,
      sendings: shape.sendings,
      rate,
      timeCost,
      fee,
      feeUnknown: c.fee === null,
      money,
      perFulfilment: timeCost + fee + money.total,
      share: shares[i] ?? 0,
    };
  });
  const abolished = p.status === 'abolished';
  const perYear = p.volume?.per_year ?? null;
  const annual = abolished ? 0 : perYear === null ? null : Math.round(perYear * channels.reduce((s, c) => s + c.share * c.perFulfilment, 0));
  return { code: p.code, name: p.name, rateKind: kind, documents, channels, perYear, annual, abolished };
}
