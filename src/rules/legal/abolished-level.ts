import type { Level } from '../../catalog/schema/shapes.js';
import { EXAMPLE_BASE } from '../examples.js';
import { formatDate } from '../../i18n/locale.js';
import { valueName } from '../../i18n/values.js';
import { defineRule } from '../rule.js';

/** "district" → "cấp huyện", as the message reads. */
const lvl = (level: string) => valueName(level, 'vi').toLowerCase();

type Data = { level: string; since: string; name: string };
/** `validTo`: the agency's last day (`valid_to`, inclusive, as the sample catalog writes 2025-06-30), or null. */
type AgencyData = Data & { validTo: string | null };

export default defineRule<{ procedure: Data; agency: AgencyData; implementation: Data }>({
  id: 'legal/abolished-level',
  group: 'legal',
  severity: 'error',
  docs: {
    summary: { vi: 'Thủ tục, cơ quan hoặc bản ghi thực tế thực hiện ở cấp đã bãi bỏ', en: 'An active procedure, agency or implementation at an abolished level' },
    description: {
      vi: 'Từ 01/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh và xã); cấp huyện không còn. Thủ tục đang thực hiện ở cấp huyện, cơ quan cấp huyện chưa ghi ngày thôi hoạt động (`valid_to`, ngày cuối cùng còn hoạt động) hoặc ghi ngày từ ngày bãi bỏ trở đi, hoặc bản ghi thực tế thực hiện của cơ quan cấp huyện khảo sát sau ngày đó đều đã lỗi thời. Cấp và ngày bãi bỏ lấy từ `levels_abolished` trong catalog.yaml.',
      en: 'Since 1 July 2025 local government has two tiers (province and commune); the district level is gone. An active procedure at district level, a district agency without a last day (`valid_to`, inclusive) before the abolition date, or an implementation of a district agency surveyed after it, is outdated. Levels and dates come from `levels_abolished` in catalog.yaml.',
    },
    legal: [
      'Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15), hiệu lực từ 01/7/2025: chính quyền địa phương hai cấp (tỉnh, xã), không còn cấp huyện',
      'Nghị quyết 1686/NQ-UBTVQH15 về sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025 (166 xã, phường)',
    ],
    examples: {
      bad: { 'agencies.yaml': `${EXAMPLE_BASE['agencies.yaml'] ?? ''}  - id: ubnd-huyen-dong-son\n    name: UBND huyện Đông Sơn\n    level: district\n` },
      good: { 'agencies.yaml': `${EXAMPLE_BASE['agencies.yaml'] ?? ''}  - id: ubnd-huyen-dong-son\n    name: UBND huyện Đông Sơn\n    level: district\n    valid_to: 2025-06-30\n` },
    },
  },
  messages: {
    procedure: {
      vi: (d) => `Thủ tục "${d.name}" vẫn thực hiện ở ${lvl(d.level)}, cấp này đã bãi bỏ từ ${formatDate(d.since, 'vi')}`,
      en: (d) => `Procedure "${d.name}" is still carried out at ${d.level} level, abolished since ${formatDate(d.since, 'en')}`,
    },
    agency: {
      vi: (d) => `Cơ quan "${d.name}" thuộc ${lvl(d.level)}, cấp đã bãi bỏ từ ${formatDate(d.since, 'vi')}, nhưng ${d.validTo === null ? 'chưa ghi ngày thôi hoạt động (valid_to)' : `ghi ngày thôi hoạt động (valid_to) là ${formatDate(d.validTo, 'vi')}, không sớm hơn ngày bãi bỏ`}`,
      en: (d) => `Agency "${d.name}" is at ${d.level} level, abolished since ${formatDate(d.since, 'en')}, but ${d.validTo === null ? 'has no last day (valid_to)' : `its last day (valid_to) is ${formatDate(d.validTo, 'en')}, not before the abolition`}`,
    },
    implementation: {
      vi: (d) => `Bản ghi thực tế thực hiện thủ tục của cơ quan "${d.name}" thuộc ${lvl(d.level)}, cấp đã bãi bỏ từ ${formatDate(d.since, 'vi')}`,
      en: (d) => `Implementation record of agency "${d.name}" at ${d.level} level, a level abolished since ${formatDate(d.since, 'en')}`,
    },
  },
  check(ctx) {
    const { catalog, lookup, asOf, config } = ctx;
    const abolished = new Map<Level, string>();
    for (const [level, since] of Object.entries(config?.levels_abolished ?? {})) {
      if (since <= asOf) abolished.set(level as Level, since);
    }
    if (abolished.size === 0) return;
    for (const p of catalog.procedures) {
      if (p.value.status !== 'active') continue;
      p.value.levels.forEach((level, i) => {
        const since = abolished.get(level);
        if (since) ctx.report('procedure', { data: { level, since, name: p.value.name }, target: { file: p.file, path: ['levels', i] }, procedure: p.value.code });
      });
      const by = p.value.implemented_by;
      if (by && 'level' in by) {
        const since = abolished.get(by.level);
        if (since) ctx.report('procedure', { data: { level: by.level, since, name: p.value.name }, target: { file: p.file, path: ['implemented_by', 'level'] }, procedure: p.value.code });
      }
    }
    for (const a of catalog.agencies) {
      const since = abolished.get(a.value.level);
      if (since && (a.value.valid_to === undefined || a.value.valid_to >= since)) {
        // valid_to is the last day the agency worked: on the abolition day itself it is too late.
        ctx.report('agency', { data: { level: a.value.level, since, name: a.value.name, validTo: a.value.valid_to ?? null }, target: { file: a.file, path: [...a.path, 'level'] }, agency: a.value.id });
      }
    }
    for (const i of catalog.implementations) {
      const agency = lookup.agency.get(i.value.agency)?.value;
      const since = agency ? abolished.get(agency.level) : undefined;
      if (agency && since && (i.value.surveyed ?? asOf) >= since) {
        ctx.report('implementation', { data: { level: agency.level, since, name: agency.name }, target: { file: i.file, path: ['agency'] }, agency: agency.id });
      }
    }
  },
});
