import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runBin, tempDir, type CliResult } from '../../helpers.js';
import { fillCells, type Fill } from '../../support/xlsx-fill.js';

export const FIXTURE = join(repoRoot, 'tests', 'fixtures', 'sheet', 'zone');
export const SHEET = '建设局-2025年11月.xlsx';

/** A copy of the fixture zone and an empty folder beside it where sheets are exported and returned. */
export function sheetZone(): { zone: string; returns: string } {
  const top = tempDir('wz-sheet-');
  const zone = join(top, 'zone');
  cpSync(FIXTURE, zone, { recursive: true });
  const returns = join(top, 'returns');
  mkdirSync(returns);
  return { zone, returns };
}

export function exportSheet(zone: string, returns: string, unit = '建设局', ...extra: string[]): CliResult {
  return runBin(['--repo', zone, 'sheet', 'export', '--unit', unit, '--month', '2025-11', ...extra], { cwd: returns });
}

export function importSheets(zone: string, returns: string, files: string[], ...extra: string[]): CliResult {
  return runBin(['--repo', zone, 'sheet', 'import', ...files, '--as-of', '2025-12-03', ...extra], { cwd: returns });
}

/** Fills the returned sheet in place, as a clerk saving in WPS would. */
export function fill(returns: string, file: string, cells: Record<string, Fill>, part?: string): void {
  const path = join(returns, file);
  writeFileSync(path, fillCells(readFileSync(path), cells, part));
}

/** Every file under the zone with its bytes, to show that nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      out[p] = readFileSync(join(dir, p)).toString('base64');
    } catch {
      // a folder
    }
  }
  return out;
}

export const read = (zone: string, path: string) => readFileSync(join(zone, path), 'utf8');
export const fixture = (path: string) => readFileSync(join(FIXTURE, path), 'utf8');
