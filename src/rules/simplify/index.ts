/** The rules of the `simplify` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import certifiedCopy from './certified-copy.js';
import dataAvailable from './data-available.js';
import duplicateDocument from './duplicate-document.js';
import highCost from './high-cost.js';
import householdBook from './household-book.js';
import issuedByState from './issued-by-state.js';
import longTime from './long-time.js';
import manyDocuments from './many-documents.js';
import noForm from './no-form.js';
import noVolume from './no-volume.js';
import notOnline from './not-online.js';
import onlineNotCheaper from './online-not-cheaper.js';
import shortValidity from './short-validity.js';
import unproposed from './unproposed.js';
import vagueDocument from './vague-document.js';

export const simplifyRules: readonly Rule[] = [
  certifiedCopy, dataAvailable, duplicateDocument, highCost, householdBook, issuedByState, longTime, manyDocuments,
  noForm, noVolume, notOnline, onlineNotCheaper, shortValidity, unproposed, vagueDocument,
];
