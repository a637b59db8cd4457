import { main } from './main.js';

/** The process edge: real argv, streams and clock. */
export async function run(): Promise<number> {
  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    now: () => new Date(),
  });
}
