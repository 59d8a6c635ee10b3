/**
 * Writing a block of values and formulas through the ET object model.
 *
 * - One bulk call: `Value2 = rows` for values only, `Formula = rows` when the block holds
 *   formulas (both parse each element the way typing it would). A single cell gets a scalar.
 *   Rows of different lengths are written row by row so that no cell outside the caller's cells
 *   is touched.
 * - Typing parses text: "=1+1" would become a formula, "00123" the number 123, "TRUE" a boolean,
 *   "2024-01-01" a date. A string that WPS would read as something else is written with a leading
 *   apostrophe (the quote prefix), which keeps it text; Value2 reads it back without it.
 * - Some writes silently do nothing (a cell in edit mode, some protected ranges, an add-in call
 *   made while a dialog is open): every block is read back (Value2 and Formula) and a mismatch
 *   is refused with a Chinese one-line message rather than reported as done. Cells covered by a
 *   merged area are not compared (WPS drops writes into them, as Excel does).
 */
import type { CellRange } from "../../grid/address";
import { ERROR_VALUES, type CellValue, isCellError } from "../../grid/grid";
import type { CellWrite } from "../host";
import { nameOf } from "./book";
import { type EtWorksheet, a1, to2D } from "./et";
import { wpsError } from "./messages";
import { findMerges } from "./read";

type EtInput = string | number | boolean;

/** Strings WPS would not keep as text if typed as they are. */
export function needsQuotePrefix(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@']/.test(s)) return true; // formulas, signed numbers, and a real leading apostrophe
  if (/^\s*[(]?\s*[$¥￥€£]?\s*[\d.]/.test(s)) return true; // numbers, dates, times, fractions, currency
  if (/^\s*(true|false)\s*$/i.test(s)) return true;
  return (ERROR_VALUES as readonly string[]).includes(s.trim().toUpperCase());
}

function toInput(w: CellWrite): EtInput {
  if ("formula" in w) {
    const f = w.formula.trim().replace(/^=/, "");
    return f === "" ? "" : `=${f}`;
  }
  return valueInput(w.value);
}

function valueInput(v: CellValue): EtInput {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "boolean") return v;
  if (isCellError(v)) return v.error;
  return needsQuotePrefix(v) ? `'${v}` : v;
}

/** Formula text compared loosely: WPS upper-cases function names and references. */
function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/\s+/g, "").toUpperCase();
  return norm(a) === norm(b);
}

function empty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function landed(w: CellWrite, value: unknown, formula: unknown): boolean {
  if ("formula" in w) {
    const f = w.formula.trim().replace(/^=/, "");
    if (f === "") return empty(value) && (empty(formula) || formula === "");
    return typeof formula === "string" && sameFormula(formula, `=${f}`);
  }
  const v = w.value;
  if (v === null) return empty(value) && empty(formula);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return value !== v; // written as #NUM!; any error value is fine
    return typeof value === "number" && (value === v || Math.abs(value - v) <= Math.abs(v) * 1e-12);
  }
  if (typeof v === "boolean") return value === v || (typeof value === "number" && value !== 0) === v;
  if (isCellError(v)) return value === v.error || typeof value === "number";
  return value === v;
}

export function writeBlock(ws: EtWorksheet, origin: CellRange, cells: readonly (readonly CellWrite[])[]): void {
  const height = cells.length;
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (height === 0 || width === 0) return;
  const ragged = cells.some((r) => r.length !== width);
  const parts: { top: number; rows: readonly (readonly CellWrite[])[] }[] = ragged
    ? cells.map((row, i) => ({ top: origin.top + i, rows: [row] }))
    : [{ top: origin.top, rows: cells }];
  for (const part of parts) writePart(ws, { top: part.top, left: origin.left }, part.rows);
}

function writePart(ws: EtWorksheet, at: { top: number; left: number }, rows: readonly (readonly CellWrite[])[]): void {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  const area: CellRange = { top: at.top, left: at.left, bottom: at.top + height - 1, right: at.left + width - 1 };
  const range = ws.Range(a1(area));
  const inputs = rows.map((r) => r.map(toInput));
  const hasFormula = rows.some((r) => r.some((w) => "formula" in w));
  const single = height === 1 && width === 1;
  const payload = single ? inputs[0]![0]! : inputs;
  if (hasFormula) range.Formula = payload;
  else range.Value2 = payload;

  // Read back: the only way to learn that WPS ignored the write.
  const values = to2D(range.Value2, height, width);
  const formulas = to2D(range.Formula, height, width);
  const covered = coveredCells(ws, area);
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) {
      if (covered.has(`${area.top + i}:${area.left + j}`)) continue;
      const w = rows[i]![j]!;
      if (!landed(w, values[i]?.[j], formulas[i]?.[j])) {
        throw wpsError("writeIgnored", nameOf(ws), a1({ top: area.top + i, left: area.left + j, bottom: area.top + i, right: area.left + j }));
      }
    }
  }
}

function coveredCells(ws: EtWorksheet, area: CellRange): Set<string> {
  const out = new Set<string>();
  for (const m of findMerges(ws, area)) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(`${r}:${c}`);
  }
  return out;
}
