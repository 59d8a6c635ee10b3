/**
 * Reading traced fields out of a grid: text, numbers and target values, each with the A1
 * address of the cell it came from. Nothing here throws: an unreadable number becomes
 * `value: null` with a `problem` sentence the rules can show.
 */
import type { Grid } from "../grid/grid";
import { isCellError } from "../grid/grid";
import type { TracedNumber, TracedText } from "../forms/traced";
import type { TracedValue } from "../forms/indicator";
import { parseNumber, parsePercent } from "../values/numbers";
import { parseTargetValue } from "../values/target-value";
import { normLabel } from "./labels";

export interface At {
  row: number;
  col: number;
}

export function cellText(grid: Grid, row: number, col: number): string {
  return grid.text(row, col).trim();
}

export function tracedText(grid: Grid, at: At, text?: string, inherited = false): TracedText {
  const t: TracedText = { value: (text ?? cellText(grid, at.row, at.col)).trim(), ref: grid.ref(at.row, at.col), text: grid.text(at.row, at.col) };
  if (inherited) t.inherited = true;
  return t;
}

/** A number from a cell: numeric values as they are, text such as "1,406.53" parsed. */
export function tracedNumber(grid: Grid, at: At, text?: string): TracedNumber {
  const cell = grid.cell(at.row, at.col);
  const ref = grid.ref(at.row, at.col);
  const own = cell?.text ?? "";
  if (text === undefined && cell && typeof cell.value === "number") return { ref, text: own, value: cell.value };
  if (text === undefined && cell && isCellError(cell.value)) {
    return { ref, text: own, value: null, problem: `单元格是错误值 ${cell.value.error}，不是数字。` };
  }
  const source = text ?? own;
  // An empty cell: nothing to parse (parseNumber("") is null too).
  if (source === "") return { ref, text: own, value: null };
  const parsed = parseNumber(stripMoneyUnit(source));
  if (parsed === null) return { ref, text: own, value: null };
  if ("error" in parsed) return { ref, text: own, value: null, problem: parsed.error };
  return { ref, text: own, value: parsed.value };
}

/** A rate such as "100%" or 0.95 as a fraction; the cell keeps its own text. */
export function tracedPercent(grid: Grid, at: At): TracedNumber {
  const cell = grid.cell(at.row, at.col);
  const base = { ref: grid.ref(at.row, at.col), text: grid.text(at.row, at.col) };
  if (cell && typeof cell.value === "number") {
    // A number formatted as a percentage (0.95 shown as 95%) is already a fraction.
    return { ...base, value: base.text.includes("%") || cell.value <= 1.5 ? cell.value : cell.value / 100 };
  }
  const parsed = parsePercent(base.text);
  if (parsed === null) return { ...base, value: null };
  if ("error" in parsed) return { ...base, value: null, problem: parsed.error };
  return { ...base, value: parsed.value };
}

export function tracedValue(grid: Grid, at: At, inherited = false): TracedValue {
  const text = grid.text(at.row, at.col);
  const t: TracedValue = { value: parseTargetValue(text), ref: grid.ref(at.row, at.col), text };
  if (inherited) t.inherited = true;
  return t;
}

/** "436.20 万元", "80万元" → "436.20"; other text unchanged. */
function stripMoneyUnit(text: string): string {
  return text.replace(/\s*(万元|元)\s*$/, "");
}

export function isEmpty(grid: Grid, row: number, col: number): boolean {
  return cellText(grid, row, col) === "";
}

/** Plain ASCII numbers ("95", "-3.5", "1,406.53"), which parseNumber reads as they are. */
const SIMPLE_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
/** A number needs a digit, ASCII or full-width (parseNumber reads no other digits). */
const ANY_DIGIT = /[0-9\uFF10-\uFF19]/;

/** Looks like a number (money, count, points): "1,406.53", "95", "８０". */
export function looksNumeric(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  // Most cells hold plain numbers or plain words: answer those without the full parser.
  if (SIMPLE_NUMBER.test(t)) return Number.isFinite(Number(t.replace(/,/g, "")));
  if (!ANY_DIGIT.test(t)) return false;
  const p = parseNumber(t);
  return p !== null && !("error" in p);
}

/** Non-empty cells of a row within [from, to], left to right. */
export function rowCells(grid: Grid, row: number, from = 0, to = grid.colCount - 1): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  // Past the row's last cell everything is empty: a stray cell far right costs nothing elsewhere.
  const last = Math.min(to, grid.rowLength(row) - 1);
  for (let c = Math.max(0, from); c <= last; c++) {
    const t = cellText(grid, row, c);
    if (t !== "") out.push({ row, col: c, text: t });
  }
  return out;
}

/** Find the first cell in a row range whose normalised text matches. */
export function findCell(grid: Grid, re: RegExp, rows: { top: number; bottom: number }, cols?: { left: number; right: number }): At | undefined {
  const left = cols?.left ?? 0;
  const right = cols?.right ?? grid.colCount - 1;
  for (let r = rows.top; r <= rows.bottom; r++) {
    const last = Math.min(right, grid.rowLength(r) - 1);
    for (let c = left; c <= last; c++) {
      const t = cellText(grid, r, c);
      if (t !== "" && re.test(normLabel(t))) return { row: r, col: c };
    }
  }
  return undefined;
}

/**
 * The value that belongs to a label cell: the rest of the label's own cell after a colon
 * ("资金总额：917.4946"), else the next non-empty cell to its right, unless that cell is
 * itself a label (`isLabel`).
 */
export function valueRightOf(
  grid: Grid,
  at: At,
  isLabel: (text: string) => boolean = () => false,
  options: { colon?: "any" | "numeric" } = {},
): (At & { text: string }) | undefined {
  const own = cellText(grid, at.row, at.col);
  const colon = /[:：]\s*(\S.*)$/s.exec(own);
  const after = colon?.[1]?.trim() ?? "";
  if (after !== "" && (options.colon !== "numeric" || looksNumeric(after.replace(/\s*(万元|元)$/, "")))) return { ...at, text: after };
  const maxCol = Math.min(grid.colCount, grid.rowLength(at.row)) - 1;
  for (let c = at.col + 1; c <= maxCol; c++) {
    const t = cellText(grid, at.row, c);
    if (t === "") continue;
    if (isLabel(t)) return undefined;
    return { row: at.row, col: c, text: t };
  }
  return undefined;
}
