/**
 * exceljs worksheet → Grid. Absorbs exceljs's reading quirks:
 * - merged areas: after loading, every covered cell has type Merge and `value` returns the
 *   master's value, so a naive walk duplicates "项目名称" across the whole area. Covered cells
 *   are left out (Office.js reads them as empty too).
 * - `cell.text` is unreliable: formula results of 0/false/"" show as "", an error result shows
 *   "[object Object]", dates show `Date.toString()`, numbers ignore their format. Text is
 *   therefore built from the value and the cell's number format here; `cell.text` is only a
 *   guarded last resort.
 * - `cell.value` of a formula cell drops falsy results (its copy skips 0 and false); the cached
 *   result is read from `cell.result`.
 * - dates come back as JS Dates built in UTC; the grid holds Excel's serial number instead.
 */
import type ExcelJS from "exceljs";
import { type CellRange, parseRange, rangeContains } from "../../grid/address";
import { type Cell, Grid, displayText, isCellError } from "../../grid/grid";
import { DEFAULT_DATE_FORMAT, dateToSerial, formatNumber } from "./number-format";

/** exceljs's ValueType enum (exceljs.ValueType at run time; repeated so this file needs only types). */
const T = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

/**
 * Reads a sheet, or the cells of `range` (0-based) in it, into a grid that keeps the sheet's own
 * addresses. Cost follows the cells that exist, not rows × widest row.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, range?: CellRange): Grid {
  const date1904 = Boolean(ws.workbook?.properties?.date1904);
  const rows: (Cell | undefined)[][] = [];
  // Rows and cells are visited with findRow/findCell over the sheet's row and cell counts rather
  // than eachRow/eachCell: those test every cell of a row twice (hasValues, then eachCell) and
  // call back through closures; readCell leaves empty cells out just the same.
  const existing = ws.rowCount;
  // Walk whichever is smaller: the rows asked for, or the rows that exist.
  const top = range ? Math.max(range.top, 0) : 0;
  const bottom = range ? Math.min(range.bottom, existing - 1) : existing - 1;
  const left = range ? range.left : 0;
  const right = range ? range.right : Infinity;
  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r + 1);
    if (!row) continue;
    let out: (Cell | undefined)[] | undefined;
    // Likewise the columns asked for or the cells that exist, whichever are fewer.
    const last = Math.min(right, row.cellCount - 1);
    for (let c = Math.max(left, 0); c <= last; c++) {
      const cell = row.findCell(c + 1);
      if (!cell) continue;
      const read = readCell(cell, date1904);
      if (read !== undefined) (out ??= rows[r] = [])[c] = read;
    }
  }
  let merges = worksheetMerges(ws);
  // As Office.js does: a range read reports the merged areas whose top-left cell lies in it.
  if (range) merges = merges.filter((m) => rangeContains(range, m.top, m.left));
  return new Grid(ws.name, rows, merges);
}

/**
 * The sheet's merged areas, 0-based. `ws.model.merges` is the documented list, but the `model`
 * getter serialises every row of the sheet to produce it; the index it is built from
 * (`_merges`: master address → Range) is read directly, with the model as the fallback should
 * that private field ever change shape.
 */
export function worksheetMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const index = (ws as unknown as { _merges?: Record<string, { model?: Partial<CellRange> } | undefined> })._merges;
  const out: CellRange[] = [];
  if (index && typeof index === "object") {
    for (const merge of Object.values(index)) {
      const m = merge?.model;
      if (m && typeof m.top === "number" && typeof m.left === "number" && typeof m.bottom === "number" && typeof m.right === "number") {
        out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
      }
    }
    return out;
  }
  for (const a1 of ws.model.merges ?? []) {
    const m = parseRange(a1);
    if (m) out.push(m);
  }
  return out;
}

/** One exceljs cell as a grid cell; undefined for empty cells and cells covered by a merge. */
export function readCell(cell: ExcelJS.Cell, date1904 = false): Cell | undefined {
  try {
    const type = cell.type as number;
    if (type === T.Null || type === T.Merge) return undefined;
    const numFmt = typeof cell.numFmt === "string" ? cell.numFmt : undefined;
    if (type === T.Formula) {
      const formula = typeof cell.formula === "string" ? cell.formula : "";
      const out = convert(cell.result, numFmt, date1904);
      if (formula === "" && out.value === null) return undefined;
      if (formula !== "") out.formula = formula.startsWith("=") ? formula.slice(1) : formula;
      return out;
    }
    const out = convert(cell.value, numFmt, date1904, cell);
    if (out.value === null || (out.value === "" && out.text === "")) return undefined;
    return out;
  } catch {
    // exceljs can throw on odd content (e.g. a shared formula whose master is missing): the
    // cell reads as text rather than failing the whole sheet.
    const text = safeText(cell);
    return text === "" ? undefined : { value: text, text };
  }
}

/** A raw exceljs value as a new grid cell (value and text; readCell adds the formula). */
function convert(raw: unknown, numFmt: string | undefined, date1904: boolean, cell?: ExcelJS.Cell): Cell {
  if (typeof raw === "string") return { value: raw, text: raw };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { value: { error: "#NUM!" }, text: "#NUM!" };
    return { value: raw, text: formatNumber(raw, numFmt, date1904) ?? displayText(raw) };
  }
  if (raw === null || raw === undefined) return { value: null, text: "" };
  if (typeof raw === "boolean") return { value: raw, text: displayText(raw) };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { value: null, text: "" };
    const serial = dateToSerial(raw, date1904);
    const fmt = numFmt && numFmt !== "General" ? numFmt : DEFAULT_DATE_FORMAT;
    return { value: serial, text: formatNumber(serial, fmt, date1904) ?? displayText(serial) };
  }
  if (isCellError(raw)) return { value: { error: raw.error }, text: raw.error };
  if (typeof raw === "object") {
    const o = raw as { richText?: unknown; text?: unknown; hyperlink?: unknown; sharedString?: unknown };
    if (Array.isArray(o.richText)) {
      const text = flattenRichText(o.richText);
      return { value: text, text };
    }
    // Hyperlinks: {text, hyperlink}; the text may itself be rich text.
    if (o.text !== undefined) {
      const text = typeof o.text === "string" ? o.text : flattenRichText((o.text as { richText?: unknown })?.richText);
      return { value: text, text };
    }
  }
  const text = cell ? safeText(cell) : "";
  return { value: text === "" ? null : text, text };
}

function flattenRichText(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  return runs.map((r) => (r && typeof (r as { text?: unknown }).text === "string" ? (r as { text: string }).text : "")).join("");
}

function safeText(cell: ExcelJS.Cell): string {
  try {
    const t = cell.text;
    return typeof t === "string" && t !== "[object Object]" ? t : "";
  } catch {
    return "";
  }
}
