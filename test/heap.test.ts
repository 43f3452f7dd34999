import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { settle } from '../src/heap.js';

describe('settle', () => {
  it('leaves a heap below the floor alone', () => {
    expect(settle(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('collects garbage once the heap has grown half again since the last collection', () => {
    expect(settle(0)).toBe(true);
    const after = getHeapStatistics().used_heap_size;
    // Not grown yet: nothing to do.
    expect(settle(0)).toBe(false);
    // Grow the heap past half again what it held, whatever the test runner left in it.
    let garbage: number[][] | undefined = [];
    while (getHeapStatistics().used_heap_size <= after * 1.6) garbage.push(Array.from({ length: 100_000 }, (_, i) => i + 0.5));
    expect(getHeapStatistics().used_heap_size).toBeGreaterThan(after * 1.5);
    garbage = undefined;
    expect(garbage).toBeUndefined();
    expect(settle(0)).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(after * 1.5);
  });
});
