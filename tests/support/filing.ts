// A zone for the filing deadline (docs/supervisors.md "报送期限"), shared by unit and integration tests.

/** A task item's YAML. */
export const task = (owner: string, start: string, extra: string[] = []) =>
  ['title: 测试', 'lead: 魏克鹏', `owner: ${owner}`, `start: ${start}`, 'due: 2026-12-31', ...extra].join('\n') + '\n';

/** Three units; on 2025-11-04 only 铁北园区办 has not filed October (tasks/b, tasks/c). */
export const filingFiles = (assessment = ''): Record<string, string> => ({
  'wuzhong.yaml': `zone: 测试高新区\nunits: [产融城公司, 铁北园区办, 高新建公司]\nleaders: [魏克鹏]\n${assessment}`,
  // filed for October
  'lists/tasks/a.yaml': task('产融城公司', '2025-01-01', ['updates:', '  - month: 2025-10', '    text: 进展']),
  // owe October: no update at all, and only September's
  'lists/tasks/b.yaml': task('铁北园区办', '2025-01-01'),
  'lists/tasks/c.yaml': task('铁北园区办', '2025-01-01', ['updates:', '  - month: 2025-09', '    text: 进展']),
  // owe nothing for October: starts in November; closed within October
  'lists/tasks/d.yaml': task('高新建公司', '2025-11-03'),
  'lists/tasks/e.yaml': task('高新建公司', '2025-01-01', ['status: done', 'closed: 2025-10-20']),
});

