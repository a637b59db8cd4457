import { Chalk } from 'chalk';
import type { Colors } from '../format/types.js';
import type { Io } from './io.js';

/** --no-color and NO_COLOR turn colour off, FORCE_COLOR turns it on, else only on a terminal. */
export function colorLevel(io: Io, flag: boolean): 0 | 1 | 2 | 3 {
  if (!flag) return 0;
  if (io.env.NO_COLOR) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  return io.isTTY ? 1 : 0;
}

export function makeColors(level: 0 | 1 | 2 | 3): Colors {
  const c = new Chalk({ level });
  return { red: c.red, yellow: c.yellow, blue: c.blue, gray: c.gray, bold: c.bold, underline: c.underline, dim: c.dim };
}
