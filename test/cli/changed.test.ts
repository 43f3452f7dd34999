import { describe, expect, it } from 'vitest';
import { EXAMPLE_BASE } from '../../src/rules/examples.js';
import type { Finding } from '../../src/rules/report.js';
import { runCli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

const PROC = EXAMPLE_BASE['procedures/ho-tich/1.001193.yaml'] ?? '';
const other = (code: string, fee: number) => PROC.replace('"1.001193"', `"${code}"`).replace('fee: 0 }', `fee: ${fee} }`);
const IMPL = `apiVersion: tthc/v1
kind: Implementation
agency: ubnd-phuong-ham-rong
procedures:
  - code: "1.001193"
    channels:
      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }
`;

const RULES = ['--rule', 'legal/suspicious-fee', '--rule', 'legal/repealed-basis'];

async function changed(dir: string, rev: string): Promise<string[]> {
  const r = await runCli(['validate', dir, '--changed', rev, '--format', 'json', '--fail-on', 'never', ...RULES]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.map((f) => `${f.file} ${f.rule}`);
}

describe('--changed <rev>', () => {
  it('reports findings in changed and untracked files, and those the change causes elsewhere', async () => {
    const repo = gitRepo({ ...EXAMPLE_BASE, 'implementations/ubnd-phuong-ham-rong.yaml': IMPL, 'procedures/1.000002.yaml': other('1.000002', 500) });
    const all = await runCli(['validate', repo.dir, '--format', 'json', '--fail-on', 'never', ...RULES]);
    expect((JSON.parse(all.stdout) as { findings: unknown[] }).findings).toHaveLength(2);
    expect(await changed(repo.dir, 'HEAD')).toEqual([]);

    // Editing the procedure brings in the implementation's finding about it, not the other procedure's.
    repo.write('procedures/ho-tich/1.001193.yaml', PROC.replace('Thủ tục đăng ký khai sinh', 'Thủ tục đăng ký khai sinh (sửa)'));
    expect(await changed(repo.dir, 'HEAD')).toEqual(['implementations/ubnd-phuong-ham-rong.yaml legal/suspicious-fee']);

    repo.write('procedures/1.000003.yaml', other('1.000003', 600));
    expect(await changed(repo.dir, 'HEAD')).toEqual(['implementations/ubnd-phuong-ham-rong.yaml legal/suspicious-fee', 'procedures/1.000003.yaml legal/suspicious-fee']);

    const first = repo.commit('edit');
    repo.remove('procedures/1.000003.yaml');
    expect(await changed(repo.dir, first)).toEqual([]);
    expect(await changed(repo.dir, 'HEAD~1')).toEqual(['implementations/ubnd-phuong-ham-rong.yaml legal/suspicious-fee']);
  });

  it('does not bring in a finding about another procedure only because it points into an edited implementation file', async () => {
    const two = `${IMPL}  - code: "1.000002"\n    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n`;
    const asPublished = IMPL.replace('ubnd-phuong-ham-rong', 'ubnd-xa-nga-son').replace('fee: 700', 'fee: 0');
    const repo = gitRepo({ ...EXAMPLE_BASE, 'procedures/1.000002.yaml': other('1.000002', 0), 'implementations/ubnd-phuong-ham-rong.yaml': two, 'implementations/ubnd-xa-nga-son.yaml': asPublished });
    // divergent-practice on 1.001193 is at the procedure, related to Hàm Rồng's entry for it.
    const check = async () => {
      const r = await runCli(['check', repo.dir, '--changed', 'HEAD', '--format', 'json', '--fail-on', 'never', '--rule', 'consistency/divergent-practice']);
      return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.map((f) => f.procedure);
    };
    repo.write('implementations/ubnd-phuong-ham-rong.yaml', two.replace('fee: 0 }', 'fee: 100 }'));
    expect(await check()).toEqual([]);
    repo.write('implementations/ubnd-phuong-ham-rong.yaml', two.replace('fee: 700 }', 'fee: 800 }'));
    expect(await check()).toEqual(['1.001193']);
  });

  it('takes an edit that changes nothing the catalog says, and a move, as touching that file alone', async () => {
    const repo = gitRepo({ ...EXAMPLE_BASE, 'implementations/ubnd-phuong-ham-rong.yaml': IMPL });
    // A comment and another quoting: the procedure reads the same, the commune's finding is not the change's.
    repo.write('procedures/ho-tich/1.001193.yaml', `# Rà soát ngày 01/12/2026\n${PROC.replace('"1.001193"', "'1.001193'")}`);
    expect(await changed(repo.dir, 'HEAD')).toEqual([]);
    repo.commit('comment');
    repo.move('procedures/ho-tich/1.001193.yaml', 'procedures/1.001193.yaml');
    expect(await changed(repo.dir, 'HEAD')).toEqual([]);
    // Moved and edited: the edit counts as before.
    repo.write('procedures/1.001193.yaml', PROC.replace('Thủ tục đăng ký khai sinh', 'Thủ tục đăng ký khai sinh (sửa)'));
    expect(await changed(repo.dir, 'HEAD')).toEqual(['implementations/ubnd-phuong-ham-rong.yaml legal/suspicious-fee']);
  });

  it('includes findings whose related location is in a changed file', async () => {
    const repo = gitRepo(EXAMPLE_BASE);
    repo.write('legal.yaml', (EXAMPLE_BASE['legal.yaml'] ?? '').replace('    effective: 2016-01-01\n', '    effective: 2016-01-01\n    repealed: 2026-07-01\n'));
    expect(await changed(repo.dir, 'HEAD')).toEqual(['procedures/ho-tich/1.001193.yaml legal/repealed-basis']);
  });

  it('narrows check\'s practice picture to the procedures the change touches', async () => {
    const repo = gitRepo({ ...EXAMPLE_BASE, 'implementations/ubnd-phuong-ham-rong.yaml': IMPL, 'procedures/1.000002.yaml': other('1.000002', 500) });
    const practice = async (...more: string[]) => {
      const r = await runCli(['check', repo.dir, '--format', 'json', '--fail-on', 'never', ...more]);
      const out = JSON.parse(r.stdout) as { practice?: { procedures: { procedure: string }[]; never_surveyed: string[] } };
      return [...(out.practice?.procedures.map((p) => p.procedure) ?? []), ...(out.practice?.never_surveyed ?? [])];
    };
    expect(await practice()).toEqual(['1.001193', '1.000002']);
    repo.write('implementations/ubnd-phuong-ham-rong.yaml', IMPL.replace('fee: 700', 'fee: 800'));
    expect(await practice('--changed', 'HEAD')).toEqual(['1.001193']);
  });

  it('brings in what one edited entry causes elsewhere, not every procedure its file lists', async () => {
    const impl = (agency: string, fee: number) => `apiVersion: tthc/v1
kind: Implementation
agency: ${agency}
procedures:
  - code: "1.001193"
    channels:
      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }
  - code: "1.000002"
    channels:
      - { kind: in_person, time: { value: 1, unit: working_days }, fee: ${String(fee)} }
`;
    const SUPPRESSIONS = 'apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions:\n  - { rule: legal/suspicious-fee, file: procedures/1.000002.yaml, reason: Đang rà soát, until: 2099-12-31 }\n';
    const repo = gitRepo({
      ...EXAMPLE_BASE,
      'procedures/1.000002.yaml': other('1.000002', 500),
      'implementations/ubnd-phuong-ham-rong.yaml': impl('ubnd-phuong-ham-rong', 900),
      'implementations/ubnd-xa-nga-son.yaml': impl('ubnd-xa-nga-son', 900),
      'suppressions.yaml': SUPPRESSIONS,
    });
    const scoped = async (...more: string[]) => {
      const r = await runCli(['validate', repo.dir, '--format', 'json', '--fail-on', 'never', '--rule', 'legal/suspicious-fee', ...more]);
      return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.map((f) => `${f.file} ${f.procedure ?? ''}`);
    };
    const all = await scoped();
    expect(all).toHaveLength(4);

    repo.write('implementations/ubnd-phuong-ham-rong.yaml', impl('ubnd-phuong-ham-rong', 800));
    expect(await scoped('--changed', 'HEAD')).toEqual([
      'implementations/ubnd-phuong-ham-rong.yaml 1.001193',
      'implementations/ubnd-phuong-ham-rong.yaml 1.000002',
      'implementations/ubnd-xa-nga-son.yaml 1.000002',
    ]);
    repo.commit('fee');

    // Lifting a suppression of a file shows that file's findings again.
    repo.write('suppressions.yaml', 'apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions: []\n');
    expect(await scoped('--changed', 'HEAD')).toContain('procedures/1.000002.yaml 1.000002');
    repo.commit('lifted');

    // Rule settings, targets or the date of the check reach every finding.
    repo.write('catalog.yaml', (EXAMPLE_BASE['catalog.yaml'] ?? '').replace('as_of: 2026-11-01', 'as_of: 2026-11-02'));
    expect(await scoped('--changed', 'HEAD')).toEqual(await scoped());
  });

  it('exits 2 for an unknown revision or outside git', async () => {
    const repo = gitRepo(EXAMPLE_BASE);
    const r = await runCli(['validate', repo.dir, '--changed', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nope"');
  });
});
