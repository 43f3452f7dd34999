import { bytes } from '../examples.js';
import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

type Data = { offset: number; byte: string; encoding: string | null; confidence: number };

/** How each legacy encoding is called in converters, and how to convert from it. */
const NAMES: Record<string, string> = { TCVN3: 'TCVN3 (ABC)', VNI: 'VNI-Windows', 'Windows-1258': 'Windows-1258 (CP1258)' };
const HOW: Record<string, { vi: string; en: string }> = {
  TCVN3: { vi: 'Unikey → Công cụ chuyển mã, nguồn TCVN3 (ABC), đích Unicode', en: "Unikey's converter from TCVN3 (ABC) to Unicode, or iconv -f TCVN5712-1 -t UTF-8" },
  VNI: { vi: 'Unikey → Công cụ chuyển mã, nguồn VNI Windows, đích Unicode', en: "Unikey's converter from VNI Windows to Unicode" },
  'Windows-1258': { vi: 'iconv -f CP1258 -t UTF-8, hoặc Unikey nguồn Vietnamese locale CP 1258', en: 'iconv -f CP1258 -t UTF-8' },
};
const nameOf = (d: Data) => NAMES[d.encoding ?? ''] ?? d.encoding ?? '';
const how = (d: Data, locale: 'vi' | 'en') => HOW[d.encoding ?? '']?.[locale] ?? (locale === 'vi' ? 'Unikey → Công cụ chuyển mã' : "Unikey's converter");

export default defineRule<{ 'legacy-encoding': Data; 'unknown-legacy': Data; 'utf-16': Data; binary: Data; 'control-char': { char: string } }>({
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
    'legacy-encoding': {
      vi: (d) => `Tệp không phải UTF-8: có vẻ dùng bảng mã cũ ${nameOf(d)} (độ tin cậy ${d.confidence}%; byte ${d.byte} ở vị trí ${d.offset}); hãy chuyển sang Unicode UTF-8: ${how(d, 'vi')}`,
      en: (d) => `The file is not UTF-8 and looks like legacy ${nameOf(d)} (confidence ${d.confidence}%; byte ${d.byte} at offset ${d.offset}); convert it to UTF-8: ${how(d, 'en')}`,
    },
    'unknown-legacy': {
      vi: (d) => `Tệp không phải UTF-8 (byte ${d.byte} ở vị trí ${d.offset}) và không khớp bảng mã cũ nào đã biết (TCVN3, VNI, Windows-1258); hãy mở bằng trình soạn thảo và lưu lại với bảng mã UTF-8`,
      en: (d) => `The file is not UTF-8 (byte ${d.byte} at offset ${d.offset}) and matches no known legacy encoding (TCVN3, VNI, Windows-1258); open it in an editor and save it as UTF-8`,
    },
    'utf-16': {
      vi: () => 'Tệp được lưu bằng UTF-16 (dấu BOM ở đầu tệp), một dạng mã hóa Unicode khác; tệp danh mục phải là UTF-8: mở bằng trình soạn thảo và lưu lại với bảng mã UTF-8, hoặc iconv -f UTF-16 -t UTF-8',
      en: () => 'The file is saved as UTF-16 (byte-order mark at the start), a different Unicode encoding; catalog files must be UTF-8: save it as UTF-8 in an editor, or iconv -f UTF-16 -t UTF-8',
    },
    binary: {
      vi: (d) => `Tệp không phải văn bản mà là dữ liệu nhị phân (byte ${d.byte} ở vị trí ${d.offset}); tệp danh mục phải là YAML dạng văn bản UTF-8`,
      en: (d) => `The file is binary data, not text (byte ${d.byte} at offset ${d.offset}); catalog files are UTF-8 YAML text`,
    },
    'control-char': {
      vi: (d) => `Tệp chứa ký tự điều khiển ${d.char} (thường do sao chép từ tệp hỏng hoặc nhị phân); hãy xóa ký tự này`,
      en: (d) => `The file contains the control character ${d.char} (usually from a corrupt or binary copy); delete it`,
    },
  },
  check: (ctx) => { forwardDiagnostics('schema/encoding', ctx); },
});
