/** The rules of the `ref` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import refDuplicateId from './duplicate-id.js';
import refFileName from './file-name.js';
import refMissingCatalog from './missing-catalog.js';
import refUnknownAgency from './unknown-agency.js';
import refUnknownDocument from './unknown-document.js';
import refUnknownLegal from './unknown-legal.js';
import refUnknownProcedure from './unknown-procedure.js';
import refUnknownSource from './unknown-source.js';

export const refRules: readonly Rule[] = [refDuplicateId, refFileName, refMissingCatalog, refUnknownAgency, refUnknownDocument, refUnknownLegal, refUnknownProcedure, refUnknownSource];
