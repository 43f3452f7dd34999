/** The rules of the `ops` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import inconsistentStats from './inconsistent-stats.js';
import lateRate from './late-rate.js';
import lateWithoutApology from './late-without-apology.js';
import lowOnlineShare from './low-online-share.js';
import rejectedWithoutReason from './rejected-without-reason.js';
import repeatedSupplement from './repeated-supplement.js';
import returnedRate from './returned-rate.js';

export const opsRules: readonly Rule[] = [inconsistentStats, lateRate, lateWithoutApology, lowOnlineShare, rejectedWithoutReason, repeatedSupplement, returnedRate];
