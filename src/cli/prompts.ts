/**
 * The interactive prompts a command may ask, as an interface: the CLI passes inquirer's,
 * tests pass scripted answers. Commands never import inquirer themselves.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
  disabled?: boolean | string;
}

export interface Prompts {
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(options: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  /** A searchable list: `source` filters the choices as the user types. */
  search<T>(options: { message: string; source: (term: string | undefined) => readonly Choice<T>[] }): Promise<T>;
  checkbox<T>(options: { message: string; choices: readonly Choice<T>[]; validate?: (values: readonly T[]) => true | string }): Promise<T[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

/** Raised (by inquirer, or by scripted prompts) when the user cancels with Ctrl+C. */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError' || error.name === 'PromptCancel');
}

/** inquirer's prompts, loaded only when a command asks (inquirer takes ~0.3 s to import). */
export async function inquirerPrompts(): Promise<Prompts> {
  const p = await import('@inquirer/prompts');
  return {
    input: (o) => p.input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) }),
    select: (o) => p.select({ message: o.message, choices: o.choices.map((c) => ({ ...c })), ...(o.default !== undefined ? { default: o.default } : {}) }),
    search: (o) => p.search({ message: o.message, source: (term) => o.source(term).map((c) => ({ ...c })) }),
    checkbox: (o) => p.checkbox({ message: o.message, choices: o.choices.map((c) => ({ ...c })), ...(o.validate ? { validate: (items) => o.validate?.(items.map((i) => i.value)) ?? true } : {}) }),
    confirm: (o) => p.confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }),
  };
}

/** Scripted answers for tests: each call takes the next answer; running out is a cancel. */
export function scriptedPrompts(answers: unknown[]): Prompts & { asked: string[] } {
  const asked: string[] = [];
  const next = <T>(message: string): Promise<T> => {
    asked.push(message);
    if (answers.length === 0) {
      const e = new Error('cancelled');
      e.name = 'PromptCancel';
      return Promise.reject(e);
    }
    return Promise.resolve(answers.shift() as T);
  };
  return {
    asked,
    input: async (o) => {
      const v = await next<string>(o.message);
      const ok = o.validate?.(v) ?? true;
      if (ok !== true) throw new Error(`invalid answer "${v}" to "${o.message}": ${ok}`);
      return v;
    },
    select: (o) => next(o.message),
    search: (o) => next(o.message),
    checkbox: (o) => next(o.message),
    confirm: (o) => next(o.message),
  };
}
