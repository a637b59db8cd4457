import { stringify } from 'yaml';

/** A YAML scalar on one line, quoted only when plain text would be misread (`a: b`, `#x`, `123`). */
export function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0, blockQuote: false }).trimEnd();
}

