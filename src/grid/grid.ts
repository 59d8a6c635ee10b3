/**
 * The grid: one in-memory model of a sheet that every later step reads (recognition, rules,
 * scoring, highlights). Built from an .xlsx sheet (hosts/memory), from a host's used range
 * (hosts/excel, hosts/wps) or from text pasted out of Word/PDF (grid/from-text).
 *
 * Rows and columns are 0-based; `ref()` gives the A1 address people see.
 */
import { type CellRange, rangeContains, rangeToA1, toA1 } from "./address";

/** An Excel error value such as #DIV/0! or #REF!. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | CellError | null;

export interface Cell {
  /** The value as the spreadsheet holds it (a formula's cached result for formula cells). */
  value: CellValue;
  /** What the clerk sees in the cell (number formats applied where the source knows them). */
  text: string;
  /** Formula without the leading "=", when the cell holds one. */
  formula?: string;
  /**
   * The cell's number format, when the grid was read from a file format that is then held as a
   * workbook (.xls, .ods): kept so the workbook shows the text the clerk saw.
   */
  numFmt?: string;
}

/** A line of a page a row's text was joined from, and where it starts in the row's text. */
export interface LineStart {
  /** 1-based among the page's lines of text, top to bottom. */
  line: number;
  /** Character offset in the row's (paragraph's) text where this line starts. */
  at: number;
}

/** Where a grid row came from in a PDF: its page and the lines joined into it. */
export interface RowPlace {
  page: number;
  lines: readonly LineStart[];
}

/** Where a run of rows came from when the grid was built from a text document. */
export interface TextBlock {
  kind: "paragraph" | "table";
  /** 0-based first and last grid row of the block. */
  top: number;
  bottom: number;
}

export const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"] as const;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** The text a value shows when the source gave no formatted text. */
export function displayText(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  return v;
}

export function makeCell(value: CellValue, text?: string, formula?: string): Cell {
  const cell: Cell = { value, text: text ?? displayText(value) };
  if (formula !== undefined && formula !== "") cell.formula = formula.replace(/^=/, "");
  return cell;
}

/** Merged areas taller than this many rows are looked up by scanning rather than indexed by row. */
const INDEXED_MERGE_ROWS = 32;

export class Grid {
  readonly sheet: string;
  readonly merges: readonly CellRange[];
  /** Set for grids built from text: which rows were paragraphs and which were table rows. */
  readonly blocks: readonly TextBlock[];
  /** Set for grids read from a PDF: each row's page and lines (undefined for the empty rows between blocks). */
  readonly places: readonly (RowPlace | undefined)[];
  private readonly rows: (Cell | undefined)[][];
  /**
   * Merged areas by row: row → indexes into `merges`, ascending. Memory follows the number of
   * merged areas, not their size, so a merge over a whole column costs no more than any other.
   */
  private readonly mergesByRow = new Map<number, number[]>();
  /** Indexes of the merged areas too tall to list under each of their rows. */
  private readonly tallMerges: number[] = [];
  private readonly cols: number;
  private readonly rowTotal: number;

  constructor(sheet: string, rows: (Cell | undefined)[][], merges: readonly CellRange[] = [], blocks: readonly TextBlock[] = [], places: readonly (RowPlace | undefined)[] = []) {
    this.sheet = sheet;
    this.places = places;
    this.rows = rows;
    this.merges = merges;
    this.blocks = blocks;
    let cols = 0;
    for (const r of rows) if (r && r.length > cols) cols = r.length;
    for (const m of merges) if (m.right + 1 > cols) cols = m.right + 1;
    this.cols = cols;
    let n = rows.length;
    for (const m of merges) if (m.bottom + 1 > n) n = m.bottom + 1;
    this.rowTotal = n;
    merges.forEach((m, i) => {
      if (!(m.bottom - m.top < INDEXED_MERGE_ROWS)) {
        this.tallMerges.push(i);
        return;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(i);
        else this.mergesByRow.set(r, [i]);
      }
    });
  }

  /** A grid of plain strings (tests, pasted text). Empty strings become empty cells. */
  static fromRows(sheet: string, rows: readonly (readonly (string | number | null)[])[], merges: readonly CellRange[] = []): Grid {
    return new Grid(
      sheet,
      rows.map((r) => r.map((v) => (v === null || v === "" ? undefined : makeCell(v)))),
      merges,
    );
  }

  get rowCount(): number {
    return this.rowTotal;
  }

  get colCount(): number {
    return this.cols;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  /** Displayed text of a cell, "" for an empty one. */
  text(row: number, col: number): string {
    return this.rows[row]?.[col]?.text ?? "";
  }

  /** Number of cells in a row up to its last non-empty one. */
  rowWidth(row: number): number {
    const r = this.rows[row];
    if (!r) return 0;
    for (let c = r.length - 1; c >= 0; c--) if (r[c] && r[c]!.text.trim() !== "") return c + 1;
    return 0;
  }

  isEmptyRow(row: number): boolean {
    return this.rowWidth(row) === 0;
  }

  /** Columns a row holds anything in: its cells lie in [0, rowLength). Cheaper than `rowWidth`. */
  rowLength(row: number): number {
    return this.rows[row]?.length ?? 0;
  }

  /** The merged area covering a cell, if any (the last listed one where areas overlap). */
  mergeAt(row: number, col: number): CellRange | undefined {
    let found = -1;
    for (const i of this.mergesByRow.get(row) ?? []) if (rangeContains(this.merges[i]!, row, col)) found = i;
    for (const i of this.tallMerges) if (i > found && rangeContains(this.merges[i]!, row, col)) found = i;
    return found < 0 ? undefined : this.merges[found];
  }

  /** True when the cell lies inside a merged area but is not its top-left cell. */
  isCoveredByMerge(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  ref(row: number, col: number): string {
    return toA1(row, col);
  }

  /** The used range: from A1 to the last row and column holding anything. */
  usedRange(): CellRange {
    return { top: 0, left: 0, bottom: Math.max(0, this.rowCount - 1), right: Math.max(0, this.colCount - 1) };
  }

  usedRangeA1(): string {
    return rangeToA1(this.usedRange());
  }

  /** Iterate over the non-empty cells of a row, left to right. */
  *cellsOfRow(row: number): Generator<{ col: number; cell: Cell }> {
    const r = this.rows[row];
    if (!r) return;
    for (let c = 0; c < r.length; c++) {
      const cell = r[c];
      if (cell && cell.text.trim() !== "") yield { col: c, cell };
    }
  }

  /** Plain 2-D array of displayed texts, for previews and tests. */
  toTextRows(range: CellRange = this.usedRange()): string[][] {
    const out: string[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: string[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(this.text(r, c));
      out.push(row);
    }
    return out;
  }

  mergesWithin(range: CellRange): CellRange[] {
    return this.merges.filter((m) => rangeContains(range, m.top, m.left));
  }
}
