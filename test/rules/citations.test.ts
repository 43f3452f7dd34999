import { describe, expect, it } from 'vitest';
import { oneStopDecree } from '../../src/rules/citations.js';
import { RULES } from '../../src/rules/registry.js';

describe('one-stop-shop decree citations', () => {
  it('cites 118/2025 first and 61/2018 as the earlier text, with its own articles', () => {
    expect(oneStopDecree('yêu cầu bổ sung hồ sơ một lần', 'Điều 5 và 15')).toBe(
      'Nghị định 118/2025/NĐ-CP (một cửa, một cửa liên thông, từ 01/7/2025): yêu cầu bổ sung hồ sơ một lần; văn bản trước đây: Nghị định 61/2018/NĐ-CP, Điều 5 và 15, sửa đổi bởi Nghị định 107/2021/NĐ-CP',
    );
    expect(oneStopDecree()).toBe('Nghị định 118/2025/NĐ-CP (một cửa, một cửa liên thông, từ 01/7/2025); văn bản trước đây: Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP');
  });

  // legal.yaml marks 61/2018 and 107/2021 repealed on 2025-07-01: no page may cite them as current.
  it.each(RULES.flatMap((r) => r.docs.legal.filter((l) => l.includes('61/2018')).map((l) => [r.id, l] as const)))('%s cites 61/2018 only as the earlier text', (_id, legal) => {
    expect(legal.startsWith('Nghị định 118/2025/NĐ-CP')).toBe(true);
    expect(legal.indexOf('văn bản trước đây')).toBeLessThan(legal.indexOf('61/2018'));
  });
});
