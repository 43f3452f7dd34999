/**
 * `tthc audit [dir] [-o out/]`: every rule, the findings in `--format` on stdout (or
 * `--output`), and the report workbook `audit.xlsx` (spec/reports.md) in the output directory.
 * The workbook is regenerated on every run, so replacing it is expected (atomically).
 */
import { join, relative, resolve } from 'node:path';
import { counted, messages } from '../../i18n/locale.js';
import { ui } from '../../i18n/index.js';
import { workbookCosts } from '../../report/excel/costs.js';
import { gitCommit } from '../../report/excel/git.js';
import { auditWorkbook } from '../../report/excel/workbooks.js';
import { writeWorkbook } from '../../report/excel/writer.js';
import { TOOL } from '../../version.js';
import { fail, type CommandResult, type Failure } from '../failure.js';
import type { CliIO } from '../io.js';
import { runRuleCommand, type RuleCommandOptions } from '../rule-command.js';

export interface AuditOptions extends RuleCommandOptions {
  /** Directory that receives audit.xlsx (default ./out). */
  outDir?: string;
}

export const AUDIT_FILE = 'audit.xlsx';
export const DEFAULT_OUT_DIR = 'out';

const t = messages(
  {
    written: (file: string, sheets: number) => `Đã ghi báo cáo ${file} (${sheets} trang tính)`,
    noCosts: 'catalog.yaml chưa có tham số chi phí (cost:): trang "Đề xuất đơn giản hóa" và "Chi phí tuân thủ" để trống phần chi phí.',
  },
  {
    written: (file, sheets) => `Wrote the report ${file} (${counted(sheets, 'sheet')})`,
    noCosts: 'catalog.yaml has no cost parameters (cost:): the plan and cost sheets leave the costs empty.',
  },
);

export async function audit(dir: string | undefined, options: AuditOptions, io: CliIO): Promise<CommandResult> {
  let failure: Failure | undefined;
  const result = await runRuleCommand('audit', dir, options, io, async (run) => {
    const costs = workbookCosts(run.catalog);
    const commit = await gitCommit(run.dir.absolute);
    const selection = { rules: options.rule ?? [], changedSince: options.changed };
    const model = auditWorkbook({ catalog: run.catalog, findings: run.vietnamese(), costs, tool: TOOL, commit, generated: io.now(), selection });
    const target = join(resolve(io.cwd, options.outDir ?? DEFAULT_OUT_DIR), AUDIT_FILE);
    const rel = relative(io.cwd, target).split('\\').join('/');
    const shown = rel === '' || rel.startsWith('..') ? target : rel;
    try {
      await writeWorkbook(target, model);
    } catch (error) {
      failure = fail('write-failed', ui(run.locale).errors.writeFailed(shown, (error as Error).message));
      return undefined;
    }
    const lines = [t[run.locale].written(shown, model.sheets.length)];
    if (costs === undefined) lines.push(t[run.locale].noCosts);
    return { appendix: `${lines.join('\n')}\n`, extra: { workbook: shown } };
  });
  return failure ?? result;
}
