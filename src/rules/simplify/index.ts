/** The rules of the `simplify` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';

export const simplifyRules: readonly Rule[] = [];
