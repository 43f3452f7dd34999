import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskIO } from '../../../src/catalog/io.js';
import { loadCatalog } from '../../../src/catalog/load.js';
import { runCli, tempCatalog, tempTree } from '../../helpers/cli.js';

const PROCEDURES = {
  'procedures/cu-tru/1.004222.yaml': `apiVersion: tthc/v1
kind: Procedure
code: "1.004222"
name: Đăng ký thường trú
status: active
sector: Đăng ký, quản lý cư trú
levels: [commune, other]
subjects: [citizen]
channels:
  - { kind: in_person, time: { value: 7, unit: working_days }, fee: 20000 }
  - { kind: online, time: { value: 7, unit: working_days }, fee: 10000 }
legal_basis: [{ ref: luat-ho-tich-2014, article: Điều 16 }]
`,
  'procedures/dat-dai/1.012753.yaml': `apiVersion: tthc/v1
kind: Procedure
code: "1.012753"
name: Đăng ký đất đai lần đầu
status: active
sector: Đất đai
levels: [commune]
subjects: [organization]
channels:
  - { kind: in_person, time: { value: 20, unit: working_days }, fee: null, fee_note: Theo Nghị quyết của HĐND tỉnh }
  - { kind: online, time: { value: 17, unit: working_days }, fee: null, fee_note: Theo Nghị quyết của HĐND tỉnh }
  - { kind: postal, time: { value: 2.5, unit: days }, fee: null, fee_note: Theo Nghị quyết của HĐND tỉnh }
`,
};

function essentials(catalog: Awaited<ReturnType<typeof loadCatalog>>) {
  return catalog.procedures
    .map((p) => ({
      code: p.value.code,
      name: p.value.name,
      sector: p.value.sector,
      levels: p.value.levels,
      channels: p.value.channels.map((c) => ({ kind: c.kind, time: c.time, fee: c.fee })),
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

describe('export catalog → import', () => {
  it('gives back the same codes, names, sectors, levels, times and fees', async () => {
    const source = tempCatalog(PROCEDURES);
    expect((await runCli(['export', 'catalog', '.', '-o', 'list.xlsx'], { cwd: source })).code).toBe(0);
    const target = tempTree({ 'legal.yaml': 'apiVersion: tthc/v1\nkind: LegalDocumentList\ndocuments:\n  - { id: luat-ho-tich-2014, number: 60/2014/QH13, title: Luật Hộ tịch }\n' });
    const r = await runCli(['import', join(source, 'list.xlsx'), target], { cwd: target });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const before = essentials(await loadCatalog('a', new DiskIO(source)));
    const imported = await loadCatalog('b', new DiskIO(target));
    expect(essentials(imported)).toEqual(before);
    const birth = imported.procedures.find((p) => p.value.code === '1.001193');
    expect(birth?.file).toBe('procedures/ho-tich/1.001193.yaml');
    expect(birth?.value.legal_basis).toEqual([{ ref: 'luat-ho-tich-2014', article: 'Điều 16' }]);
    expect(birth?.value.online_level).toBe('full');
  });
});
