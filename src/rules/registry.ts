/**
 * Every rule, sorted by id. A rule's id is its group and file name: src/rules/<group>/<name>.ts,
 * listed in its group's index.
 */
import { consistencyRules } from './consistency/index.js';
import { legalRules } from './legal/index.js';
import { opsRules } from './ops/index.js';
import { proposalRules } from './proposal/index.js';
import { refRules } from './ref/index.js';
import type { Rule, RuleGroup } from './rule.js';
import { schemaRules } from './schema/index.js';
import { simplifyRules } from './simplify/index.js';
import { suppressionRules } from './suppression/index.js';

export const RULES: readonly Rule[] = [
  ...schemaRules,
  ...refRules,
  ...legalRules,
  ...consistencyRules,
  ...opsRules,
  ...simplifyRules,
  ...proposalRules,
  ...suppressionRules,
].sort((a, b) => (a.id < b.id ? -1 : 1));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** Rule groups each command runs (spec/cli.md). */
export const COMMAND_GROUPS = {
  validate: ['schema', 'ref', 'legal', 'suppression'],
  check: ['schema', 'ref', 'legal', 'suppression', 'consistency', 'ops'],
  review: ['schema', 'ref', 'legal', 'suppression', 'simplify', 'proposal'],
  audit: ['schema', 'ref', 'legal', 'suppression', 'consistency', 'ops', 'simplify', 'proposal'],
} as const satisfies Record<string, readonly RuleGroup[]>;
export type RuleCommand = keyof typeof COMMAND_GROUPS;
