/**
 * A catalog diff as text: `stylish` for the terminal, `json` (spec/cli.md, with
 * `implementations` and `proposals` added beside the procedure lists) and `markdown` for a
 * pull-request comment. Text fields are shown as word diffs. Pure: (diff, options) → text.
 */
import { Chalk } from 'chalk';
import { diffWords } from 'diff';
import { agree, counted, messages, type Locale } from '../i18n/locale.js';
import type { Burden, CatalogDiff, ChangedItem, FieldChange, ItemRef } from './compare.js';
import { burdenGoesUp, isEmptyDiff } from './compare.js';
import { showControls } from '../report/formatters/control.js';
import { changeLabel, elementChange, elementSummary, valueText, wholeElement } from './labels.js';

export const DIFF_FORMATS = ['stylish', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffFormatInput {
  diff: CatalogDiff;
  base: string;
  head: string;
  locale: Locale;
  color: boolean;
  /** Files of each side that did not load, whose content was not compared. */
  notCompared?: { base: string[]; head: string[] };
}

const text = messages(
  {
    title: (base: string, head: string) => `Thay đổi danh mục TTHC: ${base} → ${head}`,
    none: 'Không có thay đổi về thủ tục, thực tế thực hiện hay phương án.',
    procedures: 'Thủ tục',
    implementations: 'Thực tế thực hiện (theo cơ quan)',
    proposals: 'Phương án đơn giản hóa',
    added: 'Thêm',
    removed: 'Bỏ',
    changed: 'Sửa',
    renamed: (from: string) => `đổi tệp từ ${from}`,
    burden: { up: '▲ tăng gánh nặng', down: '▼ giảm gánh nặng', neutral: '' } satisfies Record<Burden, string>,
    summary: (up: number, down: number) => `${up} thay đổi làm tăng, ${down} thay đổi làm giảm gánh nặng cho người dân, doanh nghiệp`,
    warnUp: '⚠️ Có thay đổi làm **tăng** gánh nặng thủ tục hành chính; đề nghị rà soát căn cứ pháp lý.',
    notCompared: (side: string, files: string) => `⚠️ Ở ${side} có tệp không đọc được nên không được so sánh: ${files}. Chạy \`tthc validate\` để xem lỗi.`,
    columns: ['Nội dung', 'Trước', 'Sau', 'Gánh nặng'],
    empty: '(trống)',
    addedItem: 'thêm',
    removedItem: 'bỏ',
    reordered: 'đổi thứ tự',
    asPublished: '(như công bố)',
    absent: '(không có)',
    present: 'có',
  },
  {
    title: (base: string, head: string) => `Catalog changes: ${base} → ${head}`,
    none: 'No change to procedures, implementations or proposals.',
    procedures: 'Procedures',
    implementations: 'Implementations (by agency)',
    proposals: 'Simplification proposals',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    renamed: (from: string) => `file renamed from ${from}`,
    burden: { up: '▲ burden up', down: '▼ burden down', neutral: '' },
    summary: (up: number, down: number) => `${counted(up, 'change')} ${agree(up, 'raises', 'raise')} and ${down} ${agree(down, 'lowers', 'lower')} the burden on citizens and businesses`,
    warnUp: '⚠️ Some changes **raise** the administrative burden; please check their legal basis.',
    notCompared: (side: string, files: string) => `⚠️ In ${side}, files that cannot be read were not compared: ${files}. Run \`tthc validate\` to see why.`,
    columns: ['What', 'Before', 'After', 'Burden'],
    empty: '(empty)',
    addedItem: 'added',
    removedItem: 'removed',
    reordered: 'order changed',
    asPublished: '(as published)',
    absent: '(none)',
    present: 'yes',
  },
);

interface Section {
  title: string;
  added: { id: string; item: ItemRef }[];
  removed: { id: string; item: ItemRef }[];
  changed: { id: string; item: ChangedItem }[];
}

function sections(diff: CatalogDiff, locale: Locale): Section[] {
  const t = text[locale];
  const label = (id: string, name?: string) => (name === undefined ? id : `${id} ${name}`);
  return [
    {
      title: t.procedures,
      added: diff.added.map((a) => ({ id: label(a.procedure, a.name), item: a })),
      removed: diff.removed.map((a) => ({ id: label(a.procedure, a.name), item: a })),
      changed: diff.changed.map((c) => ({ id: label(c.procedure, c.name), item: c })),
    },
    {
      title: t.implementations,
      added: diff.implementations.added.map((a) => ({ id: a.agency, item: a })),
      removed: diff.implementations.removed.map((a) => ({ id: a.agency, item: a })),
      changed: diff.implementations.changed.map((c) => ({ id: label(c.agency, c.name), item: c })),
    },
    {
      title: t.proposals,
      added: diff.proposals.added.map((a) => ({ id: label(a.proposal, a.name), item: a })),
      removed: diff.proposals.removed.map((a) => ({ id: label(a.proposal, a.name), item: a })),
      changed: diff.proposals.changed.map((c) => ({ id: label(c.proposal, c.name), item: c })),
    },
  ].filter((s) => s.added.length + s.removed.length + s.changed.length > 0);
}

function counts(diff: CatalogDiff): { up: number; down: number } {
  const all: { burden: Burden }[] = [
    ...diff.added, ...diff.removed, ...diff.implementations.added, ...diff.implementations.removed,
    ...diff.changed.flatMap((c) => c.changes), ...diff.implementations.changed.flatMap((c) => c.changes),
  ];
  return { up: all.filter((x) => x.burden === 'up').length, down: all.filter((x) => x.burden === 'down').length };
}

/**
 * A changed value for display; '(trống)' for none — except in what an agency does, where a
 * document field, a channel or the online level left out is as published.
 */
function show(f: FieldChange, v: unknown, locale: Locale): string {
  const last = f.segments[f.segments.length - 1];
  const shown = valueText(last !== undefined && 'key' in last ? last.key : undefined, v, locale);
  if (shown !== undefined) return shown;
  const [first, entry, field] = f.segments;
  const practice = first !== undefined && 'key' in first && first.key === 'procedures' && entry !== undefined && 'item' in entry;
  const asPublished = practice && field !== undefined && 'key' in field && ['documents', 'channels', 'online_level'].includes(field.key);
  return asPublished ? text[locale].asPublished : text[locale].empty;
}

/** A whole list element added or removed: which, and what it asks in brief. */
function element(f: FieldChange, locale: Locale): { added: boolean; summary: string } | undefined {
  const last = f.segments[f.segments.length - 1];
  if (!wholeElement(f.segments) || last === undefined || !('item' in last)) return undefined;
  const added = f.before === null;
  return { added, summary: elementSummary(last.list, added ? f.after : f.before, locale) };
}

/** A list of texts on both sides (steps, conditions): what was added and removed, not both lists whole. */
function listChange(f: FieldChange, locale: Locale): string | undefined {
  const texts = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v) : undefined);
  const [before, after] = [texts(f.before), texts(f.after)];
  if (before === undefined || after === undefined) return undefined;
  const t = text[locale];
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  const parts = [...added.map((x) => `${t.addedItem} "${x}"`), ...removed.map((x) => `${t.removedItem} "${x}"`)];
  return parts.length === 0 ? t.reordered : parts.join('; ');
}

/** Free text on both sides (not enum values): shown as a word diff. */
function isText(c: FieldChange): c is FieldChange & { before: string; after: string } {
  return typeof c.before === 'string' && typeof c.after === 'string' && (c.before.includes(' ') || c.after.includes(' '));
}

export function formatDiff(format: DiffFormat, input: DiffFormatInput): string {
  if (format === 'json') return `${JSON.stringify(forJson(input.diff, input.notCompared), null, 2)}\n`;
  return format === 'markdown' ? markdown(input) : stylish(input);
}

function stylish({ diff, base, head, locale, color }: DiffFormatInput): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = text[locale];
  const mark = (b: Burden) => (b === 'up' ? c.red(t.burden.up) : b === 'down' ? c.green(t.burden.down) : '');
  const out = [c.bold(t.title(base, head)), ''];
  if (isEmptyDiff(diff)) return `${[...out, t.none].join('\n')}\n`;
  // Catalog text is shown with its control characters escaped: it must not drive the terminal.
  const v = (text: string) => showControls(text);
  for (const s of sections(diff, locale)) {
    out.push(c.underline(s.title));
    for (const a of s.added) out.push(`  ${c.green('+')} ${v(a.id)}  ${c.dim(v(a.item.file))}  ${mark(a.item.burden)}`.trimEnd());
    for (const r of s.removed) out.push(`  ${c.red('-')} ${v(r.id)}  ${c.dim(v(r.item.file))}  ${mark(r.item.burden)}`.trimEnd());
    for (const ch of s.changed) {
      out.push(`  ${c.yellow('~')} ${v(ch.id)}  ${c.dim(v(ch.item.file))}${ch.item.previous_file !== undefined ? c.dim(` (${t.renamed(v(ch.item.previous_file))})`) : ''}`);
      for (const f of ch.item.changes) {
        const whole = element(f, locale);
        const line = whole !== undefined
          ? v(`${elementChange(f.segments, whole.added, locale)}${whole.summary === '' ? '' : ` (${whole.summary})`}`)
          : `${v(changeLabel(f.segments, locale))}: ${isText(f)
            ? diffWords(f.before, f.after).map((p) => (p.added ? c.green(`{+${v(p.value)}+}`) : p.removed ? c.red(`[-${v(p.value)}-]`) : v(p.value))).join('')
            : v(listChange(f, locale) ?? `${show(f, f.before, locale)} → ${show(f, f.after, locale)}`)}`;
        out.push(`      ${line}  ${mark(f.burden)}`.trimEnd());
      }
    }
    out.push('');
  }
  const n = counts(diff);
  out.push(t.summary(n.up, n.down));
  return `${out.join('\n')}\n`;
}

/** Text for a Markdown table cell: pipes escaped, line breaks as <br>, no HTML or control characters of the catalog's. */
function cell(s: string): string {
  return showControls(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), '\n').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function markdown({ diff, base, head, locale, notCompared }: DiffFormatInput): string {
  const t = text[locale];
  const icon = (b: Burden) => (b === 'up' ? '🔺' : b === 'down' ? '🔻' : '');
  const out = [`### ${t.title(`\`${base}\``, `\`${head}\``)}`, ''];
  for (const [side, files] of [[base, notCompared?.base ?? []], [head, notCompared?.head ?? []]] as const) {
    if (files.length > 0) out.push(t.notCompared(`\`${side}\``, files.map((f) => `\`${f}\``).join(', ')), '');
  }
  if (isEmptyDiff(diff)) return `${[...out, t.none].join('\n')}\n`;
  if (burdenGoesUp(diff)) out.push(t.warnUp, '');
  for (const s of sections(diff, locale)) {
    out.push(`#### ${s.title}`, '');
    for (const a of s.added) out.push(`- **${t.added}** ${cell(a.id)} (\`${a.item.file}\`) ${icon(a.item.burden)}`.trimEnd());
    for (const r of s.removed) out.push(`- **${t.removed}** ${cell(r.id)} (\`${r.item.file}\`) ${icon(r.item.burden)}`.trimEnd());
    for (const ch of s.changed) {
      const renamed = ch.item.previous_file !== undefined ? ` — ${t.renamed(`\`${ch.item.previous_file}\``)}` : '';
      out.push(`- **${t.changed}** ${cell(ch.id)} (\`${ch.item.file}\`)${renamed}`);
      if (ch.item.changes.length === 0) continue;
      out.push('', `  | ${t.columns.join(' | ')} |`, `  |${' --- |'.repeat(4)}`);
      for (const f of ch.item.changes) {
        const whole = element(f, locale);
        const said = whole === undefined ? '' : whole.summary === '' ? t.present : whole.summary;
        const [before, after] = whole !== undefined
          ? whole.added ? [t.absent, said] : [said, t.absent]
          : isText(f)
          ? [
              diffWords(f.before, f.after).map((p) => (p.added ? '' : p.removed ? `~~${p.value}~~` : p.value)).join(''),
              diffWords(f.before, f.after).map((p) => (p.removed ? '' : p.added ? `**${p.value}**` : p.value)).join(''),
            ]
          : [show(f, f.before, locale), show(f, f.after, locale)];
        // The row keeps the two-space indent of its list item; only the burden cell is tidied.
        const burden = f.burden === 'neutral' ? '' : t.burden[f.burden].replace(/^[▲▼] /, '');
        out.push(`  | ${cell(changeLabel(f.segments, locale))}<br>\`${f.path}\` | ${cell(before)} | ${cell(after)} | ${`${icon(f.burden)} ${burden}`.trim()} |`);
      }
      out.push('');
    }
    out.push('');
  }
  const n = counts(diff);
  out.push(t.summary(n.up, n.down));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/**
 * The diff as spec/cli.md's JSON: each change's path, values and burden (not its segments), and
 * `not_compared`: the files of each side that did not load.
 */
function forJson(diff: CatalogDiff, notCompared: DiffFormatInput['notCompared']): unknown {
  const plain = <T extends ChangedItem>(items: T[]) => items.map((item) => ({ ...item, changes: item.changes.map(({ segments: _segments, ...change }) => change) }));
  return {
    ...diff,
    changed: plain(diff.changed),
    implementations: { ...diff.implementations, changed: plain(diff.implementations.changed) },
    proposals: { ...diff.proposals, changed: plain(diff.proposals.changed) },
    not_compared: notCompared ?? { base: [], head: [] },
  };
}
