import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../../src/model/json-schema.js';
import { scaffoldFiles } from '../../../src/scaffold/index.js';
import { runBin, runCli, tempDir } from '../../helpers.js';

const templates = scaffoldFiles('x').map((f) => f.path);
// init also pins the running tool (the single-file release the build made) in .wuzhong/.
const planned = [...templates, '.wuzhong/wuzhong.mjs', '.wuzhong/VERSION'];
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const checkJson = async (dir: string) => {
  const r = await runCli(['--repo', dir, 'check', '--format', 'json']);
  const json = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number }; diagnostics: unknown[] };
  return { code: r.code, json };
};

describe('wuzhong init', () => {
  it('scaffolds an empty directory into a zone that passes check', async () => {
    const dir = join(tempDir(), '随州高新区');
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`新建${planned.length}个文件`);
    for (const p of planned) {
      expect(existsSync(join(dir, p)), p).toBe(true);
      expect(r.stdout).toContain(`  ${p}\n`);
    }
    for (const list of ['enterprises', 'investments', 'projects', 'reforms', 'tasks']) expect(statSync(join(dir, 'lists', list)).isDirectory()).toBe(true);
    for (const s of jsonSchemaFiles()) expect(read(dir, `schemas/${s.file}`)).toBe(s.text);
    const { code, json } = await checkJson(dir);
    expect(json.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('names the zone after the directory, or --zone, quoting it when YAML needs that', async () => {
    const base = tempDir();
    await runCli(['init', '铁北园区'], { cwd: base });
    expect(parse(read(join(base, '铁北园区'), 'wuzhong.yaml'), { schema: 'core' }).zone).toBe('铁北园区');
    const dir = join(base, 'z');
    expect((await runCli(['init', dir, '--zone', '随州高新区: #1园区'])).code).toBe(0);
    expect(parse(read(dir, 'wuzhong.yaml'), { schema: 'core' }).zone).toBe('随州高新区: #1园区');
    expect((await checkJson(dir)).code).toBe(0);
  });

  it('defaults to the working directory', async () => {
    const dir = tempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'wuzhong.yaml'))).toBe(true);
  });

  it('explains every key of wuzhong.yaml and writes the assessment defaults', async () => {
    const dir = tempDir();
    await runCli(['init', dir]);
    const text = read(dir, 'wuzhong.yaml');
    const config = parse(text, { schema: 'core' });
    expect(Object.keys(config)).toEqual(['zone', 'timezone', 'calendar', 'locale', 'units', 'leaders', 'holidays', 'workdays', 'assessment']);
    expect(config.assessment).toEqual({
      base: 100, onTime: 5, early: 3, earlyDays: 30, claimed: 2, late: 0, overdue: 5, serious: 5, seriousDays: 30,
      stale: 2, rewardAt: 110, warnAt: 95, filingDay: 5, planLeadDays: 30,
      decisionOnTime: 2, decisionLate: 0, decisionOverdue: 2, noticeUnanswered: 0,
    });
    const lines = text.split('\n');
    for (const key of ['zone', 'timezone', 'calendar', 'locale', 'units', 'leaders', 'holidays']) {
      const i = lines.findIndex((l) => l.startsWith(`${key}:`));
      expect(lines[i - 1], key).toMatch(/^# .*[\u4e00-\u9fff]/);
    }
    for (const l of lines.filter((l) => /^ {2}\w+: \d/.test(l))) expect(l).toMatch(/# .*[\u4e00-\u9fff]/);
    expect(lines[0]).toBe('# yaml-language-server: $schema=./schemas/wuzhong.schema.json');
  });

  it('never overwrites: a second run skips every file and lists it', async () => {
    const dir = tempDir();
    await runCli(['init', dir, '--zone', '甲']);
    writeFileSync(join(dir, 'wuzhong.yaml'), 'zone: 乙\nunits: [丙]\nleaders: [丁]\n');
    const r = await runCli(['init', dir, '--zone', '甲']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`跳过${planned.length}个已存在的文件（加 --force 用模板覆盖）：\n${planned.map((p) => `  ${p}\n`).join('')}`);
    expect(r.stdout).not.toMatch(/新建 \d+ 个文件/);
    expect(read(dir, 'wuzhong.yaml')).toBe('zone: 乙\nunits: [丙]\nleaders: [丁]\n');
  });

  it('fills in only what is missing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.editorconfig'), 'root = true\n');
    const r = await runCli(['init', dir]);
    expect(r.stdout).toContain('跳过1个已存在的文件（加 --force 用模板覆盖）：\n  .editorconfig\n');
    expect(r.stdout).toContain(`新建${planned.length - 1}个文件`);
    expect(read(dir, '.editorconfig')).toBe('root = true\n');
  });

  it('--force overwrites changed files and says which', async () => {
    const dir = tempDir();
    await runCli(['init', dir, '--zone', '甲']);
    const original = read(dir, 'wuzhong.yaml');
    writeFileSync(join(dir, 'wuzhong.yaml'), 'zone: 乙\nunits: [丙]\nleaders: [丁]\n');
    writeFileSync(join(dir, 'schemas', 'tasks.schema.json'), '{}\n');
    const r = await runCli(['init', dir, '--zone', '甲', '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('覆盖2个文件：\n  wuzhong.yaml\n  schemas/tasks.schema.json\n');
    expect(r.stdout).toContain(`${planned.length - 2}个文件内容相同，未改动`);
    expect(read(dir, 'wuzhong.yaml')).toBe(original);
    expect(read(dir, 'schemas/tasks.schema.json')).toBe(jsonSchemaFiles().find((s) => s.file === 'tasks.schema.json')!.text);
  });

  it('does not write into a directory that sits where a file should go, even with --force', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.gitattributes'));
    const r = await runCli(['init', dir, '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('跳过1个不是普通文件的路径（目录或链接）：\n  .gitattributes\n');
    expect(statSync(join(dir, '.gitattributes')).isDirectory()).toBe(true);
  });

  it('refuses a target that is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await runCli(['init', join(dir, 'f')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是目录');
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['--lang', 'en', 'init', tempDir(), '--zone', 'Z']);
    expect(r.stdout).toContain(`Created ${planned.length} file(s):`);
    expect(r.stdout).toContain('Next:');
  });
});

describe('editor and CI settings written by init', () => {
  const dir = tempDir();
  const ready = runCli(['init', dir]);

  it('maps each data folder to its schema for the YAML language server', async () => {
    await ready;
    const settings = JSON.parse(read(dir, '.vscode/settings.json'));
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    for (const list of ['enterprises', 'investments', 'projects', 'reforms', 'tasks']) {
      expect(schemas[`./schemas/${list}.schema.json`]).toEqual([`lists/${list}/*.yaml`, `lists/${list}/*.yml`]);
    }
    expect(schemas['./schemas/wuzhong.schema.json']).toEqual(['wuzhong.yaml']);
    expect(schemas['./schemas/assessment.schema.json']).toEqual(['assessments/*.yaml']);
    for (const file of Object.keys(schemas)) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(JSON.parse(read(dir, '.vscode/extensions.json')).recommendations).toContain('redhat.vscode-yaml');
  });

  it('pins UTF-8, LF and two spaces', async () => {
    await ready;
    const ec = read(dir, '.editorconfig');
    for (const l of ['root = true', 'charset = utf-8', 'end_of_line = lf', 'indent_style = space', 'indent_size = 2', 'insert_final_newline = true']) expect(ec).toContain(`${l}\n`);
    const ga = read(dir, '.gitattributes').split('\n');
    expect(ga).toEqual(expect.arrayContaining(['*.yaml text eol=lf', '*.yml text eol=lf']));
  });

  it('writes a GitHub workflow: check on pull requests, a monthly report on the 6th, both with the pinned tool', async () => {
    await ready;
    const wf = parse(read(dir, '.github/workflows/wuzhong.yml'));
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    expect(wf.on.schedule).toEqual([{ cron: '0 1 6 * *' }]);
    const check = wf.jobs.check;
    expect(check.if).toContain('pull_request');
    expect(check.steps[0]).toEqual({ uses: 'actions/checkout@v5', with: { 'fetch-depth': 0 } });
    // Node 20 reached its end of life in April 2026: the runners use the current LTS.
    expect(check.steps[1]).toEqual({ uses: 'actions/setup-node@v5', with: { 'node-version': 24 } });
    // The branch name comes in through the environment, never spliced into the script.
    expect(check.steps[2].env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(check.steps[2].run).toContain('node .wuzhong/wuzhong.mjs check --base "$base" --format github');
    expect(check.steps[2].run).not.toContain('${{');
    const report = wf.jobs.report;
    expect(report.permissions).toEqual({ contents: 'write' });
    expect(report.if).toContain('schedule');
    expect(report.if).toContain('workflow_dispatch');
    const runs = report.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(runs).toContain('git config user.name');
    expect(runs).toContain('git config user.email');
    expect(runs).toContain('node .wuzhong/wuzhong.mjs report --push');
  });

  it('writes a GitLab pipeline: a code-quality check on merge requests, a scheduled report that pushes to this server', async () => {
    await ready;
    const ci = parse(read(dir, '.gitlab-ci.yml'));
    const check = ci['wuzhong-check'];
    expect(check.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(check.image).toBe('node:24');
    expect(check.script.at(-1)).toBe('node .wuzhong/wuzhong.mjs check --base "$base" --format gitlab > gl-code-quality-report.json');
    expect(check.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    const report = ci['wuzhong-report'];
    expect(report.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    expect(report.script.at(-1)).toBe('node .wuzhong/wuzhong.mjs report --push');
    expect(report.script.join('\n')).toContain('git config user.email');
    // An intranet server may speak http or listen on another port: the push address comes from GitLab's own variables.
    const push = report.script.find((l: string) => l.includes('set-url'));
    expect(push).toContain('$CI_SERVER_PROTOCOL://oauth2:$WUZHONG_PUSH_TOKEN@$CI_SERVER_HOST:$CI_SERVER_PORT/$CI_PROJECT_PATH.git');
  });

  it('writes a Gitea workflow that needs no action from outside but checkout', async () => {
    await ready;
    const wf = parse(read(dir, '.gitea/workflows/wuzhong.yml'));
    const jobs = Object.values(wf.jobs as Record<string, { steps: { uses?: string }[] }>);
    const uses = jobs.flatMap((j) => j.steps.flatMap((s) => s.uses ?? []));
    expect(new Set(uses)).toEqual(new Set(['actions/checkout@v4']));
    expect(wf.jobs.check.steps.at(-1).env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(wf.jobs.report.steps.at(-1).run).toBe('node .wuzhong/wuzhong.mjs report --push');
  });

  it('fetches nothing from a registry: no npx, npm or unpkg anywhere init writes', async () => {
    await ready;
    for (const p of templates) expect(read(dir, p), p).not.toMatch(/\bnpx\b|\bnpm\b|unpkg/);
  });
});

describe('the built bin', () => {
  it('runs init then check in a fresh directory', () => {
    const dir = tempDir();
    const init = runBin(['init', '--zone', '测试园区'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wuzhong.yaml');
    const check = runBin(['check'], { cwd: dir });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });
});
