/**
 * The files of a new catalog (`tthc init`): a skeleton that validates with zero findings, a
 * README for its editors, JSON Schemas for editors and CI workflows. Pure: options → files.
 */
import { SCHEMA_FILES, schemaFiles } from '../catalog/json-schema.js';
import type { Kind } from '../catalog/schema/kinds.js';
import { TOOL } from '../version.js';

export interface InitOptions {
  name: string;
  code: string;
  authority?: string;
  /** The catalog directory relative to where the CI files go (`.` when they are the same). */
  catalogPath: string;
}

export const SCHEMA_DIR = '.tthc/schema';

const schemaLine = (kind: Kind, depth = 0) => `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_DIR}/${SCHEMA_FILES[kind]}.json\n`;

const yamlText = (s: string) => (/^[\p{L}\p{N} ]+$/u.test(s) ? s : JSON.stringify(s));

/** Catalog files, relative to the catalog directory. */
export function catalogFiles(o: InitOptions): Record<string, string> {
  const files: Record<string, string> = {
    'catalog.yaml': `${schemaLine('Catalog')}apiVersion: tthc/v1
kind: Catalog
jurisdiction: { name: ${yamlText(o.name)}, code: ${yamlText(o.code)}${o.authority !== undefined ? `, authority: ${yamlText(o.authority)}` : ''} }
locale: vi
# as_of: 2026-12-31 # ngày xét hiệu lực văn bản; bỏ trống là hôm nay
levels_abolished: { district: 2025-07-01 }
cost:
  income_per_hour: { citizen: 37500, business: 62500 }
  source: Thu nhập bình quân theo số liệu thống kê của tỉnh (cập nhật hằng năm)
targets:
  cost_reduction: 0.2 # Nghị quyết 68/NQ-CP
  online_full_share: 0.8
  on_time_rate: 0.95
`,
    'agencies.yaml': `${schemaLine('AgencyList')}apiVersion: tthc/v1
kind: AgencyList
# Ví dụ:
#   - id: so-tu-phap
#     name: Sở Tư pháp
#     level: province
#     contact: { phone: "…", email: "…" }
agencies: []
`,
    'legal.yaml': `${schemaLine('LegalDocumentList')}apiVersion: tthc/v1
kind: LegalDocumentList
documents:
  - id: nd-63-2010
    number: 63/2010/NĐ-CP
    title: Nghị định về kiểm soát thủ tục hành chính
  - id: nd-61-2018
    number: 61/2018/NĐ-CP
    title: Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
    repealed: 2025-07-01
    replaced_by: nd-118-2025
  - id: nd-118-2025
    number: 118/2025/NĐ-CP
    title: Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia
    effective: 2025-07-01
  - id: nd-45-2020
    number: 45/2020/NĐ-CP
    title: Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử
`,
    'datasources.yaml': `${schemaLine('DataSourceList')}apiVersion: tthc/v1
kind: DataSourceList
sources:
  - id: csdl-dan-cu
    name: Cơ sở dữ liệu quốc gia về dân cư
    legal_basis: [{ ref: nd-45-2020 }]
evidence:
  - id: the-can-cuoc
    name: Thẻ Căn cước / Căn cước công dân
    source: csdl-dan-cu
    aliases: [căn cước công dân, CCCD, chứng minh nhân dân, CMND]
`,
    'procedures/.gitkeep': '',
    'implementations/.gitkeep': '',
    'proposals/.gitkeep': '',
    'README.md': readme(o),
  };
  for (const [name, content] of Object.entries(schemaFiles())) files[`${SCHEMA_DIR}/${name}`] = content;
  return files;
}

function readme(o: InitOptions): string {
  return `# Danh mục thủ tục hành chính — ${o.name}

Danh mục này được kiểm tra bằng \`tthc\` (phiên bản ${TOOL.version}). Mỗi tệp YAML là một loại
dữ liệu, nhận biết qua dòng \`kind:\`:

| Tệp | Nội dung |
|---|---|
| \`catalog.yaml\` | thông tin chung, tham số chi phí, chỉ tiêu, thiết lập quy tắc |
| \`agencies.yaml\` | các cơ quan (mã, tên, cấp, đầu mối liên hệ) |
| \`legal.yaml\` | văn bản quy phạm pháp luật được viện dẫn |
| \`datasources.yaml\` | cơ sở dữ liệu và loại giấy tờ có thể thay bằng dữ liệu |
| \`procedures/<lĩnh-vực>/<mã>.yaml\` | mỗi thủ tục một tệp |
| \`implementations/<cơ-quan>.yaml\` | thực tế thực hiện của mỗi cơ quan (khảo sát) |
| \`proposals/<mã>.yaml\` | phương án đơn giản hóa |
| \`suppressions.yaml\` | các phát hiện được bỏ qua, có lý do và thời hạn |

## Làm việc hằng ngày
- Thêm thủ tục có hướng dẫn: \`tthc new procedure\`; thêm kết quả khảo sát: \`tthc new implementation\`.
- Kiểm tra trước khi gửi: \`tthc check\` (chỉ phần vừa sửa: \`tthc check --changed main\`).
- Định dạng lại tệp (thứ tự khóa, Unicode NFC, giữ chú thích): \`tthc fmt\`.
- Xem những gì thay đổi so với nhánh chính và chiều gánh nặng: \`tthc diff main\`.
- Bỏ qua một phát hiện có lý do: thêm dòng \`# tthc-disable-next-line <mã quy tắc> -- <lý do>\`
  ngay trên dòng bị báo, hoặc một mục trong \`suppressions.yaml\` (bắt buộc có \`until\`).

## Trình soạn thảo
Dòng đầu mỗi tệp (\`# yaml-language-server: $schema=…\`) trỏ tới lược đồ trong \`${SCHEMA_DIR}/\`;
VS Code với tiện ích YAML (Red Hat) sẽ gợi ý khóa, giá trị và giải thích bằng tiếng Việt. Khi nâng
cấp \`tthc\`, cập nhật lược đồ bằng \`tthc schema -o ${SCHEMA_DIR}\`.

## Kiểm tra tự động
Mỗi lần đẩy mã và mỗi pull request/merge request đều chạy \`tthc check\`; pull request còn có bảng
thay đổi gánh nặng (\`tthc diff\`) ở phần tóm tắt hoặc bình luận.
`;
}

/** CI files, relative to the repository root (where .github/ and .gitlab-ci.yml belong). */
export function ciFiles(o: InitOptions): Record<string, string> {
  const dir = o.catalogPath;
  const install = `npm install --global tthc@${TOOL.version}`;
  return {
    '.github/workflows/tthc.yml': `# Kiểm tra danh mục TTHC bằng tthc (tạo bởi "tthc init").
name: tthc
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 22 }
      - run: ${install}
      - name: Kiểm tra danh mục
        run: tthc check ${dir} --format github
      - name: Báo cáo SARIF
        if: always()
        run: tthc check ${dir} --format sarif --output tthc.sarif --fail-on never
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with: { sarif_file: tthc.sarif, category: tthc }
  burden:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: actions/setup-node@v4
        with: { node-version: 22 }
      - run: ${install}
      - name: Thay đổi gánh nặng thủ tục
        run: |
          tthc diff "origin/\${{ github.base_ref }}" HEAD ${dir} --format markdown --output tthc-diff.md
          cat tthc-diff.md >> "$GITHUB_STEP_SUMMARY"
      - name: Bình luận vào pull request
        # Pull requests from forks have a read-only token: the step summary above still shows the table.
        continue-on-error: true
        env:
          GH_TOKEN: \${{ github.token }}
        run: gh pr comment "\${{ github.event.pull_request.number }}" --body-file tthc-diff.md --edit-last || gh pr comment "\${{ github.event.pull_request.number }}" --body-file tthc-diff.md
`,
    '.gitlab-ci.yml': `# Kiểm tra danh mục TTHC bằng tthc (tạo bởi "tthc init").
tthc-check:
  image: node:22
  script:
    - ${install}
    - tthc check ${dir} --format junit --output tthc-junit.xml
  artifacts:
    when: always
    reports:
      junit: tthc-junit.xml

tthc-burden:
  image: node:22
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - ${install}
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - tthc diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD ${dir} --format markdown --output tthc-diff.md
    - cat tthc-diff.md
  artifacts:
    when: always
    expose_as: thay-doi-ganh-nang
    paths: [tthc-diff.md]
`,
  };
}
