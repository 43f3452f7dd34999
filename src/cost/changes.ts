/**
 * A proposal's changes applied in order to a procedure (spec/cost.md, "Before and after").
 * A change that cannot apply is skipped and reported, so "after" is always a procedure.
 */
import type { Change, ProcedureFile } from '../catalog/schema/kinds.js';
import { countedDocuments } from './procedure.js';

export const INVALID_REASONS = ['document-absent', 'not-relaxing', 'channel-absent', 'channel-exists', 'no-online-channel', 'present-in-person', 'result-absent'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export interface InvalidChange {
  /** Index of the change in the proposal's `changes`. */
  index: number;
  reason: InvalidReason;
  /** The document id, channel kind or result index the change names. */
  subject: string;
}

export interface AppliedChanges {
  procedure: ProcedureFile;
  invalid: InvalidChange[];
}

// How demanding a copy type is: a relaxation may only go down.
const COPY_STRICTNESS = { any: 0, plain_with_original: 1, register: 1, certified: 2 } as const;

/** Applies `changes` in order to a copy of `p`; the published procedure is left untouched. */
export function applyChanges(p: ProcedureFile, changes: readonly Change[]): AppliedChanges {
  const after: ProcedureFile = structuredClone(p);
  const invalid: InvalidChange[] = [];
  changes.forEach((change, index) => {
    const reason = applyOne(after, change);
    if (reason !== undefined) invalid.push({ index, reason, subject: subjectOf(change) });
  });
  return { procedure: after, invalid };
}

function subjectOf(change: Change): string {
  if ('document' in change) return change.document;
  if ('channel' in change) return change.channel;
  if (change.action === 'extend_validity') return String(change.result);
  if (change.action === 'set_online_level') return change.online_level;
  return '';
}

function applyOne(p: ProcedureFile, change: Change): InvalidReason | undefined {
  switch (change.action) {
    case 'remove_document':
    case 'use_data': {
      const i = p.documents.findIndex((d) => d.id === change.document);
      if (i < 0) return 'document-absent';
      p.documents.splice(i, 1);
      return undefined;
    }
    case 'relax_copy': {
      const doc = p.documents.find((d) => d.id === change.document);
      if (!doc) return 'document-absent';
      if (COPY_STRICTNESS[change.copy_type] > COPY_STRICTNESS[doc.copy_type]) return 'not-relaxing';
      doc.copy_type = change.copy_type;
      return undefined;
    }
    case 'set_time':
    case 'set_fee': {
      const channel = p.channels.find((c) => c.kind === change.channel);
      if (!channel) return 'channel-absent';
      if (change.action === 'set_time') channel.time = change.time;
      else channel.fee = change.fee;
      return undefined;
    }
    case 'add_channel': {
      if (p.channels.some((c) => c.kind === change.channel)) return 'channel-exists';
      // The new channel takes the in-person time and fee unless the change gives them.
      const model = p.channels.find((c) => c.kind === 'in_person') ?? p.channels[0];
      const time = change.time ?? model?.time ?? { value: 0, unit: 'working_days' as const };
      const fee = change.fee !== undefined ? change.fee : (model?.fee ?? null);
      p.channels.push({ kind: change.channel, time, fee });
      return undefined;
    }
    case 'set_online_level': {
      if (change.online_level !== 'none' && !p.channels.some((c) => c.kind === 'online')) return 'no-online-channel';
      if (change.online_level === 'full' && countedDocuments(p).some((d) => d.action === 'present')) return 'present-in-person';
      p.online_level = change.online_level;
      return undefined;
    }
    case 'extend_validity': {
      const result = p.results?.[change.result];
      if (!result) return 'result-absent';
      result.validity = change.validity;
      return undefined;
    }
    case 'abolish':
      p.status = 'abolished';
      return undefined;
  }
}
