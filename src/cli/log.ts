import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';

/** Placeholder until this command is built. */
export async function logCommand(_io: Io, _global: GlobalOptions, ..._args: unknown[]): Promise<number> {
  throw new ExitError('wuzhong log: not available yet', 2);
}
