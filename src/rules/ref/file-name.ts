import { EXAMPLE_BASE } from '../examples.js';
import { defineRule } from '../rule.js';

export default defineRule<{ name: { actual: string; expected: string } }>({
  id: 'ref/file-name',
  group: 'ref',
  severity: 'warning',
  docs: {
    summary: { vi: 'Tên tệp không khớp mã bên trong', en: 'File name does not match its id' },
    description: {
      vi: 'Tệp thủ tục đặt tên theo mã (`1.001193.yaml`), tệp Implementation theo mã cơ quan (`ubnd-phuong-ham-rong.yaml`), để người biên tập tìm đúng tệp và để lịch sử git theo dõi được từng thủ tục.',
      en: 'A procedure file is named after its code (`1.001193.yaml`), an implementation file after its agency id (`ubnd-phuong-ham-rong.yaml`), so editors find the right file and git history follows each procedure.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': null, 'procedures/ho-tich/khai-sinh.yaml': EXAMPLE_BASE['procedures/ho-tich/1.001193.yaml'] ?? '' },
      good: {},
    },
  },
  messages: {
    name: {
      vi: (d) => `Tên tệp "${d.actual}" nên là "${d.expected}"`,
      en: (d) => `File name "${d.actual}" should be "${d.expected}"`,
    },
  },
  check(ctx) {
    const base = (file: string) => file.slice(file.lastIndexOf('/') + 1);
    const stem = (file: string) => base(file).replace(/\.ya?ml$/i, '');
    for (const p of ctx.catalog.procedures) {
      if (stem(p.file) !== p.value.code) {
        ctx.report('name', { data: { actual: base(p.file), expected: `${p.value.code}.yaml` }, target: { file: p.file, path: ['code'] }, procedure: p.value.code });
      }
    }
    for (const i of ctx.catalog.implementations) {
      if (stem(i.file) !== i.value.agency) {
        ctx.report('name', { data: { actual: base(i.file), expected: `${i.value.agency}.yaml` }, target: { file: i.file, path: ['agency'] }, agency: i.value.agency });
      }
    }
  },
});
