/** `tthc check` end to end on a temp catalog with several agencies: the exact findings. */
import { describe, expect, it } from 'vitest';
import { practiceText } from '../../src/cli/commands/check.js';
import { runBin, runCli, tempCatalog } from '../helpers/cli.js';

const agency = (id: string, name: string, contact = true) => `  - { id: ${id}, name: ${name}, level: commune${contact ? ', contact: { phone: "0237 1" }' : ''} }`;
const AGENCIES = `apiVersion: tthc/v1
kind: AgencyList
agencies:
  - { id: so-tu-phap, name: Sở Tư pháp, level: province, contact: { phone: "0237 2" } }
${agency('ubnd-phuong-ham-rong', 'UBND phường Hàm Rồng')}
${agency('ubnd-xa-nga-son', 'UBND xã Nga Sơn')}
${agency('ubnd-xa-hoang-hoa', 'UBND xã Hoằng Hóa')}
${agency('ubnd-xa-hau-loc', 'UBND xã Hậu Lộc')}
${agency('ubnd-xa-muong-lat', 'UBND xã Mường Lát')}
`;
const impl = (agency: string, body: string) => ({
  [`implementations/${agency}.yaml`]: `apiVersion: tthc/v1\nkind: Implementation\nagency: ${agency}\nsurveyed: 2026-09-15\nprocedures:\n  - code: "1.001193"\n${body}`,
});
const STATS = '    stats:\n      period: { from: 2026-07-01, to: 2026-09-30 }\n      received: { in_person: 40, online: 60 }\n      resolved: { early: 10, on_time: 86, late: 2 }\n      pending: { in_time: 1 }\n      returned: 1\n      apologies: 2\n      supplement_requests: { first: 5, repeated: 0 }\n';

const FILES = {
  'agencies.yaml': AGENCIES,
  // Asks for the household book on top of the published list.
  ...impl('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: Sổ hộ khẩu, action: present }\n'),
  // Writes the published names its own way (and in NFD): not an extra document, only name variants.
  ...impl('ubnd-xa-nga-son', '    documents:\n      - { name: Tờ khai đăng kí khai sinh }\n      - { name: "Giấy chứng sinh (bản chính)" }\n'.normalize('NFD')),
  // As published, with healthy statistics.
  ...impl('ubnd-xa-hoang-hoa', STATS),
  // Three working days in person, and a second request to supplement.
  ...impl('ubnd-xa-hau-loc', '    channels:\n      - { kind: in_person, time: { value: 3, unit: working_days }, fee: 0 }\n      - { kind: online, time: { value: 8, unit: hours }, fee: 0 }\n' + STATS.replace('repeated: 0', 'repeated: 2')),
  // ubnd-xa-muong-lat: no record.
};

interface JsonFinding { rule: string; file: string; line: number; column: number; agency?: string; data?: Record<string, unknown> }

describe('tthc check', () => {
  it('reports exactly what deviates, and nothing for conforming agencies', async () => {
    const dir = tempCatalog(FILES);
    const r = await runCli(['check', dir, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { findings: JsonFinding[]; practice: { procedures: { procedure: string; conforming: number; not_surveyed: string[] }[] } };
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}${f.agency ? ` ${f.agency}` : ''}`)).toEqual([
      'implementations/ubnd-phuong-ham-rong.yaml:10:9 consistency/extra-document ubnd-phuong-ham-rong',
      'implementations/ubnd-xa-hau-loc.yaml:8:34 consistency/time-exceeds ubnd-xa-hau-loc',
      'implementations/ubnd-xa-hau-loc.yaml:17:50 ops/repeated-supplement ubnd-xa-hau-loc',
      'implementations/ubnd-xa-nga-son.yaml:8:17 consistency/name-variant ubnd-xa-nga-son',
      'implementations/ubnd-xa-nga-son.yaml:8:17 schema/not-nfc',
      'implementations/ubnd-xa-nga-son.yaml:9:17 consistency/name-variant ubnd-xa-nga-son',
      'procedures/ho-tich/1.001193.yaml:3:7 consistency/divergent-practice',
      'procedures/ho-tich/1.001193.yaml:3:7 consistency/not-surveyed',
    ]);
    const divergent = out.findings.find((f) => f.rule === 'consistency/divergent-practice');
    expect(divergent?.data).toMatchObject({ variants: 3, surveyed: 4, conforming: 2, common_agencies: ['ubnd-xa-hoang-hoa', 'ubnd-xa-nga-son'], deviating: ['ubnd-phuong-ham-rong', 'ubnd-xa-hau-loc'] });
    expect(out.findings.find((f) => f.rule === 'consistency/not-surveyed')?.data).toMatchObject({ count: 1, missing: ['ubnd-xa-muong-lat'] });
    expect(out.practice.procedures).toMatchObject([{ procedure: '1.001193', conforming: 2, not_surveyed: ['ubnd-xa-muong-lat'] }]);
    expect(r.code).toBe(1);
  });

  it('tells the story per procedure after the findings, in 80 columns', async () => {
    const dir = tempCatalog(FILES);
    const r = await runCli(['check', dir]);
    expect(r.stdout).toContain('Thực tế thực hiện giữa các cơ quan');
    expect(r.stdout).toContain('  1.001193 Thủ tục đăng ký khai sinh\n    - 2/4 cơ quan đã khảo sát thực hiện đúng như công bố\n    - 1 yêu cầu thêm Sổ hộ khẩu (UBND phường Hàm Rồng)\n');
    expect(r.stdout).toContain('    - 1 chưa khảo sát (UBND xã Mường Lát)');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const en = await runCli(['check', dir, '--lang', 'en']);
    expect(en.stdout).toContain('2 of 4 surveyed agencies work as published');
    expect(en.stdout).toContain('1: demands Sổ hộ khẩu as well (UBND phường Hàm Rồng)');
  });

  it('keeps the practice picture within 80 columns, long names and lists included', () => {
    const name = 'Thủ tục cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu';
    const codes = Array.from({ length: 40 }, (_, i) => `TH-HT.${String(i).padStart(5, '0')}`);
    const text = practiceText({
      procedures: [{ procedure: '1.000001', name, expected: 3, surveyed: 2, conforming: 1, variants: [{ differences: [], agencies: ['ubnd-xa-a'] }, { differences: [{ kind: 'paper-with-online' }], agencies: ['ubnd-xa-thuy-luong-ngoc-lac-thach-thanh'] }], not_surveyed: ['ubnd-phuong-dong-son-ham-rong-hac-thanh'] }],
      never_surveyed: codes,
    }, (id) => `Ủy ban nhân dân ${id}`, 'vi');
    expect(text).toContain(codes.at(-1));
    for (const line of text.split("\n")) expect(line.normalize("NFC").length).toBeLessThanOrEqual(80);
  });

  it('runs only the rules asked for, and the built binary agrees', () => {
    const dir = tempCatalog(FILES);
    const r = runBin(['check', dir, '--rule', 'consistency/extra-document', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    expect(out.findings.map((f) => f.rule)).toEqual(['consistency/extra-document']);
    expect(r.code).toBe(1);
  });
});
