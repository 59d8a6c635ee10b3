/**
 * The workbook behind the fake Excel API: plain data that the proxies in excel-api.ts read and
 * change when a sync runs, and that tests inspect directly ("below the seam").
 *
 * Modelled as Excel does it (see index.ts for the list and the sources):
 * - a cell holds a constant or a formula, plus its own formatting (number format, fill, font,
 *   alignment, wrap, borders) and an optional data validation;
 * - writes are parsed like typed input: "=…" becomes a formula, "123" a number, "TRUE" a boolean,
 *   "#N/A" an error, a leading apostrophe keeps the rest as text; a cell formatted "@" keeps any
 *   string as text; "" clears the contents and null leaves the cell alone;
 * - merged areas keep only their top-left value; conditional formats (custom formula rules)
 *   colour cells without changing their own fill; notes are keyed by cell, one per cell; threaded
 *   comments have ids, one thread per cell; workbook settings hold JSON-able values.
 * The fake does not calculate: a formula's value is 0 unless a test sets another result.
 */
import { type CellRange, columnIndex, parseA1, qualify, rangeToA1 } from "../../../src/grid/address";
import { displayText } from "../../../src/grid/grid";
import { formatNumber } from "../../../src/hosts/memory/number-format";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** What Excel reports as the fill colour of a cell without fill. */
export const NO_FILL_COLOUR = "#FFFFFF";

export type Scalar = string | number | boolean;
export interface ErrorValue {
  error: string;
}
export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

export interface BorderEdge {
  style: string;
  weight: string;
  color: string;
}

export interface CellFormat {
  numberFormat: string;
  fill: string | null;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: { top?: BorderEdge; bottom?: BorderEdge; left?: BorderEdge; right?: BorderEdge };
}

export interface DataValidation {
  rule?: { list?: { inCellDropDown: boolean; source: string } };
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface FakeCell {
  /** The constant, or the formula's (uncalculated) result. */
  value: Scalar | ErrorValue | null;
  /** With its leading "=". */
  formula?: string;
  /** Typed with a leading apostrophe. */
  quotePrefix?: boolean;
  format: CellFormat;
  validation?: DataValidation;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  range: CellRange;
  formula: string;
  fill: string | null;
  /** No lower-priority rule applies where this one holds. */
  stopIfTrue?: boolean;
  /** The last priority an add-in set (the position itself is the rule's place in the list). */
  prioritySet?: number;
}

export interface CommentState {
  id: string;
  row: number;
  col: number;
  content: string;
}

export interface SheetState {
  /** Stable across renames, like Worksheet.id. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** Top priority first. */
  conditionalFormats: ConditionalFormatState[];
  notes: Map<string, { content: string; author: string }>;
  comments: CommentState[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Columns too narrow for their numbers: Excel's `text` shows "####" there. */
  narrowColumns: Set<number>;
  freeze: { rows: number; cols: number };
  pageLayout: { orientation: string; paperSize: string; zoom: Record<string, number>; printTitleRows: string | null };
}

export function defaultFormat(): CellFormat {
  return {
    numberFormat: "General",
    fill: null,
    font: { name: "等线", size: 11, bold: false, italic: false, color: "#000000" },
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    borders: {},
  };
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function unkey(k: string): { row: number; col: number } {
  const [r, c] = k.split(",");
  return { row: Number(r), col: Number(c) };
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

export function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

let sheetIds = 0;

export function newSheet(name: string): SheetState {
  sheetIds++;
  return {
    id: `{sheet-${sheetIds}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    notes: new Map(),
    comments: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    narrowColumns: new Set(),
    freeze: { rows: 0, cols: 0 },
    pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null },
  };
}

/**
 * Parses an address the way Range/worksheet calls accept it: "B2", "A1:C3", "$A$1", "3:5" (whole
 * rows), "B:D" (whole columns), optionally sheet-qualified. Undefined when malformed.
 */
export function parseAddress(address: string): { sheet?: string; range: CellRange } | undefined {
  let sheet: string | undefined;
  let bare = address.trim();
  const bang = bare.lastIndexOf("!");
  if (bang >= 0) {
    sheet = bare.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    bare = bare.slice(bang + 1);
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) return undefined;
    return { sheet, range: { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 } };
  }
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(bare);
  if (cols) {
    const a = columnIndex(cols[1]!);
    const b = columnIndex(cols[2]!);
    if (a >= MAX_COLS || b >= MAX_COLS) return undefined;
    return { sheet, range: { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) } };
  }
  const [p, q] = bare.split(":");
  const a = p === undefined ? undefined : parseA1(p);
  const b = q === undefined ? a : parseA1(q);
  if (!a || !b || bare.split(":").length > 2) return undefined;
  const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  if (range.bottom >= MAX_ROWS || range.right >= MAX_COLS) return undefined;
  return { sheet, range };
}

/** Excel's own address text: sheet-qualified, absolute-free ("Sheet1!A1:B2"). */
export function addressOf(sheet: string, r: CellRange): string {
  return qualify(sheet, rangeToA1(r));
}

export type Input =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: Scalar | ErrorValue; quotePrefix?: boolean };

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A value written through `values` or `formulas`, read as if the clerk had typed it. */
export function parseInput(raw: unknown, textFormat: boolean): Input {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "value", value: raw } : { kind: "value", value: { error: "#NUM!" } };
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  const s = String(raw);
  if (s === "") return { kind: "clear" };
  if (s.startsWith("'")) return s.length === 1 ? { kind: "clear" } : { kind: "value", value: s.slice(1), quotePrefix: true };
  if (textFormat) return { kind: "value", value: s };
  if (s.length > 1 && (s.startsWith("=") || s.startsWith("+") || (s.startsWith("-") && !NUMBER_RE.test(s.trim())))) {
    return { kind: "formula", formula: s.startsWith("=") ? s : `=${s}` };
  }
  const t = s.trim();
  if (NUMBER_RE.test(t)) return { kind: "value", value: Number(t) };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))%$/.exec(t);
  if (pct) return { kind: "value", value: Number(pct[1]) / 100 };
  if (/^(true|false)$/i.test(t)) return { kind: "value", value: t.toUpperCase() === "TRUE" };
  if (ERROR_LITERALS.includes(t.toUpperCase())) return { kind: "value", value: { error: t.toUpperCase() } };
  return { kind: "value", value: s };
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

/** What `values` reports for a cell. */
export function valueOf(cell: FakeCell | undefined): Scalar {
  if (!cell || cell.value === null) return "";
  return isErrorValue(cell.value) ? cell.value.error : cell.value;
}

/** What `formulas` reports: the formula, or the constant as it is. */
export function formulaOf(cell: FakeCell | undefined): Scalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  return valueOf(cell);
}

export function valueTypeOf(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null || v === "") return cell?.formula !== undefined && v === "" ? "String" : "Empty";
  if (isErrorValue(v)) return "Error";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return "Double";
  return "String";
}

/** What `text` reports: the value under its number format ("####" in a too narrow column). */
export function textOf(sheet: SheetState, row: number, col: number): string {
  const cell = sheet.cells.get(key(row, col));
  if (!cell || cell.value === null) return "";
  const v = cell.value;
  if (isErrorValue(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (sheet.narrowColumns.has(col)) return "########";
  return formatNumber(v, cell.format.numberFormat) ?? displayText(v);
}

/** The used range (values only): the bounding box of cells holding a value or a formula, within `within`. */
export function usedRect(sheet: SheetState, within?: CellRange): CellRange | null {
  let r: CellRange | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === undefined) continue;
    const { row, col } = unkey(k);
    if (within && !contains(within, row, col)) continue;
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.left = Math.min(r.left, col);
      r.bottom = Math.max(r.bottom, row);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

export function cellAt(sheet: SheetState, row: number, col: number): FakeCell {
  const k = key(row, col);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: null, format: defaultFormat() };
    sheet.cells.set(k, cell);
  }
  return cell;
}

export function forEachCell(r: CellRange, fn: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
}

/** Applies parsed input to a cell. */
export function writeInput(sheet: SheetState, row: number, col: number, input: Input): void {
  if (input.kind === "skip") return;
  const cell = cellAt(sheet, row, col);
  delete cell.formula;
  delete cell.quotePrefix;
  if (input.kind === "clear") cell.value = null;
  else if (input.kind === "formula") {
    cell.formula = input.formula;
    cell.value = 0;
  } else {
    cell.value = input.value;
    if (input.quotePrefix) cell.quotePrefix = true;
  }
}
