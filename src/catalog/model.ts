/** The loaded catalog: validated values, each with the file and path it came from. */
import type { Report } from '../rules/report.js';
import type {
  Agency,
  CatalogFile,
  DataSource,
  Evidence,
  ImplementationFile,
  Kind,
  LegalDocument,
  ProcedureFile,
  ProposalFile,
  Suppression,
} from './schema/kinds.js';
import type { Path, SourceFile } from './source.js';

export interface Located<T> {
  value: T;
  file: string;
  /**
   * Path of the value's node inside the loaded value of its file (empty for a whole-file
   * value). When a list file lost broken entries, list indices count the kept entries only;
   * the engine turns reported paths back into file paths (`SourceFile.filePath`).
   */
  path: Path;
}

export interface CatalogFileInfo {
  file: string;
  kind: Kind | undefined;
  /** The file's content passed its schema as a whole. */
  valid: boolean;
}

export interface Catalog {
  /** Directory name shown in output (as given by the user). */
  root: string;
  sources: Map<string, SourceFile>;
  files: CatalogFileInfo[];
  config: Located<CatalogFile> | undefined;
  agencies: Located<Agency>[];
  legal: Located<LegalDocument>[];
  dataSources: Located<DataSource>[];
  evidence: Located<Evidence>[];
  procedures: Located<ProcedureFile>[];
  implementations: Located<ImplementationFile>[];
  proposals: Located<ProposalFile>[];
  suppressions: Located<Suppression>[];
  /**
   * Ids seen in files or entries that failed validation: they exist for the user, so
   * references to them are not reported again as dangling.
   */
  invalidIds: { procedures: Set<string>; agencies: Set<string>; legal: Set<string>; sources: Set<string>; evidence: Set<string> };
  /** Findings of the loader itself (schema/*), forwarded by the schema rules. */
  diagnostics: Report[];
}
