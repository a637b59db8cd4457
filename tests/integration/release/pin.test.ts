import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../../helpers.js';

const release = join(repoRoot, 'dist', 'wuzhong.mjs');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The release with another version stamped in: first line and the --version answer both change. */
function otherRelease(version: string): string {
  const file = join(tempDir(), 'wuzhong.mjs');
  writeFileSync(file, readFileSync(release, 'utf8').replaceAll(`"${pkg.version}"`, `"${version}"`).replace(`// wuzhong ${pkg.version} `, `// wuzhong ${version} `));
  return file;
}

async function zone(): Promise<string> {
  const dir = tempDir();
  expect((await runCli(['init', dir])).code).toBe(0);
  return dir;
}

const toolVersion = async (dir: string) =>
  (JSON.parse((await runCli(['--repo', dir, 'check', '--format', 'json'])).stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'tool-version');

describe('the tool pinned in the zone', () => {
  it('init copies the release byte for byte and records its version and sha256 (sha256sum can check it)', async () => {
    const dir = await zone();
    expect(readFileSync(join(dir, '.wuzhong/wuzhong.mjs')).equals(readFileSync(release))).toBe(true);
    expect(readFileSync(join(dir, '.wuzhong/VERSION'), 'utf8')).toBe(`${pkg.version}\n${sha(release)}  wuzhong.mjs\n`);
    const check = spawnSync('sh', ['-c', 'tail -n 1 VERSION | sha256sum -c'], { cwd: join(dir, '.wuzhong'), encoding: 'utf8' });
    expect(check.stdout).toBe('wuzhong.mjs: OK\n');
    expect(await toolVersion(dir)).toEqual([]);
  });

  it('upgrade FILE replaces it and says old → new; the zone then warns a run of the old tool', async () => {
    const dir = await zone();
    const newer = otherRelease('9.8.7');
    const r = await runCli(['--repo', dir, 'upgrade', newer]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe(`.wuzhong/wuzhong.mjs：${pkg.version} → 9.8.7`);
    expect(readFileSync(join(dir, '.wuzhong/wuzhong.mjs')).equals(readFileSync(newer))).toBe(true);
    expect(readFileSync(join(dir, '.wuzhong/VERSION'), 'utf8')).toBe(`9.8.7\n${sha(newer)}  wuzhong.mjs\n`);
    expect(execFileSync(process.execPath, [join(dir, '.wuzhong/wuzhong.mjs'), '--version'], { encoding: 'utf8' })).toBe('9.8.7\n');
    const warned = await toolVersion(dir);
    expect(warned).toHaveLength(1);
    expect(warned[0]!.message).toContain(`园区仓库固定的是 wuzhong 9.8.7，正在运行的是 ${pkg.version}`);
    // Without a file, the running tool goes back in.
    const back = await runCli(['--repo', dir, '--lang', 'en', 'upgrade']);
    expect(back.stdout.split('\n')[0]).toBe(`.wuzhong/wuzhong.mjs: 9.8.7 → ${pkg.version}`);
    expect(await toolVersion(dir)).toEqual([]);
    expect((await runCli(['--repo', dir, '--lang', 'en', 'upgrade'])).stdout).toBe(`.wuzhong/wuzhong.mjs is already ${pkg.version} (the same file); nothing was changed\n`);
  });

  it('the pinned copy run by CI compares itself by sha256: another build of the same version is named', () => {
    const dir = tempDir();
    copyFileSync(release, join(dir, 'wuzhong.mjs'));
    execFileSync(process.execPath, [join(dir, 'wuzhong.mjs'), 'init', join(dir, 'z')]);
    // Same version number, one byte more: a different build.
    writeFileSync(join(dir, 'other.mjs'), `${readFileSync(release, 'utf8')}\n`);
    const r = spawnSync(process.execPath, [join(dir, 'other.mjs'), '--repo', join(dir, 'z'), '--lang', 'en', 'check'], { encoding: 'utf8' });
    expect(r.stdout).toContain(`this zone pins a different build of wuzhong ${pkg.version}`);
    expect(r.status).toBe(0);
  });

  it('refuses a file that is not a release, or that does not run, and changes nothing', async () => {
    const dir = await zone();
    const before = readFileSync(join(dir, '.wuzhong/VERSION'), 'utf8');
    const junk = join(tempDir(), 'x.mjs');
    writeFileSync(junk, 'console.log(1)\n');
    const r = await runCli(['--repo', dir, 'upgrade', junk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是 wuzhong 单文件版本');
    writeFileSync(junk, '// wuzhong 9.9.9 — fake\nthrow new Error("no")\n');
    const r2 = await runCli(['--repo', dir, '--lang', 'en', 'upgrade', junk]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('does not run');
    expect(readFileSync(join(dir, '.wuzhong/VERSION'), 'utf8')).toBe(before);
  });

  it('check names a pin whose file and VERSION disagree, or whose file is gone', async () => {
    const dir = await zone();
    writeFileSync(join(dir, '.wuzhong/wuzhong.mjs'), `${readFileSync(release, 'utf8')}// edited\n`);
    expect((await toolVersion(dir))[0]!.message).toContain('记录的不是同一个文件');
    rmSync(join(dir, '.wuzhong/wuzhong.mjs'));
    expect((await toolVersion(dir))[0]!.message).toContain('缺少 .wuzhong/wuzhong.mjs');
    // A zone that pins nothing is not warned.
    rmSync(join(dir, '.wuzhong'), { recursive: true });
    expect(await toolVersion(dir)).toEqual([]);
  });
});

describe('npm pack', { timeout: 180_000 }, () => {
  // --ignore-scripts: the test setup has built already, and a rebuild would pull bin/dist from under tests
  // running meanwhile.
  it('makes a tarball that installs offline in a clean folder and runs, and init pins its release', () => {
    const out = tempDir('wuzhong-pack-');
    const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', out], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } }).trim().split('\n').at(-1)!;
    expect(packed).toBe(`wuzhong-${pkg.version}.tgz`);
    const clean = tempDir('wuzhong-clean-');
    // An empty cache and --offline: every dependency is bundled, so nothing may need the registry.
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(out, 'cache'), join(out, packed)], { cwd: clean, encoding: 'utf8' });
    expect(install.status, `${install.stderr}\n(runtime dependencies are bundled: list packages under devDependencies)`).toBe(0);
    const bin = join(clean, 'node_modules', '.bin', 'wuzhong');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
    execFileSync(bin, ['init', 'zone'], { cwd: clean });
    expect(sha(join(clean, 'zone', '.wuzhong', 'wuzhong.mjs'))).toBe(sha(join(clean, 'node_modules', 'wuzhong', 'dist', 'wuzhong.mjs')));
    expect(execFileSync(bin, ['check'], { cwd: join(clean, 'zone'), encoding: 'utf8' })).toContain('未发现问题');
  });
});
