/**
 * `tthc new procedure|implementation|proposal [dir]`: guided authoring. Each kind is its own
 * module; `proposal` lives in new-proposal.ts, which may be absent from a build.
 */
import { messages } from '../../i18n/locale.js';
import { fail, type CommandResult } from '../failure.js';
import type { CliIO } from '../io.js';

export const NEW_KINDS = ['procedure', 'implementation', 'proposal'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface NewOptions {
  lang?: string;
}

type NewFn = (dir: string | undefined, options: NewOptions, io: CliIO) => Promise<CommandResult>;

const text = messages(
  { unavailable: (kind: string) => `"tthc new ${kind}" chưa có trong phiên bản này` },
  { unavailable: (kind: string) => `"tthc new ${kind}" is not available in this version` },
);

// A variable specifier: the module may not exist in this build, and the compiler must not require it.
const PROPOSAL_MODULE = './new-proposal.js';

async function proposalModule(): Promise<NewFn | undefined> {
  try {
    const m = (await import(PROPOSAL_MODULE)) as { newProposal?: NewFn };
    return typeof m.newProposal === 'function' ? m.newProposal : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

export async function newCommand(kind: NewKind, dir: string | undefined, options: NewOptions, io: CliIO): Promise<CommandResult> {
  switch (kind) {
    case 'procedure':
      return (await import('./new-procedure.js')).newProcedure(dir, options, io);
    case 'implementation':
      return (await import('./new-implementation.js')).newImplementation(dir, options, io);
    case 'proposal': {
      const run = await proposalModule();
      if (run === undefined) return fail('not-available', text[options.lang === 'en' ? 'en' : 'vi'].unavailable(kind));
      return run(dir, options, io);
    }
  }
}
