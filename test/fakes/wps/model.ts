/**
 * The state behind the fake ET object model: workbooks, sheets, cells, merges, formats, comments,
 * conditional formats and validations, as plain data. The objects in fake-et.ts are thin views
 * over it, created afresh on each access as WPS's bridge creates fresh wrappers.
 *
 * Behaviour modelled on WPS/Excel (VBA object model) as documented and as observed by add-in
 * authors; each is a place where a naive host goes wrong:
 * - typing parses text: "=…" becomes a formula, "00123" the number 123, "TRUE" a boolean,
 *   "#N/A" an error, "2024-01-02" a date; a leading apostrophe keeps the text and is not part of it;
 * - formulas are stored upper-cased outside string literals, as the programs display them;
 * - Text is the value formatted by the cell's number format, and "####" when a number does not
 *   fit a column whose width was set;
 * - colours are BGR integers; a cell without fill has ColorIndex -4142 and Color 16777215;
 * - a merged area keeps only its top-left value; covered cells read empty and ignore writes.
 */
import { type CellRange, parseA1, parseRange, rangeToA1 } from "../../../src/grid/address";
import { ERROR_VALUES, displayText } from "../../../src/grid/grid";

export type FakeError = { error: string };
export type FakeValue = string | number | boolean | FakeError | null;

export const NO_FILL = { color: 16777215, colorIndex: -4142, pattern: -4142 } as const;

export interface FakeCell {
  /** A constant, or a formula's cached result. */
  value: FakeValue;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** Typed with a leading apostrophe (the quote prefix). */
  prefix?: boolean;
  numberFormat: string;
  interior: { color: number; colorIndex: number; pattern: number };
  font: Record<string, unknown>;
  style: Record<string, unknown>;
  comment?: { text: string; visible: boolean; author: string };
}

export interface FakeFormatConditionState {
  id: number;
  type: number;
  operator: unknown;
  formula1: string;
  appliesTo: CellRange;
  interior: { Color: unknown };
}

export interface FakeValidation {
  area: CellRange;
  type: number;
  formula1: unknown;
  props: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  /** -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** In priority order: index 0 is priority 1. */
  conditions: FakeFormatConditionState[];
  validations: FakeValidation[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  borders: Map<string, Record<string, unknown>>;
  pageSetup: Record<string, unknown>;
  window: { FreezePanes: boolean; SplitRow: number; SplitColumn: number; ScrollRow: number; ScrollColumn: number };
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visible: -1,
    cells: new Map(),
    merges: [],
    conditions: [],
    validations: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    borders: new Map(),
    pageSetup: {},
    window: { FreezePanes: false, SplitRow: 0, SplitColumn: 0, ScrollRow: 1, ScrollColumn: 1 },
  };
}

export function cellKey(r: number, c: number): string {
  return `${r}:${c}`;
}

export function blankCell(): FakeCell {
  return { value: null, numberFormat: "General", interior: { ...NO_FILL }, font: {}, style: {} };
}

export function isBlank(cell: FakeCell | undefined): boolean {
  return !cell || (cell.value === null && cell.formula === undefined);
}

/** Whether the cell carries anything UsedRange counts (value, formula, format, comment). */
export function isUsed(cell: FakeCell | undefined): boolean {
  if (!cell) return false;
  return (
    !isBlank(cell) ||
    cell.comment !== undefined ||
    cell.numberFormat !== "General" ||
    cell.interior.colorIndex !== NO_FILL.colorIndex ||
    Object.keys(cell.font).length > 0 ||
    Object.keys(cell.style).length > 0
  );
}

export function getCell(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(r, c));
}

export function ensureCell(sheet: FakeSheet, r: number, c: number): FakeCell {
  const k = cellKey(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = blankCell();
    sheet.cells.set(k, cell);
  }
  return cell;
}

export function mergeAt(sheet: FakeSheet, r: number, c: number): CellRange | undefined {
  return sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

export function isCovered(sheet: FakeSheet, r: number, c: number): boolean {
  const m = mergeAt(sheet, r, c);
  return m !== undefined && (m.top !== r || m.left !== c);
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

export function* cellsOf(area: CellRange): Generator<[number, number]> {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield [r, c];
}

/** "A1", "A1:C3", "B:D", "3:5", "'Sheet'!A1" → area. */
export function parseAddress(address: string): CellRange | undefined {
  const bare = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "").trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (cols) {
    const a = parseA1(`${cols[1]}1`)!.col;
    const b = parseA1(`${cols[2]}1`)!.col;
    return { top: 0, bottom: 1048575, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: 16383 };
  }
  return parseRange(bare);
}

/** "$A$1:$C$3" as Address() gives it. */
export function absoluteAddress(area: CellRange): string {
  return rangeToA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

// ---------------------------------------------------------------------------------------------
// Typing: what a value assigned to Value2/Formula becomes.

const NUMBER_RE = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const PERCENT_RE = /^[-+]?(\d+\.?\d*|\.\d+)%$/;
const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Excel serial number of a calendar date (1900 system). */
export function dateSerial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
}

/** Upper-cases a formula outside its string literals, as WPS shows formulas. */
export function normaliseFormula(f: string): string {
  return f.replace(/("[^"]*")|([^"]+)/g, (_m, lit: string | undefined, code: string | undefined) => lit ?? (code ?? "").toUpperCase());
}

export type Typed = { kind: "empty" } | { kind: "value"; value: FakeValue; prefix?: boolean } | { kind: "formula"; formula: string };

export function typeInput(v: unknown): Typed {
  if (v === null || v === undefined || v === "") return { kind: "empty" };
  if (typeof v === "number") return { kind: "value", value: v };
  if (typeof v === "boolean") return { kind: "value", value: v };
  const s = String(v);
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1), prefix: true };
  if (s.startsWith("=") && s.length > 1) return { kind: "formula", formula: normaliseFormula(s) };
  const t = s.trim();
  if ((ERROR_VALUES as readonly string[]).includes(t.toUpperCase())) return { kind: "value", value: { error: t.toUpperCase() } };
  if (/^(true|false)$/i.test(t)) return { kind: "value", value: t.toLowerCase() === "true" };
  if (NUMBER_RE.test(t)) return { kind: "value", value: Number(t) };
  if (PERCENT_RE.test(t)) return { kind: "value", value: Number(t.slice(0, -1)) / 100 };
  const d = DATE_RE.exec(t);
  if (d) return { kind: "value", value: dateSerial(Number(d[1]), Number(d[2]), Number(d[3])) };
  return { kind: "value", value: s };
}

/** The cached result a freshly typed formula gets (the fake does not calculate). */
export function formulaResult(formula: string): FakeValue {
  const lit = /^="([^"]*)"$/.exec(formula);
  if (lit) return lit[1] ?? "";
  if (/^=LEN\("[^"]*"\)>0$/.test(formula)) return true;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Displayed text.

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = Math.abs(n).toFixed(decimals);
  const [i, f] = s.split(".");
  const body = (grouping ? group(i ?? "0") : (i ?? "0")) + (f !== undefined ? `.${f}` : "");
  return n < 0 ? `-${body}` : body;
}

function dateParts(serial: number): { y: number; m: number; d: number } {
  const dt = new Date(Math.round((serial - 25569) * 86_400_000));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** A small number-format engine: enough formats to make Text differ from the value. */
export function formatValue(value: FakeValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat.trim();
  const dec = (f: string) => {
    const m = /\.(0+)/.exec(f);
    return m ? (m[1] ?? "").length : 0;
  };
  if (/^(general|g\/通用格式|@)$/i.test(fmt)) return displayText(value);
  if (/^0(\.0+)?%$/.test(fmt)) return `${fixed(value * 100, dec(fmt), false)}%`;
  if (/^#,##0(\.0+)?$/.test(fmt)) return fixed(value, dec(fmt), true);
  if (/^0(\.0+)?$/.test(fmt)) return fixed(value, dec(fmt), false);
  if (/^yyyy-mm-dd$/i.test(fmt)) {
    const p = dateParts(value);
    return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
  }
  if (/^yyyy"?年"?m"?月"?d"?日"?$/.test(fmt)) {
    const p = dateParts(value);
    return `${p.y}年${p.m}月${p.d}日`;
  }
  return displayText(value);
}
