import { channelLabel, valueName } from '../../i18n/values.js';
import { applyChanges, type InvalidReason } from '../../cost/index.js';
import { defineRule } from '../rule.js';
import { proposalFile } from './examples.js';

const WHY: Record<InvalidReason, { vi: (s: string) => string; en: (s: string) => string }> = {
  'document-absent': { vi: (s) => `thủ tục không có (hoặc không còn) thành phần hồ sơ "${s}"`, en: (s) => `the procedure has no (or no longer a) document "${s}"` },
  'not-relaxing': { vi: (s) => `loại bản sao mới của "${s}" chặt hơn loại đang quy định`, en: (s) => `the new copy type of "${s}" is stricter than the current one` },
  'channel-absent': { vi: (s) => `thủ tục không có cách thức ${channelLabel(s, 'vi')}`, en: (s) => `the procedure has no ${channelLabel(s, 'en')} channel` },
  'channel-exists': { vi: (s) => `thủ tục đã có cách thức ${channelLabel(s, 'vi')}`, en: (s) => `the procedure already has the ${channelLabel(s, 'en')} channel` },
  'no-online-channel': { vi: (s) => `không thể đặt mức trực tuyến ${valueName(s, 'vi').toLowerCase()} khi thủ tục không có cách thức trực tuyến (thêm add_channel online trước)`, en: (s) => `online level "${valueName(s, 'en').toLowerCase()}" needs an online channel (add_channel online first)` },
  'present-in-person': { vi: () => 'không thể trực tuyến toàn trình khi còn giấy tờ phải xuất trình bản chính trực tiếp', en: () => 'cannot be fully online while an original must still be shown in person' },
  'result-absent': { vi: (s) => `thủ tục không có kết quả thứ ${s} (đếm từ 0)`, en: (s) => `the procedure has no result ${s} (counting from 0)` },
};

export default defineRule<{ invalid: { proposal: string; index: number; reason: InvalidReason; subject: string } }>({
  id: 'proposal/invalid-change',
  group: 'proposal',
  severity: 'error',
  docs: {
    summary: { vi: 'Nội dung của phương án không áp dụng được vào thủ tục', en: 'A change that cannot apply to the procedure' },
    description: {
      vi: 'Các nội dung (`changes`) được áp dụng lần lượt vào thủ tục đã công bố. Một nội dung không áp dụng được khi nhắc tới thành phần hồ sơ không có (hoặc đã bị bỏ ở nội dung trước), cách thức không có, thêm cách thức đã có, "nới" loại bản sao thành chặt hơn, đặt mức trực tuyến khi không có cách thức trực tuyến hoặc trực tuyến toàn trình khi còn giấy tờ phải xuất trình, hay kéo dài hiệu lực của kết quả không có. Nội dung đó bị bỏ qua khi tính chi phí.',
      en: 'Changes are applied in order to the published procedure. A change cannot apply when it names a document that is absent (or removed by an earlier change), a channel that is absent, adds a channel that exists, "relaxes" a copy type to a stricter one, sets an online level without an online channel or full online while an original must be shown, or extends the validity of a result that does not exist. Such a change is left out of the cost.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP (phương án đơn giản hóa)'],
    examples: {
      bad: proposalFile('  - { action: set_fee, channel: postal, fee: 0 }\n'),
      good: proposalFile('  - { action: set_fee, channel: in_person, fee: 0 }\n'),
    },
  },
  messages: {
    invalid: {
      vi: (d) => `Phương án ${d.proposal}, nội dung ${d.index + 1}: ${WHY[d.reason].vi(d.subject)}`,
      en: (d) => `Proposal ${d.proposal}, change ${d.index + 1}: ${WHY[d.reason].en(d.subject)}`,
    },
  },
  check(ctx) {
    for (const located of ctx.catalog.proposals) {
      const p = located.value;
      const procedure = ctx.lookup.procedure.get(p.procedure);
      if (!procedure) continue;
      for (const bad of applyChanges(procedure.value, p.changes).invalid) {
        ctx.report('invalid', {
          data: { proposal: p.id, index: bad.index, reason: bad.reason, subject: bad.subject },
          target: { file: located.file, path: ['changes', bad.index] },
          procedure: p.procedure,
          related: [{ file: procedure.file, path: [] }],
        });
      }
    }
  },
});
