import { bytes } from '../examples.js';
import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

type Data = { offset: number; byte: string; encoding: string | null };

export default defineRule<{ 'not-utf8': Data; 'legacy-encoding': Data }>({
  id: 'schema/encoding',
  group: 'schema',
  severity: 'error',
  docs: {
    summary: { vi: 'Tệp không được mã hóa UTF-8', en: 'The file is not UTF-8' },
    description: {
      vi: 'Tệp danh mục phải dùng bảng mã UTF-8 (Unicode). Tệp soạn bằng bảng mã cũ (TCVN3/ABC, VNI, Windows-1258) sẽ hiển thị sai dấu tiếng Việt và không so sánh được. Hãy chuyển mã, ví dụ bằng Unikey (Công cụ chuyển mã) hoặc `iconv -f CP1258 -t UTF-8`.',
      en: 'Catalog files must be UTF-8. Files typed in legacy Vietnamese encodings (TCVN3/ABC, VNI, Windows-1258) show broken diacritics and cannot be compared. Convert them, e.g. with Unikey\'s converter or `iconv -f CP1258 -t UTF-8`.',
    },
    legal: [],
    examples: {
      // "Sở Tư pháp" typed in Windows-1258: ơ = 0xF5, then the hook tone as its own byte 0xD2.
      bad: { 'agencies.yaml': bytes('apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n    name: S\u00f5\u00d2 T\u00fd ph\u00e1p\n    level: province\n') },
      good: {},
    },
  },
  messages: {
    'not-utf8': {
      vi: (d) => `Tệp không phải UTF-8 (byte ${d.byte} không hợp lệ ở vị trí ${d.offset}); hãy lưu lại tệp với bảng mã UTF-8`,
      en: (d) => `The file is not UTF-8 (invalid byte ${d.byte} at offset ${d.offset}); save it as UTF-8`,
    },
    'legacy-encoding': {
      vi: (d) => `Tệp không phải UTF-8, có vẻ dùng bảng mã cũ ${d.encoding ?? ''} (byte ${d.byte} ở vị trí ${d.offset}); hãy chuyển sang Unicode UTF-8 (Unikey: Công cụ chuyển mã, hoặc iconv)`,
      en: (d) => `The file is not UTF-8 and looks like legacy ${d.encoding ?? ''} (byte ${d.byte} at offset ${d.offset}); convert it to UTF-8 (Unikey's converter, or iconv)`,
    },
  },
  check: (ctx) => { forwardDiagnostics('schema/encoding', ctx); },
});
