/**
 * Template layout on an exceljs worksheet. Every op is checked before any is applied, so a bad
 * address leaves the sheet as it was.
 *
 * Conventions of LayoutOp as read here (A1 world, like the rest of the seam): `rowHeight.row` is
 * the 1-based row number people see; `columnWidth.column` is letters ("B", or "B:D" for several);
 * `freeze.rows/cols` are counts of frozen rows/columns (0 unfreezes); `print.titleRows` is "1:3",
 * "$1:$3" or a single "2".
 *
 * exceljs quirks absorbed here:
 * - `cell.font = …` writes into a style object that other cells may share (see highlights.ts):
 *   each cell gets a fresh style object built from its old one.
 * - `mergeCells` makes every covered cell share the master's style object; `mergeCellsWithoutStyle`
 *   keeps each cell's own (borders drawn around a merged area come from the covered cells). It
 *   also throws on overlap, so overlapping areas are unmerged first, as Excel's "merge" does.
 * - data validation lists: an inline list ("\"a,b\"") is limited to 255 characters and cannot hold
 *   commas or quotes; longer or such lists are written to the store sheet and referenced.
 *   Excel also caps prompt titles at 32 and prompts at 255 characters and calls files beyond
 *   that corrupt, so they are cut to fit.
 * - `pageSetup.printTitlesRow` must be "first:last"; a single row would be written as "$3:$undefined".
 */
import type ExcelJS from "exceljs";
import { type CellRange, rangeToA1, toA1 } from "../../grid/address";
import type { Border, CellFormat, LayoutOp } from "../host";
import { checkLayout, type CheckedOp } from "../shared/layout";
import { argbOf } from "./highlights";
import type { WorkbookStore } from "./store";
import { worksheetMerges } from "./xlsx-to-grid";

/** exceljs's validation model; its typings leave out type "any" (an input message with no rule). */
type Validation = Omit<ExcelJS.DataValidation, "type" | "formulae"> & { type: ExcelJS.DataValidation["type"] | "any"; formulae?: unknown[] };

export function applyLayoutOps(ws: ExcelJS.Worksheet, store: WorkbookStore, ops: readonly LayoutOp[]): void {
  for (const op of checkLayout("memory", ops)) apply(ws, store, op);
}

function forEachCell(ws: ExcelJS.Worksheet, r: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) fn(ws.getCell(row + 1, col + 1));
  }
}

function forEachAddress(r: CellRange, fn: (a1: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) fn(toA1(row, col));
  }
}

function apply(ws: ExcelJS.Worksheet, store: WorkbookStore, op: CheckedOp): void {
  switch (op.op) {
    case "merge":
      return merge(ws, op.range);
    case "format":
      return forEachCell(ws, op.range, (cell) => (cell.style = formatted(cell.style, op.format)));
    case "columnWidth":
      for (let c = op.from; c <= op.to; c++) ws.getColumn(c + 1).width = op.width;
      return;
    case "rowHeight":
      ws.getRow(op.row).height = op.height;
      return;
    case "validationList": {
      const dv: ExcelJS.DataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [op.inline !== undefined ? `"${op.inline}"` : store.listReference(op.items)],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "输入无效",
        error: "请从下拉列表中选择。",
      };
      if (op.prompt) Object.assign(dv, { showInputMessage: true, prompt: op.prompt });
      return forEachAddress(op.range, (a1) => validations(ws).add(a1, { ...dv }));
    }
    case "inputHint":
      return forEachAddress(op.range, (a1) => {
        const base: Validation = validations(ws).find(a1) ?? { type: "any", allowBlank: true };
        validations(ws).add(a1, { ...base, showInputMessage: true, promptTitle: op.title, prompt: op.text });
      });
    case "freeze": {
      const { rows, cols } = op;
      // exceljs loads a sheet without <sheetViews> as views = null.
      const { state: _s, xSplit: _x, ySplit: _y, topLeftCell: _t, ...keep } = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetViewFrozen>;
      const view: Partial<ExcelJS.WorksheetView> =
        rows === 0 && cols === 0 ? { ...keep, state: "normal" } : { ...keep, state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: toA1(rows, cols) };
      ws.views = [view, ...(ws.views ?? []).slice(1)];
      return;
    }
    case "print": {
      const setup: Partial<ExcelJS.PageSetup> = { ...ws.pageSetup, paperSize: 9 as ExcelJS.PaperSize, orientation: op.orientation };
      if (op.fitToWidth === true) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      if (op.fitToWidth === false) setup.fitToPage = false;
      // exceljs wants "first:last"; a single row would be written as "$3:$undefined".
      if (op.titleRows) setup.printTitlesRow = `${op.titleRows.first}:${op.titleRows.last}`;
      ws.pageSetup = setup;
      return;
    }
  }
}

/**
 * The sheet's validations by cell address. exceljs documents `worksheet.dataValidations` but its
 * typings omit it; going through it (not `cell.dataValidation`) avoids creating empty cells.
 */
function validations(ws: ExcelJS.Worksheet): { add(a1: string, dv: Validation): void; find(a1: string): Validation | undefined } {
  return (ws as unknown as { dataValidations: ReturnType<typeof validations> }).dataValidations;
}

function merge(ws: ExcelJS.Worksheet, r: CellRange): void {
  if (r.top === r.bottom && r.left === r.right) return;
  // Listing every merged area for every merge would make a template of 20,000 rows quadratic:
  // only when a cell of this range is already merged is there an overlap to look for.
  if (!anyMerged(ws, r)) {
    ws.mergeCellsWithoutStyle(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
    return;
  }
  for (const m of worksheetMerges(ws)) {
    if (m.top === r.top && m.left === r.left && m.bottom === r.bottom && m.right === r.right) return;
    const overlaps = m.left <= r.right && m.right >= r.left && m.top <= r.bottom && m.bottom >= r.top;
    if (overlaps) ws.unMergeCells(rangeToA1(m));
  }
  ws.mergeCellsWithoutStyle(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
}

/** Whether a cell of the range belongs to a merged area (cells not yet made cannot). */
function anyMerged(ws: ExcelJS.Worksheet, r: CellRange): boolean {
  for (let row = r.top; row <= r.bottom; row++) {
    if (!ws.findRow(row + 1)) continue;
    for (let col = r.left; col <= r.right; col++) if (ws.findCell(row + 1, col + 1)?.isMerged) return true;
  }
  return false;
}

function argbColor(colour: string): Partial<ExcelJS.Color> {
  return { argb: argbOf(colour) };
}

function border(b: Border): Partial<ExcelJS.Border> {
  return b.color ? { style: b.style, color: argbColor(b.color) } : { style: b.style };
}

/** A new style object: the old one with `f` laid over it. */
export function formatted(old: Partial<ExcelJS.Style>, f: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...old };
  if (f.font) {
    const font: Partial<ExcelJS.Font> = { ...old.font };
    if (f.font.name !== undefined) font.name = f.font.name;
    if (f.font.size !== undefined) font.size = f.font.size;
    if (f.font.bold !== undefined) font.bold = f.font.bold;
    if (f.font.italic !== undefined) font.italic = f.font.italic;
    if (f.font.color !== undefined) font.color = argbColor(f.font.color);
    style.font = font;
  }
  if (f.fill !== undefined) style.fill = { type: "pattern", pattern: "solid", fgColor: argbColor(f.fill) };
  if (f.horizontal !== undefined || f.vertical !== undefined || f.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...old.alignment };
    if (f.horizontal !== undefined) alignment.horizontal = f.horizontal;
    if (f.vertical !== undefined) alignment.vertical = f.vertical;
    if (f.wrap !== undefined) alignment.wrapText = f.wrap;
    style.alignment = alignment;
  }
  if (f.numberFormat !== undefined) style.numFmt = f.numberFormat;
  if (f.borders !== undefined && f.borders !== false) {
    const edges = f.borders === true ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : f.borders;
    const b: Partial<ExcelJS.Borders> = { ...old.border };
    if (edges.top) b.top = border(edges.top);
    if (edges.left) b.left = border(edges.left);
    if (edges.bottom) b.bottom = border(edges.bottom);
    if (edges.right) b.right = border(edges.right);
    style.border = b;
  }
  return style;
}

const THIN: Border = { style: "thin" };
