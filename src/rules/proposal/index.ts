/** The rules of the `proposal` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import invalidChange from './invalid-change.js';
import noAmendment from './no-amendment.js';
import noEffect from './no-effect.js';

export const proposalRules: readonly Rule[] = [invalidChange, noAmendment, noEffect];
