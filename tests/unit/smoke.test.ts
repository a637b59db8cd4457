import { describe, expect, it } from 'vitest';
import { minimalConfig, runCli, writeTree } from '../helpers.js';

describe('check on a minimal zone', () => {
  it('passes an empty zone and fails a broken item with a positioned schema error', async () => {
    const ok = writeTree({ 'wuzhong.yaml': minimalConfig });
    expect((await runCli(['--repo', ok, 'check', '--as-of', '2026-11-26'])).code).toBe(0);
    const bad = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/a.yaml': 'title: 甲\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-01-01\ndeu: 2026-02-01\n' });
    const r = await runCli(['--repo', bad, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file: 'lists/tasks/a.yaml', line: 5, column: 1, rule: 'schema', message: expect.stringContaining('“due”') }));
  });
});
