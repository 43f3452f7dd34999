/** The rules of the `suppression` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';

export const suppressionRules: readonly Rule[] = [];
