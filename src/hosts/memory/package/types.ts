/**
 * What the package writer is asked to change, in plain data: per sheet, the cells whose value,
 * number format, fill or note we changed (each present only when we touched it), and the
 * bookkeeping sheet's rows. The memory host builds this from its record of what it did.
 */

/** A change the writer cannot make in place; the caller says so and rebuilds instead. */
export class PatchUnsupported extends Error {
  override readonly name = "PatchUnsupported";
}

export type PatchScalar = number | string | boolean | { error: string };

export type PatchValue = { kind: "empty" } | { kind: "value"; value: PatchScalar } | { kind: "formula"; formula: string; result?: PatchScalar };

export interface PatchColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** A fill as exceljs describes it. */
export interface PatchFill {
  type?: string;
  pattern?: string;
  fgColor?: PatchColour;
  bgColor?: PatchColour;
}

export interface CellPatch {
  /** 0-based. */
  row: number;
  col: number;
  value?: PatchValue;
  numFmt?: string;
  /** null: no fill. */
  fill?: PatchFill | null;
  /** null: no note. */
  note?: string | null;
  /** The workbook has no such cell (any more): an empty cell in the file goes. */
  absent?: boolean;
}

export interface SheetPatch {
  name: string;
  cells: CellPatch[];
  /** The formula a cell holds now (shared formulas spelled out), for cells that lose their shared master. */
  formulaAt(row: number, col: number): string | undefined;
  /** Whether the workbook has this (0-based) row; an empty row it does not have goes. */
  rowExists(row: number): boolean;
}

export interface PackagePatch {
  sheets: SheetPatch[];
  /** The bookkeeping sheet: its name, and its rows of text; null removes it; undefined leaves it. */
  store?: { name: string; rows: string[][] | null };
  /** Formulas were written: ask Excel/WPS/LibreOffice to recalculate on open. */
  fullCalcOnLoad: boolean;
  /**
   * Sheets we added, in the order added, and the whole workbook as exceljs writes it (strings
   * inline), from which their parts are taken.
   */
  added?: { sheets: string[]; rendered: Uint8Array };
  /** The sheet to open on, and its selected range (A1), when we chose them; undefined keeps the file's. */
  view?: { sheet: string; range?: string };
}
