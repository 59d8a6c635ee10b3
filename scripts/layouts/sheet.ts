/**
 * A small sheet builder for the layout corpus: cells placed by column and row, merged areas,
 * number formats; every value written returns the cell it went to, so the truth of a layout is
 * built from the same calls that fill its sheet and cannot drift from it.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../../src/grid/address";
import { formatNumber } from "../../src/hosts/memory/number-format";

export type Value = string | number;

/** A cell as the truth records it: the value, the A1 address and what the clerk sees there. */
export interface At<T = string> {
  value: T;
  ref: string;
  text: string;
}

interface CellSpec {
  value: Value;
  text: string;
  numFmt?: string;
  formula?: string;
  bold?: boolean;
  center?: boolean;
  title?: boolean;
}

export interface PutOptions {
  /** Merge across this many columns (1 = none). */
  span?: number;
  /** Merge down this many rows (1 = none). */
  down?: number;
  numFmt?: string;
  /** Formula without "=", stored with the value as its cached result. */
  formula?: string;
  bold?: boolean;
  center?: boolean;
  title?: boolean;
}

export class SheetBuilder {
  readonly name: string;
  private readonly cells = new Map<string, CellSpec>();
  private readonly merges: string[] = [];
  private readonly widths: number[];
  private maxRow = 0;
  private maxCol = 0;

  constructor(name: string, widths: number[]) {
    this.name = name;
    this.widths = widths;
  }

  /** Write `value` at (col, row), 0-based column and 1-based row; returns what the truth keeps. */
  put<T extends Value>(col: number, row: number, value: T, o: PutOptions = {}): At<T> {
    const ref = `${columnLetters(col)}${row}`;
    const text: string = typeof value === "number" ? (formatNumber(value, o.numFmt) ?? String(value)) : String(value);
    const spec: CellSpec = { value, text };
    if (o.numFmt !== undefined) spec.numFmt = o.numFmt;
    if (o.formula !== undefined) spec.formula = o.formula;
    if (o.bold) spec.bold = true;
    if (o.center) spec.center = true;
    if (o.title) spec.title = true;
    // "" only reserves the cell (borders, extent): nothing is written into it.
    if (value !== "") this.cells.set(ref, spec);
    const span = o.span ?? 1;
    const down = o.down ?? 1;
    if (span > 1 || down > 1) this.merges.push(`${ref}:${columnLetters(col + span - 1)}${row + down - 1}`);
    this.maxRow = Math.max(this.maxRow, row + down - 1);
    this.maxCol = Math.max(this.maxCol, col + span - 1);
    return { value, ref, text };
  }

  /** Adds the sheet to `wb`: values, formulas with cached results, merges, borders, fonts, widths. */
  addTo(wb: ExcelJS.Workbook): void {
    const ws = wb.addWorksheet(this.name, { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    let titleRows = 0;
    for (const [ref, spec] of this.cells) if (spec.title) titleRows = Math.max(titleRows, Number(/\d+/.exec(ref)?.[0] ?? 0));
    for (let r = titleRows + 1; r <= this.maxRow; r++) {
      for (let c = 0; c <= this.maxCol; c++) {
        const cell = ws.getCell(r, c + 1);
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        cell.font = { name: "宋体", size: 10 };
        cell.alignment = { vertical: "middle", wrapText: true };
      }
    }
    for (const [ref, spec] of this.cells) {
      const cell = ws.getCell(ref);
      cell.value = spec.formula !== undefined ? ({ formula: spec.formula, result: spec.value } as ExcelJS.CellFormulaValue) : spec.value;
      if (spec.numFmt !== undefined) cell.numFmt = spec.numFmt;
      if (spec.title) {
        cell.font = { name: "黑体", size: 14, bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle" };
        cell.border = {};
      } else {
        cell.font = { name: "宋体", size: 10, bold: spec.bold === true };
        cell.alignment = { vertical: "middle", wrapText: true, horizontal: spec.center ? "center" : undefined };
      }
    }
    for (const m of this.merges) ws.mergeCells(m);
    this.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
}
