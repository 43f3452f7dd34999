/**
 * JSON Schema of every kind of catalog file, generated from the zod schemas (the single source
 * of truth) for editors through yaml-language-server: descriptions in Vietnamese from
 * `.describe()`, unknown keys refused and `x_` extension keys allowed, as the loader does.
 * Draft-07, which yaml-language-server supports best.
 */
import { z } from 'zod';
import { API_VERSION, KINDS, KIND_NAMES, type Kind } from './schema/kinds.js';
import { LOCAL_CODE, NATIONAL_CODE, date, procedureCode } from './schema/shapes.js';

/** File name of each kind's schema (`.tthc/schema/<name>.json`). */
export const SCHEMA_FILES: Record<Kind, string> = {
  Catalog: 'catalog',
  AgencyList: 'agency-list',
  LegalDocumentList: 'legal-document-list',
  DataSourceList: 'data-source-list',
  Procedure: 'procedure',
  Implementation: 'implementation',
  Proposal: 'proposal',
  SuppressionList: 'suppression-list',
};
export const INDEX_FILE = 'index';

type Json = Record<string, unknown>;

/** Refinements zod cannot express in JSON Schema, written as patterns. */
function override(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  if (ctx.zodSchema === procedureCode) ctx.jsonSchema.pattern = `^(?:${NATIONAL_CODE.source.slice(1, -1)}|${LOCAL_CODE.source.slice(1, -1)})$`;
  if (ctx.zodSchema === date) ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
}

/** Every strict object also accepts `x_…` keys (free extensions by contract). */
function allowExtensions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowExtensions(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Json;
  if (o.type === 'object' && o.additionalProperties === false) o.patternProperties = { '^x_': {} };
  for (const value of Object.values(o)) allowExtensions(value);
}

export function kindSchema(kind: Kind): Json {
  const schema = z.toJSONSchema(KINDS[kind], { io: 'input', unrepresentable: 'any', target: 'draft-7', override }) as Json;
  allowExtensions(schema);
  const { $schema, ...rest } = schema;
  return { $schema, $id: `https://tthc.local/schema/${SCHEMA_FILES[kind]}.json`, title: `tthc ${API_VERSION} ${kind}`, ...rest };
}

/** One schema for any catalog file: the kind's schema chosen by `kind`. */
export function combinedSchema(): Json {
  const definitions: Json = {};
  for (const kind of KIND_NAMES) {
    const { $schema: _s, $id: _i, ...rest } = kindSchema(kind);
    definitions[kind] = rest;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://tthc.local/schema/${INDEX_FILE}.json`,
    title: `tthc ${API_VERSION}`,
    description: 'Tệp danh mục thủ tục hành chính (apiVersion, kind quyết định nội dung)',
    type: 'object',
    required: ['apiVersion', 'kind'],
    properties: {
      apiVersion: { const: API_VERSION, description: 'Phiên bản định dạng' },
      kind: { enum: KIND_NAMES, description: 'Loại tệp' },
    },
    allOf: KIND_NAMES.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/definitions/${kind}` },
    })),
    definitions,
  };
}

/** File name → JSON text of every schema: one per kind and the combined index. */
export function schemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of KIND_NAMES) out[`${SCHEMA_FILES[kind]}.json`] = `${JSON.stringify(kindSchema(kind), null, 2)}\n`;
  out[`${INDEX_FILE}.json`] = `${JSON.stringify(combinedSchema(), null, 2)}\n`;
  return out;
}
