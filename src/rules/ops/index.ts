/** The rules of the `ops` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';

export const opsRules: readonly Rule[] = [];
