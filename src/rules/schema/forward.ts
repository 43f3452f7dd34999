/** Schema rules report what the loader found; this hands the loader's reports to the engine. */
import type { RuleContext } from '../rule.js';

export function forwardDiagnostics(id: string, ctx: RuleContext<Record<string, object>, unknown>): void {
  for (const d of ctx.catalog.diagnostics) {
    if (d.rule !== id) continue;
    ctx.report(d.message, { data: d.data, target: d.target, procedure: d.procedure, agency: d.agency, related: d.related });
  }
}
