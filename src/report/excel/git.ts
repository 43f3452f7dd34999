/** The catalog's git commit, for the metadata sheet; undefined outside a git work tree. */
import { execFile } from 'node:child_process';

export function gitCommit(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd: dir, timeout: 10_000, windowsHide: true }, (error, stdout) => {
      const sha = stdout.trim();
      resolve(error === null && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined);
    });
  });
}
