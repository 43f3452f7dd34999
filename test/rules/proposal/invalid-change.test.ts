import { describe, expect, it } from 'vitest';
import { proposalFile } from '../../../src/rules/proposal/examples.js';
import { findingsFor } from '../../helpers/catalog.js';
import { word } from '../../helpers/rules.js';

const RULE = 'proposal/invalid-change';

describe(RULE, () => {
  it.each([
    ['an absent document', '  - { action: remove_document, document: so-ho-khau }\n', 'document-absent', 'so-ho-khau'],
    ['a stricter copy type', '  - { action: relax_copy, document: giay-chung-sinh, copy_type: certified }\n', 'not-relaxing', 'giay-chung-sinh'],
    ['an absent channel', '  - { action: set_fee, channel: postal, fee: 0 }\n', 'channel-absent', 'postal'],
    ['a channel that exists', '  - { action: add_channel, channel: online }\n', 'channel-exists', 'online'],
    ['an absent result', '  - { action: extend_validity, result: 2, validity: unlimited }\n', 'result-absent', '2'],
  ])('fires on %s', async (_name, changes, reason, subject) => {
    const findings = await findingsFor(proposalFile(changes), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE, severity: 'error', file: 'proposals/2026-ho-tich-01.yaml', line: 8, column: 5, procedure: '1.001193',
      data: { proposal: '2026-ho-tich-01', index: 0, reason, subject },
      related: [{ file: 'procedures/ho-tich/1.001193.yaml', line: 1, column: 1 }],
    });
  });

  it('applies changes in order: a document removed earlier is absent later', async () => {
    const findings = await findingsFor(proposalFile('  - { action: remove_document, document: giay-chung-sinh }\n  - { action: use_data, document: giay-chung-sinh, source: csdl-dan-cu }\n'), [RULE]);
    expect(findings.map((f) => [f.line, f.data?.index, f.data?.reason])).toEqual([[9, 1, 'document-absent']]);
    expect(findings[0]?.message).toBe('Phương án 2026-ho-tich-01, nội dung 2: thủ tục không có (hoặc không còn) thành phần hồ sơ "giay-chung-sinh"');
  });

  it('refuses full online while an original must be shown in person', async () => {
    const files = {
      ...proposalFile('  - { action: set_online_level, online_level: full }\n'),
      'procedures/ho-tich/1.001193.yaml': (await import('../../../src/rules/examples.js')).procedureWith({ 'online_level: full': 'online_level: partial', '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh, action: present }\n' }),
    };
    expect((await findingsFor(files, [RULE])).map((f) => f.data?.reason)).toEqual(['present-in-person']);
  });

  it.each([
    ['a valid set of changes', '  - { action: use_data, document: giay-chung-sinh, source: csdl-dan-cu }\n  - { action: add_channel, channel: postal, fee: 0 }\n  - { action: extend_validity, result: 0, validity: unlimited }\n'],
    ['abolition', '  - { action: abolish }\n'],
  ])('stays silent on %s', async (_name, changes) => {
    expect(await findingsFor(proposalFile(changes), [RULE])).toEqual([]);
  });
});

describe('proposal/invalid-change wording', () => {
  it('names channels and online levels in words, not by their keys', () => {
    const d = { proposal: '2026-ho-tich-01', index: 0, reason: 'channel-absent', subject: 'postal' };
    expect(word('proposal/invalid-change', 'invalid', d, 'vi')).toBe('Phương án 2026-ho-tich-01, nội dung 1: thủ tục không có cách thức dịch vụ bưu chính');
    expect(word('proposal/invalid-change', 'invalid', d, 'en')).toBe('Proposal 2026-ho-tich-01, change 1: the procedure has no postal channel');
    expect(word('proposal/invalid-change', 'invalid', { ...d, reason: 'no-online-channel', subject: 'partial' }, 'vi')).toContain('không thể đặt mức trực tuyến một phần khi');
  });
});
