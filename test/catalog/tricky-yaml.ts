/**
 * YAML that the fast parser must read exactly like `yaml` or leave to it: every semantic the
 * catalog schemas can see. Each is a Procedure file laid into a generated catalog.
 */
const head = 'apiVersion: tthc/v1\nkind: Procedure\n';
const body = (code: string, extra = '') =>
  `${head}code: "${code}"\nname: Thủ tục thử\nstatus: active\nsector: Hộ tịch\nlevels: [commune]\nsubjects: [citizen]\nchannels:\n  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n${extra}`;

export const TRICKY: Record<string, string | Uint8Array> = {
  'duplicate-key.yaml': body('9.000001', 'name: Tên lặp\n'),
  'duplicate-numeric-key.yaml': body('9.000002', 'x_n:\n  1: a\n  1.0: b\n'),
  'alias.yaml': `${head}code: "9.000003"\nname: &n Thủ tục có neo\nstatus: active\nsector: *n\nlevels: [commune]\nsubjects: [citizen]\nchannels:\n  - &c { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n  - *c\n`,
  'alias-bomb.yaml': `${head}x_a: &a [x, x, x, x, x, x, x, x, x]\nx_b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx_c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nx_d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nx_e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\ncode: "9.000004"\n`,
  'merge-key.yaml': `${head}code: "9.000005"\nname: Gộp khóa\nstatus: active\nsector: Hộ tịch\nlevels: [commune]\nsubjects: [citizen]\nchannels:\n  - <<: { kind: in_person, fee: 0 }\n    time: { value: 1, unit: working_days }\n`,
  'timestamps.yaml': body('9.000006', 'results:\n  - { name: Kết quả, validity: unlimited, code: 2026-01-01 }\nx_t: 2001-12-14t21:59:43.10-05:00\nvolume: { per_year: 2026-01-01 }\n'),
  'numbers.yaml': body('9.000007', 'volume: { per_year: 0o17, online_share: 0.5 }\nx_hex: 0x1F\nx_under: 1_000\nx_exp: 1e3\nx_dot: .5\nx_inf: -.inf\nx_nan: .NaN\nx_old_octal: 012\nx_plus: +12\nx_bin: 0b101\n'),
  'numbers-seen.yaml': body('9.000008', 'volume: { per_year: 1_000 }\ndocuments:\n  - { id: a, name: Giấy tờ, originals: 0x2, copies: 012 }\n'),
  'booleans.yaml': body('9.000009', 'documents:\n  - { id: a, name: yes, optional: no }\n  - { id: b, name: on, optional: True }\n  - { id: c, name: off, optional: FALSE }\n  - { id: d, name: Y, optional: yes }\n'),
  'nulls.yaml': body('9.000010', 'conditions: ~\ndocuments:\n  - { id: a, name: Giấy tờ, form: null, case: Null, evidence: NULL }\n  - { id: b, name: Giấy tờ khác, form: }\n'),
  'null-key.yaml': body('9.000011', '~: giá trị\nnull: khác\n'),
  'multi-document.yaml': `${body('9.000012')}---\n${body('9.000013')}`,
  'bom.yaml': `\ufeff${body('9.000014')}`,
  'crlf.yaml': body('9.000015', 'steps:\n  - Bước một\n  - Bước hai\n').replace(/\n/g, '\r\n'),
  'tab-indent.yaml': body('9.000016', 'steps:\n\t- Bước một\n'),
  'tab-in-value.yaml': body('9.000017', 'authority: "Ủy ban\tnhân dân"\nsteps:\n  - Bước\tmột\n'),
  'not-nfc.yaml': body('9.000018', 'authority: Ủy ban nhân dân cấp xã\n'.normalize('NFD')),
  'block-scalars.yaml': body('9.000019', 'conditions: |\n  Dòng một\n    thụt vào\n\n  Dòng ba\nx_folded: >-\n  một\n  hai\n\n  ba\nx_keep: |+\n  giữ\n\nsteps:\n  - |\n    Bước nhiều dòng\n    tiếp\n'),
  'quoted.yaml': body('9.000020', 'authority: "Ủy ban \\u0111\\x41\\t\\"trích\\" \\\n  nối dòng"\nx_single: \'it\'\'s\n  gấp dòng\'\nsteps:\n  - "a # không phải chú thích"\n  - plain # chú thích\n'),
  'plain-multiline.yaml': body('9.000021', 'authority: Ủy ban nhân dân\n  cấp xã nối\n\n  đoạn mới\n'),
  'unknown-key.yaml': body('9.000022', 'nmae: Sai chính tả\ncode_extra: 1\n'),
  'bad-values.yaml': body('9.000023', 'online_level: maybe\nvolume: { per_year: -1 }\nlegal_basis:\n  - { ref: Không-Hợp-Lệ }\n'),
  'syntax-error.yaml': body('9.000024', 'steps: [một, hai\nx: "không đóng\n'),
  'tags.yaml': body('9.000025', 'x_s: !!str 123\nvolume: { per_year: !!int "12" }\nx_custom: !thing value\n'),
  'complex-key.yaml': body('9.000026', '? [a, b]\n: c\n'),
  'flow-key.yaml': body('9.000027', 'x_m: { [a]: b }\n'),
  'empty.yaml': '',
  'comment-only.yaml': '# chỉ có chú thích\n',
  'scalar-root.yaml': 'chỉ là một chuỗi\n',
  'list-root.yaml': '- apiVersion: tthc/v1\n',
  'directive.yaml': `%YAML 1.1\n---\n${body('9.000028', 'x_yes: yes\n')}`,
  'document-markers.yaml': `---\n${body('9.000029')}...\n`,
  'deep-flow.yaml': body('9.000030', `x_deep: ${'['.repeat(200)}${']'.repeat(200)}\n`),
  'long-key.yaml': body('9.000031', `${'k'.repeat(1100)}: v\n`),
  'compact-nested.yaml': body('9.000032', 'x_bad: a: b\n'),
  'comment-glued.yaml': body('9.000033', 'authority: "Ủy ban"# dính\n'),
  'proto.yaml': body('9.000034', '__proto__: { polluted: true }\n'),
  'numeric-keys.yaml': body('9.000035', 'x_keys: { 1: a, 0x2: b, 1e1: c, true: d, .5: e }\n'),
  'anchor-ampersand-text.yaml': body('9.000036', 'authority: Sở Khoa học & Công nghệ\nx_star: a * b\n'),
  'empty-values.yaml': body('9.000037', 'authority:\nsteps:\n  -\n  - Bước hai\n'),
  'nel-ls.yaml': body('9.000038', 'authority: "Dòng\u2028tách"\nx_nel: a\u0085b\n'),
  'indented-root.yaml': body('9.000039').replace(/^/gm, '  '),
  'code-number.yaml': body('9.000040').replace('code: "9.000040"', 'code: 1.000040'),
  'encoding.yaml': Uint8Array.from('apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: a\n    name: S\u00f5\u00d2 T\u00fd ph\u00e1p\n', (c) => c.charCodeAt(0) & 0xff),
};
