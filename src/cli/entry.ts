import { main } from './main.js';

/** The process edge: real argv, streams and clock. */
export async function run(): Promise<number> {
  // `wuzhong … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
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
