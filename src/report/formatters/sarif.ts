/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools. Fingerprints hash the rule, the file
 * and the YAML path of the finding — not its line — so an alert survives edits above it.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../rules/report.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function fingerprint(f: Pick<Finding, 'rule' | 'file' | 'path' | 'data'>): string {
  const key = `${f.rule}\u0000${f.file}\u0000${JSON.stringify(f.path ?? f.data ?? [])}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export const sarif: Formatter = (input) => {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const uri = (file: string) => encodeURI(input.pathPrefix + file);
  const rules = input.rules.map((r) => {
    const loc = input.locale;
    const legal = r.docs.legal.length > 0 ? `\n\n${loc === 'vi' ? 'Căn cứ pháp lý' : 'Legal ground'}: ${r.docs.legal.join('; ')}` : '';
    return {
      id: r.id,
      name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: r.docs.summary[loc] },
      fullDescription: { text: r.docs.description[loc] },
      help: { text: `${r.docs.description[loc]}${legal}\n\ntthc rules ${r.id}`, markdown: `${r.docs.description[loc]}${legal.replace(/\n\n/, '\n\n**').replace(/: /, ':** ')}\n\n\`tthc rules ${r.id}\`` },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: [r.group], ...(r.docs.legal.length > 0 ? { legal: r.docs.legal } : {}) },
    };
  });
  const results = input.findings.map((f) => {
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.end_line, endColumn: f.end_column },
          },
        },
      ],
      partialFingerprints: { 'tthcFinding/v1': fingerprint(f) },
    };
    if (f.related && f.related.length > 0) {
      result.relatedLocations = f.related.map((r, id) => ({
        id,
        physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
      }));
    }
    const props: Record<string, unknown> = {};
    if (f.procedure !== undefined) props.procedure = f.procedure;
    if (f.agency !== undefined) props.agency = f.agency;
    if (Object.keys(props).length > 0) result.properties = props;
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: input.tool.name, version: input.tool.version, semanticVersion: input.tool.version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return { text: `${JSON.stringify(log, null, 2)}\n` };
};
