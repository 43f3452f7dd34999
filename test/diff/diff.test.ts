import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCatalogs } from '../../src/diff/compare.js';
import { EXAMPLE_BASE, procedureWith } from '../../src/rules/examples.js';
import { loadExample } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

const PROC = 'procedures/ho-tich/1.001193.yaml';
const IMPL = `apiVersion: tthc/v1
kind: Implementation
agency: ubnd-phuong-ham-rong
procedures:
  - code: "1.001193"
    channels:
      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }
`;

describe('compareCatalogs', () => {
  it('gives path, before, after and burden for each change', async () => {
    const base = await loadExample();
    const head = await loadExample({
      [PROC]: procedureWith({
        '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 2, unit: days }, fee: 0 }',
        '  - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n': '',
        'online_level: full': 'online_level: partial',
        '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, copy_type: certified, copies: 1 }',
        'name: Thủ tục đăng ký khai sinh': 'name: Thủ tục đăng ký khai sinh cho trẻ em',
      }),
    });
    const diff = compareCatalogs(base, head);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    const changes = diff.changed[0]?.changes.map((c) => `${c.path} ${c.burden}`);
    expect(changes).toEqual([
      'name neutral',
      'channels[online] up',
      'channels[in_person].time up',
      'online_level up',
      'documents[giay-chung-sinh].copies up',
      'documents[giay-chung-sinh].copy_type up',
    ]);
    const time = diff.changed[0]?.changes[2];
    expect(time).toMatchObject({ before: { value: 1, unit: 'working_days' }, after: { value: 2, unit: 'days' } });
  });

  it('matches a procedure by code across a rename, and compares implementations by agency', async () => {
    const moved = { ...EXAMPLE_BASE };
    const text = moved[PROC] ?? '';
    const base = await loadExample({ 'implementations/ham-rong.yaml': IMPL });
    const head = await loadExample({ [PROC]: null, 'procedures/1.001193.yaml': text.replace('fee: 0 }', 'fee: 5000 }'), 'implementations/ubnd-phuong-ham-rong.yaml': IMPL.replace('value: 1', 'value: 3') });
    const diff = compareCatalogs(base, head);
    expect(diff.changed).toMatchObject([{ procedure: '1.001193', file: 'procedures/1.001193.yaml', previous_file: PROC, changes: [{ path: 'channels[in_person].fee', before: 0, after: 5000, burden: 'up' }] }]);
    expect(diff.implementations.changed).toMatchObject([{ agency: 'ubnd-phuong-ham-rong', previous_file: 'implementations/ham-rong.yaml', changes: [{ path: 'procedures[1.001193].channels[in_person].time', burden: 'up' }] }]);
  });

  it('lists added and removed procedures; a lower burden is down', async () => {
    const base = await loadExample();
    const head = await loadExample({
      [PROC]: procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '' }),
      'procedures/1.000001.yaml': (EXAMPLE_BASE[PROC] ?? '').replace('"1.001193"', '"1.000001"'),
    });
    const diff = compareCatalogs(base, head);
    expect(diff.added).toMatchObject([{ procedure: '1.000001', burden: 'up' }]);
    expect(diff.changed[0]?.changes).toMatchObject([{ path: 'documents[giay-chung-sinh]', after: null, burden: 'down' }]);
  });
});

describe('tthc diff on a git repository', () => {
  it('compares revisions, the work tree, and follows renames and deletions', async () => {
    const repo = gitRepo(EXAMPLE_BASE);
    repo.write('implementations/ubnd-phuong-ham-rong.yaml', IMPL);
    const first = repo.commit('add an implementation');
    repo.move(PROC, 'procedures/1.001193.yaml');
    repo.write('procedures/1.001193.yaml', (EXAMPLE_BASE[PROC] ?? '').replace('online_level: full', 'online_level: none'));
    repo.remove('implementations/ubnd-phuong-ham-rong.yaml');
    repo.commit('rename, lower online level, drop an implementation');

    const json = await runCli(['diff', first, 'HEAD', repo.dir, '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { changed: unknown[]; implementations: { removed: unknown[] } };
    expect(out.changed).toMatchObject([{ procedure: '1.001193', previous_file: PROC, changes: [{ path: 'online_level', before: 'full', after: 'none', burden: 'up' }] }]);
    expect(out.implementations.removed).toMatchObject([{ agency: 'ubnd-phuong-ham-rong' }]);

    expect(json.stdout).not.toContain('segments');
    const failing = await runCli(['diff', first, 'HEAD', repo.dir, '--fail-on-burden']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('Mức độ dịch vụ công trực tuyến: Toàn trình → Không  ▲ tăng gánh nặng');

    // head omitted: the work tree, with an uncommitted edit
    repo.write('procedures/1.001193.yaml', (EXAMPLE_BASE[PROC] ?? '').replace('Thủ tục đăng ký khai sinh', 'Thủ tục đăng ký khai sinh lưu động'));
    const md = await runCli(['diff', 'HEAD', repo.dir, '--format', 'markdown', '--lang', 'en']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Name<br>`name` |');
    expect(md.stdout).toContain('**lưu động**');
    expect(md.stdout).toContain('| Online service level<br>`online_level` | None | Fully online | 🔻 burden down |');
    // Every table row keeps its list item's indent, or Markdown ends the table early.
    for (const line of md.stdout.split('\n')) if (line.trimStart().startsWith('|')) expect(line.startsWith('  | ')).toBe(true);
  });

  it('works on a catalog in a subdirectory of the repository', async () => {
    const files = Object.fromEntries(Object.entries(EXAMPLE_BASE).map(([k, v]) => [`catalog/${k}`, v]));
    const repo = gitRepo(files);
    repo.write(`catalog/${PROC}`, (EXAMPLE_BASE[PROC] ?? '').replace('fee: 0 }', 'fee: 10000 }'));
    const r = await runCli(['diff', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ changed: [{ procedure: '1.001193', file: PROC }] });
  });

  it('exits 2 with one line for an unknown revision or a directory outside git', async () => {
    const repo = gitRepo(EXAMPLE_BASE);
    const unknown = await runCli(['diff', 'no-such-branch', repo.dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain('no-such-branch');
    const plain = mkdtempSync(join(tmpdir(), 'tthc-nogit-'));
    cpSync(repo.dir, plain, { recursive: true, filter: (src) => !src.includes('.git') });
    const outside = await runCli(['diff', 'HEAD', plain]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('git');
  });

  it('compares two directories without git', async () => {
    const a = gitRepo(EXAMPLE_BASE).dir;
    const b = mkdtempSync(join(tmpdir(), 'tthc-b-'));
    cpSync(a, b, { recursive: true });
    const r = await runCli(['diff', a, b, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('does not take a file that no longer loads for a removed procedure, and says it was not compared', async () => {
    const a = gitRepo(EXAMPLE_BASE).dir;
    const b = mkdtempSync(join(tmpdir(), 'tthc-b-'));
    cpSync(a, b, { recursive: true });
    writeFileSync(join(b, PROC), `${EXAMPLE_BASE[PROC] ?? ''}code: [\n`);
    const r = await runCli(['diff', a, b, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: [], removed: [], changed: [], not_compared: { base: [], head: [PROC] } });
    expect(r.stderr).toBe(`Chú ý: ở ${b} có tệp không đọc được hoặc sai định dạng nên nội dung của chúng không được so sánh: ${PROC}. Chạy "tthc validate" để xem lỗi.\n`);
    // The pull-request comment says so too: stderr does not reach it.
    const md = await runCli(['diff', a, b, '--format', 'markdown']);
    expect(md.stdout).toContain(`⚠️ Ở \`${b}\` có tệp không đọc được nên không được so sánh: \`${PROC}\``);
  });

  it('exits 2 naming the second directory when only the first exists', async () => {
    const a = gitRepo(EXAMPLE_BASE).dir;
    const missing = join(tmpdir(), 'tthc-no-such-dir');
    const r = await runCli(['diff', a, missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tthc: Không tìm thấy thư mục danh mục "${missing}"\n`);
  });
});
