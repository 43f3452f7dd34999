/** The worked example of spec/cost.md as a procedure, and the example rates. */
import type { ProcedureFile } from '../../src/catalog/schema/kinds.js';
import { resolveParameters, type CostParameters } from '../../src/cost/index.js';

export const params = resolveParameters({ income_per_hour: { citizen: 37500, business: 62500 }, source: 'test' }) as CostParameters;

/** The worked example: a form, a certified copy, an original to present; in person, fee 20 000. */
export function workedExample(overrides: Partial<ProcedureFile> = {}): ProcedureFile {
  return {
    apiVersion: 'tthc/v1',
    kind: 'Procedure',
    code: '1.000001',
    name: 'Thủ tục mẫu',
    status: 'active',
    sector: 'Mẫu',
    levels: ['commune'],
    subjects: ['citizen'],
    channels: [{ kind: 'in_person', time: { value: 5, unit: 'working_days' }, fee: 20000 }],
    documents: [
      { id: 'don', name: 'Đơn đề nghị', action: 'submit', originals: 1, copies: 0, copy_type: 'any', optional: false },
      { id: 'ban-sao', name: 'Bản sao giấy tờ', action: 'submit', originals: 0, copies: 1, copy_type: 'certified', optional: false },
      { id: 'ban-chinh', name: 'Giấy tờ tùy thân', action: 'present', originals: 1, copies: 0, copy_type: 'any', optional: false },
    ],
    results: [{ name: 'Giấy xác nhận', validity: { value: 6, unit: 'months' } }],
    legal_basis: [],
    volume: { per_year: 1000 },
    ...overrides,
  };
}
