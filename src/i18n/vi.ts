/**
 * Vietnamese interface text: the reference table. The English table must have the same keys
 * with the same signatures (see en.ts), so a missing translation is a compile error.
 */
import type { Severity } from '../rules/report.js';

export const vi = {
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } satisfies Record<Severity, string>,
  severityPlural: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } satisfies Record<Severity, string>,
  summary: (e: number, w: number, i: number, files: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin trong ${files} tệp`,
  clean: (files: number) => `Không có phát hiện nào (${files} tệp)`,
  moreInFile: (n: number) => `… và ${n} phát hiện khác trong tệp này`,
  errors: {
    missingDirectory: (dir: string) => `Không tìm thấy thư mục danh mục "${dir}"`,
    notDirectory: (dir: string) => `"${dir}" không phải là thư mục`,
    noCatalogFiles: (dir: string) => `Thư mục "${dir}" không có tệp danh mục nào (*.yaml); chạy "tthc init ${dir}" để tạo danh mục mới`,
    badFormat: (value: string, allowed: string) => `Định dạng "${value}" không hỗ trợ; chọn một trong: ${allowed}`,
    badFailOn: (value: string) => `--fail-on "${value}" không hợp lệ; chọn error, warning, info hoặc never`,
    badLang: (value: string) => `--lang "${value}" không hợp lệ; chọn vi hoặc en`,
    unknownRule: (id: string, suggestion: string | undefined) => `Không có quy tắc "${id}"${suggestion ? ` (có phải ý là "${suggestion}"?)` : ''}; xem "tthc rules"`,
    ruleNotRun: (id: string, command: string, commands: string) => `Lệnh "tthc ${command}" không chạy quy tắc ${id}; quy tắc này chạy trong ${commands}`,
    outputExists: (file: string) => `Tệp "${file}" đã tồn tại; thêm --force để ghi đè`,
    writeFailed: (file: string, reason: string) => `Không ghi được "${file}": ${reason}`,
    internal: (message: string) => `Lỗi nội bộ của tthc (lỗi của công cụ, không phải của danh mục): ${message} — chạy lại với --debug để xem chi tiết và gửi kèm khi báo lỗi`,
    notImplemented: (command: string) => `Lệnh "${command}" chưa có trong phiên bản này`,
  },
  rules: {
    heading: 'Các quy tắc kiểm tra',
    columns: { id: 'Mã quy tắc', severity: 'Mức độ', summary: 'Nội dung' },
    legal: 'Căn cứ pháp lý',
    noLegal: 'Quy tắc về định dạng tệp, không dựa trên văn bản pháp luật.',
    badExample: 'Ví dụ vi phạm',
    goodExample: 'Ví dụ đúng',
    fires: 'Kết quả',
    defaultSeverity: 'Mức độ mặc định',
    configure: (id: string, other: string) => `Đổi mức độ trong catalog.yaml:  rules: { ${id}: ${other} }  (error, warning, info, hoặc off để tắt)`,
    binaryFile: (encoding: string) => `(tệp nhị phân, ${encoding})`,
    count: (n: number) => `${n} quy tắc. Xem chi tiết: tthc rules <mã>`,
  },
  written: (file: string) => `Đã ghi ${file}`,
} as const;

export type UiMessages = typeof vi;
