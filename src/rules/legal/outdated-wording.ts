import type { Path } from '../../catalog/source.js';
import { fold } from '../../text/fold.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

// Phrases naming units that no longer exist after 1 July 2025, matched on folded text.
const PHRASES = ['ubnd huyện', 'ủy ban nhân dân huyện', 'cấp huyện', 'thị trấn', 'ubnd cấp huyện', 'ủy ban nhân dân cấp huyện'].map(fold);
const PHONG_HUYEN = new RegExp(`(?:^| )${fold('phòng')} (?:\\S+ ){1,8}?${fold('huyện')}(?: |$)`);

/** The outdated phrase found in `text`, if any. */
export function outdatedPhrase(text: string): string | undefined {
  const folded = ` ${fold(text)} `;
  for (const phrase of PHRASES) if (folded.includes(` ${phrase} `)) return phrase;
  const m = PHONG_HUYEN.exec(folded.trim());
  return m ? m[0].trim() : undefined;
}

export default defineRule<{ wording: { text: string } }>({
  id: 'legal/outdated-wording',
  group: 'legal',
  severity: 'warning',
  docs: {
    summary: { vi: 'Văn bản nhắc tới đơn vị đã bãi bỏ (UBND huyện, cấp huyện, thị trấn…)', en: 'Text naming an abolished unit ("UBND huyện", "cấp huyện", "thị trấn"…)' },
    description: {
      vi: 'Sau sắp xếp đơn vị hành chính năm 2025, không còn cấp huyện và thị trấn. Tên thủ tục, cơ quan thực hiện, trình tự, thành phần hồ sơ còn ghi "UBND huyện", "Phòng … huyện", "cấp huyện" hay "thị trấn" cần được cập nhật để người dân không đến nhầm nơi.',
      en: 'After the 2025 reorganisation there are no districts or townships. A procedure\'s name, agency, steps or documents still saying "UBND huyện", "Phòng … huyện", "cấp huyện" or "thị trấn" need updating so citizens do not go to the wrong office.',
    },
    legal: ['Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15)'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'authority: Ủy ban nhân dân cấp xã': 'authority: Ủy ban nhân dân cấp xã, thị trấn' }) },
      good: {},
    },
  },
  messages: {
    wording: {
      vi: (d) => `Văn bản còn nhắc tới đơn vị đã bãi bỏ: "${d.text}"`,
      en: (d) => `Text still names an abolished unit: "${d.text}"`,
    },
  },
  check(ctx) {
    const { catalog, config } = ctx;
    const districtGone = config?.levels_abolished?.district;
    const check = (text: string | null | undefined, file: string, path: Path, meta: { procedure?: string; agency?: string }) => {
      if (!text || outdatedPhrase(text) === undefined) return;
      ctx.report('wording', { data: { text: text.length > 80 ? `${text.slice(0, 77)}...` : text }, target: { file, path }, ...meta });
    };
    for (const p of catalog.procedures) {
      if (p.value.status !== 'active') continue;
      const v = p.value;
      const meta = { procedure: v.code };
      check(v.name, p.file, ['name'], meta);
      check(v.authority, p.file, ['authority'], meta);
      check(v.contact?.unit, p.file, ['contact', 'unit'], meta);
      (v.steps ?? []).forEach((s, i) => { check(s, p.file, ['steps', i], meta); });
      v.documents.forEach((d, i) => { check(d.name, p.file, ['documents', i, 'name'], meta); });
      (v.results ?? []).forEach((r, i) => { check(r.name, p.file, ['results', i, 'name'], meta); });
      v.channels.forEach((c, i) => { check(c.fee_note, p.file, ['channels', i, 'fee_note'], meta); });
      const conditions = v.conditions;
      if (typeof conditions === 'string') check(conditions, p.file, ['conditions'], meta);
      else (conditions ?? []).forEach((c, i) => { check(c, p.file, ['conditions', i], meta); });
    }
    for (const a of catalog.agencies) {
      // A historical agency keeps its historical name.
      if (a.value.valid_to !== undefined && (districtGone === undefined || a.value.valid_to < districtGone)) continue;
      if (a.value.level === 'district') continue;
      check(a.value.name, a.file, [...a.path, 'name'], { agency: a.value.id });
    }
  },
});
