/** The rules of the `suppression` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import expired from './expired.js';
import noReason from './no-reason.js';
import unused from './unused.js';

export const suppressionRules: readonly Rule[] = [expired, noReason, unused];
