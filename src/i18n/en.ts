/** English interface text; typed against the Vietnamese table so both stay in step. */
import { counted, type Widen } from './locale.js';
import type { UiMessages } from './vi.js';

export const en: Widen<UiMessages> = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityPlural: { error: 'errors', warning: 'warnings', info: 'infos' },
  summary: (e, w, i, files) => `${counted(e, 'error')}, ${counted(w, 'warning')}, ${i} info in ${counted(files, 'file')}`,
  clean: (files) => `No findings (${counted(files, 'file')})`,
  moreInFile: (n) => `… and ${counted(n, 'more finding')} in this file`,
  errors: {
    missingDirectory: (dir) => `Catalog directory "${dir}" not found`,
    notDirectory: (dir) => `"${dir}" is not a directory`,
    noCatalogFiles: (dir) => `Directory "${dir}" holds no catalog files (*.yaml); run "tthc init ${dir}" to start one`,
    badFormat: (value, allowed) => `Unsupported format "${value}"; choose one of: ${allowed}`,
    badFailOn: (value) => `Invalid --fail-on "${value}"; choose error, warning, info or never`,
    badLang: (value) => `Invalid --lang "${value}"; choose vi or en`,
    unknownRule: (id, suggestion) => `No rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; see "tthc rules"`,
    ruleNotRun: (id, command, commands) => `"tthc ${command}" does not run rule ${id}; it is run by ${commands}`,
    outputExists: (file) => `"${file}" already exists; add --force to overwrite it`,
    writeFailed: (file, reason) => `Could not write "${file}": ${reason}`,
    internal: (message) => `Internal error in tthc (a fault of the tool, not of the catalog): ${message} — run again with --debug for details and include them in a bug report`,
    notImplemented: (command) => `Command "${command}" is not available in this version`,
  },
  rules: {
    heading: 'Rules',
    columns: { id: 'Rule', severity: 'Severity', summary: 'Checks' },
    legal: 'Legal ground',
    noLegal: 'A rule of the file format, not based on a legal text.',
    badExample: 'Failing example',
    goodExample: 'Passing example',
    fires: 'Result',
    defaultSeverity: 'Default severity',
    configure: (id, other) => `Change it in catalog.yaml:  rules: { ${id}: ${other} }  (error, warning, info, or off to turn it off)`,
    binaryFile: (encoding) => `(binary file, ${encoding})`,
    count: (n) => `${counted(n, 'rule')}. Details: tthc rules <id>`,
  },
  written: (file) => `Wrote ${file}`,
};
