/** The rules of the `schema` group, one file each, named after the rule id. */
import type { Rule } from '../rule.js';
import schemaDuplicateKey from './duplicate-key.js';
import schemaEncoding from './encoding.js';
import schemaInvalid from './invalid.js';
import schemaNotNfc from './not-nfc.js';
import schemaUnknownKind from './unknown-kind.js';
import schemaYamlSyntax from './yaml-syntax.js';

export const schemaRules: readonly Rule[] = [schemaDuplicateKey, schemaEncoding, schemaInvalid, schemaNotNfc, schemaUnknownKind, schemaYamlSyntax];
