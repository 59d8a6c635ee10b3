/**
 * What the preview draws of one sheet: a window of its cells (the first rows and columns, at most
 * MAX_CELLS of them) with their text and merged areas read through the host seam, plus how each
 * cell looks — fill, font, alignment, borders, note, column widths and row heights — read from the
 * in-memory workbook (exceljs) underneath, because the host seam carries no formatting.
 *
 * The look is the workbook's own: our marks are fills and notes written into the cells by the
 * memory host, so they appear here as they would in Excel, and after 清除标记 the drawing shows
 * exactly what the file holds again.
 */
import type ExcelJS from "exceljs";
import { rangeToA1 } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { MemoryHost } from "../hosts/memory";
import { noteText } from "../hosts/memory/highlights";

/** The drawing stays quick on any sheet: no more cells than this are drawn. */
export const MAX_CELLS = 4000;
/** Nor more columns than this (a form is seldom wider than 20). */
export const MAX_COLS = 40;

export type Edge = "thin" | "thick";

export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  horizontal?: "left" | "center" | "right" | "justify";
  vertical?: "top" | "middle" | "bottom";
  top?: Edge;
  right?: Edge;
  bottom?: Edge;
  left?: Edge;
  /** The cell's note (批注), as plain text. */
  note?: string;
}

export interface SheetPicture {
  sheet: string;
  /** The sheet's size: its last used row and column (1-based counts). */
  rows: number;
  cols: number;
  /** The part drawn, from A1. */
  shownRows: number;
  shownCols: number;
  grid: Grid;
  /** "row:col" (0-based) → look; cells without any formatting are absent. */
  looks: ReadonlyMap<string, CellLook>;
  /** Column widths in CSS pixels, one per shown column. */
  widths: readonly number[];
  /** Row heights in CSS pixels where the sheet sets one. */
  heights: ReadonlyMap<number, number>;
}

/** How many rows and columns of a rows × cols sheet are drawn. */
export function windowOf(rows: number, cols: number, maxCells = MAX_CELLS, maxCols = MAX_COLS): { rows: number; cols: number } {
  const c = Math.min(cols, maxCols);
  const r = Math.min(rows, Math.max(1, Math.floor(maxCells / Math.max(1, c))));
  return { rows: r, cols: c };
}

export async function drawSheet(memory: MemoryHost, sheet: string): Promise<SheetPicture> {
  const ws = memory.workbook.worksheets.find((w) => w.name === sheet);
  if (!ws) {
    // Not in the workbook (any longer): let the host say why.
    await memory.readSheet(sheet);
    throw new Error(sheet);
  }
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const shown = windowOf(rows, cols);
  const grid =
    rows === 0 || cols === 0
      ? await memory.readSheet(sheet, "A1")
      : await memory.readSheet(sheet, rangeToA1({ top: 0, left: 0, bottom: shown.rows - 1, right: shown.cols - 1 }));
  const looks = new Map<string, CellLook>();
  const heights = new Map<number, number>();
  for (let r = 0; r < shown.rows; r++) {
    const row = ws.findRow(r + 1);
    if (!row) continue;
    if (typeof row.height === "number" && row.height > 0) heights.set(r, Math.round((row.height * 4) / 3));
    for (let c = 0; c < shown.cols; c++) {
      const cell = row.findCell(c + 1);
      if (!cell) continue;
      const look = lookOf(cell);
      if (look) looks.set(`${r}:${c}`, look);
    }
  }
  const widths: number[] = [];
  for (let c = 0; c < shown.cols; c++) widths.push(columnPixels(ws, c) ?? contentPixels(grid, c, shown.rows));
  return { sheet, rows, cols, shownRows: shown.rows, shownCols: shown.cols, grid, looks, widths, heights };
}

/** Excel's character-based width → pixels (Calibri 11: 7 px a character plus 5 px padding); undefined when unset. */
function columnPixels(ws: ExcelJS.Worksheet, col: number): number | undefined {
  const width = ws.getColumn(col + 1).width;
  if (typeof width !== "number" || width <= 0) return undefined;
  return Math.max(24, Math.min(640, Math.round(width * 7 + 5)));
}

/**
 * A column the sheet gives no width (files written by converters often do not) is drawn as wide
 * as its longest unmerged text needs, within reason, so the form stays readable.
 */
function contentPixels(grid: Grid, col: number, rows: number): number {
  let widest = 0;
  for (let r = 0; r < rows; r++) {
    const m = grid.mergeAt(r, col);
    if (m && m.right > m.left) continue;
    const text = grid.text(r, col);
    if (text === "") continue;
    for (const line of text.split("\n")) {
      let w = 0;
      // CJK and full-width characters are about twice as wide as Latin ones.
      for (const ch of line) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
      widest = Math.max(widest, w);
    }
  }
  return Math.max(64, Math.min(320, Math.round(widest * 6.5 + 10)));
}

function lookOf(cell: ExcelJS.Cell): CellLook | undefined {
  const look: CellLook = {};
  const style = cell.style ?? {};
  const fill = style.fill as { type?: string; pattern?: string; fgColor?: Partial<ExcelJS.Color> & { theme?: number; tint?: number } } | undefined;
  if (fill?.type === "pattern" && fill.pattern && fill.pattern !== "none") {
    const colour = cssColour(fill.fgColor);
    if (colour) look.fill = colour;
  }
  const font = style.font;
  if (font) {
    if (font.bold) look.bold = true;
    if (font.italic) look.italic = true;
    if (font.underline) look.underline = true;
    if (typeof font.size === "number") look.size = font.size;
    const colour = cssColour(font.color as ColourSpec | undefined);
    if (colour && colour !== "#000000") look.color = colour;
  }
  const a = style.alignment;
  if (a?.horizontal === "left" || a?.horizontal === "center" || a?.horizontal === "right" || a?.horizontal === "justify") look.horizontal = a.horizontal;
  else if (a?.horizontal === "centerContinuous" || a?.horizontal === "distributed") look.horizontal = "center";
  if (a?.vertical === "top" || a?.vertical === "bottom") look.vertical = a.vertical;
  else if (a?.vertical === "middle" || a?.vertical === "distributed" || a?.vertical === "justify") look.vertical = "middle";
  const b = style.border;
  if (b) {
    for (const side of ["top", "right", "bottom", "left"] as const) {
      const edge = b[side]?.style;
      if (edge) look[side] = edge === "medium" || edge === "thick" || edge === "double" ? "thick" : "thin";
    }
  }
  const note = noteText(cell.note);
  if (note) look.note = note;
  return Object.keys(look).length > 0 ? look : undefined;
}

type ColourSpec = { argb?: string; theme?: number; tint?: number };

/** The default Office theme's colours, by exceljs's theme index (lt1, dk1, lt2, dk2, accent1…6). */
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** "#RRGGBB" for an exceljs colour, or undefined when it names none we can draw. */
export function cssColour(c: ColourSpec | undefined): string | undefined {
  if (!c) return undefined;
  let hex: string | undefined;
  // Excel ignores the alpha byte ("00FFFF00" is as yellow as "FFFFFF00").
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(c.argb)) {
    hex = c.argb.slice(2);
  } else if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6}$/.test(c.argb)) {
    hex = c.argb;
  } else if (typeof c.theme === "number") {
    hex = THEME[c.theme];
  }
  if (!hex) return undefined;
  const tint = typeof c.tint === "number" ? c.tint : 0;
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const tinted = channels.map((v) => Math.round(tint >= 0 ? v + (255 - v) * tint : v * (1 + tint)));
  return `#${tinted.map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}
