/**
 * Expected failures are values: a command returns one instead of throwing, and `execute`
 * prints its one-line message and exits 2. Only bugs throw.
 */
export interface Failure {
  failure: true;
  /** Stable code for scripts and tests. */
  code: string;
  message: string;
  exitCode: 2;
}

export function fail(code: string, message: string): Failure {
  return { failure: true, code, message, exitCode: 2 };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { failure?: unknown }).failure === true;
}

export type CommandResult = number | Failure;
