import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv'; // ajv 6 (draft-07), installed with eslint
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { combinedSchema, kindSchema } from '../../src/catalog/json-schema.js';
import { EXAMPLE_BASE, procedureWith } from '../../src/rules/examples.js';
import { runCli, tempTree } from '../helpers/cli.js';

const validator = () => new Ajv({ allErrors: true, schemaId: 'auto' });

describe('JSON Schema from the zod schemas', () => {
  const index = validator().compile(combinedSchema());

  it('accepts every file of the example catalog', () => {
    for (const [file, text] of Object.entries(EXAMPLE_BASE)) {
      const ok = index(parse(text));
      expect(ok, `${file}: ${JSON.stringify(index.errors)}`).toBe(true);
    }
  });

  it('refuses unknown keys and allows x_ extensions', () => {
    const procedure = validator().compile(kindSchema('Procedure'));
    expect(procedure(parse(procedureWith({ 'status: active': 'status: active\nstatuss: draft' })))).toBe(false);
    expect(procedure(parse(procedureWith({ 'status: active': 'status: active\nx_ghi_chu: tự do' })))).toBe(true);
    expect(procedure(parse(procedureWith({ 'code: "1.001193"': 'code: "1.00119"' })))).toBe(false);
  });

  it('carries the Vietnamese descriptions', () => {
    const s = JSON.stringify(kindSchema('Procedure'));
    expect(s).toContain('Thành phần hồ sơ');
    expect(s).toContain('Thời hạn giải quyết');
  });

  it('tthc schema prints the combined schema, or writes one file per kind with -o', async () => {
    const out = await runCli(['schema']);
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as { allOf: unknown[] }).allOf).toHaveLength(8);
    const dir = tempTree({});
    const written = await runCli(['schema', '-o', 'schema'], { cwd: dir });
    expect(written.code).toBe(0);
    const procedure = JSON.parse(readFileSync(join(dir, 'schema', 'procedure.json'), 'utf8')) as { title: string };
    expect(procedure.title).toBe('tthc tthc/v1 Procedure');
  });
});
