/**
 * The part of WPS Spreadsheets' ET object model (表格 JS API, VBA-shaped) that the WPS host uses,
 * typed structurally so that the real `window.Application` and the test fake both fit, plus the
 * helpers that absorb its call-style differences.
 *
 * The typings published by Kingsoft (`et-jsapi-declare`) describe one build; in practice some
 * members are properties in one WPS version and zero-argument methods in another (`Address`,
 * `UsedRange`, `Text`, `Count`, `Comment.Text`…). Everything that varies is therefore typed
 * `unknown` here and read through `read()`, which calls it when it is a function and returns it
 * otherwise. Members that are methods everywhere (`Range()`, `Item()`, `Select()`…) are typed as
 * methods.
 */
import type { CellRange } from "../../grid/address";
import { parseRange, rangeToA1 } from "../../grid/address";

/** A value as Value2 gives it: a scalar for one cell, a 2-D array (rows of cells) otherwise. */
export type EtScalar = string | number | boolean | null | undefined;

export interface EtInterior {
  /** BGR: R + G*256 + B*65536. */
  Color: unknown;
  /** -4142 (xlColorIndexNone) when the cell has no fill. */
  ColorIndex: unknown;
  Pattern?: unknown;
}

export interface EtFont {
  Name?: unknown;
  Size?: unknown;
  Bold?: unknown;
  Italic?: unknown;
  /** BGR. */
  Color?: unknown;
}

export interface EtBorder {
  LineStyle?: unknown;
  Weight?: unknown;
  Color?: unknown;
}

export interface EtBorders {
  Item(index: number): EtBorder;
}

export interface EtComment {
  /** Text() in most builds (Text(newText) sets it); a plain property in some. */
  Text: unknown;
  Visible?: unknown;
  Delete?(): void;
}

export interface EtFormatCondition {
  readonly Formula1?: unknown;
  readonly Interior?: { Color: unknown };
  Delete(): void;
  SetFirstPriority?(): void;
  StopIfTrue?: unknown;
}

export interface EtFormatConditions {
  readonly Count: unknown;
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: unknown, formula1?: unknown, formula2?: unknown): EtFormatCondition | null | undefined;
}

export interface EtValidation {
  Add(type: number, alertStyle?: unknown, operator?: unknown, formula1?: unknown, formula2?: unknown): unknown;
  Delete(): void;
  readonly Type?: unknown;
  IgnoreBlank?: unknown;
  InCellDropdown?: unknown;
  ShowInput?: unknown;
  ShowError?: unknown;
  InputTitle?: unknown;
  InputMessage?: unknown;
  ErrorTitle?: unknown;
  ErrorMessage?: unknown;
}

export interface EtRange {
  Value2: unknown;
  Formula: unknown;
  /** The displayed text: a property, a method in some builds; null for several differing cells. */
  readonly Text?: unknown;
  NumberFormat?: unknown;
  /** true: every cell lies in a merged area; false: none does; null: some do. */
  MergeCells?: unknown;
  readonly MergeArea?: unknown;
  /** Address() in WPS; a property in some builds. "$A$1:$C$3". */
  readonly Address?: unknown;
  readonly HasFormula?: unknown;
  /** "'" for text typed with a leading apostrophe. */
  readonly PrefixCharacter?: unknown;
  readonly Interior?: EtInterior;
  readonly Font?: EtFont;
  readonly Borders?: EtBorders;
  /** The cell's comment, or null/undefined when it has none. */
  readonly Comment?: unknown;
  readonly FormatConditions?: EtFormatConditions;
  readonly Validation?: EtValidation;
  HorizontalAlignment?: unknown;
  VerticalAlignment?: unknown;
  WrapText?: unknown;
  ColumnWidth?: unknown;
  RowHeight?: unknown;
  AddComment(text?: string): unknown;
  ClearComments(): void;
  Merge(across?: boolean): void;
  UnMerge(): void;
  Select(): unknown;
  Activate?(): unknown;
}

export interface EtPageSetup {
  Orientation?: unknown;
  PaperSize?: unknown;
  Zoom?: unknown;
  FitToPagesWide?: unknown;
  FitToPagesTall?: unknown;
  PrintTitleRows?: unknown;
}

export interface EtWorksheet {
  Name: unknown;
  /** -1 visible, 0 hidden, 2 very hidden (some builds answer true/false). */
  Visible: unknown;
  /** UsedRange: a property, or a method in some builds. */
  readonly UsedRange?: unknown;
  readonly Cells?: EtRange;
  readonly PageSetup?: EtPageSetup;
  Range(address: string): EtRange;
  Activate(): unknown;
  Select?(): unknown;
  Delete(): unknown;
}

export interface EtSheets {
  readonly Count: unknown;
  Item(index: number | string): EtWorksheet;
  /** Returns the new sheet, or null in some builds (the new sheet is then the active one). */
  Add(before?: unknown, after?: unknown, count?: unknown, type?: unknown): EtWorksheet | null | undefined;
}

export interface EtWindow {
  FreezePanes?: unknown;
  SplitRow?: unknown;
  SplitColumn?: unknown;
  ScrollRow?: unknown;
  ScrollColumn?: unknown;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Sheets?: EtSheets;
  readonly Name?: unknown;
}

export interface EtApplication {
  readonly Name?: unknown;
  readonly ActiveWorkbook: EtWorkbook | null | undefined;
  readonly ActiveSheet: EtWorksheet | null | undefined;
  readonly Selection?: unknown;
  readonly ActiveCell?: EtRange | null;
  readonly ActiveWindow?: EtWindow | null;
  ScreenUpdating?: unknown;
  DisplayAlerts?: unknown;
}

// ---------------------------------------------------------------------------------------------
// Enumerations (numbers as in VBA; WPS takes the same values).

export const XL = {
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  colorIndexNone: -4142,
  patternSolid: 1,
  /** FormatConditions.Add type: a formula. */
  expression: 2,
  between: 1,
  validateInputOnly: 0,
  validateList: 3,
  validAlertStop: 1,
  left: -4131,
  center: -4108,
  right: -4152,
  justify: -4130,
  top: -4160,
  bottom: -4107,
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  continuous: 1,
  dash: -4115,
  dot: -4118,
  double: -4119,
  thin: 2,
  medium: -4138,
  thick: 4,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
} as const;

// ---------------------------------------------------------------------------------------------
// Call-style helpers.

/** A member that is a property in some builds and a zero-argument method in others. */
export function read(obj: unknown, name: string): unknown {
  if (obj === null || obj === undefined) return undefined;
  const v = (obj as Record<string, unknown>)[name];
  return typeof v === "function" ? (v as () => unknown).call(obj) : v;
}

/** `Count` of a collection as a number (0 when missing). */
export function countOf(coll: unknown): number {
  const n = Number(read(coll, "Count"));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** The A1 range a Range object covers, from Address() / Address. */
export function areaOf(range: unknown): CellRange | undefined {
  const address = read(range, "Address");
  if (typeof address !== "string") return undefined;
  // A multi-area selection ("A1:B2,D4") counts by its first area.
  const first = address.split(",")[0] ?? "";
  return parseRange(first.replace(/\$/g, ""));
}

export function a1(r: CellRange): string {
  return rangeToA1(r);
}

/**
 * Value2/Formula as a rows × cols array, whatever shape the build gave: a scalar for one cell,
 * a 2-D array, or (seen in some bridges) a flat array for a single row or column.
 */
export function to2D(v: unknown, rows: number, cols: number): unknown[][] {
  let grid: unknown[][];
  if (!Array.isArray(v)) grid = [[v]];
  else if (v.every((row) => Array.isArray(row))) grid = v as unknown[][];
  else grid = rows === 1 ? [v] : (v as unknown[]).map((x) => [x]);
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = grid[r] ?? [];
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(src[c]);
    out.push(row);
  }
  return out;
}

/** "#FFC7CE" → BGR integer as Interior.Color wants it (R + G*256 + B*65536). */
export function bgrOf(colour: string): number {
  const hex = colour.replace(/^#/, "");
  const n = parseInt(hex.length === 3 ? hex.replace(/(.)/g, "$1$1") : hex, 16);
  if (!Number.isFinite(n)) return 0;
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return r + g * 256 + b * 65536;
}

/** BGR integer → "#RRGGBB". */
export function colourOfBgr(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}
