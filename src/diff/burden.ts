/**
 * Which way a change moves the burden on citizens and businesses: `up` (more or stricter
 * documents, longer, dearer, fewer channels, less online), `down` (the reverse) or `neutral`.
 * Judged from the field a change is about, on validated values (defaults applied).
 */
import type { Duration } from '../catalog/schema/shapes.js';

export type Burden = 'up' | 'down' | 'neutral';

/**
 * One segment of a change's path: a key, or a list element matched by its key value (with the
 * element's `name`, when it has one, for people to read).
 */
export type DiffSegment = { key: string } | { item: string; list: string; name?: string };

/** Working days in a duration (1 day = 5/7 working day; 8 hours = 1; a month 22; a year 261). */
export function workingDays(d: Duration): number {
  switch (d.unit) {
    case 'working_days': return d.value;
    case 'days': return (d.value * 5) / 7;
    case 'hours': return d.value / 8;
    case 'months': return d.value * 22;
    case 'years': return d.value * 261;
  }
}

const COPY_RANK: Record<string, number> = { any: 0, plain_with_original: 1, certified: 2, register: 2 };
const ONLINE_RANK: Record<string, number> = { none: 0, partial: 1, full: 2 };
const ACTION_RANK: Record<string, number> = { present: 0, submit: 1 };

function direction(before: number, after: number): Burden {
  return after > before ? 'up' : after < before ? 'down' : 'neutral';
}

function isDuration(v: unknown): v is Duration {
  return typeof v === 'object' && v !== null && 'value' in v && 'unit' in v;
}

function ranked(rank: Record<string, number>, before: unknown, after: unknown): Burden {
  const b = typeof before === 'string' ? rank[before] : undefined;
  const a = typeof after === 'string' ? rank[after] : undefined;
  return a === undefined || b === undefined ? 'neutral' : direction(b, a);
}

/** Burden of one change at `path` (segments from the file's root). */
export function burdenOf(path: readonly DiffSegment[], before: unknown, after: unknown, kind: 'Procedure' | 'Implementation' | 'Proposal'): Burden {
  if (kind === 'Proposal') return 'neutral';
  const last = path[path.length - 1];
  if (last === undefined) return 'neutral';
  // A whole list element added or removed.
  if ('item' in last) {
    const added = before === undefined;
    switch (last.list) {
      case 'documents': {
        const optional = (added ? after : before) as { optional?: boolean } | undefined;
        if (optional?.optional === true) return 'neutral';
        return added ? 'up' : 'down';
      }
      case 'channels':
        return added ? 'down' : 'up';
      default:
        return 'neutral';
    }
  }
  const parent = path.length >= 2 ? path[path.length - 2] : undefined;
  const inList = parent !== undefined && 'item' in parent ? parent.list : undefined;
  if (last.key === 'time' && isDuration(before) && isDuration(after)) return direction(workingDays(before), workingDays(after));
  switch (last.key) {
    case 'originals':
    case 'copies':
      return typeof before === 'number' && typeof after === 'number' ? direction(before, after) : before === undefined && typeof after === 'number' && after > 0 ? 'up' : 'neutral';
    case 'copy_type':
      return ranked(COPY_RANK, before, after);
    case 'action':
      return inList === 'documents' ? ranked(ACTION_RANK, before, after) : 'neutral';
    case 'optional':
      return before === true && after === false ? 'up' : before === false && after === true ? 'down' : 'neutral';
    case 'evidence':
      return before == null && after != null ? 'down' : before != null && after == null ? 'up' : 'neutral';
    case 'fee':
      return typeof before === 'number' && typeof after === 'number' ? direction(before, after) : 'neutral';
    case 'online_level':
      // Less online is more burden.
      return ranked(ONLINE_RANK, after, before);
    case 'requires_paper_with_online':
      return before !== true && after === true ? 'up' : before === true && after !== true ? 'down' : 'neutral';
    case 'validity': {
      const v = (x: unknown) => (x === 'unlimited' ? Infinity : isDuration(x) ? workingDays(x) : undefined);
      const b = v(before);
      const a = v(after);
      // A shorter validity means coming back sooner: more burden.
      return a === undefined || b === undefined ? 'neutral' : direction(a, b);
    }
    case 'status':
      if (kind !== 'Procedure') return 'neutral';
      return before === 'active' && after === 'abolished' ? 'down' : before === 'abolished' && after === 'active' ? 'up' : 'neutral';
    default:
      return 'neutral';
  }
}
