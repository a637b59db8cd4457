import { renderDiagnostics } from '../../../src/model/diagnostic.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZone, type RawFile } from '../../../src/load/build.js';
import { makeCalendar } from '../../../src/model/calendar.js';
import { runRules } from '../../../src/rules/index.js';
import { exampleZone, runCli, writeTree } from '../../helpers.js';

const enc = new TextEncoder();
const config = readFileSync(join(exampleZone, 'wuzhong.yaml'));
const items = ['projects', 'tasks', 'investments'].flatMap((list) =>
  readdirSync(join(exampleZone, 'lists', list)).map((f) => ({ path: `lists/${list}/${f}`, text: readFileSync(join(exampleZone, 'lists', list, f), 'utf8') })),
);
const tokens = ['\t', ':', ': ', '- ', '"', "'", '&a ', '*a', '[', ']', '{', '}', '#', '\n', '  ', '---\n', '%YAML 1.1\n', '2026-02-30', 'yes', '~', '!!binary ', '|', '>', '？', '产融城公司', '\uFEFF', '\r\n', '0x1F', '.nan', '-1'];

/** One random edit: insert a token, delete a span, or duplicate a line. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...tokens) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('dupline' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
);
const editLists = fc.array(edit, { minLength: 1, maxLength: 4 });

type Edit = { kind: string; at: number; token?: string; length?: number; bytes?: Uint8Array };

function apply(text: string, edits: Edit[]): Uint8Array {
  let bytes: Uint8Array = enc.encode(text);
  for (const e of edits) {
    const at = e.at % (bytes.length + 1);
    if (e.kind === 'insert') bytes = concat(bytes.subarray(0, at), enc.encode(e.token!), bytes.subarray(at));
    else if (e.kind === 'delete') bytes = concat(bytes.subarray(0, at), bytes.subarray(at + e.length!));
    else if (e.kind === 'bytes') bytes = concat(bytes.subarray(0, at), e.bytes!, bytes.subarray(at));
    else {
      const lines = new TextDecoder().decode(bytes).split('\n');
      const i = e.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      bytes = enc.encode(lines.join('\n'));
    }
  }
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

describe('random edits of valid files never make check throw', () => {
  it('the pure pipeline always returns positioned diagnostics', () => {
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom('zh-CN' as const, 'en' as const), (which, edits, lang) => {
        const target = items[which]!;
        const files: RawFile[] = [{ path: 'wuzhong.yaml', bytes: config }, { path: target.path, bytes: apply(target.text, edits) }];
        const zone = buildZone(files);
        const diagnostics = renderDiagnostics([...zone.diagnostics, ...runRules({ zone, asOf: '2026-11-26', calendar: makeCalendar('cn') })], lang);
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
          expect(['wuzhong.yaml', target.path]).toContain(d.file);
        }
      }),
      { numRuns: 400, seed: 20261126 },
    );
  }, 60_000); // 400 runs take about 2 s, far longer on a loaded machine

  it('the CLI answers with exit 0 or 1 and never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(items.length - 1), editLists, async (which, edits) => {
        const target = items[which]!;
        const dir = writeTree({ 'wuzhong.yaml': config, [target.path]: apply(target.text, edits) });
        const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26']);
        expect([0, 1]).toContain(r.code);
        expect(r.stderr).toBe('');
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
