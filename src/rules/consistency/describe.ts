/** Differences of practice (practice.ts) in words, for messages and the `tthc check` appendix. */
import type { ChannelKind } from '../../catalog/schema/shapes.js';
import { counted, messages, type Locale } from '../../i18n/locale.js';
import { byChannel, channelLabel, formatDuration, formatFee, lowerFirst, onlineService, valueName } from '../../i18n/values.js';
import type { Difference } from './practice.js';

const REQUIRE = messages(
  {
    action: (v: string) => (v === 'submit' ? 'phải nộp' : 'chỉ xuất trình'),
    originals: (n: number) => `${n} bản chính`,
    copies: (n: number) => `${n} bản sao`,
  },
  {
    action: (v: string) => (v === 'submit' ? 'must be submitted' : 'only presented'),
    originals: (n: number) => counted(n, 'original'),
    copies: (n: number) => counted(n, 'copy', 'copies'),
  },
);

const text = messages(
  {
    extra: (doc: string) => `yêu cầu thêm ${doc}`,
    missing: (doc: string) => `không yêu cầu ${doc}`,
    requirement: (doc: string, what: string) => `${doc}: ${what}`,
    time: (channel: string, value: string) => `${channel}: ${value}`,
    fee: (channel: string, value: string) => `${channel}: ${value}`,
    noChannel: (c: ChannelKind) => `không có kênh ${channelLabel(c, 'vi')}`,
    extraChannel: (c: ChannelKind) => `thêm kênh ${channelLabel(c, 'vi')}`,
    paper: 'nộp trực tuyến vẫn phải nộp bản giấy',
    asPublished: 'đúng như công bố',
  },
  {
    extra: (doc: string) => `demands ${doc} as well`,
    missing: (doc: string) => `does not ask for ${doc}`,
    requirement: (doc: string, what: string) => `${doc}: ${what}`,
    time: (channel: string, value: string) => `${channel}: ${value}`,
    fee: (channel: string, value: string) => `${channel}: ${value}`,
    noChannel: (c: ChannelKind) => `no ${channelLabel(c, 'en')} channel`,
    // "adds a/an … channel" would need the article to agree
    extraChannel: (c: ChannelKind) => `also accepts dossiers ${byChannel(c, 'en')}`,
    paper: 'paper demanded on top of online submission',
    asPublished: 'as published',
  },
);

/** One difference as a short phrase. */
export function describeDifference(d: Difference, locale: Locale): string {
  const t = text[locale];
  const name = (v: string) => valueName(v, locale).toLowerCase();
  switch (d.kind) {
    case 'extra-document': return t.extra(d.document);
    case 'missing-document': return t.missing(d.document);
    case 'requirement': {
      const r = REQUIRE[locale];
      const what = d.field === 'copy_type' ? name(String(d.value))
        : d.field === 'action' ? r.action(String(d.value))
        : r[d.field](Number(d.value));
      return t.requirement(d.document, what);
    }
    case 'time': return t.time(name(d.channel), formatDuration(d.value, locale));
    case 'fee': return t.fee(name(d.channel), lowerFirst(formatFee(d.value, locale)));
    case 'no-channel': return t.noChannel(d.channel);
    case 'extra-channel': return t.extraChannel(d.channel);
    case 'online-level': return lowerFirst(onlineService(d.value, locale));
    case 'paper-with-online': return t.paper;
  }
}

/** A variant's differences joined, or "as published". */
export function describeVariant(diffs: readonly Difference[], locale: Locale): string {
  return diffs.length === 0 ? text[locale].asPublished : diffs.map((d) => describeDifference(d, locale)).join('; ');
}
