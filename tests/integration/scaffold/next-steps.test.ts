import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../../helpers.js';

/** The commands init's "next steps" print, run literally from the new zone: a newcomer has no `wuzhong` on PATH. */
describe('init: the next steps name commands that work as printed', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(lang, () => {
      const zone = join(tempDir(), 'zone');
      const r = runBin(['--lang', lang, 'init', zone]);
      expect(r.code).toBe(0);
      const commands = r.stdout.split('\n').flatMap((line) => /(node \.wuzhong\/wuzhong\.mjs [a-z]+[^：:]*?)[：:]/.exec(line)?.[1] ?? []);
      expect(commands).toHaveLength(2);
      for (const command of commands) {
        const args = command.replace(/<[^>]+>/, 'first-project').split(' ').slice(1);
        const run = spawnSync(process.execPath, args, { cwd: zone, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
        expect([command, run.status, run.stderr]).toEqual([command, 0, '']);
      }
    });
  }
});
