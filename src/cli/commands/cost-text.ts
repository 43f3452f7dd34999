/**
 * Cost tables as text (stylish output of `tthc review`), in either language, within 80 columns.
 */
import type { CatalogCost, ProcedureCost } from '../../cost/index.js';
import { counted, formatNumber, messages, type Locale } from '../../i18n/locale.js';
import { showControls } from '../../report/formatters/control.js';
import { wrap } from '../../report/formatters/stylish.js';
import { CHANNEL_KINDS, type ChannelKind } from '../../catalog/schema/shapes.js';

const T = messages(
  {
    heading: 'Chi phí tuân thủ (đồng), xếp theo chi phí một năm',
    columns: { in_person: 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính', annual: 'Một năm', after: 'Sau PA', rate: 'Giảm' },
    perFulfilment: 'một lần thực hiện theo từng cách thức',
    total: (before: string, after: string, saving: string, rate: string, target: string) => `Tổng chi phí tuân thủ một năm: trước ${before} đồng, sau ${after} đồng, tiết kiệm ${saving} đồng, tỷ lệ ${rate}${target}`,
    target: (t: string, reached: boolean) => ` (chỉ tiêu ${t}: ${reached ? 'đạt' : 'chưa đạt'})`,
    noPlans: 'Chưa có phương án đơn giản hóa nào có số lượng hồ sơ để tính tiết kiệm',
    noVolume: (n: number, codes: string) => `Chưa có số lượng hồ sơ (volume), chỉ tính chi phí một lần: ${n} thủ tục (${codes})`,
    missing: 'catalog.yaml chưa có tham số chi phí tuân thủ (cost: income_per_hour, source): không tính chi phí',
    detail: 'Chi tiết từng khoản: tthc cost <mã>',
  },
  {
    heading: 'Compliance cost (VND), by annual cost',
    columns: { in_person: 'In person', online: 'Online', postal: 'By post', annual: 'A year', after: 'After', rate: 'Cut' },
    perFulfilment: 'one fulfilment per channel',
    total: (before, after, saving, rate, target) => `Total compliance cost a year: before ${before} VND, after ${after} VND, saving ${saving} VND, rate ${rate}${target}`,
    target: (t, reached) => ` (target ${t}: ${reached ? 'reached' : 'not reached'})`,
    noPlans: 'No simplification proposal with a volume to compute a saving yet',
    noVolume: (n, codes) => `No volume, cost per fulfilment only: ${counted(n, 'procedure')} (${codes})`,
    missing: 'catalog.yaml has no compliance-cost parameters (cost: income_per_hour, source): no cost computed',
    detail: 'Every term: tthc cost <code>',
  },
);

/** 0.234 → "23,4%" (vi) or "23.4%" (en). */
export function percent(rate: number, locale: Locale): string {
  const fixed = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${locale === 'vi' ? fixed.replace('.', ',') : fixed}%`;
}

export function money(n: number | null, locale: Locale): string {
  return n === null ? '—' : formatNumber(n, locale);
}

/** One row per active procedure, then the provincial total against the target. */
export function costAppendix(cost: CatalogCost, locale: Locale, totalOnly = false): string {
  const t = T[locale];
  if (cost.missingParameters) return `${t.missing}\n`;
  const plans = new Map(cost.plans.map((p) => [p.procedure, p]));
  const rows = cost.procedures.filter((p) => !p.abolished).sort(byAnnual);
  const channelWidth = 11;
  const head = `  ${CHANNEL_KINDS.map((k) => t.columns[k].padStart(channelWidth)).join('')}${t.columns.annual.padStart(16)}${t.columns.after.padStart(16)}${t.columns.rate.padStart(8)}`;
  const out = totalOnly ? [] : [t.heading, `  ${t.perFulfilment}`, head];
  for (const p of totalOnly ? [] : rows) {
    const plan = plans.get(p.code);
    out.push(`${p.code.padEnd(10)}${truncate(showControls(p.name), 68)}`);
    const cells = CHANNEL_KINDS.map((k) => money(perChannel(p, k), locale).padStart(channelWidth)).join('');
    const rate = plan?.rate === null || plan?.rate === undefined ? '' : percent(plan.rate, locale);
    out.push(`  ${cells}${money(p.annual, locale).padStart(16)}${(plan ? money(plan.after.annual, locale) : '').padStart(16)}${rate.padStart(8)}`.trimEnd());
  }
  if (!totalOnly) out.push('');
  const noVolume = rows.filter((p) => p.annual === null).map((p) => p.code);
  if (noVolume.length > 0 && !totalOnly) out.push(...wrap(t.noVolume(noVolume.length, noVolume.join(', ')), 80));
  const { before, after, saving, rate, target } = cost.totals;
  if (rate === null) out.push(t.noPlans);
  else {
    const goal = target === null ? '' : t.target(percent(target, locale), rate >= target);
    out.push(...wrap(t.total(money(before, locale), money(after, locale), money(saving, locale), percent(rate, locale), goal), 80));
  }
  if (!totalOnly) out.push(t.detail);
  out.push('');
  return out.join('\n');
}

function perChannel(p: ProcedureCost, kind: ChannelKind): number | null {
  return p.channels.find((c) => c.channel === kind)?.perFulfilment ?? null;
}

function byAnnual(a: ProcedureCost, b: ProcedureCost): number {
  const x = a.annual ?? -1;
  const y = b.annual ?? -1;
  return y - x || (a.code < b.code ? -1 : 1);
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** The `costs` member of `tthc review --format json` (spec/cli.md). */
export function costsJson(cost: CatalogCost): { procedure: string; per_fulfilment: Record<string, number>; annual: number | null; after: number | null; saving_rate: number | null }[] {
  const plans = new Map(cost.plans.map((p) => [p.procedure, p]));
  return [...cost.procedures]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((p) => {
      const plan = plans.get(p.code);
      return {
        procedure: p.code,
        per_fulfilment: Object.fromEntries(p.channels.map((c) => [c.channel, c.perFulfilment])),
        annual: p.annual,
        after: plan ? plan.after.annual : null,
        saving_rate: plan ? plan.rate : null,
      };
    });
}
