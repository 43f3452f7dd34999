/**
 * `tthc export catalog|findings|plan|stats [dir] -o file.xlsx`: one workbook, styled like
 * audit.xlsx. Never replaces an existing file without `--force`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ui } from '../../i18n/index.js';
import { messages } from '../../i18n/locale.js';
import { runRules, toFindings } from '../../rules/engine.js';
import { COMMAND_GROUPS, RULES } from '../../rules/registry.js';
import type { Finding } from '../../rules/report.js';
import { workbookCosts } from '../../report/excel/costs.js';
import { gitCommit } from '../../report/excel/git.js';
import { EXPORT_REPORTS, exportWorkbook, isExportReport } from '../../report/excel/workbooks.js';
import { writeWorkbook } from '../../report/excel/writer.js';
import { TOOL } from '../../version.js';
import { openCatalog } from '../catalog-dir.js';
import { fail, type CommandResult } from '../failure.js';
import { isoDate, type CliIO } from '../io.js';
import { parseLocale } from '../rule-command.js';

export interface ExportOptions {
  output?: string;
  force?: boolean;
  lang?: string;
}

const t = messages(
  {
    badReport: (value: string, allowed: string) => `Không có báo cáo "${value}"; chọn một trong: ${allowed}`,
    notXlsx: (file: string) => `"${file}": báo cáo là tệp Excel, tên tệp phải có đuôi .xlsx`,
  },
  {
    badReport: (value, allowed) => `There is no report "${value}"; choose one of: ${allowed}`,
    notXlsx: (file) => `"${file}": the report is an Excel workbook; its name must end in .xlsx`,
  },
);

export async function exportReport(report: string, dir: string | undefined, options: ExportOptions, io: CliIO): Promise<CommandResult> {
  const early = parseLocale(options.lang, 'vi');
  if (early === undefined) return fail('bad-option', ui('vi').errors.badLang(options.lang ?? ''));
  if (!isExportReport(report)) return fail('bad-option', t[early].badReport(report, EXPORT_REPORTS.join(', ')));
  const output = options.output ?? `${report}.xlsx`;
  // A workbook saved as .csv or .pdf opens as garbage, or not at all.
  if (!/\.xlsx$/i.test(output)) return fail('bad-option', t[early].notXlsx(output));
  const target = resolve(io.cwd, output);
  const force = options.force === true;
  // Checked before the catalog is read: the answer does not depend on it.
  if (!force && existsSync(target)) return fail('output-exists', ui(early).errors.outputExists(output));

  const opened = await openCatalog(dir, io, early);
  if ('failure' in opened) return opened;
  const { catalog } = opened;
  const locale = parseLocale(options.lang, catalog.config?.value.locale ?? 'vi') ?? 'vi';

  let findings: Finding[] = [];
  if (report === 'findings' || report === 'plan') {
    const engine = runRules(catalog, RULES, { groups: COMMAND_GROUPS.audit, only: [], today: isoDate(io.now()) });
    findings = toFindings(catalog, engine.reports, RULES, locale);
  }
  const costs = report === 'plan' ? workbookCosts(catalog) : undefined;
  const commit = await gitCommit(opened.dir.absolute);
  const model = exportWorkbook(report, { catalog, findings, costs, tool: TOOL, commit, generated: io.now() });
  try {
    await writeWorkbook(target, model, { exclusive: !force });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return fail('output-exists', ui(locale).errors.outputExists(output));
    return fail('write-failed', ui(locale).errors.writeFailed(output, (error as Error).message));
  }
  io.stdout.write(`${ui(locale).written(output)}\n`);
  return 0;
}
