/**
 * Template layout through the ET object model. Every op is checked and normalised first, by the
 * code all hosts share (src/hosts/shared/layout.ts), so a bad address leaves the sheet as it was.
 *
 * Quirks absorbed here:
 * - `Merge()` on cells holding several values asks the clerk "keep only the top-left value?";
 *   DisplayAlerts is off around layout (see book.ts `quietly`). An area overlapping an existing
 *   merge is unmerged first, as the other hosts do.
 * - colours are BGR (Font.Color, Interior.Color).
 * - freezing panes works on the window, i.e. the active sheet: the sheet is activated for it and
 *   the sheet that was active is activated again afterwards.
 * - long or comma-holding drop-down lists go to the store sheet and are referenced, as in the
 *   in-memory host (an inline list is limited to 255 characters and splits at commas).
 */
import { type CellRange, columnLetters } from "../../grid/address";
import type { Border, CellFormat, LayoutOp } from "../host";
import { checkLayout, type CheckedOp } from "../shared/layout";
import { activeSheetName, findSheet, nameOf } from "./book";
import { type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet, XL, a1, bgrOf } from "./et";
import { findMerges } from "./read";
import type { WpsStore } from "./store";

const H_ALIGN = { left: XL.left, center: XL.center, right: XL.right, justify: XL.justify } as const;
const V_ALIGN = { top: XL.top, middle: XL.center, bottom: XL.bottom } as const;
const LINE: Record<Border["style"], { style: number; weight: number }> = {
  thin: { style: XL.continuous, weight: XL.thin },
  medium: { style: XL.continuous, weight: XL.medium },
  thick: { style: XL.continuous, weight: XL.thick },
  dotted: { style: XL.dot, weight: XL.thin },
  dashed: { style: XL.dash, weight: XL.thin },
  double: { style: XL.double, weight: XL.thick },
};

export interface LayoutContext {
  app: EtApplication;
  wb: EtWorkbook;
  ws: EtWorksheet;
  store: WpsStore;
}

export function applyLayoutOps(ctx: LayoutContext, ops: readonly LayoutOp[]): void {
  for (const op of checkLayout("wps", ops)) apply(ctx, op);
}

function apply(ctx: LayoutContext, op: CheckedOp): void {
  const { ws } = ctx;
  switch (op.op) {
    case "merge":
      return merge(ws, op.range);
    case "format":
      return format(ws.Range(a1(op.range)), op.format, op.range);
    case "columnWidth":
      ws.Range(`${columnLetters(op.from)}:${columnLetters(op.to)}`).ColumnWidth = op.width;
      return;
    case "rowHeight":
      ws.Range(`${op.row}:${op.row}`).RowHeight = op.height;
      return;
    case "validationList": {
      const v = ws.Range(a1(op.range)).Validation;
      if (!v) return;
      try {
        v.Delete();
      } catch {
        // Nothing to delete.
      }
      v.Add(XL.validateList, XL.validAlertStop, XL.between, op.inline ?? `=${ctx.store.listReference(op.items)}`);
      v.IgnoreBlank = true;
      v.InCellDropdown = true;
      v.ShowError = true;
      v.ErrorTitle = "输入无效";
      v.ErrorMessage = "请从下拉列表中选择。";
      if (op.prompt) {
        v.ShowInput = true;
        v.InputMessage = op.prompt;
      }
      return;
    }
    case "inputHint": {
      const v = ws.Range(a1(op.range)).Validation;
      if (!v) return;
      // Reading Type throws (or gives nothing) when the cells have no validation yet.
      let hasRule = false;
      try {
        hasRule = v.Type !== undefined && v.Type !== null;
      } catch {
        hasRule = false;
      }
      if (!hasRule) v.Add(XL.validateInputOnly, XL.validAlertStop, XL.between);
      v.ShowInput = true;
      v.InputTitle = op.title;
      v.InputMessage = op.text;
      return;
    }
    case "freeze":
      return freeze(ctx, op.rows, op.cols);
    case "print": {
      const setup = ws.PageSetup;
      if (!setup) return;
      setup.Orientation = op.orientation === "landscape" ? XL.landscape : XL.portrait;
      setup.PaperSize = XL.paperA4;
      if (op.fitToWidth === true) {
        setup.Zoom = false;
        setup.FitToPagesWide = 1;
        setup.FitToPagesTall = false;
      }
      if (op.fitToWidth === false) setup.Zoom = 100;
      if (op.titleRows) setup.PrintTitleRows = `$${op.titleRows.first}:$${op.titleRows.last}`;
      return;
    }
  }
}

function merge(ws: EtWorksheet, r: CellRange): void {
  if (r.top === r.bottom && r.left === r.right) return;
  const existing = findMerges(ws, r);
  if (existing.some((m) => m.top === r.top && m.left === r.left && m.bottom === r.bottom && m.right === r.right)) return;
  for (const m of existing) ws.Range(a1(m)).UnMerge();
  ws.Range(a1(r)).Merge();
}

function format(target: EtRange, f: CellFormat, r: CellRange): void {
  if (f.font && target.Font) {
    const font = target.Font;
    if (f.font.name !== undefined) font.Name = f.font.name;
    if (f.font.size !== undefined) font.Size = f.font.size;
    if (f.font.bold !== undefined) font.Bold = f.font.bold;
    if (f.font.italic !== undefined) font.Italic = f.font.italic;
    if (f.font.color !== undefined) font.Color = bgrOf(f.font.color);
  }
  if (f.fill !== undefined && target.Interior) {
    target.Interior.Pattern = XL.patternSolid;
    target.Interior.Color = bgrOf(f.fill);
  }
  if (f.horizontal !== undefined) target.HorizontalAlignment = H_ALIGN[f.horizontal];
  if (f.vertical !== undefined) target.VerticalAlignment = V_ALIGN[f.vertical];
  if (f.wrap !== undefined) target.WrapText = f.wrap;
  if (f.numberFormat !== undefined) target.NumberFormat = f.numberFormat;
  if (f.borders !== undefined && f.borders !== false && target.Borders) {
    const thin: Border = { style: "thin" };
    const edges =
      f.borders === true
        ? { top: thin, left: thin, bottom: thin, right: thin, insideV: r.right > r.left ? thin : undefined, insideH: r.bottom > r.top ? thin : undefined }
        : { ...f.borders, insideV: undefined, insideH: undefined };
    const apply = (index: number, b: Border | undefined) => {
      if (!b) return;
      const edge = target.Borders!.Item(index);
      edge.LineStyle = LINE[b.style].style;
      edge.Weight = LINE[b.style].weight;
      if (b.color) edge.Color = bgrOf(b.color);
    };
    apply(XL.edgeTop, edges.top);
    apply(XL.edgeLeft, edges.left);
    apply(XL.edgeBottom, edges.bottom);
    apply(XL.edgeRight, edges.right);
    apply(XL.insideVertical, edges.insideV);
    apply(XL.insideHorizontal, edges.insideH);
  }
}

function freeze(ctx: LayoutContext, rows: number, cols: number): void {
  const { app, wb, ws } = ctx;
  const before = activeSheetName(app);
  ws.Activate();
  const win = app.ActiveWindow;
  if (win) {
    win.FreezePanes = false;
    if (rows > 0 || cols > 0) {
      win.ScrollRow = 1;
      win.ScrollColumn = 1;
      win.SplitRow = rows;
      win.SplitColumn = cols;
      win.FreezePanes = true;
    }
  }
  if (before !== undefined && before !== nameOf(ws)) findSheet(wb, before)?.Activate();
}
