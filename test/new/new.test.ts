import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptedPrompts } from '../../src/cli/prompts.js';
import type { Finding } from '../../src/rules/report.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

async function errors(dir: string): Promise<string[]> {
  const r = await runCli(['validate', dir, '--format', 'json', '--fail-on', 'never']);
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.rule}`);
}

const PROCEDURE_ANSWERS = [
  '1.000123', 'Thủ tục cấp bản sao trích lục hộ tịch', 'active', 'Hộ tịch', ['commune'], ['citizen'], '',
  ['in_person', 'online'], '3', 'working_days', '8000', '2', 'working_days', '0', 'full',
  true, 'Tờ khai cấp bản sao trích lục', 'submit', '1', '0', null,
  true, 'Giấy tờ tùy thân', 'present', '1', '0', 'the-can-cuoc',
  false, ['luat-ho-tich-2014'],
];

describe('tthc new procedure', () => {
  it('asks with choices from the registries and writes a valid procedure file', async () => {
    const dir = tempCatalog();
    const prompts = scriptedPrompts([...PROCEDURE_ANSWERS]);
    const r = await runCli(['new', 'procedure', dir], { prompts });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(dir, 'procedures/ho-tich/1.000123.yaml');
    expect(r.stdout).toContain('procedures/ho-tich/1.000123.yaml');
    expect(readFileSync(file, 'utf8')).toBe(`apiVersion: tthc/v1
kind: Procedure
code: "1.000123"
name: Thủ tục cấp bản sao trích lục hộ tịch
status: active
sector: Hộ tịch
levels: [commune]
subjects: [citizen]
channels:
  - { kind: in_person, time: { value: 3, unit: working_days }, fee: 8000 }
  - { kind: online, time: { value: 2, unit: working_days }, fee: 0 }
online_level: full
documents:
  - { id: to-khai-cap-ban-sao-trich-luc, name: Tờ khai cấp bản sao trích lục, action: submit, originals: 1, copies: 0 }
  - { id: giay-to-tuy-than, name: Giấy tờ tùy thân, action: present, originals: 1, copies: 0, evidence: the-can-cuoc }
legal_basis:
  - { ref: luat-ho-tich-2014 }
`);
    expect(await errors(dir)).toEqual([]);
  });

  it('refuses an answer the schema refuses, and a code already in the catalog', async () => {
    const dir = tempCatalog();
    // Scripted prompts throw on an answer the validator refuses, with the validator's words.
    const bad = await runCli(['new', 'procedure', dir], { prompts: scriptedPrompts(['1.00123']) });
    expect(bad.stderr).toContain('Mã thủ tục dạng 1.001193');
    const taken = await runCli(['new', 'procedure', dir], { prompts: scriptedPrompts(['1.001193']) });
    expect(taken.stderr).toContain('procedures/ho-tich/1.001193.yaml');
  });

  it('writes nothing when cancelled, and says so', async () => {
    const dir = tempCatalog();
    const r = await runCli(['new', 'procedure', dir], { prompts: scriptedPrompts(['1.000123', 'Tên']) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Đã hủy');
    expect(existsSync(join(dir, 'procedures/ho-tich/1.000123.yaml'))).toBe(false);
  });

  it('exits 2 without a terminal, saying how to write the file by hand', async () => {
    const r = await runCli(['new', 'procedure', tempCatalog()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('procedures/<lĩnh-vực>/<mã>.yaml');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('tthc new implementation', () => {
  it('records observed practice and writes a valid implementation file', async () => {
    const dir = tempCatalog();
    const prompts = scriptedPrompts(['ubnd-phuong-ham-rong', '2026-11-20', 'Khảo sát tại Bộ phận Một cửa', ['1.001193'], true, true, '3', '8000', false, 'Sổ hộ khẩu', '']);
    const r = await runCli(['new', 'implementation', dir], { prompts });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'implementations/ubnd-phuong-ham-rong.yaml'), 'utf8')).toBe(`apiVersion: tthc/v1
kind: Implementation
agency: ubnd-phuong-ham-rong
surveyed: 2026-11-20
source: Khảo sát tại Bộ phận Một cửa
procedures:
  - code: "1.001193"
    documents:
      - { ref: to-khai }
      - { ref: giay-chung-sinh }
      - { name: Sổ hộ khẩu }
    channels:
      - { kind: in_person, time: { value: 3, unit: working_days }, fee: 8000 }
`);
    expect(await errors(dir)).toEqual([]);
    // A second record for the same agency is never written over the first.
    const again = await runCli(['new', 'implementation', dir], { prompts: scriptedPrompts(['ubnd-phuong-ham-rong', '2026-11-21', '', ['1.001193'], false, '']) });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('implementations/ubnd-phuong-ham-rong.yaml');
  });

  it('dispatches new proposal to its module, with the injected prompts', async () => {
    const r = await runCli(['new', 'proposal', tempCatalog()], { prompts: scriptedPrompts([]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Đã hủy');
  });
});
