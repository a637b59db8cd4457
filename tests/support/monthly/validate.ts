import MarkdownIt from 'markdown-it';
import { JSDOM } from 'jsdom';

/** A real CommonMark parser with GFM tables (markdown-it's default preset), inline HTML on as GitHub allows `<br>`. */
export const md = new MarkdownIt({ html: true });

/** Cells of one source row, split the way GFM does: on every `|` that is not backslash-escaped. */
function sourceCells(line: string): number {
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).length;
}

export interface TableShape {
  header: string[];
  rows: string[][];
}

/**
 * Parses the Markdown and checks every table: each source row has exactly the
 * header's number of cells, and every line that looks like a table row is
 * inside a table (a stray line break would end a table early). Returns the
 * tables as plain text cells.
 */
export function checkTables(markdown: string): TableShape[] {
  const lines = markdown.split('\n');
  const tokens = md.parse(markdown, {});
  const tables: TableShape[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'table_open') continue;
    const [start, end] = tokens[i]!.map!;
    for (let l = start; l < end; l++) covered.add(l);
    const width = sourceCells(lines[start]!);
    for (let l = start; l < end; l++) {
      if (sourceCells(lines[l]!) !== width) throw new Error(`table row at line ${l + 1} has ${sourceCells(lines[l]!)} cells, header has ${width}: ${lines[l]}`);
    }
    const rows: string[][] = [];
    let row: string[] = [];
    for (let j = i + 1; tokens[j]!.type !== 'table_close'; j++) {
      const t = tokens[j]!;
      if (t.type === 'tr_open') row = [];
      if (t.type === 'inline') row.push(plain(t.content));
      if (t.type === 'tr_close') rows.push(row);
    }
    if (rows.length !== end - start - 1) throw new Error(`table at line ${start + 1}: ${rows.length} parsed rows for ${end - start - 1} source rows`);
    tables.push({ header: rows[0]!, rows: rows.slice(1) });
  }
  lines.forEach((line, l) => {
    if (line.startsWith('|') && !covered.has(l)) throw new Error(`line ${l + 1} looks like a table row but is outside any table: ${line}`);
  });
  return tables;
}

/** The text a reader sees in an inline fragment: rendered, tags dropped, `<br>` as a line break, entities decoded. */
export function plain(inline: string): string {
  const html = md.renderInline(inline).replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '');
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function mermaidBlocks(markdown: string): string[] {
  return md.parse(markdown, {}).filter((t) => t.type === 'fence' && t.info.trim() === 'mermaid').map((t) => t.content);
}

let mermaid: Promise<{ parse: (text: string) => Promise<unknown> }> | undefined;

/** Mermaid's own parser, in Node: it needs a DOM, so a jsdom window becomes the global `window`/`document` first. */
export function loadMermaid() {
  mermaid ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const m = (await import('mermaid')).default;
    m.initialize({ startOnLoad: false });
    return m;
  })();
  return mermaid;
}

/** Throws unless every Mermaid block parses; returns how many there were. */
export async function checkMermaid(markdown: string): Promise<number> {
  const m = await loadMermaid();
  const blocks = mermaidBlocks(markdown);
  for (const b of blocks) await m.parse(b);
  return blocks.length;
}
