/** The rules of the `consistency` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import channelMissing from './channel-missing.js';
import divergentPractice from './divergent-practice.js';
import extraDocument from './extra-document.js';
import feeExceeds from './fee-exceeds.js';
import missingDocument from './missing-document.js';
import nameVariant from './name-variant.js';
import noContact from './no-contact.js';
import notCompetent from './not-competent.js';
import notSurveyed from './not-surveyed.js';
import onlineLevelLower from './online-level-lower.js';
import paperWithOnline from './paper-with-online.js';
import stricterCopy from './stricter-copy.js';
import timeExceeds from './time-exceeds.js';

export const consistencyRules: readonly Rule[] = [
  channelMissing, divergentPractice, extraDocument, feeExceeds, missingDocument, nameVariant, noContact,
  notCompetent, notSurveyed, onlineLevelLower, paperWithOnline, stricterCopy, timeExceeds,
];
