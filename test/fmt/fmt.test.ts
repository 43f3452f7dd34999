import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/catalog/decode.js';
import { formatCatalogText } from '../../src/catalog/format.js';
import { loadFile } from '../../src/catalog/load-file.js';
import { EXAMPLE_BASE } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/registry.js';
import { spawn } from 'node:child_process';
import { BIN, ROOT, runCli, tempCatalog } from '../helpers/cli.js';

function runBinAsync(argv: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: 'ignore' });
    child.on('close', (code) => { done(code ?? -1); });
  });
}

/** Every catalog text we have: the example catalog, every rule example, and catalog/ when bundled. */
function corpus(): [string, string][] {
  const out: [string, string][] = Object.entries(EXAMPLE_BASE);
  for (const rule of RULES) {
    for (const [which, files] of Object.entries(rule.docs.examples)) {
      for (const [file, text] of Object.entries(files)) {
        if (typeof text === 'string') out.push([`${rule.id}:${which}:${file}`, text]);
      }
    }
  }
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) {
        const decoded = decode(readFileSync(full));
        if (decoded.ok) out.push([relative(ROOT, full), decoded.text]);
      }
    }
  };
  if (existsSync(join(ROOT, 'catalog'))) walk(join(ROOT, 'catalog'));
  return out;
}

describe('fmt round trips', () => {
  it.each(corpus())('%s: same content after formatting, and a second run changes nothing', (name, text) => {
    const file = name.split(':').pop() ?? name;
    const once = formatCatalogText(text);
    if (!once.ok) return; // syntax errors are left alone
    const before = loadFile(file, new TextEncoder().encode(text));
    const after = loadFile(file, new TextEncoder().encode(once.text));
    if (before.valid) {
      expect(after.valid).toBe(true);
      expect(after.value).toEqual(before.value);
    }
    expect(after.kind).toBe(before.kind);
    const twice = formatCatalogText(once.text);
    expect(twice).toEqual({ ok: true, text: once.text, changed: false });
  });

  it('leaves the example catalog exactly as written', () => {
    for (const text of Object.values(EXAMPLE_BASE)) expect(formatCatalogText(text)).toMatchObject({ changed: false });
  });
});

describe('formatCatalogText', () => {
  it('orders keys as the spec, normalises to NFC, quotes codes, keeps comments and blank lines', () => {
    const messy = [
      '# yaml-language-server: $schema=.tthc/schema/procedure.json',
      'kind: Procedure',
      'apiVersion: tthc/v1',
      '',
      '# tên theo quyết định công bố',
      `name: ${'Thủ tục đăng ký khai sinh'.normalize('NFD')}`,
      'code: 1.001190',
      'x_ghi_chu: giữ nguyên',
      'status: active',
      'sector: Hộ tịch',
      'subjects: [ citizen ]',
      'levels: [commune]',
      'channels:',
      '  - { fee: 0, kind: in_person, time: { unit: working_days, value: 1 } }  # trực tiếp',
      'documents:',
      '  - name: Tờ khai',
      '    id: to-khai',
      '',
      '  - { name: Giấy chứng sinh, id: giay-chung-sinh, copies: 0 }',
      '',
    ].join('\n');
    const r = formatCatalogText(messy);
    expect(r.ok && r.text).toBe([
      '# yaml-language-server: $schema=.tthc/schema/procedure.json',
      'apiVersion: tthc/v1',
      'kind: Procedure',
      'code: "1.001190"',
      '',
      '# tên theo quyết định công bố',
      'name: Thủ tục đăng ký khai sinh',
      'status: active',
      'sector: Hộ tịch',
      'levels: [commune]',
      'subjects: [citizen]',
      'channels:',
      '  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 } # trực tiếp',
      'documents:',
      '  - id: to-khai',
      '    name: Tờ khai',
      '',
      '  - { id: giay-chung-sinh, name: Giấy chứng sinh, copies: 0 }',
      'x_ghi_chu: giữ nguyên',
      '',
    ].join('\n'));
  });

  it('keeps CRLF line ends, orders proposal changes by their action, and refuses broken YAML', () => {
    const proposal = 'apiVersion: tthc/v1\r\nkind: Proposal\r\nprocedure: "1.001193"\r\nid: p1\r\ntitle: T\r\nstatus: draft\r\nchanges:\r\n  - { reason: R, document: a, action: remove_document }\r\n';
    const r = formatCatalogText(proposal);
    expect(r.ok && r.text).toBe('apiVersion: tthc/v1\r\nkind: Proposal\r\nid: p1\r\nprocedure: "1.001193"\r\ntitle: T\r\nstatus: draft\r\nchanges:\r\n  - { action: remove_document, document: a, reason: R }\r\n');
    expect(formatCatalogText('a: [1, 2\nb: c\n')).toEqual({ ok: false, reason: 'syntax' });
  });
});

describe('tthc fmt', () => {
  it('--check lists what would change and exits 1; fmt writes only those; then --check passes', async () => {
    const dir = tempCatalog({
      'agencies.yaml': (EXAMPLE_BASE['agencies.yaml'] ?? '').replace('  - id: so-tu-phap\n    name: Sở Tư pháp\n', '  - name: Sở Tư pháp\n    id: so-tu-phap\n'),
      'broken.yaml': 'apiVersion: tthc/v1\nkind: [\n',
    });
    const legalBefore = statSync(join(dir, 'legal.yaml')).mtimeMs;
    const check = await runCli(['fmt', dir, '--check', '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('would reformat:');
    expect(check.stdout).toContain('agencies.yaml');
    expect(check.stderr).toContain('broken.yaml');
    const write = await runCli(['fmt', dir]);
    expect(write.code).toBe(0);
    expect(readFileSync(join(dir, 'agencies.yaml'), 'utf8')).toBe(EXAMPLE_BASE['agencies.yaml']);
    expect(readFileSync(join(dir, 'broken.yaml'), 'utf8')).toBe('apiVersion: tthc/v1\nkind: [\n');
    expect(statSync(join(dir, 'legal.yaml')).mtimeMs).toBe(legalBefore);
    expect((await runCli(['fmt', dir, '--check'])).code).toBe(0);
  });

  it('two fmt runs at once end with the same files as one run, and no stray temp files', async () => {
    const messy = {
      'agencies.yaml': (EXAMPLE_BASE['agencies.yaml'] ?? '').replace('  - id: so-tu-phap\n    name: Sở Tư pháp\n', '  - name: Sở Tư pháp\n    id: so-tu-phap\n'),
      'legal.yaml': (EXAMPLE_BASE['legal.yaml'] ?? '').replace('Luật Hộ tịch', 'Luật Hộ tịch'.normalize('NFD')),
    };
    const one = tempCatalog(messy);
    await runCli(['fmt', one]);
    const two = tempCatalog(messy);
    // Separate processes, as two editors' save hooks would run it.
    const [a, b] = await Promise.all([runBinAsync(['fmt', two]), runBinAsync(['fmt', two])]);
    expect([a, b]).toEqual([0, 0]);
    for (const file of Object.keys(messy)) expect(readFileSync(join(two, file), 'utf8')).toBe(readFileSync(join(one, file), 'utf8'));
    expect(readdirSync(two).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('drops a BOM', async () => {
    const dir = tempCatalog();
    writeFileSync(join(dir, 'legal.yaml'), `\uFEFF${EXAMPLE_BASE['legal.yaml'] ?? ''}`);
    expect((await runCli(['fmt', dir, '--check'])).code).toBe(1);
    await runCli(['fmt', dir]);
    expect(readFileSync(join(dir, 'legal.yaml'), 'utf8')).toBe(EXAMPLE_BASE['legal.yaml']);
  });
});
