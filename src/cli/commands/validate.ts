/** `tthc validate [dir]`: schema, ref, legal and suppression rules. */
import type { CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';
import { runRuleCommand, type RuleCommandOptions } from '../rule-command.js';

export function validate(dir: string | undefined, options: RuleCommandOptions, io: CliIO): Promise<CommandResult> {
  return runRuleCommand('validate', dir, options, io);
}
