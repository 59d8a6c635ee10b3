/**
 * The host seam: everything the engine and the task pane do to a workbook goes through this
 * interface. Three implementations: the in-memory workbook backed by an .xlsx library
 * (hosts/memory — command line, browser preview, tests), Excel through Office.js
 * (hosts/excel) and WPS Spreadsheets through its ET object model (hosts/wps).
 *
 * Rules of the seam (see docs/architecture.md):
 * - plain data only: sheet names, A1 addresses, 2-D arrays, "#RRGGBB" colours, note texts;
 * - async everywhere (the WPS host wraps its synchronous calls);
 * - one batched unit of work per call (one read sync / one write sync on Excel);
 * - no host object is held across an await; nothing here knows about forms or rules.
 */
import type { Grid, CellValue } from "../grid/grid";

export type HostKind = "memory" | "excel" | "wps";

export interface SheetInfo {
  name: string;
  /** 0-based position among the workbook's sheets. */
  index: number;
  visible: boolean;
}

export interface Selection {
  sheet: string;
  /** A1 address of the selected range, e.g. "B3:D9". */
  range: string;
}

/** One cell to write: a value, or a formula (written with its leading "="). */
export type CellWrite = { value: CellValue } | { formula: string };

/** What a mark says: a finding's severity, or "ok" — a green mark (运行监控's traffic lights: on track). */
export type Severity = "error" | "warning" | "info" | "ok";

export interface Highlight {
  /** A1 address of a cell or range on the sheet. */
  ref: string;
  severity: Severity;
  /** Shown as a note (or a comment where notes are not supported). */
  note?: string;
}

export interface Border {
  style: "thin" | "medium" | "thick" | "dotted" | "dashed" | "double";
  color?: string;
}

/** Formatting applied to a range, used by templates. Colours are "#RRGGBB". */
export interface CellFormat {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  horizontal?: "left" | "center" | "right" | "justify";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  numberFormat?: string;
  /** Thin borders on every edge of every cell of the range when true. */
  borders?: boolean | { top?: Border; left?: Border; bottom?: Border; right?: Border };
}

export type LayoutOp =
  | { op: "merge"; range: string }
  | { op: "format"; range: string; format: CellFormat }
  | { op: "columnWidth"; column: string; width: number }
  | { op: "rowHeight"; row: number; height: number }
  | { op: "validationList"; range: string; items: readonly string[]; prompt?: string }
  | { op: "inputHint"; range: string; title: string; text: string }
  | { op: "freeze"; rows: number; cols?: number }
  | { op: "print"; orientation: "portrait" | "landscape"; paper: "A4"; fitToWidth?: boolean; titleRows?: string };

export interface HostCapabilities {
  /** Cell notes (ExcelApi 1.18, WPS comments, the .xlsx notes). Otherwise highlights use comments or none. */
  notes: boolean;
  /** Highlights leave the clerk's own formatting untouched (conditional formats or snapshot/restore). */
  safeHighlights: boolean;
  /** The host can produce the whole workbook as .xlsx bytes (the in-memory host). */
  save: boolean;
}

export interface WorkbookHost {
  readonly kind: HostKind;
  capabilities(): HostCapabilities;

  /**
   * How the workbook was read, when it was opened from a file (info, one sentence each): merged
   * areas that overlapped and were resolved, merged areas clipped to the filled cells, a file read
   * by content without its formatting. Hosts over a live Excel or WPS workbook have none.
   */
  readonly notices?: readonly string[];
  listSheets(): Promise<SheetInfo[]>;
  activeSheet(): Promise<string>;
  selection(): Promise<Selection>;

  /**
   * Read a sheet (its used range when `range` is omitted) into a grid: values, displayed text,
   * formulas and merged areas. Addresses in the grid are the sheet's own (a grid read from
   * "C5:F9" still calls its first cell C5).
   */
  readSheet(sheet: string, range?: string): Promise<Grid>;

  /** Write a 2-D block of values and formulas whose top-left cell is `topLeft`. */
  write(sheet: string, topLeft: string, cells: readonly (readonly CellWrite[])[]): Promise<void>;

  /** Replace this add-in's marks on a sheet with these; the clerk's own formatting is never changed. */
  setHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void>;
  /** Remove this add-in's marks (from one sheet, or every sheet): the sheet is exactly as before. */
  clearHighlights(sheet?: string): Promise<void>;
  /**
   * Optional: true when the host knows the sheet carries no marks of this add-in (it looked when
   * it last read or cleared the sheet, and has marked nothing there since), so there is nothing
   * to clear; false when it does not know.
   */
  knownUnmarked?(sheet: string): boolean;

  /** Select a range and bring it into view. */
  select(sheet: string, range: string): Promise<void>;

  /** Add a sheet; the name is made unique if taken. Resolves to the name actually used. */
  addSheet(name: string): Promise<string>;
  /**
   * Optional: delete a sheet this add-in added (撤销 of an insert), with this add-in's records
   * about it. Hosts without it cannot undo an insert, and the pane does not offer to.
   */
  removeSheet?(sheet: string): Promise<void>;
  /**
   * Optional: the number formats of a range ("General", "0.00%" …), one per cell, row by row, so
   * 撤销 can put a cell's format back exactly after a write that changed it.
   */
  numberFormats?(sheet: string, range: string): Promise<string[][]>;
  /** Apply template layout (merges, widths, formats, validation lists, print setup) to a sheet. */
  applyLayout(sheet: string, ops: readonly LayoutOp[]): Promise<void>;

  /** Settings stored inside the workbook (ignored rules, chosen profile), JSON-serialisable. */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/** The colours of our marks, shared by every host. */
export const HIGHLIGHT_COLOURS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  ok: "#C6EFCE",
};
