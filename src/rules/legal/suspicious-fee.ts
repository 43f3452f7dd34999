import { formatFee } from '../../i18n/values.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

export default defineRule<{ fee: { fee: number } }>({
  id: 'legal/suspicious-fee',
  group: 'legal',
  severity: 'warning',
  docs: {
    summary: { vi: 'Mức phí từ 1 đến 999 đồng (có thể thiếu "000")', en: 'A fee between 1 and 999 VND (a lost "000")' },
    description: {
      vi: 'Không có mức phí, lệ phí thủ tục hành chính nào dưới 1.000 đồng; một số như 700 thường là 700.000 đồng bị mất ba số 0 khi nhập (đã gặp trong dữ liệu thật).',
      en: 'No administrative fee is below 1,000 VND; a figure like 700 is usually 700,000 VND that lost its zeros when typed (seen in real records).',
    },
    legal: ['Luật Phí và lệ phí 97/2015/QH13 (mức thu do văn bản có thẩm quyền quy định)', 'Thông tư 85/2019/TT-BTC'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }' }) },
      good: {},
    },
  },
  messages: {
    fee: {
      vi: (d) => `Mức phí ${formatFee(d.fee, 'vi')} bất thường; có phải ${formatFee(d.fee * 1000, 'vi')}?`,
      en: (d) => `A fee of ${formatFee(d.fee, 'en')} is implausible; is it ${formatFee(d.fee * 1000, 'en')}?`,
    },
  },
  check(ctx) {
    const suspicious = (fee: number | null | undefined): fee is number => fee != null && fee >= 1 && fee <= 999;
    for (const p of ctx.catalog.procedures) {
      p.value.channels.forEach((c, i) => {
        if (suspicious(c.fee)) ctx.report('fee', { data: { fee: c.fee }, target: { file: p.file, path: ['channels', i, 'fee'] }, procedure: p.value.code });
      });
    }
    for (const impl of ctx.catalog.implementations) {
      impl.value.procedures.forEach((e, k) => {
        (e.channels ?? []).forEach((c, i) => {
          if (suspicious(c.fee)) ctx.report('fee', { data: { fee: c.fee }, target: { file: impl.file, path: ['procedures', k, 'channels', i, 'fee'] }, procedure: e.code, agency: impl.value.agency });
        });
      });
    }
    for (const p of ctx.catalog.proposals) {
      p.value.changes.forEach((c, i) => {
        if ((c.action === 'set_fee' || c.action === 'add_channel') && suspicious(c.fee)) {
          ctx.report('fee', { data: { fee: c.fee }, target: { file: p.file, path: ['changes', i, 'fee'] }, procedure: p.value.procedure });
        }
      });
    }
  },
});
