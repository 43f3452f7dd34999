/**
 * What a rule is: metadata, documentation, typed messages in both languages, and a pure check
 * of the loaded catalog that reports paths. See src/rules/<group>/<name>.ts for the rules.
 */
import type { z } from 'zod';
import type { CatalogLookup } from '../catalog/lookup.js';
import type { Catalog } from '../catalog/model.js';
import type { CatalogFile } from '../catalog/schema/kinds.js';
import type { Target } from '../catalog/source.js';
import type { Localized } from '../i18n/locale.js';
import type { MessageData, Report, Severity } from './report.js';
import type { SuppressionOutcome } from './suppress.js';

export const RULE_GROUPS = ['schema', 'ref', 'legal', 'consistency', 'ops', 'simplify', 'proposal', 'suppression'] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

/** A message in both languages; the type of `data` is checked where the rule reports. */
export interface Message<D> {
  vi: (data: D) => string;
  en: (data: D) => string;
}

/** Files laid over the example base catalog (src/rules/examples.ts) to show a rule fire or not. */
export type ExampleFiles = Record<string, string | Uint8Array | null>;

export interface RuleDocs {
  summary: Localized;
  description: Localized;
  /** The legal texts the rule rests on, as cited in reports. */
  legal: readonly string[];
  examples: { bad: ExampleFiles; good: ExampleFiles };
}

export interface ReportInput<D> {
  data: D;
  target: Target;
  procedure?: string | undefined;
  agency?: string | undefined;
  related?: Target[] | undefined;
}

export interface RuleContext<M extends Record<string, object>, O> {
  catalog: Catalog;
  lookup: CatalogLookup;
  config: CatalogFile | undefined;
  /** The date rules use for "in force" (catalog `as_of`, default today), ISO. */
  asOf: string;
  options: O;
  /**
   * What the suppressions silenced: set only for rules of the `suppression` group, which the
   * engine runs after every other rule (see runRules).
   */
  suppression?: SuppressionOutcome;
  report<K extends keyof M & string>(message: K, input: ReportInput<M[K]>): void;
}

export interface RuleDefinition<M extends Record<string, object>, O> {
  id: string;
  group: RuleGroup;
  severity: Severity;
  docs: RuleDocs;
  messages: { [K in keyof M]: Message<M[K]> };
  /** Options read from catalog.yaml `rules.<id>`, with their defaults. */
  options?: z.ZodType<O>;
  check(ctx: RuleContext<M, O>): void;
}

/** A rule with its types erased, as the registry holds it. */
export interface Rule {
  id: string;
  group: RuleGroup;
  severity: Severity;
  docs: RuleDocs;
  messages: Record<string, Message<MessageData>>;
  options?: z.ZodType;
  check(ctx: RuleContext<Record<string, MessageData>, unknown>): void;
}

export function defineRule<M extends Record<string, object>, O = Record<string, never>>(definition: RuleDefinition<M, O>): Rule {
  return definition as unknown as Rule;
}

/** Words a report in the given language. */
export function wordReport(rule: Rule, report: Report, locale: keyof Localized): string {
  const message = rule.messages[report.message];
  if (!message) throw new Error(`rule ${rule.id} has no message "${report.message}"`);
  return message[locale](report.data);
}
