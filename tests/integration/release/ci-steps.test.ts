import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers.js';

/**
 * The CI maintainer's first run, literally: the single-file release alone on a machine with no network
 * (a fresh network namespace where `unshare` allows it) and no npm on PATH; `wuzhong init`, a first commit,
 * then every script step of the generated check jobs, with the base branch filled in.
 */
const unshare = spawnSync('sh', ['-c', 'command -v unshare'], { encoding: 'utf8' }).stdout.trim();
const isolated = unshare !== '' && spawnSync(unshare, ['-rn', 'true']).status === 0;

/** node, git and a shell, and nothing else: no npm, no npx. */
function toolsOnly(): string {
  const bin = tempDir('wuzhong-bin-');
  for (const tool of ['node', 'git', 'bash', 'sh']) {
    const at = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(at, join(bin, tool));
  }
  return bin;
}

const bin = toolsOnly();
const home = tempDir('wuzhong-home-');
const baseEnv = {
  PATH: bin, HOME: home, GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'CI', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.com',
};

function sh(cwd: string, script: string, env: Record<string, string> = {}) {
  const argv = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', script];
  const r = isolated
    ? spawnSync(unshare, ['-rn', ...argv], { cwd, encoding: 'utf8', env: { ...baseEnv, ...env } })
    : spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8', env: { ...baseEnv, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh machine: the release downloaded into an empty folder, a zone initialised with it and committed. */
function freshZone(): string {
  const downloads = tempDir('wuzhong-dl-');
  copyFileSync(join(repoRoot, 'dist', 'wuzhong.mjs'), join(downloads, 'wuzhong.mjs'));
  const zone = join(tempDir(), '随州高新区');
  mkdirSync(zone);
  const init = sh(zone, `node ${downloads}/wuzhong.mjs init`);
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  const commit = sh(zone, 'git init -q -b main && git add -A && git commit -qm "wuzhong init"');
  expect(commit.stderr).toBe('');
  return zone;
}

interface Step { run?: string; env?: Record<string, string> }

/** The `run:` steps of an Actions job, their `${{ github.base_ref }}` filled in the way the runner does (env only). */
function actionsSteps(file: string, base: string): { script: string; env: Record<string, string> }[] {
  const wf = parse(readFileSync(file, 'utf8')) as { jobs: { check: { steps: Step[] } } };
  return wf.jobs.check.steps.flatMap((s) => {
    if (s.run === undefined) return [];
    expect(s.run, 'an expression in a script is code injection').not.toContain('${{');
    const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, v.replace('${{ github.base_ref }}', base)]));
    return [{ script: s.run, env }];
  });
}

describe(`generated CI jobs run offline on a fresh zone${isolated ? ' (in a network namespace with no network)' : ' (unshare unavailable: the network is not cut, npm is still off PATH)'}`, { timeout: 120_000 }, () => {
  it.each(['.github/workflows/wuzhong.yml', '.gitea/workflows/wuzhong.yml'])('every run: step of the check job in %s passes', (file) => {
    const zone = freshZone();
    const steps = actionsSteps(join(zone, file), 'main');
    expect(steps.map((s) => s.script).join('\n')).toContain('node .wuzhong/wuzhong.mjs check');
    for (const step of steps) {
      const r = sh(zone, step.script, step.env);
      expect(r.stderr).toBe('');
      expect(r.code, r.stdout).toBe(0);
    }
  });

  it('the GitLab check job script passes and leaves a code-quality report', () => {
    const zone = freshZone();
    const ci = parse(readFileSync(join(zone, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[] }>;
    // GitLab runs the lines as one shell script, stopping at the first that fails.
    const r = sh(zone, ci['wuzhong-check']!.script.join('\n'), { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_PIPELINE_SOURCE: 'merge_request_event' });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(zone, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  });

  it('the same steps fail a merge request that breaks the data, and say where', () => {
    const zone = freshZone();
    const branch = sh(zone, 'git checkout -qb feature && printf "title: 甲\\n" > lists/tasks/a.yaml && git add -A && git commit -qm broken');
    expect(branch.code).toBe(0);
    const gh = actionsSteps(join(zone, '.github/workflows/wuzhong.yml'), 'main').at(-1)!;
    const r = sh(zone, gh.script, gh.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=lists\/tasks\/a\.yaml,line=1/m);
    const ci = parse(readFileSync(join(zone, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[] }>;
    const gl = sh(zone, ci['wuzhong-check']!.script.join('\n'), { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    expect(gl.code).toBe(1);
    const issues = JSON.parse(readFileSync(join(zone, 'gl-code-quality-report.json'), 'utf8')) as { location: { path: string } }[];
    expect(issues.map((i) => i.location.path)).toContain('lists/tasks/a.yaml');
  });

  it('docs/ci.md shows the generated GitHub and GitLab files exactly as init writes them', () => {
    const zone = freshZone();
    const page = readFileSync(join(repoRoot, 'docs', 'ci.md'), 'utf8');
    for (const file of ['.github/workflows/wuzhong.yml', '.gitlab-ci.yml']) expect(page, file).toContain(`\`\`\`yaml\n${readFileSync(join(zone, file), 'utf8')}\`\`\``);
  });

  it('the pinned tool is the one the steps run: a different pin is reported by check', () => {
    const zone = freshZone();
    const file = join(zone, '.wuzhong', 'VERSION');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^[^\n]*/, '0.0.1'));
    const r = sh(zone, 'node .wuzhong/wuzhong.mjs check --format json');
    expect(JSON.parse(r.stdout).diagnostics).toEqual([expect.objectContaining({ file: '.wuzhong/VERSION', rule: 'tool-version', severity: 'warning' })]);
  });
});

/**
 * An intranet Git server: `git http-backend` behind plain http on a port of its own (push allowed), in a child
 * process.
 */
const SERVER = `
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const cgi = spawn('git', ['http-backend'], { env: { ...process.env, GIT_PROJECT_ROOT: process.argv[2], GIT_HTTP_EXPORT_ALL: '1', REMOTE_USER: 'oauth2',
    REQUEST_METHOD: req.method, PATH_INFO: url.pathname, QUERY_STRING: url.search.slice(1), CONTENT_TYPE: req.headers['content-type'] ?? '' } });
  req.pipe(cgi.stdin);
  const out = [];
  cgi.stdout.on('data', (c) => out.push(c));
  cgi.on('close', () => {
    const all = Buffer.concat(out), end = all.indexOf('\\r\\n\\r\\n');
    let status = 200; const headers = {};
    for (const line of all.subarray(0, end).toString().split('\\r\\n')) {
      const [k, v] = [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)];
      if (k.toLowerCase() === 'status') status = parseInt(v); else headers[k] = v;
    }
    res.writeHead(status, headers);
    res.end(all.subarray(end + 4));
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

describe('the GitLab report job against an intranet server (http, its own port)', { timeout: 120_000 }, () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => children.forEach((c) => c.kill()));

  async function startServer(root: string): Promise<number> {
    const file = join(tempDir('wz-srv-'), 'server.mjs');
    writeFileSync(file, SERVER);
    const child = spawn(process.execPath, [file, root], { env: { PATH: process.env.PATH ?? '', HOME: home } });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout!.once('data', (b: Buffer) => resolve(Number(b.toString().trim())));
      child.once('error', reject);
    });
  }

  it('commits the report on the branch and pushes it through $CI_SERVER_PROTOCOL://…:$CI_SERVER_PORT, with the pinned tool', async () => {
    const srv = tempDir('wz-gitlab-');
    mkdirSync(join(srv, 'group'));
    expect(sh(srv, 'git init -q --bare -b main group/zone.git').code).toBe(0);
    const port = await startServer(srv);
    const url = `http://127.0.0.1:${port}/group/zone.git`;
    const zone = freshZone();
    expect(spawnSync('git', ['push', '-q', url, 'main'], { cwd: zone, env: baseEnv }).status).toBe(0);
    // The runner: a fresh clone, the pipeline's commit checked out on a detached HEAD.
    const runner = join(tempDir('wz-runner-'), 'build');
    expect(spawnSync('git', ['clone', '-q', url, runner], { env: baseEnv }).status).toBe(0);
    spawnSync('git', ['checkout', '-q', '--detach', 'origin/main'], { cwd: runner });
    const ci = parse(readFileSync(join(runner, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[] }>;
    const env = {
      CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main', CI_PROJECT_PATH: 'group/zone', WUZHONG_PUSH_TOKEN: 'glpat-test',
      CI_SERVER_PROTOCOL: 'http', CI_SERVER_HOST: '127.0.0.1', CI_SERVER_PORT: String(port),
    };
    // Not in the network-less sandbox: this job must reach the Git server (only it).
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', ci['wuzhong-report']!.script.join('\n')], { cwd: runner, encoding: 'utf8', env: { PATH: bin, HOME: home, GIT_CONFIG_NOSYSTEM: '1', ...env } });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/已推送到 origin 的 main 分支\n$/);
    const bare = join(srv, 'group', 'zone.git');
    expect(spawnSync('git', ['--git-dir', bare, 'log', '-1', '--format=%an|%s', 'main'], { encoding: 'utf8' }).stdout).toMatch(/^wuzhong bot\|report\(\d{4}-\d{2}\): 随州高新区\d{4}年\d{1,2}月“五重”清单月报\n$/);
  });

  it.each(['.github/workflows/wuzhong.yml', '.gitea/workflows/wuzhong.yml'])('every run: step of the report job in %s commits and pushes the report', async (file) => {
    const srv = tempDir('wz-git-');
    expect(sh(srv, 'git init -q --bare -b main zone.git').code).toBe(0);
    const url = `http://127.0.0.1:${await startServer(srv)}/zone.git`;
    const zone = freshZone();
    expect(spawnSync('git', ['push', '-q', url, 'main'], { cwd: zone, env: baseEnv }).status).toBe(0);
    // What actions/checkout leaves for a scheduled run: the default branch, tracking origin.
    const runner = join(tempDir('wz-runner-'), 'work');
    expect(spawnSync('git', ['clone', '-q', url, runner], { env: baseEnv }).status).toBe(0);
    const wf = parse(readFileSync(join(runner, file), 'utf8')) as { jobs: { report: { steps: Step[] } } };
    for (const step of wf.jobs.report.steps.filter((st) => st.run !== undefined)) {
      expect(step.run).not.toContain('${{');
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: runner, encoding: 'utf8', env: { PATH: bin, HOME: home, GIT_CONFIG_NOSYSTEM: '1' } });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    }
    expect(spawnSync('git', ['--git-dir', join(srv, 'zone.git'), 'log', '-1', '--format=%s', 'main'], { encoding: 'utf8' }).stdout).toMatch(/^report\(\d{4}-\d{2}\): 随州高新区\d{4}年\d{1,2}月“五重”清单月报\n$/);
  });
});
