/** A fixed formatter input: findings written by hand, so formatter tests need no catalog. */
import { summarize, type FormatInput } from '../../src/report/formatters/types.js';
import { RULES_BY_ID } from '../../src/rules/registry.js';
import type { Finding } from '../../src/rules/report.js';
import type { Rule } from '../../src/rules/rule.js';

export const P = 'procedures/ho-tich/1.001193.yaml';

export const FINDINGS: readonly Finding[] = [
  {
    rule: 'schema/invalid', severity: 'error', message: 'Unknown key "secotr" (did you mean "sector"?)',
    file: 'agencies.yaml', line: 8, column: 1, end_line: 8, end_column: 7, path: ['secotr'], data: { key: 'secotr', suggestion: 'sector' },
  },
  {
    rule: 'legal/outdated-wording', severity: 'warning', message: 'Text still names an abolished unit: "UBND thị trấn Bút Sơn, 100% hồ sơ: tại huyện"',
    file: 'agencies.yaml', line: 19, column: 11, end_line: 19, end_column: 32, agency: 'ubnd-thi-tran-but-son', path: ['agencies', 3, 'name'],
    data: { text: 'UBND thị trấn Bút Sơn, 100% hồ sơ: tại huyện' },
  },
  {
    rule: 'legal/repealed-basis', severity: 'error',
    message: 'Legal basis 60/2014/QH13 was repealed on 2026-07-01; replaced by 85/2019/TT-BTC, which the procedure must now cite in its legal basis instead',
    file: P, line: 22, column: 12, end_line: 22, end_column: 29, procedure: '1.001193', path: ['legal_basis', 0, 'ref'],
    related: [{ file: 'legal.yaml', line: 9, column: 15 }], data: { number: '60/2014/QH13', repealed: '2026-07-01', replacement: '85/2019/TT-BTC' },
  },
];

export function rules(...ids: string[]): Rule[] {
  return ids.map((id) => {
    const rule = RULES_BY_ID.get(id);
    if (!rule) throw new Error(`no rule ${id}`);
    return rule;
  });
}

/** The catalog files of the fixed input, two of them with findings. */
export const CHECKED: readonly string[] = ['agencies.yaml', 'catalog.yaml', 'legal.yaml', P, 'procedures/ho-tich/1.001194.yaml'];

export function input(overrides: Partial<FormatInput> = {}): FormatInput {
  const findings = overrides.findings ?? FINDINGS;
  return {
    tool: { name: 'tthc', version: '1.0.0' },
    catalog: { root: 'catalog', procedures: 1, agencies: 4, implementations: 0, proposals: 0 },
    findings,
    summary: summarize(findings, CHECKED.length),
    checkedFiles: CHECKED,
    rules: rules('legal/outdated-wording', 'legal/repealed-basis', 'schema/invalid'),
    locale: 'en',
    failOn: 'error',
    pathPrefix: 'catalog/',
    color: false,
    quiet: false,
    ...overrides,
  };
}

/** `n` copies of a finding on successive lines. */
export function many(n: number, base: Finding): Finding[] {
  return Array.from({ length: n }, (_, i) => ({ ...base, line: base.line + i, end_line: base.line + i }));
}
