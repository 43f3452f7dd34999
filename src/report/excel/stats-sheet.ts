/**
 * Sheet 4, "Tình hình giải quyết": implementation `stats` summed per agency and period —
 * received by channel and carried over, resolved early / on time / late, pending, returned,
 * apologies — with
 * the on-time rate against `targets.on_time_rate` (rows below it highlighted).
 */
import type { Stats } from '../../catalog/schema/kinds.js';
import { formatNumber } from '../../i18n/locale.js';
import type { ReportIndex } from './input.js';
import { dataRow, dmy, num, totalRow, type Column, type SheetModel } from './model.js';

const N = (header: string, group?: string): Column => ({ header, ...(group === undefined ? {} : { group }), minWidth: 8, maxWidth: 11 });

const COLUMNS: Column[] = [
  { header: 'STT', align: 'center', minWidth: 5, maxWidth: 6 },
  { header: 'Cơ quan', maxWidth: 30, minWidth: 22 },
  { header: 'Từ ngày', group: 'Kỳ báo cáo', align: 'center', minWidth: 11 },
  { header: 'Đến ngày', group: 'Kỳ báo cáo', align: 'center', minWidth: 11 },
  N('Số TTHC'),
  N('Trực tiếp', 'Số hồ sơ tiếp nhận'),
  N('Trực tuyến', 'Số hồ sơ tiếp nhận'),
  N('Bưu chính', 'Số hồ sơ tiếp nhận'),
  // As the reporting forms count it: dossiers carried over from the last period are received too.
  N('Từ kỳ trước', 'Số hồ sơ tiếp nhận'),
  N('Tổng số', 'Số hồ sơ tiếp nhận'),
  N('Trước hạn', 'Số hồ sơ đã giải quyết'),
  N('Đúng hạn', 'Số hồ sơ đã giải quyết'),
  N('Quá hạn', 'Số hồ sơ đã giải quyết'),
  N('Trong hạn', 'Đang giải quyết'),
  N('Quá hạn', 'Đang giải quyết'),
  N('Trả lại, từ chối'),
  N('Phiếu xin lỗi'),
  N('Tỷ lệ đúng hạn'),
  N('Tỷ lệ trực tuyến'),
];

interface Tally {
  procedures: number;
  received: { in_person: number; online: number; postal: number };
  resolved: { early: number; on_time: number; late: number };
  pending: { in_time: number; overdue: number };
  returned: number;
  apologies: number;
  carried: number;
}

const emptyTally = (): Tally => ({
  procedures: 0,
  received: { in_person: 0, online: 0, postal: 0 },
  resolved: { early: 0, on_time: 0, late: 0 },
  pending: { in_time: 0, overdue: 0 },
  returned: 0,
  apologies: 0,
  carried: 0,
});

function add(t: Tally, s: Stats): void {
  t.procedures++;
  t.received.in_person += s.received.in_person ?? 0;
  t.received.online += s.received.online ?? 0;
  t.received.postal += s.received.postal ?? 0;
  t.resolved.early += s.resolved.early ?? 0;
  t.resolved.on_time += s.resolved.on_time ?? 0;
  t.resolved.late += s.resolved.late ?? 0;
  t.pending.in_time += s.pending?.in_time ?? 0;
  t.pending.overdue += s.pending?.overdue ?? 0;
  t.returned += s.returned ?? 0;
  t.apologies += s.apologies ?? 0;
  t.carried += s.carried_over ?? 0;
}

function merge(into: Tally, t: Tally): void {
  into.procedures += t.procedures;
  for (const k of ['in_person', 'online', 'postal'] as const) into.received[k] += t.received[k];
  for (const k of ['early', 'on_time', 'late'] as const) into.resolved[k] += t.resolved[k];
  into.pending.in_time += t.pending.in_time;
  into.pending.overdue += t.pending.overdue;
  into.returned += t.returned;
  into.apologies += t.apologies;
  into.carried += t.carried;
}

/** (early + on time) ÷ resolved; null when nothing was resolved. */
export function onTimeRate(t: Tally): number | null {
  const resolved = t.resolved.early + t.resolved.on_time + t.resolved.late;
  return resolved === 0 ? null : (t.resolved.early + t.resolved.on_time) / resolved;
}

function cells(t: Tally) {
  const received = t.received.in_person + t.received.online + t.received.postal;
  return [
    num(t.procedures, 'count'),
    num(t.received.in_person, 'count'),
    num(t.received.online, 'count'),
    num(t.received.postal, 'count'),
    num(t.carried, 'count'),
    num(received + t.carried, 'count'),
    num(t.resolved.early, 'count'),
    num(t.resolved.on_time, 'count'),
    num(t.resolved.late, 'count'),
    num(t.pending.in_time, 'count'),
    num(t.pending.overdue, 'count'),
    num(t.returned, 'count'),
    num(t.apologies, 'count'),
    num(onTimeRate(t), 'rate'),
    num(received === 0 ? null : t.received.online / received, 'rate'),
  ];
}

const collator = new Intl.Collator('vi');

export function statsSheet(index: ReportIndex): SheetModel {
  const groups = new Map<string, { agency: string; from: string; to: string; tally: Tally }>();
  for (const impl of index.input.catalog.implementations) {
    for (const entry of impl.value.procedures) {
      const s = entry.stats;
      if (s === undefined) continue;
      const key = `${impl.value.agency}\u0000${s.period.from}\u0000${s.period.to}`;
      const g = groups.get(key) ?? { agency: impl.value.agency, from: s.period.from, to: s.period.to, tally: emptyTally() };
      add(g.tally, s);
      groups.set(key, g);
    }
  }
  const target = index.input.catalog.config?.value.targets?.on_time_rate;
  const list = [...groups.values()]
    .map((g) => ({ ...g, name: index.agencyName(g.agency) ?? g.agency }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.to < b.to ? -1 : 1));
  // Figures of different periods are not added together: one total per period.
  const totals = new Map<string, { from: string; to: string; tally: Tally }>();
  const rows = list.map((g, i) => {
    const key = `${g.from}\u0000${g.to}`;
    const total = totals.get(key) ?? { from: g.from, to: g.to, tally: emptyTally() };
    totals.set(key, total);
    merge(total.tally, g.tally);
    const rate = onTimeRate(g.tally);
    const below = target !== undefined && rate !== null && rate < target;
    return dataRow([num(i + 1, 'count'), g.name, { date: g.from }, { date: g.to }, ...cells(g.tally)], below);
  });
  const ordered = [...totals.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  for (const t of ordered) {
    const label = ordered.length === 1 ? 'Tổng cộng' : `Tổng cộng kỳ ${dmy(t.from)} – ${dmy(t.to)}`;
    rows.push(totalRow([null, label, { date: t.from }, { date: t.to }, ...cells(t.tally)]));
  }
  const notes: string[] = [];
  if (rows.length === 0) notes.push('Chưa có số liệu giải quyết hồ sơ (stats) trong các tệp implementations.');
  if (target !== undefined) notes.push(`Dòng tô màu: tỷ lệ giải quyết đúng hạn thấp hơn chỉ tiêu ${formatNumber(Math.round(target * 1000) / 10, 'vi')}%.`);
  notes.push('Tổng số tiếp nhận = trực tiếp + trực tuyến + bưu chính + từ kỳ trước chuyển sang = đã giải quyết + đang giải quyết + trả lại, từ chối.');
  notes.push('Tỷ lệ đúng hạn = (trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết; tỷ lệ trực tuyến = hồ sơ trực tuyến ÷ hồ sơ tiếp nhận trong kỳ (trực tiếp + trực tuyến + bưu chính).');
  const periods = [...new Set(list.map((g) => `${dmy(g.from)} – ${dmy(g.to)}`))];
  return {
    name: 'Tình hình giải quyết',
    title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    ...(periods.length === 1 ? { subtitle: `Kỳ báo cáo: ${periods[0] ?? ''}` } : {}),
    columns: COLUMNS,
    rows,
    notes,
  };
}
