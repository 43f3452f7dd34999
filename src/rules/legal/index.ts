/** The rules of the `legal` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import legalAbolishedLevel from './abolished-level.js';
import legalFeeWithoutBasis from './fee-without-basis.js';
import legalNoBasis from './no-basis.js';
import legalOutdatedWording from './outdated-wording.js';
import legalRepealedBasis from './repealed-basis.js';
import legalSuspiciousFee from './suspicious-fee.js';

export const legalRules: readonly Rule[] = [legalAbolishedLevel, legalFeeWithoutBasis, legalNoBasis, legalOutdatedWording, legalRepealedBasis, legalSuspiciousFee];
