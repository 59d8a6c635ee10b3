/**
 * Template layout through the ET object model. Every op is checked before any is applied, so a
 * bad address leaves the sheet as it was. Conventions as in the in-memory host
 * (src/hosts/memory/layout.ts): `rowHeight.row` is 1-based, `columnWidth.column` is letters
 * ("B" or "B:D"), `freeze` counts frozen rows/columns, `print.titleRows` is "1:3" or "2".
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
import { type CellRange, columnIndex, columnLetters, parseRange } from "../../grid/address";
import type { Border, CellFormat, LayoutOp } from "../host";
import { activeSheetName, findSheet, nameOf } from "./book";
import { type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet, XL, a1, bgrOf } from "./et";
import { wpsError } from "./messages";
import { findMerges } from "./read";
import type { WpsStore } from "./store";

const MAX_CELLS = 1_000_000;
const MAX_ROWS = 1_048_576;
const INLINE_LIST_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;

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
  const steps = ops.map((op) => prepare(ctx, op));
  for (const step of steps) step();
}

function range(ref: string): CellRange {
  const r = parseRange(ref);
  if (!r) throw wpsError("badAddress", ref);
  if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_CELLS) throw wpsError("rangeTooLarge", ref);
  return r;
}

function prepare(ctx: LayoutContext, op: LayoutOp): () => void {
  const { ws } = ctx;
  switch (op.op) {
    case "merge": {
      const r = range(op.range);
      return () => merge(ws, r);
    }
    case "format": {
      const r = range(op.range);
      return () => format(ws.Range(a1(r)), op.format, r);
    }
    case "columnWidth": {
      const cols = columns(op.column);
      return () => {
        ws.Range(`${columnLetters(cols.from)}:${columnLetters(cols.to)}`).ColumnWidth = op.width;
      };
    }
    case "rowHeight": {
      if (!Number.isInteger(op.row) || op.row < 1 || op.row > MAX_ROWS) throw wpsError("badRow", op.row);
      return () => {
        ws.Range(`${op.row}:${op.row}`).RowHeight = op.height;
      };
    }
    case "validationList": {
      const r = range(op.range);
      return () => {
        const v = ws.Range(a1(r)).Validation;
        if (!v) return;
        try {
          v.Delete();
        } catch {
          // Nothing to delete.
        }
        v.Add(XL.validateList, XL.validAlertStop, XL.between, listFormula(ctx.store, op.items));
        v.IgnoreBlank = true;
        v.InCellDropdown = true;
        v.ShowError = true;
        v.ErrorTitle = "输入无效";
        v.ErrorMessage = "请从下拉列表中选择。";
        if (op.prompt) {
          v.ShowInput = true;
          v.InputMessage = clip(op.prompt, PROMPT_MAX);
        }
      };
    }
    case "inputHint": {
      const r = range(op.range);
      return () => {
        const v = ws.Range(a1(r)).Validation;
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
        v.InputTitle = clip(op.title, PROMPT_TITLE_MAX);
        v.InputMessage = clip(op.text, PROMPT_MAX);
      };
    }
    case "freeze": {
      const rows = op.rows;
      const cols = op.cols ?? 0;
      if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) throw wpsError("badRow", rows);
      return () => freeze(ctx, rows, cols);
    }
    case "print": {
      const titleRows = op.titleRows === undefined ? undefined : printRows(op.titleRows);
      return () => {
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
        if (titleRows) setup.PrintTitleRows = titleRows;
      };
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

function columns(spec: string): { from: number; to: number } {
  const m = /^\$?([A-Za-z]{1,3})(?::\$?([A-Za-z]{1,3}))?$/.exec(spec.trim());
  if (!m) throw wpsError("badColumn", spec);
  const a = columnIndex(m[1]!);
  const b = m[2] ? columnIndex(m[2]) : a;
  if (a > 16383 || b > 16383) throw wpsError("badColumn", spec);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function printRows(spec: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(spec.trim());
  const a = m ? Number(m[1]) : NaN;
  const b = m?.[2] ? Number(m[2]) : a;
  if (!(a >= 1 && b >= 1 && a <= MAX_ROWS && b <= MAX_ROWS)) throw wpsError("badAddress", spec);
  return `$${Math.min(a, b)}:$${Math.max(a, b)}`;
}

function listFormula(store: WpsStore, items: readonly string[]): string {
  const inline = items.join(",");
  const fitsInline = inline.length <= INLINE_LIST_MAX && items.every((i) => !i.includes(",") && !i.includes('"'));
  return fitsInline ? inline : `=${store.listReference(items)}`;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max);
}
