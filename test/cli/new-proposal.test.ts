import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { proposal } from '../../src/catalog/schema/kinds.js';
import { newProposal, nextId } from '../../src/cli/commands/new-proposal.js';
import { isFailure } from '../../src/cli/failure.js';
import { memoryIO } from '../../src/cli/io.js';
import { scriptedPrompts } from '../../src/cli/prompts.js';
import { runCli, tempCatalog } from '../helpers/cli.js';

const ANSWERS = [
  '1.001193', // procedure
  ['remove_document', 'set_fee'], // actions
  ['giay-chung-sinh'], // documents to remove
  'Thông tin đã có trong CSDL hộ tịch điện tử', // reason
  'in_person', // channel of set_fee
  '0', // fee
  '', // reason (none)
  '2026-ho-tich-01', // id
  'Bỏ Giấy chứng sinh', // title
  'so-tu-phap', // proposed by
  true, // amend?
  'luat-ho-tich-2014',
  'Điều 16',
  '',
  '2027-06-30',
  false, // another?
  true, // write
];

describe('tthc new proposal', () => {
  it('asks, shows candidates and the live saving, and writes a valid proposal', async () => {
    const dir = tempCatalog();
    const io = memoryIO({ cwd: dir });
    const prompts = scriptedPrompts([...ANSWERS]);
    const code = await newProposal('.', {}, io, prompts);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'proposals', '2026-ho-tich-01.yaml'), 'utf8');
    const value = proposal.parse(parse(text));
    expect(value).toEqual({
      apiVersion: 'tthc/v1', kind: 'Proposal', id: '2026-ho-tich-01', procedure: '1.001193', title: 'Bỏ Giấy chứng sinh',
      proposed_by: 'so-tu-phap', status: 'draft', date: '2026-11-29',
      changes: [
        { action: 'remove_document', document: 'giay-chung-sinh', reason: 'Thông tin đã có trong CSDL hộ tịch điện tử' },
        { action: 'set_fee', channel: 'in_person', fee: 0 },
      ],
      amend: [{ ref: 'luat-ho-tich-2014', article: 'Điều 16', by: '2027-06-30' }],
    });
    // Live saving after the first change: Giấy chứng sinh is 0.5 h × 37 500 in both channels.
    expect(io.out()).toContain('Chi phí tuân thủ: 179.375.000 → 160.625.000 đồng/năm (tiết kiệm 18.750.000, 10,5%)');
    expect(io.out()).toContain('Đã ghi proposals/2026-ho-tich-01.yaml');
    expect(prompts.asked[0]).toContain('Thủ tục cần đơn giản hóa');
    // The written file passes review without proposal errors.
    const review = await runCli(['review', dir, '-f', 'json']);
    expect(review.code).toBe(0);
  });

  it('shows the simplify findings of the chosen procedure', async () => {
    const dir = tempCatalog({ 'procedures/ho-tich/1.001193.yaml': (await import('../../src/rules/examples.js')).procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: so-ho-khau, name: Sổ hộ khẩu }\n' }) });
    const io = memoryIO({ cwd: dir });
    await newProposal('.', {}, io, scriptedPrompts(['1.001193']));
    expect(io.out()).toContain('[simplify/household-book]');
  });

  it('writes nothing and says so when cancelled half-way', async () => {
    const dir = tempCatalog();
    const result = await newProposal('.', {}, memoryIO({ cwd: dir }), scriptedPrompts(['1.001193', ['abolish']]));
    expect(isFailure(result) && result.code).toBe('cancelled');
    expect(isFailure(result) && result.message).toBe('Đã hủy; không ghi tệp nào');
    expect(existsSync(join(dir, 'proposals'))).toBe(false);
  });

  it('writes nothing when the user declines at the end', async () => {
    const dir = tempCatalog();
    const io = memoryIO({ cwd: dir });
    const code = await newProposal('.', {}, io, scriptedPrompts([...ANSWERS.slice(0, -1), false]));
    expect(code).toBe(0);
    expect(io.out()).toContain('Không ghi tệp nào.');
    expect(existsSync(join(dir, 'proposals'))).toBe(false);
  });

  it('never writes over an existing file', async () => {
    const dir = tempCatalog({ 'proposals/2026-ho-tich-01.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: khac\nprocedure: "1.001193"\ntitle: Khác\nstatus: draft\nchanges:\n  - { action: abolish }\n' });
    const before = readFileSync(join(dir, 'proposals', '2026-ho-tich-01.yaml'), 'utf8');
    const result = await newProposal('.', {}, memoryIO({ cwd: dir }), scriptedPrompts([...ANSWERS]));
    expect(isFailure(result) && result.code).toBe('exists');
    expect(readFileSync(join(dir, 'proposals', '2026-ho-tich-01.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'proposals'))).toEqual(['2026-ho-tich-01.yaml']);
  });

  it('validates answers with the catalog schemas', async () => {
    const bad = [...ANSWERS];
    bad[5] = '-5';
    await expect(newProposal('.', {}, memoryIO({ cwd: tempCatalog() }), scriptedPrompts(bad))).rejects.toThrow(/invalid answer "-5"/);
    const badId = [...ANSWERS];
    badId[7] = 'Phương án 1';
    await expect(newProposal('.', {}, memoryIO({ cwd: tempCatalog() }), scriptedPrompts(badId))).rejects.toThrow(/chữ thường/);
  });

  it('refuses without a terminal and says how to write the file by hand', async () => {
    const dir = tempCatalog();
    const r = await runCli(['new', 'proposal', dir], { stdinIsTTY: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cần một terminal');
    expect(r.stderr).toContain('kind: Proposal');
    expect(existsSync(join(dir, 'proposals'))).toBe(false);
  });

  it('rejects an unknown kind', async () => {
    const r = await runCli(['new', 'agency', tempCatalog()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('proposal');
  });

  it('numbers proposal ids per year and sector', () => {
    expect(nextId('2026', 'Hộ tịch', new Set(['2026-ho-tich-01']))).toBe('2026-ho-tich-02');
    expect(nextId('2026', 'Đất đai', new Set())).toBe('2026-dat-dai-01');
  });
});
