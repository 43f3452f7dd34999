/**
 * `tthc cost <code> [dir]`: one procedure's compliance cost term by term (hours by activity ×
 * rate, fees, other money, visits, sendings, shares, volume), then before/after each proposal —
 * what a reviewer needs to redo the sum by hand.
 */
import { showControls } from '../../report/formatters/control.js';
import { catalogCost, type ChannelCost, type CostParameters, type ProcedureCost, type ProposalCost } from '../../cost/index.js';
import { formatNumber, messages, type Locale } from '../../i18n/locale.js';
import { valueName } from '../../i18n/values.js';
import { levenshtein } from '../../text/similarity.js';
import { openCatalog } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';
import { money, percent } from './cost-text.js';

const T = messages(
  {
    unknown: (code: string, near: string[]) => `Không có thủ tục mã "${code}" trong danh mục${near.length > 0 ? `; mã gần giống: ${near.join(', ')}` : ''}`,
    brokenFile: (code: string) => `Tệp của thủ tục "${code}" có lỗi định dạng nên chưa tính được chi phí; chạy "tthc validate" để xem và sửa`,
    missing: 'catalog.yaml chưa có tham số chi phí tuân thủ (cost: income_per_hour, source); không tính được chi phí',
    badFormat: (f: string) => `Định dạng "${f}" không hỗ trợ; chọn stylish hoặc json`,
    rate: (kind: string, rate: string) => `Thu nhập bình quân: ${rate} đ/giờ (${kind})`,
    kinds: { citizen: 'người dân', business: 'doanh nghiệp, tổ chức' },
    source: 'Nguồn',
    documents: 'Giấy tờ tính chi phí (bắt buộc, trường hợp chung):',
    noDocuments: '  (không có)',
    docKind: { form: 'đơn, tờ khai', present: 'xuất trình', document: 'giấy tờ' },
    certified: (copies: number) => `, ${copies} bản sao chứng thực`,
    copies: (copies: number) => `, ${copies} bản sao`,
    channel: (name: string, share: string) => `${name} — tỷ lệ hồ sơ ${share}`,
    hours: 'Thời gian',
    terms: { learn: 'tìm hiểu', forms: 'đơn, tờ khai', documents: 'giấy tờ', present: 'xuất trình', visits: 'đi lại', extra: 'nộp trực tuyến' },
    hourUnit: 'giờ',
    fee: 'Phí, lệ phí',
    feeUnknown: ' (chưa rõ mức thu, tính 0)',
    other: 'Chi phí khác',
    otherTerms: { documents: 'bản sao, chứng thực', travel: 'đi lại', postage: 'bưu chính' },
    once: 'Một lần thực hiện',
    year: 'Một năm',
    dossiers: 'hồ sơ',
    noVolume: 'Một năm: chưa có số lượng hồ sơ (volume)',
    abolished: 'Một năm: 0 (thủ tục bị bãi bỏ)',
    proposal: (id: string, status: string, title: string) => `Phương án ${id} (${status}): ${title}`,
    after: 'Sau phương án',
    saving: (saving: string, rate: string) => `Tiết kiệm: ${saving} đồng/năm, tỷ lệ ${rate}`,
    invalid: (n: number) => `${n} nội dung không áp dụng được (xem proposal/invalid-change)`,
    noProposal: 'Chưa có phương án đơn giản hóa cho thủ tục này (tthc new proposal)',
    unit: 'đ',
  },
  {
    unknown: (code, near) => `No procedure "${code}" in the catalog${near.length > 0 ? `; close codes: ${near.join(', ')}` : ''}`,
    brokenFile: (code) => `The file of procedure "${code}" breaks the format, so its cost cannot be computed; run "tthc validate" to see and fix it`,
    missing: 'catalog.yaml has no compliance-cost parameters (cost: income_per_hour, source); no cost can be computed',
    badFormat: (f) => `Unsupported format "${f}"; choose stylish or json`,
    rate: (kind, rate) => `Income per hour: ${rate} VND (${kind})`,
    kinds: { citizen: 'citizens', business: 'businesses, organisations' },
    source: 'Source',
    documents: 'Documents counted (required, common case):',
    noDocuments: '  (none)',
    docKind: { form: 'form', present: 'to present', document: 'document' },
    certified: (copies) => `, ${copies} certified cop${copies === 1 ? 'y' : 'ies'}`,
    copies: (copies) => `, ${copies} cop${copies === 1 ? 'y' : 'ies'}`,
    channel: (name, share) => `${name} — share of dossiers ${share}`,
    hours: 'Time',
    terms: { learn: 'learn', forms: 'forms', documents: 'documents', present: 'present', visits: 'visits', extra: 'online' },
    hourUnit: 'h',
    fee: 'Fee',
    feeUnknown: ' (amount set elsewhere, counted as 0)',
    other: 'Other money',
    otherTerms: { documents: 'copies, certification', travel: 'travel', postage: 'postage' },
    once: 'One fulfilment',
    year: 'A year',
    dossiers: 'dossiers',
    noVolume: 'A year: no volume',
    abolished: 'A year: 0 (procedure abolished)',
    proposal: (id, status, title) => `Proposal ${id} (${status}): ${title}`,
    after: 'After the proposal',
    saving: (saving, rate) => `Saving: ${saving} VND/year, rate ${rate}`,
    invalid: (n) => `${n} change(s) could not apply (see proposal/invalid-change)`,
    noProposal: 'No simplification proposal for this procedure yet (tthc new proposal)',
    unit: 'VND',
  },
);

export async function cost(code: string, dir: string | undefined, options: { format?: string; lang?: string }, io: CliIO): Promise<CommandResult> {
  const early = parseLocale(options.lang, 'vi') ?? 'vi';
  const format = options.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') return fail('bad-option', T[early].badFormat(format));
  const opened = await openCatalog(dir, io, early);
  if ('failure' in opened) return opened;
  const { catalog } = opened;
  const locale = parseLocale(options.lang, catalog.config?.value.locale ?? 'vi') ?? 'vi';
  const t = T[locale];
  const codes = catalog.procedures.map((p) => p.value.code);
  if (!codes.includes(code) && catalog.invalidIds.procedures.has(code)) return fail('invalid-procedure', t.brokenFile(code));
  if (!codes.includes(code)) return fail('unknown-procedure', t.unknown(code, nearCodes(code, codes)));
  const all = catalogCost(catalog);
  if (all.missingParameters) return fail('no-cost-parameters', t.missing);
  const procedure = all.procedures.find((p) => p.code === code);
  if (!procedure) return fail('unknown-procedure', t.unknown(code, []));
  const proposals = all.proposals.filter((p) => p.procedure === code);
  const titles = new Map(catalog.proposals.map((p) => [p.value.id, p.value.title]));
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ parameters: all.parameters, procedure, proposals }, null, 2)}\n`);
    return 0;
  }
  // Catalog text with its control characters escaped: it must not drive the terminal.
  const out = [`${procedure.code} ${showControls(procedure.name)}`, ''];
  out.push(...parameters(all.parameters, procedure, locale), '');
  out.push(...breakdown(procedure, all.parameters, locale));
  if (proposals.length === 0) out.push('', t.noProposal);
  for (const p of proposals) out.push('', ...proposalLines(p, titles.get(p.proposal) ?? '', locale));
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** Up to three codes within two edits of the one asked for. */
export function nearCodes(code: string, codes: readonly string[]): string[] {
  return codes
    .map((c) => ({ c, d: levenshtein(code, c) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.c);
}

function parameters(params: CostParameters, p: ProcedureCost, locale: Locale): string[] {
  const t = T[locale];
  return [t.rate(t.kinds[p.rateKind], formatNumber(params.income_per_hour[p.rateKind], locale)), ...wrapText(`${t.source}: ${params.source}`, 78)];
}

function breakdown(p: ProcedureCost, params: CostParameters, locale: Locale): string[] {
  const t = T[locale];
  const n = (x: number) => formatNumber(x, locale);
  const out = [t.documents];
  if (p.documents.length === 0) out.push(t.noDocuments);
  for (const d of p.documents) {
    const copies = d.copies > 0 ? (d.certified ? t.certified(d.copies) : t.copies(d.copies)) : '';
    out.push(`  - ${showControls(d.name)}`, `    ${t.docKind[d.kind]}${copies}: ${n(d.hours)} ${t.hourUnit}, ${n(d.money)} ${t.unit}`);
  }
  for (const c of p.channels) out.push('', ...channelLines(c, params, locale));
  out.push('', ...yearLines(p, locale));
  return out;
}

function channelLines(c: ChannelCost, params: CostParameters, locale: Locale): string[] {
  const t = T[locale];
  const n = (x: number) => formatNumber(x, locale);
  const h = c.hours;
  const terms = [
    `${t.terms.learn} ${n(h.learn)}`,
    `${t.terms.forms} ${n(h.forms)}`,
    `${t.terms.documents} ${n(h.documents)}`,
    `${t.terms.present} ${n(h.present)}`,
    `${t.terms.visits} ${c.visits} × ${n(params.hours.visit)}`,
    `${t.terms.extra} ${n(h.extra)}`,
  ].join(' + ');
  const travel = params.money.travel;
  const postage = params.money.postage;
  return [
    t.channel(valueName(c.channel, locale), percent(c.share, locale)),
    ...wrapText(`  ${t.hours}: ${terms} = ${n(h.total)} ${t.hourUnit} × ${n(c.rate)} = ${n(c.timeCost)}`, 78, '    '),
    `  ${t.fee}: ${n(c.fee)}${c.feeUnknown ? t.feeUnknown : ''}`,
    ...wrapText(`  ${t.other}: ${t.otherTerms.documents} ${n(c.money.documents)} + ${t.otherTerms.travel} ${c.visits} × ${n(travel)} + ${t.otherTerms.postage} ${c.sendings} × ${n(postage)} = ${n(c.money.total)}`, 78, '    '),
    `  ${t.once}: ${n(c.timeCost)} + ${n(c.fee)} + ${n(c.money.total)} = ${n(c.perFulfilment)} ${t.unit}`,
  ];
}

function yearLines(p: ProcedureCost, locale: Locale): string[] {
  const t = T[locale];
  if (p.abolished) return [t.abolished];
  if (p.perYear === null || p.annual === null) return [t.noVolume];
  const n = (x: number) => formatNumber(x, locale);
  const shares = p.channels.filter((c) => c.share > 0).map((c) => `${percent(c.share, locale)} × ${n(c.perFulfilment)}`).join(' + ');
  return wrapText(`${t.year}: ${n(p.perYear)} ${t.dossiers} × (${shares}) = ${n(p.annual)} ${t.unit}`, 78, '  ');
}

function proposalLines(p: ProposalCost, title: string, locale: Locale): string[] {
  const t = T[locale];
  const n = (x: number) => formatNumber(x, locale);
  const out = wrapText(t.proposal(p.proposal, valueName(p.status, locale), title), 78, '  ');
  if (p.invalidChanges.length > 0) out.push(`  ${t.invalid(p.invalidChanges.length)}`);
  out.push(`${t.after}:`);
  for (const c of p.after.channels) {
    const before = p.before.channels.find((b) => b.channel === c.channel);
    out.push(`  ${valueName(c.channel, locale)}: ${money(before?.perFulfilment ?? null, locale)} → ${n(c.perFulfilment)} ${t.unit}`);
  }
  out.push(...yearLines(p.after, locale).map((l) => `  ${l}`));
  if (p.saving !== null) out.push(t.saving(n(p.saving), p.rate === null ? '—' : percent(p.rate, locale)));
  return out;
}

/** Greedy wrap at `width`, continuation lines indented. */
function wrapText(text: string, width: number, indent = '  '): string[] {
  const lead = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = '';
  for (const word of text.trimStart().split(' ')) {
    if (line === '') line = lead + word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = indent + word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
