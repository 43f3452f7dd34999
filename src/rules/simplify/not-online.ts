import { effectiveOnlineLevel } from '../../cost/index.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures } from './match.js';

export default defineRule<{ none: { code: string }; partial: { code: string } }>({
  id: 'simplify/not-online',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Chưa có dịch vụ công trực tuyến, hoặc chỉ một phần dù không phải xuất trình bản chính', en: 'No online service, or only partly online although nothing must be shown in person' },
    description: {
      vi: 'Thủ tục không có cách thức nộp trực tuyến, hoặc chỉ trực tuyến một phần trong khi không có thành phần hồ sơ nào phải xuất trình bản chính trực tiếp: ứng viên để cung cấp dịch vụ công trực tuyến toàn trình. Đưa vào phương án: add_channel online, set_online_level full.',
      en: 'The procedure has no online channel, or is only partly online while no document must be presented in person: a candidate for a fully online service. Propose add_channel online and set_online_level full.',
    },
    legal: ['Nghị định 42/2022/NĐ-CP, Điều 11 (dịch vụ công trực tuyến toàn trình và một phần)'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'online_level: full': 'online_level: partial' }) },
      good: {},
    },
  },
  messages: {
    none: {
      vi: (d) => `Thủ tục ${d.code} chưa có cách thức nộp trực tuyến`,
      en: (d) => `Procedure ${d.code} cannot be done online`,
    },
    partial: {
      vi: (d) => `Thủ tục ${d.code} chỉ trực tuyến một phần dù không có giấy tờ phải xuất trình trực tiếp; có thể cung cấp trực tuyến toàn trình`,
      en: (d) => `Procedure ${d.code} is only partly online although nothing must be shown in person; it could be fully online`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      const v = p.value;
      const meta = { procedure: v.code };
      const online = v.channels.findIndex((c) => c.kind === 'online');
      const level = effectiveOnlineLevel(v);
      if (online < 0 || level === 'none') {
        ctx.report('none', { data: { code: v.code }, target: { file: p.file, path: online < 0 ? ['channels'] : ['online_level'] }, ...meta });
      } else if (level === 'partial' && !v.documents.some((d) => d.action === 'present' && !d.optional)) {
        ctx.report('partial', { data: { code: v.code }, target: { file: p.file, path: v.online_level === undefined ? ['channels', online] : ['online_level'] }, ...meta });
      }
    }
  },
});
