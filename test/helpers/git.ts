/** Real git repositories in temp directories, for diff and --changed tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempTree } from './cli.js';

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, text: string): void;
  move(from: string, to: string): void;
  remove(file: string): void;
  commit(message: string): string;
}

export function gitRepo(files: Record<string, string | Uint8Array>): TestRepo {
  const dir = tempTree(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.org');
  git('config', 'commit.gpgsign', 'false');
  const repo: TestRepo = {
    dir,
    git,
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    move(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      renameSync(join(dir, from), join(dir, to));
    },
    remove(file) {
      rmSync(join(dir, file));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
  repo.commit('initial');
  return repo;
}
