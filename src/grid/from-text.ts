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
import { Grid, makeCell, type Cell, type LineStart, type RowPlace, type TextBlock } from "./grid";
import { layoutPieces, piecesFromAlignedText } from "./positioned";

export type TextShape = "tsv" | "cell-lines" | "plain";

export interface Block {
  kind: "paragraph" | "table";
  rows: string[][];
  /** Merged areas, rows relative to the block's first row. */
  merges?: CellRange[];
  /** The PDF page the block is on. */
  page?: number;
  /** Per row: the page's lines it was joined from (with `page`). */
  origin?: LineStart[][];
}

/**
 * Decide the document's shape: cell-lines when every tab in it is a single leading tab, tsv when
 * it has other tabs, plain (pipes, aligned columns, one cell per line) when it has none.
 */
export function detectTextShape(text: string): TextShape {
  let tabbed = 0;
  for (const line of text.split("\n")) {
    if (!line.includes("\t")) continue;
    tabbed++;
    if (!/^\t[^\t]*$/.test(line)) return "tsv";
  }
  return tabbed > 0 ? "cell-lines" : "plain";
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

// ---------------------------------------------------------------------------------------------
// Text without tabs: copied from web pages, PDF viewers and Markdown.

type LineKind = "blank" | "pipe" | "rule" | "aligned" | "spaced" | "text";

const NUMBER_TOKEN = /^[-−]?[\d,]*\d(\.\d+)?%?$/;
const SENTENCE = /[，。；！？,;]/;

/** What one line of a tab-less text is. */
function lineKind(line: string): LineKind {
  const t = line.trim();
  if (t === "") return "blank";
  // | a | b |, a | b, and the |---|:---:| rule under a Markdown header.
  if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(t) && t.includes("-")) return t.includes("|") ? "rule" : "text";
  if (/\s\|\s/.test(t) || (t.startsWith("|") && t.endsWith("|") && t.length > 2)) return "pipe";
  // Columns aligned with runs of spaces (or a full-width space) between cells.
  if (/\S(\s{2,}|\u3000)\S/.test(t)) return "aligned";
  // Cells joined by single spaces, as PDF viewers copy table rows: short labels and numbers.
  const tokens = t.split(/\s+/);
  if (tokens.length >= 2 && !SENTENCE.test(t)) {
    const numbers = tokens.filter((x) => NUMBER_TOKEN.test(x)).length;
    const labels = tokens.filter((x) => /[\u4e00-\u9fff]/.test(x) && x.length <= 16).length;
    if (numbers >= 1 && numbers + labels === tokens.length && labels >= 1) return "spaced";
  }
  return "text";
}

function pipeCells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith("|")) t = t.slice(1);
  if (t.endsWith("|")) t = t.slice(0, -1);
  return t.split("|").map((c) => c.trim());
}

/**
 * One cell per line, rows apart: groups of short lines separated by blank lines, where several
 * groups hold the same number of lines (two or more). When every line stands alone (a blank line
 * after each cell), longer runs of blank lines separate the rows.
 */
function cellParagraphRows(lines: readonly string[]): string[][] | undefined {
  const groups: { cells: string[]; blanksAfter: number }[] = [];
  let current: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (line.trim() === "") {
      if (current.length > 0) groups.push({ cells: current, blanksAfter: 0 });
      current = [];
      blanks++;
      if (groups.length > 0) groups[groups.length - 1]!.blanksAfter = blanks;
      continue;
    }
    if (current.length === 0) blanks = 0;
    current.push(line.trim());
  }
  if (current.length > 0) groups.push({ cells: current, blanksAfter: 0 });
  if (groups.length < 3 || groups.some((g) => g.cells.some((c) => c.length > 60))) return undefined;
  if (groups.every((g) => g.cells.length === 1)) {
    // A blank line after every cell: rows end at the longer runs of blank lines.
    const runs = new Set(groups.slice(0, -1).map((g) => g.blanksAfter));
    if (runs.size < 2) return undefined;
    const rowEnd = Math.max(...runs);
    const rows: string[][] = [[]];
    for (const g of groups) {
      rows[rows.length - 1]!.push(g.cells[0]!);
      if (g.blanksAfter >= rowEnd) rows.push([]);
    }
    return rows.filter((r) => r.length > 0);
  }
  const sizes = new Map<number, number>();
  for (const g of groups) if (g.cells.length >= 2) sizes.set(g.cells.length, (sizes.get(g.cells.length) ?? 0) + 1);
  const common = Math.max(0, ...sizes.values());
  if (common < 2) return undefined;
  return joinSplitRows(groups);
}

/** A text without tabs: tables of pipes, aligned or spaced columns, cell paragraphs; narrative. */
function parsePlain(lines: string[]): Block[] {
  const kinds = lines.map(lineKind);
  // A header row of labels only ("项目 决算数 项目 决算数") next to spaced rows is one of them.
  const labelsOnly = (t: string): boolean => {
    const tokens = t.trim().split(/\s+/);
    return tokens.length >= 2 && !SENTENCE.test(t) && tokens.every((x) => /[\u4e00-\u9fff]/.test(x) && x.length <= 16);
  };
  for (let k = kinds.length - 1; k >= 0; k--) if (kinds[k] === "text" && kinds[k + 1] === "spaced" && labelsOnly(lines[k]!)) kinds[k] = "spaced";
  if (!kinds.some((k) => k === "pipe" || k === "aligned" || k === "spaced")) {
    const rows = cellParagraphRows(lines);
    if (rows) return [{ kind: "table", rows }];
  }
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = kinds[i]!;
    if (kind === "blank" || kind === "rule") {
      i++;
      continue;
    }
    if (kind === "text") {
      blocks.push({ kind: "paragraph", rows: [[lines[i]!.trim()]] });
      i++;
      continue;
    }
    // A run of lines of one kind (rules inside a pipe table, blank lines inside aligned columns).
    let j = i + 1;
    while (j < lines.length && (kinds[j] === kind || (kind === "pipe" && kinds[j] === "rule") || (kind === "aligned" && kinds[j] === "blank" && kinds[j + 1] === "aligned"))) j++;
    const run = lines.slice(i, j);
    if (kind === "pipe") blocks.push({ kind: "table", rows: run.filter((l, k) => kinds[i + k] === "pipe").map(pipeCells) });
    else if (kind === "spaced") blocks.push({ kind: "table", rows: run.map((l) => l.trim().split(/\s+/)) });
    else blocks.push(...layoutPieces(piecesFromAlignedText(run)));
    i = j;
  }
  return blocks;
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
  const kind = shape ?? detectTextShape(norm);
  return kind === "tsv" ? parseTsv(lines) : kind === "cell-lines" ? parseCellLines(lines) : parsePlain(lines);
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
  const places: (RowPlace | undefined)[] = [];
  for (const block of blocks) {
    if (rows.length > 0) rows.push([]); // one empty row between blocks
    const top = rows.length;
    block.rows.forEach((r, i) => {
      const lines = block.origin?.[i];
      if (block.page !== undefined && lines && lines.length > 0) places[rows.length] = { page: block.page, lines };
      rows.push(r.map((t) => (t === "" ? undefined : makeCell(t))));
    });
    for (const m of block.merges ?? []) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
    placed.push({ kind: block.kind, top, bottom: rows.length - 1 });
  }
  return new Grid(sheet, rows, merges, placed, places);
}
