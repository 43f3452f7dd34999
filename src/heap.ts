/**
 * Keeping a large run's memory near what it uses. V8 lets the heap grow to about four times
 * what was alive at its last full collection before collecting again; on a national catalog
 * (0.7 GB alive while findings are located and the workbook written) that is the difference
 * between 1.2 and 1.9 GB of memory. So long loops call `settle()` between units of work (a
 * rule, a file's findings, a thousand rows), and once the heap holds 30% more
 * than after the last collection, it is collected. Small catalogs never reach the floor and
 * never pay for it.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this the heap is left to V8. */
const FLOOR = 512 * 2 ** 20;
/** Collect once the heap is this much larger than after the last collection. */
const GROWTH = 1.3;

let collect: (() => void) | null | undefined;
let settled = 0;

/** V8's full collection, made callable by setting `--expose-gc` at run time. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * Collects when the heap has grown enough since the last collection; cheap otherwise. True
 * when it collected. (`floor` is for tests.)
 */
export function settle(floor = FLOOR): boolean {
  const used = getHeapStatistics().used_heap_size;
  if (used < floor || used < settled * GROWTH) return false;
  const gc = collector();
  if (gc === null) return false;
  gc();
  settled = getHeapStatistics().used_heap_size;
  return true;
}
