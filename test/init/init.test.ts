import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv'; // ajv 6 (draft-07), installed with eslint
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempTree } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

const CATALOG_FILES = ['catalog.yaml', 'agencies.yaml', 'legal.yaml', 'datasources.yaml'];

describe('tthc init', () => {
  it('writes a skeleton that validates with zero findings, with schemas and CI files', async () => {
    const dir = tempTree({});
    const r = await runCli(['init', 'ds', '--name', 'Tỉnh Thanh Hóa', '--code', 'H56'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const root = join(dir, 'ds');
    for (const f of [...CATALOG_FILES, 'README.md', 'procedures/.gitkeep', 'implementations/.gitkeep', 'proposals/.gitkeep', '.github/workflows/tthc.yml', '.gitlab-ci.yml', '.tthc/schema/procedure.json']) {
      expect(existsSync(join(root, f)), f).toBe(true);
    }
    const v = await runCli(['validate', 'ds', '--format', 'json'], { cwd: dir });
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(readFileSync(join(root, 'catalog.yaml'), 'utf8')).toContain('jurisdiction: { name: Tỉnh Thanh Hóa, code: H56 }');

    // Each file names its schema, and the schema accepts it.
    for (const f of CATALOG_FILES) {
      const text = readFileSync(join(root, f), 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(m, f).not.toBeNull();
      const schema = JSON.parse(readFileSync(join(root, m?.[1] ?? ''), 'utf8')) as object;
      const check = new Ajv({ allErrors: true }).compile(schema);
      expect(check(parse(text)), `${f}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
    const workflow = readFileSync(join(root, '.github/workflows/tthc.yml'), 'utf8');
    expect(workflow).toContain('tthc check . --format github');
    expect(workflow).toContain('github/codeql-action/upload-sarif');
    expect(workflow).toContain('--format markdown');
    expect(() => parse(workflow) as unknown).not.toThrow();
    expect(() => parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as unknown).not.toThrow();
    // fmt finds nothing to change in what init wrote.
    expect((await runCli(['fmt', 'ds', '--check'], { cwd: dir })).code).toBe(0);
  });

  it('never overwrites: exit 2 listing the files, unless --force', async () => {
    const dir = tempTree({ 'catalog.yaml': 'giữ nguyên\n' });
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('catalog.yaml');
    expect(existsSync(join(dir, 'agencies.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'catalog.yaml'), 'utf8')).toBe('giữ nguyên\n');
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'catalog.yaml'), 'utf8')).toContain('kind: Catalog');
  });

  it('puts CI files at the root of the git repository and points them at the catalog', async () => {
    const repo = gitRepo({ 'README.md': 'x\n' });
    const r = await runCli(['init', 'catalog'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(repo.dir, '.github/workflows/tthc.yml'), 'utf8')).toContain('tthc check catalog --format github');
    expect(existsSync(join(repo.dir, 'catalog', '.github'))).toBe(false);
  });
});
