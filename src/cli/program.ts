/**
 * The command line: commander definitions only. Each command's module is imported when the
 * command runs, so `tthc --help` and `tthc --version` load nothing heavy.
 */
import { Argument, Command, Help, Option } from 'commander';
import { TOOL } from '../version.js';
import { fail, type CommandResult } from './failure.js';
import type { CliIO } from './io.js';
import { localizeUsageError } from './usage-errors.js';
import type { AuditOptions } from './commands/audit.js';
import type { ExportOptions } from './commands/export.js';
import type { ImportOptions } from './commands/import.js';
import type { RuleCommandOptions } from './rule-command.js';

type Lang = 'vi' | 'en';
type Run = (result: Promise<CommandResult>) => void;
/** A `tthc new <kind>` command: asks, validates, writes one file. */
type NewCommand = (dir: string | undefined, options: { lang?: Lang }, io: CliIO) => Promise<CommandResult>;

const text = {
  vi: {
    description: 'Kiểm soát thủ tục hành chính: kiểm tra danh mục TTHC, tính thống nhất giữa các cơ quan, chi phí tuân thủ, báo cáo Excel',
    dir: 'thư mục danh mục (mặc định: ./catalog nếu có, nếu không là thư mục hiện tại)',
    format: 'định dạng kết quả',
    output: 'ghi kết quả ra tệp thay vì màn hình',
    failOn: 'mức độ thấp nhất làm lệnh trả mã thoát 1',
    changed: 'chỉ báo phát hiện trong các tệp đã đổi kể từ phiên bản git này (và hệ quả ở tệp khác)',
    rule: 'chỉ chạy quy tắc này (lặp lại được)',
    lang: 'ngôn ngữ thông báo (mặc định theo locale trong catalog.yaml)',
    quiet: 'chỉ in dòng tổng hợp',
    suppressAll: 'ghi mọi phát hiện hiện có vào suppressions.yaml (khi bắt đầu dùng công cụ cho danh mục cũ)',
    reason: 'lý do ghi vào các mục bỏ qua (--suppress-all); không có thì hỏi',
    until: 'hạn của các mục bỏ qua, YYYY-MM-DD (mặc định: 6 tháng kể từ hôm nay)',
    noCache: 'không dùng bộ nhớ đệm (.tthc-cache/), đọc lại mọi tệp',
    debug: 'in chi tiết lỗi nội bộ (stack trace)',
    validate: 'kiểm tra định dạng, tham chiếu, căn cứ pháp lý',
    check: 'như validate, thêm so sánh thực tế thực hiện giữa các cơ quan và số liệu giải quyết hồ sơ',
    review: 'rà soát, đơn giản hóa: kiểm tra + ứng viên đơn giản hóa, phương án và chi phí tuân thủ',
    cost: 'tính chi phí tuân thủ của một thủ tục, từng khoản, trước và sau từng phương án',
    code: 'mã thủ tục, ví dụ 1.001193',
    costFormat: 'định dạng kết quả (stylish hoặc json)',
    new: 'soạn tệp mới có hướng dẫn: procedure (thủ tục), implementation (thực tế thực hiện của một cơ quan), proposal (phương án đơn giản hóa)',
    newKind: 'loại tệp: procedure, implementation hoặc proposal',
    rules: 'liệt kê các quy tắc, hoặc xem trang của một quy tắc',
    ruleId: 'mã quy tắc, ví dụ legal/repealed-basis',
    audit: 'chạy mọi quy tắc và ghi báo cáo Excel audit.xlsx',
    outDir: 'thư mục ghi audit.xlsx (mặc định: ./out)',
    export: 'ghi một báo cáo Excel: catalog, findings, plan hoặc stats',
    exportReport: 'báo cáo: catalog, findings, plan, stats',
    exportOutput: 'tệp Excel cần ghi (mặc định: <báo cáo>.xlsx)',
    force: 'ghi đè tệp đã có',
    import: 'tạo tệp thủ tục từ danh mục TTHC dạng Excel của tỉnh',
    importFile: 'tệp Excel (.xlsx)',
    importForce: 'ghi đè các tệp thủ tục đã có',
    version: 'in phiên bản',
    help: 'hiển thị hướng dẫn',
    helpCommand: 'hiển thị hướng dẫn của một lệnh',
    diff: 'so sánh hai phiên bản danh mục (phiên bản git hoặc hai thư mục) và chiều gánh nặng của từng thay đổi',
    diffBase: 'phiên bản gốc: nhánh, thẻ, commit — hoặc thư mục',
    diffHead: 'phiên bản mới (mặc định: thư mục làm việc) — hoặc thư mục',
    diffFormat: 'định dạng: stylish, json, markdown (cho bình luận pull request)',
    failOnBurden: 'trả mã thoát 1 khi có thay đổi làm tăng gánh nặng',
    fmt: 'định dạng các tệp danh mục: thứ tự khóa chuẩn, Unicode NFC, mã thủ tục trong dấu nháy; giữ chú thích',
    fmtCheck: 'không ghi gì; trả mã thoát 1 và liệt kê các tệp cần định dạng lại',
    init: 'tạo danh mục mới (khung tệp, lược đồ cho trình soạn thảo, quy trình CI GitHub/GitLab)',
    initName: 'tên địa phương, ví dụ "Tỉnh Thanh Hóa"',
    initCode: 'mã địa phương, ví dụ H56',
    initAuthority: 'cơ quan ban hành, ví dụ "Ủy ban nhân dân tỉnh Thanh Hóa"',
    noCi: 'không tạo tệp CI',
    schema: 'JSON Schema của mọi loại tệp danh mục, cho trình soạn thảo (yaml-language-server)',
    schemaOut: 'ghi mỗi loại một tệp .json vào thư mục này (không có: in một lược đồ gộp ra màn hình)',
  },
  en: {
    description: 'Administrative-procedure control: validate the procedure catalog, check consistency across agencies, compliance cost, Excel reports',
    dir: 'catalog directory (default: ./catalog when it exists, else the current directory)',
    format: 'output format',
    output: 'write the output to a file instead of the screen',
    failOn: 'lowest severity that makes the command exit 1',
    changed: 'only report findings in files changed since this git revision (and what they cause elsewhere)',
    rule: 'run only this rule (repeatable)',
    lang: 'message language (default: locale in catalog.yaml)',
    quiet: 'print the summary line only',
    suppressAll: 'write every current finding into suppressions.yaml (adopting the tool on a legacy catalog)',
    reason: 'reason written into the suppressions (--suppress-all); asked when absent',
    until: 'date the suppressions last until, YYYY-MM-DD (default: six months from today)',
    noCache: 'do not use the cache (.tthc-cache/); read every file afresh',
    debug: 'print internal errors in full (stack trace)',
    validate: 'check format, references and legal basis',
    check: 'validate, plus practice compared across agencies and dossier statistics',
    review: 'simplification review: validate + simplification candidates, proposals and compliance cost',
    cost: 'the compliance cost of one procedure, term by term, before and after each proposal',
    code: 'procedure code, e.g. 1.001193',
    costFormat: 'output format (stylish or json)',
    new: 'guided authoring of a new file: procedure, implementation (practice of one agency), proposal (simplification)',
    newKind: 'kind of file: procedure, implementation or proposal',
    rules: 'list the rules, or show one rule\'s page',
    ruleId: 'rule id, e.g. legal/repealed-basis',
    audit: 'run every rule and write the Excel report audit.xlsx',
    outDir: 'directory that receives audit.xlsx (default: ./out)',
    export: 'write one Excel report: catalog, findings, plan or stats',
    exportReport: 'report: catalog, findings, plan, stats',
    exportOutput: 'Excel file to write (default: <report>.xlsx)',
    force: 'overwrite an existing file',
    import: 'create procedure files from a province-style Excel list',
    importFile: 'Excel file (.xlsx)',
    importForce: 'overwrite existing procedure files',
    version: 'print the version',
    help: 'display help',
    helpCommand: 'display help for a command',
    diff: 'compare two versions of the catalog (git revisions or two directories) with the burden direction of each change',
    diffBase: 'base version: branch, tag, commit — or a directory',
    diffHead: 'new version (default: the work tree) — or a directory',
    diffFormat: 'format: stylish, json, markdown (for a pull-request comment)',
    failOnBurden: 'exit 1 when a change raises the burden',
    fmt: 'format the catalog files: canonical key order, Unicode NFC, quoted procedure codes; comments kept',
    fmtCheck: 'write nothing; exit 1 listing the files that would change',
    init: 'create a new catalog (file skeleton, editor schemas, GitHub/GitLab CI workflows)',
    initName: 'name of the province, e.g. "Tỉnh Thanh Hóa"',
    initCode: 'code of the province, e.g. H56',
    initAuthority: 'issuing authority, e.g. "Ủy ban nhân dân tỉnh Thanh Hóa"',
    noCi: 'do not write CI files',
    schema: 'JSON Schema of every kind of catalog file, for editors (yaml-language-server)',
    schemaOut: 'write one .json file per kind into this directory (without: print one combined schema)',
  },
} satisfies Record<Lang, Record<string, string>>;

export type ProgramText = (typeof text)['vi'];

/** Options shared by the rule commands (spec/cli.md). */
export function addRuleOptions(cmd: Command, t: ProgramText, outputFlags = '-o, --output <file>'): Command {
  return cmd
    .argument('[dir]', t.dir)
    .addOption(new Option('-f, --format <format>', t.format).choices(['stylish', 'json', 'sarif', 'github', 'junit']).default('stylish'))
    .option(outputFlags, t.output)
    .addOption(new Option('--fail-on <severity>', t.failOn).choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--changed <rev>', t.changed)
    .option('--rule <id>', t.rule, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .option('-q, --quiet', t.quiet)
    .option('--suppress-all', t.suppressAll)
    .option('--reason <text>', t.reason)
    .option('--until <date>', t.until)
    .option('--no-cache', t.noCache);
}

/** The output of an identical earlier run when there is one (replay.ts), else the command itself. */
async function replayOr(command: 'validate' | 'check' | 'review', dir: string | undefined, options: RuleCommandOptions, io: CliIO, full: () => Promise<CommandResult>): Promise<CommandResult> {
  const { replay } = await import('./replay.js');
  return (await replay(command, dir, options, io)) ?? full();
}

/** commander's help titles and the "(choices: …, default: …)" of options, in Vietnamese. */
const HELP_TITLES_VI: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Arguments:': 'Tham số:', 'Commands:': 'Lệnh:', 'Global Options:': 'Tùy chọn chung:' };
const HELP_EXTRAS_VI = (described: string) => described.replace(/([(,] )?\b(choices|default): /g, (_m, lead: string | undefined, word: string) => `${lead ?? ''}${word === 'choices' ? 'chọn' : 'mặc định'}: `);

function helpIn(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  const base = new Help();
  return {
    styleTitle: (title: string) => HELP_TITLES_VI[title] ?? title,
    optionDescription: (option: Option) => HELP_EXTRAS_VI(base.optionDescription(option)),
    argumentDescription: (argument: Argument) => HELP_EXTRAS_VI(base.argumentDescription(argument)),
  };
}

export function buildProgram(io: CliIO, lang: Lang, run: Run): Command {
  const output = { writeOut: (s: string) => { io.stdout.write(s); }, writeErr: (s: string) => { io.stderr.write(localizeUsageError(s, lang)); } };
  const t = text[lang];
  const program = new Command('tthc')
    .description(t.description)
    .version(TOOL.version, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .option('--debug', t.debug)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output)
    .configureHelp(helpIn(lang));

  addRuleOptions(program.command('validate').description(t.validate), t).action((dir: string | undefined, options: RuleCommandOptions) => {
    run(replayOr('validate', dir, options, io, () => import('./commands/validate.js').then((m) => m.validate(dir, options, io))));
  });

  addRuleOptions(program.command('check').description(t.check), t).action((dir: string | undefined, options: RuleCommandOptions) => {
    run(replayOr('check', dir, options, io, () => import('./commands/check.js').then((m) => m.check(dir, options, io))));
  });
  // audit's -o is the output directory of the workbook; the findings file keeps --output.
  addRuleOptions(program.command('audit').description(t.audit), t, '--output <file>')
    .option('-o, --out-dir <dir>', t.outDir)
    .action((dir: string | undefined, options: AuditOptions) => {
      run(import('./commands/audit.js').then((m) => m.audit(dir, options, io)));
    });

  program
    .command('export')
    .description(t.export)
    .addArgument(new Argument('<report>', t.exportReport).choices(['catalog', 'findings', 'plan', 'stats']))
    .argument('[dir]', t.dir)
    .option('-o, --output <file>', t.exportOutput)
    .option('--force', t.force)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((report: string, dir: string | undefined, options: ExportOptions) => {
      run(import('./commands/export.js').then((m) => m.exportReport(report, dir, options, io)));
    });

  program
    .command('import')
    .description(t.import)
    .argument('<file>', t.importFile)
    .argument('[dir]', t.dir)
    .option('--force', t.importForce)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((file: string, dir: string | undefined, options: ImportOptions) => {
      run(import('./commands/import.js').then((m) => m.importList(file, dir, options, io)));
    });

  addRuleOptions(program.command('review').description(t.review), t).action((dir: string | undefined, options: RuleCommandOptions) => {
    run(replayOr('review', dir, options, io, () => import('./commands/review.js').then((m) => m.review(dir, options, io))));
  });

  program
    .command('cost')
    .description(t.cost)
    .argument('<code>', t.code)
    .argument('[dir]', t.dir)
    .addOption(new Option('-f, --format <format>', t.costFormat).choices(['stylish', 'json']).default('stylish'))
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((code: string, dir: string | undefined, options: { format?: string; lang?: Lang }) => {
      run(import('./commands/cost.js').then((m) => m.cost(code, dir, options, io)));
    });

  // One command per kind of file to author; each kind lives in its own module.
  const NEW_KINDS = {
    procedure: () => import('./commands/new-procedure.js').then((m) => m.newProcedure),
    implementation: () => import('./commands/new-implementation.js').then((m): NewCommand => m.newImplementation),
    proposal: () => import('./commands/new-proposal.js').then((m): NewCommand => (dir, options, cliIO) => m.newProposal(dir, options, cliIO, cliIO.prompts)),
  } as const;
  program
    .command('new')
    .description(t.new)
    .argument('<kind>', t.newKind)
    .argument('[dir]', t.dir)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((kind: string, dir: string | undefined, options: { lang?: Lang }) => {
      const load = (NEW_KINDS as Record<string, (() => Promise<NewCommand>) | undefined>)[kind];
      if (load === undefined) {
        run(Promise.resolve(fail('unknown-kind', lang === 'vi' ? `Không tạo được loại "${kind}"; chọn: ${Object.keys(NEW_KINDS).join(', ')}` : `Cannot create "${kind}"; choose: ${Object.keys(NEW_KINDS).join(', ')}`)));
        return;
      }
      run(load().then((command) => command(dir, options, io)));
    });

  program
    .command('rules')
    .description(t.rules)
    .argument('[id]', t.ruleId)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((id: string | undefined, options: { lang?: Lang }) => {
      run(import('./commands/rules.js').then((m) => m.rules(id, options, io)));
    });

  program
    .command('diff')
    .description(t.diff)
    .argument('<base>', t.diffBase)
    .argument('[head]', t.diffHead)
    .argument('[dir]', t.dir)
    .addOption(new Option('-f, --format <format>', t.diffFormat).choices(['stylish', 'json', 'markdown']).default('stylish'))
    .option('-o, --output <file>', t.output)
    .option('--fail-on-burden', t.failOnBurden)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((base: string, head: string | undefined, dir: string | undefined, options: { format?: string; output?: string; failOnBurden?: boolean; lang?: string }) => {
      run(import('./commands/diff.js').then((m) => m.diff(base, head, dir, options, io)));
    });

  program
    .command('fmt')
    .description(t.fmt)
    .argument('[dir]', t.dir)
    .option('--check', t.fmtCheck)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((dir: string | undefined, options: { check?: boolean; lang?: string }) => {
      run(import('./commands/fmt.js').then((m) => m.fmt(dir, options, io)));
    });

  program
    .command('schema')
    .description(t.schema)
    .option('-o, --output <dir>', t.schemaOut)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((options: { output?: string; lang?: string }) => {
      run(import('./commands/schema.js').then((m) => m.schema(options, io)));
    });

  program
    .command('init')
    .description(t.init)
    .argument('[dir]', t.dir)
    .option('--name <name>', t.initName)
    .option('--code <code>', t.initCode)
    .option('--authority <name>', t.initAuthority)
    .option('--no-ci', t.noCi)
    .option('--force', t.force)
    .addOption(new Option('--lang <lang>', t.lang).choices(['vi', 'en']))
    .action((dir: string | undefined, options: { name?: string; code?: string; authority?: string; ci?: boolean; force?: boolean; lang?: string }) => {
      run(import('./commands/init.js').then((m) => m.init(dir, options, io)));
    });

  for (const cmd of program.commands) cmd.exitOverride().configureOutput(output);
  return program;
}
