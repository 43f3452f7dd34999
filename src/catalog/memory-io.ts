/** The reading interface of the loader, and an in-memory catalog for tests and rule examples. */

export interface CatalogIO {
  /** Every `.yaml`/`.yml` file below the root, relative with `/`, sorted. */
  list(): Promise<string[]>;
  read(file: string): Promise<Uint8Array>;
  /**
   * Size, times and inode, to tell an unchanged file without reading it (undefined: unknown).
   * Synchronous: it is asked for every file of the catalog before anything else happens.
   */
  stat?(file: string): FileStamp | undefined;
}

export interface FileStamp {
  size: number;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
}

export const YAML_FILE = /\.ya?ml$/i;

/** A catalog file name: YAML, and not a dot-file (.gitlab-ci.yml and other tools' settings). */
export function isCatalogFileName(name: string): boolean {
  return YAML_FILE.test(name) && !name.startsWith('.');
}

/** Directories never searched: dot-directories (.git, .github) and dependencies. */
export function skipDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export class MemoryIO implements CatalogIO {
  private readonly files: Map<string, Uint8Array>;

  constructor(files: Record<string, string | Uint8Array>) {
    const enc = new TextEncoder();
    this.files = new Map(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? enc.encode(v) : v]));
  }

  list(): Promise<string[]> {
    return Promise.resolve([...this.files.keys()].filter((f) => isCatalogFileName(f.split('/').pop() ?? f) && !f.split('/').slice(0, -1).some(skipDirectory)).sort());
  }

  read(file: string): Promise<Uint8Array> {
    const bytes = this.files.get(file);
    return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no such file: ${file}`));
  }
}
