/**
 * `npm run bench`: times the built CLI as whole processes against a floor measured in the same
 * run (bench/floor.mjs: one thread reading and parsing the same files with js-yaml), prints
 * the ratios and writes bench/RESULTS.md. Timings are never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZES, generateCatalog, writeCatalog } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'tthc.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample { seconds: number; rssMiB: number | undefined; code: number }

/** One process, timed from outside; peak RSS from GNU time when present. */
function run(args: string[]): Sample {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const kb = TIME ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1]) : NaN;
  return { seconds, rssMiB: Number.isFinite(kb) ? kb / 1024 : undefined, code: r.status ?? -1 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function measure(args: string[], before?: () => void): { seconds: number; rssMiB: number | undefined } {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    samples.push(run(args));
  }
  const failed = samples.find((s) => s.code !== 0 && s.code !== 1);
  if (failed) throw new Error(`${args.join(' ')} exited with ${String(failed.code)}`);
  const rss = samples.map((s) => s.rssMiB).filter((x): x is number => x !== undefined);
  return { seconds: median(samples.map((s) => s.seconds)), rssMiB: rss.length > 0 ? Math.max(...rss) : undefined };
}

/** Whether the built CLI has `command`: its help exits 0 and is that command's (not the program's). */
function has(command: string): boolean {
  // Help in English whatever the default language, so that its usage line can be recognised.
  const r = spawnSync(process.execPath, [BIN, command, '--help', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes(`Usage: tthc ${command} `);
}

interface Row { name: string; seconds?: number; floor: number; ratio?: number; target: string; rssMiB?: number | undefined; pass?: boolean; note?: string }

async function main(): Promise<void> {
  const dirs: Record<string, string> = {};
  for (const size of [SIZES.province, SIZES.national]) {
    const dir = join(ROOT, 'bench', 'out', size.name);
    if (!existsSync(join(dir, 'catalog.yaml'))) await writeCatalog(dir, generateCatalog(size));
    dirs[size.name] = dir;
  }
  const province = dirs.province ?? '';
  const national = dirs.national ?? '';
  const check = has('check') ? 'check' : 'validate';
  const audit = has('audit');
  const clear = (dir: string) => () => { rmSync(join(dir, '.tthc-cache'), { recursive: true, force: true }); };
  const out = mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  const rows: Row[] = [];
  const node0 = measure(['-e', '0']).seconds;
  const floorP = measure([join(ROOT, 'bench', 'floor.mjs'), province]).seconds;
  const floorN = measure([join(ROOT, 'bench', 'floor.mjs'), national]).seconds;
  const cli = (dir: string, ...more: string[]) => [BIN, check, dir, '-f', 'json', '-o', join(out, 'findings.json'), '--fail-on', 'never', ...more];
  const ratioRow = (name: string, floor: number, max: number, maxRss: number | undefined, m: { seconds: number; rssMiB: number | undefined }): Row => ({
    name, seconds: m.seconds, floor, ratio: m.seconds / floor, target: `≤ ${String(max)}× floor${maxRss === undefined ? '' : `, RSS ≤ ${String(maxRss / 1024)} GiB`}`, rssMiB: m.rssMiB,
    pass: m.seconds / floor <= max && (maxRss === undefined || m.rssMiB === undefined || m.rssMiB <= maxRss),
  });

  rows.push(ratioRow(`province \`tthc ${check}\`, cold`, floorP, 1.5, 1024, measure(cli(province), clear(province))));
  run(cli(province));
  rows.push(ratioRow(`province \`tthc ${check}\`, nothing changed`, floorP, 0.3, undefined, measure(cli(province))));
  if (check === 'check') {
    // `--changed` compares with a git revision: the generated catalog gets a repository of its own.
    if (!existsSync(join(province, '.git'))) {
      const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=tthc bench', '-c', 'user.email=bench@localhost', ...args], { cwd: province, encoding: 'utf8' });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'generated catalog');
    }
    const agency = /id: (\S+)/.exec(readFileSync(join(province, 'agencies.yaml'), 'utf8'))?.[1] ?? '';
    const file = join(province, 'implementations', `${agency}.yaml`);
    const text = readFileSync(file, 'utf8');
    // A real edit, not a comment: one entry's count of returned dossiers changes on every run.
    let edits = 0;
    const edited = () => text.replace(/returned: (\d+)/, (_, n: string) => `returned: ${String(Number(n) + 1 + (edits++ % 2))}`);
    const m = measure(cli(province, '--changed', 'HEAD'), () => { writeFileSync(file, edited()); });
    writeFileSync(file, text);
    rows.push(ratioRow('province `tthc check --changed`, one file edited', floorP, 0.3, undefined, m));
  } else {
    rows.push({ name: 'province `tthc check --changed`, one file edited', floor: floorP, target: '≤ 0.3× floor', note: 'n/a (command not available)' });
  }
  rows.push(ratioRow(`national \`tthc ${check}\`, cold`, floorN, 2, 4096, measure(cli(national), clear(national))));
  if (audit) {
    const m = measure([BIN, 'audit', national, '-o', join(out, 'audit')], clear(national));
    rows.push({ name: 'national `tthc audit`', seconds: m.seconds, floor: floorN, ratio: m.seconds / floorN, target: 'workbook written, RSS ≤ 1.5 GiB', rssMiB: m.rssMiB, pass: m.rssMiB === undefined || m.rssMiB <= 1536 });
  } else {
    rows.push({ name: 'national `tthc audit`', floor: floorN, target: 'workbook written, RSS ≤ 1.5 GiB', note: 'n/a (command not available)' });
  }
  for (const flag of ['--help', '--version']) {
    const m = measure([BIN, flag]);
    rows.push({ name: `\`tthc ${flag}\``, seconds: m.seconds, floor: node0, target: '≤ `node -e 0` + 100 ms', rssMiB: m.rssMiB, pass: m.seconds <= node0 + 0.1 });
  }
  rmSync(out, { recursive: true, force: true });
  report(rows, check, { node0, floorP, floorN });
}

function report(rows: Row[], check: string, floors: { node0: number; floorP: number; floorN: number }): void {
  const f = (x: number | undefined, d = 2) => (x === undefined ? '' : x.toFixed(d));
  const lines = [
    '| case | median s | floor s | ratio | target | peak RSS MiB | result |',
    '|---|---:|---:|---:|---|---:|---|',
    ...rows.map((r) => `| ${r.name} | ${f(r.seconds)} | ${f(r.floor)} | ${r.ratio === undefined ? '' : `${f(r.ratio)}×`} | ${r.target} | ${f(r.rssMiB, 0)} | ${r.note ?? (r.pass === true ? 'pass' : 'FAIL')} |`),
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const header = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${String(cpus().length)} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; median of ${String(RUNS)} runs.`,
    `Floor: \`node bench/floor.mjs\` (read + js-yaml parse, one thread) — province ${f(floors.floorP)} s, national ${f(floors.floorN)} s; \`node -e 0\` ${f(floors.node0)} s.`,
    check === 'check' ? '' : '`check` is not in this build: the check rows measure `validate`.',
  ];
  const table = [...header, '', ...lines].join('\n');
  process.stdout.write(`${table}\n`);
  const file = join(ROOT, 'bench', 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marker = '<!-- table -->';
  const [head = '# Benchmark results\n\n', , tail = ''] = previous.split(marker);
  writeFileSync(file, `${head}${marker}\n${table}\n${marker}${tail}`);
}

await main();
