import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../../src/model/json-schema.js';
import { minimalConfig, runBin, runCli, tempDir, writeTree } from '../../helpers.js';

const names = jsonSchemaFiles().map((s) => s.file);
const expectSchemasIn = (dir: string) => {
  expect(readdirSync(dir).sort()).toEqual([...names].sort());
  for (const s of jsonSchemaFiles()) expect(readFileSync(join(dir, s.file), 'utf8')).toBe(s.text);
};

describe('wuzhong schema', () => {
  it('writes to the zone repo schemas/ from anywhere inside it', async () => {
    const zone = writeTree({ 'wuzhong.yaml': minimalConfig });
    mkdirSync(join(zone, 'lists', 'tasks'), { recursive: true });
    const r = await runCli(['schema'], { cwd: join(zone, 'lists', 'tasks') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`JSON Schema 写入 schemas/：\n新建9个文件：\n${names.map((n) => `  ${n}\n`).join('')}`);
    expectSchemasIn(join(zone, 'schemas'));
    expect(existsSync(join(zone, 'lists', 'tasks', 'schemas'))).toBe(false);
  });

  it('writes to ./schemas outside a zone repo, and says when nothing changed', async () => {
    const dir = tempDir();
    expect((await runCli(['schema'], { cwd: dir })).code).toBe(0);
    expectSchemasIn(join(dir, 'schemas'));
    const again = await runCli(['--lang', 'en', 'schema'], { cwd: dir });
    expect(again.stdout).toBe(`JSON Schemas in schemas/:\n9 file(s) already identical, left alone:\n${names.map((n) => `  ${n}\n`).join('')}`);
  });

  it('writes to --out relative to the working directory, and to --repo', async () => {
    const dir = tempDir();
    expect((await runCli(['schema', '--out', 'editor/json'], { cwd: dir })).code).toBe(0);
    expectSchemasIn(join(dir, 'editor', 'json'));
    const zone = writeTree({ 'wuzhong.yaml': minimalConfig });
    expect((await runCli(['--repo', zone, 'schema'], { cwd: dir })).code).toBe(0);
    expectSchemasIn(join(zone, 'schemas'));
  });

  it('exits 2 when --repo is not a zone repo', async () => {
    const dir = tempDir();
    const r = await runCli(['--repo', dir, 'schema'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'schemas'))).toBe(false);
  });

  it('works through the built bin', () => {
    const dir = tempDir();
    const r = runBin(['schema', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expectSchemasIn(join(dir, 'out'));
  });
});
