/**
 * Text → grid. Forms reach clerks as Word or PDF documents; copied out of them, tables come in
 * one of two shapes (both occur in the published documents we were given):
 *
 * - "tsv": one table row per line, cells separated by tabs (PDF extractions, Excel copies);
 * - "cell-lines": one cell per line, each line starting with a tab; rows are separated by a
 *   blank line; a line without the leading tab continues the previous cell's text (a cell of
 *   several paragraphs in Word). Word also leaves an empty paragraph at the end of some cells,
 *   which shows up as a blank line *inside* a row: such pieces are joined back when they add up
 *   to exactly the width of the rows around them.
 *
 * Paragraphs outside tables are kept, one per row in column A (the 决算 narrative is checked
 * later). The whole document becomes one grid, tables one under another, one empty row between
 * blocks, so every form found in it has a real cell address.
 */
import type { CellRange } from "./address";
import { Grid, makeCell, type Cell, type TextBlock } from "./grid";

export type TextShape = "tsv" | "cell-lines";

export interface Block {
  kind: "paragraph" | "table";
  rows: string[][];
  /** Merged areas, rows relative to the block's first row. */
  merges?: CellRange[];
}

/** Decide the document's shape: cell-lines when every tab in it is a single leading tab. */
export function detectTextShape(text: string): TextShape {
  let tabbed = 0;
  for (const line of text.split("\n")) {
    if (!line.includes("\t")) continue;
    tabbed++;
    if (!/^\t[^\t]*$/.test(line)) return "tsv";
  }
  return tabbed > 0 ? "cell-lines" : "tsv";
}

function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

const isBlank = (line: string): boolean => line.trim() === "";

function parseTsv(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let table: string[][] | undefined;
  for (const line of lines) {
    if (isBlank(line)) {
      table = undefined;
      continue;
    }
    if (line.includes("\t")) {
      if (!table) {
        table = [];
        blocks.push({ kind: "table", rows: table });
      }
      table.push(line.split("\t").map((c) => c.trim()));
    } else {
      table = undefined;
      blocks.push({ kind: "paragraph", rows: [[line.trim()]] });
    }
  }
  return blocks;
}

/** Split cell-lines text into chunks: runs of cell lines separated by blank lines. */
function parseCellLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  // A table is a list of chunks; each chunk lists its cells and how many blank lines followed it.
  let chunks: { cells: string[]; blanksAfter: number }[] | undefined;
  let current: string[] | undefined; // cells of the chunk being read
  let blankRun = 0;

  const closeTable = (): void => {
    if (chunks && chunks.length > 0) blocks.push({ kind: "table", rows: joinSplitRows(chunks) });
    chunks = undefined;
    current = undefined;
  };

  for (const line of lines) {
    if (isBlank(line) && !line.startsWith("\t")) {
      if (current) {
        chunks!.push({ cells: current, blanksAfter: 0 });
        current = undefined;
      }
      blankRun++;
      if (chunks && chunks.length > 0) chunks[chunks.length - 1]!.blanksAfter = blankRun;
      continue;
    }
    if (line.startsWith("\t")) {
      if (!chunks || blankRun >= 2) {
        closeTable();
        chunks = [];
      }
      blankRun = 0;
      current ??= [];
      current.push(line.slice(1));
      continue;
    }
    // A line without the leading tab: continues the previous cell when it follows one directly,
    // otherwise it is a paragraph outside any table.
    if (current && current.length > 0 && blankRun === 0) {
      current[current.length - 1] += "\n" + line;
      continue;
    }
    closeTable();
    blankRun = 0;
    blocks.push({ kind: "paragraph", rows: [[line.trim()]] });
  }
  if (current) chunks?.push({ cells: current, blanksAfter: 0 });
  closeTable();
  return blocks.map((b) => (b.kind === "table" ? { ...b, rows: b.rows.map((r) => r.map((c) => c.trim())) } : b));
}

/**
 * Word leaves an empty paragraph at the end of some cells; in the text it reads as a blank line
 * inside a row. Rows are rebuilt by joining consecutive short pieces when the row before has
 * width W, the pieces add up to exactly W, and the piece after them (if any) has width W too.
 * Title rows and rows with horizontally merged cells are short as well, but they do not sit
 * between two full-width rows with pieces adding up exactly, so they are left alone.
 */
function joinSplitRows(chunks: { cells: string[]; blanksAfter: number }[]): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < chunks.length) {
    const chunk = chunks[i]!;
    const prev = rows[rows.length - 1];
    const width = prev?.length ?? 0;
    if (prev && chunk.cells.length < width) {
      let total = chunk.cells.length;
      let j = i;
      while (total < width && j + 1 < chunks.length && chunks[j]!.blanksAfter === 1) {
        j++;
        total += chunks[j]!.cells.length;
      }
      const next = chunks[j + 1];
      if (j > i && total === width && (next === undefined || next.cells.length === width)) {
        rows.push(chunks.slice(i, j + 1).flatMap((c) => c.cells));
        i = j + 1;
        continue;
      }
    }
    rows.push(chunk.cells);
    i++;
  }
  return rows;
}

export interface TextImportOptions {
  /** Name of the resulting sheet. */
  sheet?: string;
  shape?: TextShape;
}

/** Parse a text document into blocks (tables and paragraphs), without placing them on a grid. */
export function parseTextBlocks(text: string, shape?: TextShape): Block[] {
  const norm = normaliseNewlines(text);
  const lines = norm.split("\n");
  return (shape ?? detectTextShape(norm)) === "tsv" ? parseTsv(lines) : parseCellLines(lines);
}

/** Build one grid from a whole text document. */
export function gridFromText(text: string, options: TextImportOptions = {}): Grid {
  return gridFromBlocks(parseTextBlocks(text, options.shape), options.sheet ?? "文本");
}

/** Tables and paragraphs one under another, one empty row between blocks. */
export function gridFromBlocks(blocks: readonly Block[], sheet: string): Grid {
  const rows: (Cell | undefined)[][] = [];
  const placed: TextBlock[] = [];
  const merges: CellRange[] = [];
  for (const block of blocks) {
    if (rows.length > 0) rows.push([]); // one empty row between blocks
    const top = rows.length;
    for (const r of block.rows) rows.push(r.map((t) => (t === "" ? undefined : makeCell(t))));
    for (const m of block.merges ?? []) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
    placed.push({ kind: block.kind, top, bottom: rows.length - 1 });
  }
  return new Grid(sheet, rows, merges, placed);
}
