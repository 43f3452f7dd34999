/** `tthc review [dir]`: validate + simplify + proposal rules, with the cost of each procedure. */
import { catalogCost } from '../../cost/index.js';
import type { CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { runRuleCommand, type RuleCommandOptions } from '../rule-command.js';
import { costAppendix, costsJson } from './cost-text.js';

export function review(dir: string | undefined, options: RuleCommandOptions, io: CliIO): Promise<CommandResult> {
  return runRuleCommand('review', dir, options, io, (run) => {
    const cost = catalogCost(run.catalog);
    return Promise.resolve({ extra: { costs: costsJson(cost) }, appendix: costAppendix(cost, run.locale, options.quiet === true) });
  });
}
