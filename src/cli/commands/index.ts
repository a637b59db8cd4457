import { check } from './check.js';
import { exportLedger } from './export.js';
import { init } from './init.js';
import { log } from './log.js';
import { newItem } from './new.js';
import { notice } from './notice.js';
import { overdue } from './overdue.js';
import { report } from './report.js';
import { risk } from './risk.js';
import { schema } from './schema.js';
import { score } from './score.js';
import { sheet } from './sheet.js';
import { status } from './status.js';
import type { CommandSpec } from './types.js';
import { upgrade } from './upgrade.js';

/**
 * The registry of commands, in the order `wuzhong --help` lists them. A new command is one file in this folder
 * (its declaration, see types.ts) plus one line here; its module is imported only when it runs.
 */
export const COMMANDS: readonly CommandSpec[] = [
  check,
  overdue,
  status,
  risk,
  notice,
  score,
  report,
  exportLedger,
  sheet,
  log,
  init,
  upgrade,
  newItem,
  schema,
];
