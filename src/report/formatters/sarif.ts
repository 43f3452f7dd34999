/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools. Fingerprints hash the rule, the file
 * and the YAML path of the finding — not its line — so an alert survives edits above it.
 * Findings without a path (a comment, a parser error) hash their data instead; findings that
 * share rule, file and path-or-data are told apart by their order in the file.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../rules/report.js';
import type { Formatter } from './types.js';
import { showControls } from './control.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

type Fingerprinted = Pick<Finding, 'rule' | 'file' | 'path' | 'data'>;

function fingerprintKey(f: Fingerprinted): string {
  return `${f.rule}\u0000${f.file}\u0000${JSON.stringify(f.path ?? f.data ?? [])}`;
}

/**
 * `occurrence`: how many findings with the same rule, file and path-or-data come before this
 * one in the file. The first keeps the hash of the key alone (the fingerprint of every finding
 * whose key is unique is what it always was); later ones hash the key and their rank, which
 * does not change when lines are inserted above them.
 */
export function fingerprint(f: Fingerprinted, occurrence = 0): string {
  return hashKey(fingerprintKey(f), occurrence);
}

function hashKey(key: string, occurrence: number): string {
  return createHash('sha256').update(occurrence === 0 ? key : `${key}\u0000${String(occurrence)}`).digest('hex').slice(0, 32);
}

/** Each finding's fingerprint: its key, hashed with its rank among findings of the same key in file order. */
function fingerprints(findings: readonly Finding[]): string[] {
  const keys = findings.map(fingerprintKey);
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  const rank = new Array<number>(findings.length).fill(0);
  for (const group of groups.values()) {
    if (group.length === 1) continue;
    const at = (i: number) => findings[i] as Finding;
    group.sort((a, b) => at(a).line - at(b).line || at(a).column - at(b).column || a - b);
    group.forEach((i, n) => { rank[i] = n; });
  }
  return keys.map((key, i) => hashKey(key, rank[i] ?? 0));
}

/** A path as a URI reference: each segment percent-encoded, so that `#`, `?` and `%` stay part of the name. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The artifact location of a file. Under the working directory (the usual case): a relative
 * reference against `%SRCROOT%`. A catalog outside it is named by its absolute path
 * (`pathPrefix`, see catalog-dir.ts), which is no relative reference: then an absolute
 * `file:` URI and no base.
 */
function artifactLocation(pathPrefix: string, file: string): { uri: string; uriBaseId?: string } {
  if (pathPrefix.startsWith('/')) return { uri: `file://${encodePath(pathPrefix + file)}` };
  // A Windows prefix (drive or UNC) is written with backslashes; catalog paths always with "/".
  if (/^[A-Za-z]:[\\/]/.test(pathPrefix)) return { uri: `file:///${pathPrefix.slice(0, 2)}${encodePath(pathPrefix.slice(2).replace(/\\/g, '/') + file)}` };
  if (pathPrefix.startsWith('\\\\')) return { uri: `file:${encodePath(pathPrefix.replace(/\\/g, '/') + file)}` };
  return { uri: encodePath(pathPrefix + file), uriBaseId: '%SRCROOT%' };
}

export const sarif: Formatter = (input) => {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const location = (file: string) => artifactLocation(input.pathPrefix, file);
  const prints = fingerprints(input.findings);
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
  const results = input.findings.map((f, i) => {
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: LEVEL[f.severity],
      // Bidi overrides and control characters would reorder or hide text where the alert is shown.
      message: { text: showControls(f.message, '\n') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location(f.file),
            region: { startLine: f.line, startColumn: f.column, endLine: f.end_line, endColumn: f.end_column },
          },
        },
      ],
      partialFingerprints: { 'tthcFinding/v1': prints[i] ?? fingerprint(f) },
    };
    if (f.related && f.related.length > 0) {
      result.relatedLocations = f.related.map((r, id) => ({
        id,
        physicalLocation: { artifactLocation: location(r.file), region: { startLine: r.line, startColumn: r.column } },
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
