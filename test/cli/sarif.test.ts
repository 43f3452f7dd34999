/**
 * SARIF end to end: fingerprints that tell findings apart and survive lines inserted above,
 * and file URIs that name the file whatever its name and wherever the catalog is.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../src/rules/examples.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

const P = 'procedures/ho-tich/1.001193.yaml';

interface Sarif {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[]; partialFingerprints: Record<string, string> }[] }[];
}

async function sarifOf(command: string, dir: string, cwd?: string): Promise<Sarif['runs'][number]['results']> {
  const r = await runCli([command, dir, '-f', 'sarif', '--fail-on', 'never', '--no-cache'], cwd === undefined ? {} : { cwd });
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as Sarif).runs[0]?.results ?? [];
}

const fingerprints = (results: Sarif['runs'][number]['results'], rule: string) => results.filter((r) => r.ruleId === rule).map((r) => r.partialFingerprints['tthcFinding/v1']);

/** Inserts comment lines at the top of a catalog file, after its first line. */
function insertAbove(dir: string, file: string, lines: number): void {
  const [first = '', ...rest] = readFileSync(join(dir, file), 'utf8').split('\n');
  writeFileSync(join(dir, file), [first, ...Array.from({ length: lines }, (_, i) => `# ghi chú ${String(i)}`), ...rest].join('\n'));
}

describe('sarif fingerprints', () => {
  it('differ for two unused directives of one rule in a file, and stay when lines are inserted above', async () => {
    const dir = tempCatalog({
      [P]: procedureWith({
        'channels:\n': '# tthc-disable-next-line ops/late-rate -- chờ số liệu quý\nchannels:\n',
        'legal_basis:\n': '# tthc-disable-next-line ops/late-rate -- chờ số liệu quý\nlegal_basis:\n',
      }),
    });
    const before = fingerprints(await sarifOf('check', dir), 'suppression/unused');
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    insertAbove(dir, P, 3);
    expect(fingerprints(await sarifOf('check', dir), 'suppression/unused')).toEqual(before);
  });

  it('differ for a key repeated in two list items of a file, whose findings carry the path', async () => {
    const dir = tempCatalog({
      [P]: procedureWith({
        '  - { id: to-khai, name: Tờ khai đăng ký khai sinh, form: Mẫu TP/HT-2020-KS.1 }\n  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n':
          '  - id: to-khai\n    name: Tờ khai đăng ký khai sinh\n    copies: 1\n    copies: 2\n  - id: giay-chung-sinh\n    name: Giấy chứng sinh\n    copies: 1\n    copies: 1\n',
      }),
    });
    const json = JSON.parse((await runCli(['validate', dir, '-f', 'json', '--no-cache'])).stdout) as { findings: { rule: string; path?: unknown; line: number }[] };
    expect(json.findings.filter((f) => f.rule === 'schema/duplicate-key').map((f) => [f.path, f.line])).toEqual([
      [['documents', 0, 'copies'], 20],
      [['documents', 1, 'copies'], 24],
    ]);
    const before = fingerprints(await sarifOf('validate', dir), 'schema/duplicate-key');
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    insertAbove(dir, P, 5);
    expect(fingerprints(await sarifOf('validate', dir), 'schema/duplicate-key')).toEqual(before);
  });
});

describe('sarif file URIs', () => {
  const ODD = 'procedures/ho-tich/2.000806 #v2?.yaml';
  const dir = tempCatalog({ [ODD]: procedureWith({ 'sector: Hộ tịch\n': 'sector: Hộ tịch\nsector: Hộ tịch\n' }) });
  const uris = (results: Sarif['runs'][number]['results']) => results.filter((r) => r.ruleId === 'schema/duplicate-key').map((r) => r.locations[0]?.physicalLocation.artifactLocation);

  it('are relative to %SRCROOT% under the working directory, with # and ? escaped', async () => {
    const located = uris(await sarifOf('validate', basename(dir), dirname(dir)));
    expect(located).toEqual([{ uri: `${encodeURIComponent(basename(dir))}/procedures/ho-tich/2.000806%20%23v2%3F.yaml`, uriBaseId: '%SRCROOT%' }]);
  });

  it('are absolute file: URIs without a base for a catalog outside it', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tthc-cwd-'));
    const [located] = uris(await sarifOf('validate', dir, elsewhere));
    expect(located?.uriBaseId).toBeUndefined();
    expect(located?.uri).toMatch(/^file:\/\/\/.*\/2\.000806%20%23v2%3F\.yaml$/);
    expect(fileURLToPath(located?.uri ?? '')).toBe(join(dir, ODD));
  });
});

describe('paths in a GitHub workflow', () => {
  it('are relative to the repository root (GITHUB_WORKSPACE) for annotations and SARIF, whatever the step\'s directory', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'tthc-ws-'));
    const dir = tempCatalog({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.001193' }) });
    const catalog = join(workspace, 'danh-muc');
    cpSync(dir, catalog, { recursive: true });
    const env = { GITHUB_WORKSPACE: workspace };
    const github = await runCli(['validate', '.', '-f', 'github', '--no-cache'], { cwd: catalog, env });
    expect(github.stdout).toContain(`file=danh-muc/${P},`);
    const sarif = await runCli(['validate', '.', '-f', 'sarif', '--no-cache'], { cwd: catalog, env });
    expect((JSON.parse(sarif.stdout) as Sarif).runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(`danh-muc/${P}`);
    // Outside a workflow, and for the other formats, paths stay relative to where the command runs.
    expect((await runCli(['validate', '.', '-f', 'github', '--no-cache'], { cwd: catalog })).stdout).toContain(`file=${P},`);
    expect((await runCli(['validate', '.', '-f', 'json', '--no-cache'], { cwd: catalog, env })).stdout).toContain(`"file": "${P}"`);
  });
});
