/** The rules of the `consistency` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';

export const consistencyRules: readonly Rule[] = [];
