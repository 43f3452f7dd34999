/** The rules of the `proposal` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';

export const proposalRules: readonly Rule[] = [];
