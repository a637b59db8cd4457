/** Run one child process and measure wall time and, when /usr/bin/time exists, peak RSS. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const TIME = '/usr/bin/time';
export const hasTime = fs.existsSync(TIME);
const rssFile = path.join(os.tmpdir(), `wuzhong-bench-rss-${process.pid}.txt`);

/** stdout goes to /dev/null so huge outputs cost the child what a redirected CI log would. */
export function runOnce(args, { cwd, timeoutMs = 300_000 }) {
  const [cmd, argv] = hasTime ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssMB = null;
  if (hasTime && res.status !== null) {
    // time writes "Command exited with non-zero status N" before %M when the child fails
    const kb = parseInt(fs.readFileSync(rssFile, { encoding: 'utf8', flag: 'a+' }).trim().split('\n').at(-1), 10);
    if (Number.isFinite(kb)) rssMB = kb / 1024;
    fs.rmSync(rssFile, { force: true });
  }
  const error = res.error?.message ?? (res.signal ? `killed by ${res.signal}` : null);
  return { ms, rssMB, code: res.status, error, stderr: res.stderr ?? '' };
}

/** Run and capture stdout (for one-off sanity checks, not timed). */
export function capture(args, { cwd }) {
  const res = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 512 << 20, timeout: 300_000 });
  return { code: res.status, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
