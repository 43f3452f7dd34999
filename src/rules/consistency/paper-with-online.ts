import { agencyName, implementationExample } from './common.js';
import { entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';

export default defineRule<{ paper: { agency: string; published: boolean; observed: boolean } }>({
  id: 'consistency/paper-with-online',
  group: 'consistency',
  severity: 'error',
  docs: {
    summary: { vi: 'Nộp trực tuyến vẫn phải nộp thêm bản giấy ("vừa trực tiếp vừa trực tuyến")', en: 'Paper submission demanded on top of an online one' },
    description: {
      vi: 'Cơ quan yêu cầu người đã nộp hồ sơ trực tuyến nộp lại bản giấy (`requires_paper_with_online: true`). Hồ sơ điện tử hợp lệ có giá trị như hồ sơ giấy; trường hợp phải xuất trình bản chính để đối chiếu đã được ghi trong thành phần hồ sơ (`action: present`).',
      en: 'The agency makes applicants who submitted online hand in the paper dossier as well (`requires_paper_with_online: true`). A valid electronic dossier is worth the paper one; documents to be shown in original are already in the published list (`action: present`).',
    },
    legal: ['Nghị định 45/2020/NĐ-CP, Điều 9 và 11 (giá trị pháp lý của hồ sơ điện tử; không yêu cầu nộp lại bản giấy)', 'Nghị định 42/2022/NĐ-CP', 'Công văn 840/VPCP-KSTT năm 2022 (phản ánh "vừa trực tiếp vừa trực tuyến")'],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    requires_paper_with_online: true\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    requires_paper_with_online: false\n'),
    },
  },
  messages: {
    paper: {
      vi: (d) => `${d.agency} yêu cầu nộp thêm bản giấy sau khi đã nộp hồ sơ trực tuyến`,
      en: (d) => `${d.agency} demands the paper dossier on top of the online submission`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      if (record.entry.requires_paper_with_online !== true) continue;
      const online = procedure.value.channels.findIndex((c) => c.kind === 'online');
      ctx.report('paper', {
        data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), published: false, observed: true },
        target: { file: record.implementation.file, path: entryPath(record, 'requires_paper_with_online') },
        procedure: procedure.value.code,
        agency: record.implementation.value.agency,
        related: [{ file: procedure.file, path: online >= 0 ? ['channels', online] : ['channels'] }],
      });
    }
  },
});
