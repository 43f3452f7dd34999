/**
 * Whether stdout is coloured. chalk detects terminals and FORCE_COLOR but does not read
 * NO_COLOR (no-color.org), which spec/cli.md promises: a non-empty NO_COLOR turns colour off
 * unless FORCE_COLOR asks for it. Pure, so that the rule is testable without a terminal.
 */
export type ColorRequest = 'forced' | 'off' | 'auto';

export function colorRequest(env: Record<string, string | undefined>): ColorRequest {
  // FORCE_COLOR=0 is forced too: chalk reads it as "level 0", which is off.
  if (env.FORCE_COLOR !== undefined) return 'forced';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 'off';
  return 'auto';
}
