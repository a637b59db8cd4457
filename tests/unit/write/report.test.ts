import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyReport, keepPrevious, type ReportPlan } from '../../../src/write/report.js';
import { tempDir } from '../../helpers.js';

const target = () => {
  const abs = join(tempDir(), '2026-10.md');
  return { abs, rel: 'reports/2026-10.md' };
};
const policy = { ours: true, outGiven: false, force: false };

describe('keepPrevious', () => {
  it('keeps nothing of an empty file, and asks git when there is one', async () => {
    const out = target();
    expect(await keepPrevious(out, '', { ...policy, ours: false })).toEqual({ kind: 'nothing' });
    const asked: string[] = [];
    const git = async (abs: string) => (asked.push(abs), 'abc123');
    expect(await keepPrevious(out, 'old', { ...policy, git })).toEqual({ kind: 'git', blob: 'abc123' });
    expect(asked).toEqual([out.abs]);
  });

  it('refuses a file wuzhong did not write: in git only under --out, outside git unless --force', async () => {
    const out = target();
    const git = async () => 'abc123';
    expect(await keepPrevious(out, 'notes', { ...policy, ours: false, outGiven: true, git }))
      .toEqual({ kind: 'refused', inGit: true });
    expect(await keepPrevious(out, 'notes', { ...policy, ours: false, git })).toEqual({ kind: 'git', blob: 'abc123' });
    expect(await keepPrevious(out, 'notes', { ...policy, ours: false })).toEqual({ kind: 'refused', inGit: false });
  });

  it('outside git copies the old bytes to <file>.bak', async () => {
    const out = target();
    writeFileSync(out.abs, 'old report\r\n');
    expect(await keepPrevious(out, 'old report\r\n', { ...policy, ours: false, force: true }))
      .toEqual({ kind: 'backup', bak: `${out.abs}.bak` });
    expect(readFileSync(`${out.abs}.bak`, 'utf8')).toBe('old report\r\n');
  });
});

describe('applyReport', () => {
  const plan = (out: ReportPlan['out'], text: string, refuse = false): ReportPlan => ({
    out, text,
    same: async (previous) => previous === text,
    keep: async () => (refuse ? { kind: 'refused', inGit: false } : { kind: 'nothing' }),
  });

  it('writes a new file and returns it as the one path touched', async () => {
    const out = target();
    expect(await applyReport(plan(out, 'new\n')))
      .toEqual({ kind: 'written', touched: [out.abs], kept: { kind: 'nothing' } });
    expect(readFileSync(out.abs, 'utf8')).toBe('new\n');
  });

  it('touches nothing when the file already holds the text, or when keeping refuses', async () => {
    const out = target();
    writeFileSync(out.abs, 'same\n');
    expect(await applyReport(plan(out, 'same\n'))).toEqual({ kind: 'unchanged', touched: [] });
    expect(await applyReport(plan(out, 'other\n', true)))
      .toEqual({ kind: 'refused', touched: [], kept: { kind: 'refused', inGit: false } });
    expect(readFileSync(out.abs, 'utf8')).toBe('same\n');
    expect(existsSync(`${out.abs}.bak`)).toBe(false);
  });
});
