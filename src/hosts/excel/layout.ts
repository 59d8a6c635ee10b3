/**
 * Template layout through Office.js. Every op is checked before anything is sent, then all of
 * them go in one sync (two when a drop-down list is too long to write inline).
 *
 * Ops are checked and normalised by the code all hosts share (src/hosts/shared/layout.ts);
 * `columnWidth` is in characters, converted to the points Office.js wants: (7 × chars + 5) px at
 * 96 dpi, as for Excel's default font.
 *
 * Requirement sets: merges, widths and heights need 1.2 (below the host's 1.4 floor); freeze panes
 * 1.7; data validation and input hints 1.8; page layout 1.9. An op the installed Excel cannot do
 * is skipped and reported through `skipped` (a Chinese sentence each), not failed.
 *
 * Drop-down lists: an inline list ("a,b,c") holds at most 255 characters and no commas or quotes.
 * Longer lists are written to the very hidden data sheet `_jixiao` shared with the other hosts
 * (store.ts: one record per list, found again by its key, new ones in the first empty row), which
 * listSheets never reports, and referenced from there.
 */
import { type CellRange, columnLetters, rangeToA1 } from "../../grid/address";
import type { Border, CellFormat, LayoutOp } from "../host";
import { checkLayout as checkOps } from "../shared/layout";
import type { XlContext, XlRange, XlWorksheet } from "./api";
import { EXCEL_HOST_MESSAGES as MSG } from "./messages";
import { openStore } from "./store";

export { STORE_SHEET } from "../store-format";
type Step = (ws: XlWorksheet, lists: ListStore) => void;

interface Checked {
  steps: Step[];
  skipped: string[];
  /** Lists too long to write inline. */
  longLists: (readonly string[])[];
}

export interface ListStore {
  /** The absolute reference a validation rule can point at. */
  reference(items: readonly string[]): string;
}

/** Checks every op and says which ones this Excel can do. */
export function checkLayout(ops: readonly LayoutOp[], supports: (set: string) => boolean): Checked {
  const steps: Step[] = [];
  const skipped = new Set<string>();
  const longLists: (readonly string[])[] = [];
  const gate = (set: string, what: string): boolean => {
    if (supports(set)) return true;
    skipped.add(MSG.layoutSkipped(what, set));
    return false;
  };
  for (const op of checkOps("excel", ops)) {
    switch (op.op) {
      case "merge":
        steps.push((ws) => {
          const target = ws.getRange(rangeToA1(op.range));
          // As the in-memory host does: merged areas the new one overlaps are undone first.
          target.unmerge();
          target.merge(false);
        });
        break;
      case "format":
        steps.push((ws) => applyFormat(ws.getRange(rangeToA1(op.range)), op.range, op.format));
        break;
      case "columnWidth": {
        const points = Math.round((op.width * 7 + 5) * 0.75 * 100) / 100;
        steps.push((ws) => {
          ws.getRange(`${columnLetters(op.from)}:${columnLetters(op.to)}`).format.columnWidth = points;
        });
        break;
      }
      case "rowHeight":
        steps.push((ws) => {
          ws.getRange(`${op.row}:${op.row}`).format.rowHeight = op.height;
        });
        break;
      case "validationList": {
        if (!gate("1.8", "下拉列表")) break;
        const { inline } = op;
        if (inline === undefined) longLists.push(op.items);
        steps.push((ws, lists) => {
          const dv = ws.getRange(rangeToA1(op.range)).dataValidation;
          dv.clear();
          dv.rule = { list: { inCellDropDown: true, source: inline ?? lists.reference(op.items) } };
          dv.errorAlert = { showAlert: true, style: "Stop", title: "输入无效", message: "请从下拉列表中选择。" };
          if (op.prompt) dv.prompt = { showPrompt: true, title: "", message: op.prompt };
        });
        break;
      }
      case "inputHint":
        if (!gate("1.8", "输入提示")) break;
        steps.push((ws) => {
          ws.getRange(rangeToA1(op.range)).dataValidation.prompt = { showPrompt: true, title: op.title, message: op.text };
        });
        break;
      case "freeze": {
        const { rows, cols } = op;
        if (!gate("1.7", "冻结窗格")) break;
        steps.push((ws) => {
          if (rows === 0 && cols === 0) ws.freezePanes.unfreeze();
          else if (cols === 0) ws.freezePanes.freezeRows(rows);
          else if (rows === 0) ws.freezePanes.freezeColumns(cols);
          else ws.freezePanes.freezeAt(rangeToA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
        });
        break;
      }
      case "print":
        if (!gate("1.9", "打印设置")) break;
        steps.push((ws) => {
          ws.pageLayout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
          ws.pageLayout.paperSize = "A4";
          if (op.fitToWidth === true) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (op.fitToWidth === false) ws.pageLayout.zoom = { scale: 100 };
          if (op.titleRows) ws.pageLayout.setPrintTitleRows(`$${op.titleRows.first}:$${op.titleRows.last}`);
        });
        break;
    }
  }
  return { steps, skipped: [...skipped], longLists };
}

/** Runs checked layout steps in one sync (two or three more first when long lists need the store sheet). */
export async function runLayout(ctx: XlContext, sheet: string, checked: Checked): Promise<number> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  let syncs = 0;
  let lists: ListStore = {
    reference: () => {
      throw new Error("no list store");
    },
  };
  if (checked.longLists.length > 0) {
    let counted = 0;
    const { store } = await openStore({ workbook: ctx.workbook, sync: () => (counted++, ctx.sync()) });
    syncs += counted;
    lists = { reference: (items) => `=${store.listReference(items)}` };
  }
  for (const step of checked.steps) step(ws, lists);
  await ctx.sync();
  return syncs + 1;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_STYLE: Record<Border["style"], { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  dotted: { style: "Dot", weight: "Thin" },
  dashed: { style: "Dash", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

function applyFormat(target: XlRange, r: CellRange, f: CellFormat): void {
  const fmt = target.format;
  if (f.font) {
    if (f.font.name !== undefined) fmt.font.name = f.font.name;
    if (f.font.size !== undefined) fmt.font.size = f.font.size;
    if (f.font.bold !== undefined) fmt.font.bold = f.font.bold;
    if (f.font.italic !== undefined) fmt.font.italic = f.font.italic;
    if (f.font.color !== undefined) fmt.font.color = f.font.color;
  }
  if (f.fill !== undefined) fmt.fill.color = f.fill;
  if (f.horizontal !== undefined) fmt.horizontalAlignment = H_ALIGN[f.horizontal];
  if (f.vertical !== undefined) fmt.verticalAlignment = V_ALIGN[f.vertical];
  if (f.wrap !== undefined) fmt.wrapText = f.wrap;
  if (f.numberFormat !== undefined) {
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    target.numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => f.numberFormat));
  }
  if (f.borders !== undefined && f.borders !== false) {
    const thin: Border = { style: "thin" };
    const edges = f.borders === true ? { top: thin, left: thin, bottom: thin, right: thin } : f.borders;
    const set = (index: Parameters<XlRange["format"]["borders"]["getItem"]>[0], b: Border) => {
      const border = fmt.borders.getItem(index);
      border.style = BORDER_STYLE[b.style].style;
      border.weight = BORDER_STYLE[b.style].weight;
      if (b.color) border.color = b.color;
    };
    // "Every edge of every cell": the outline plus the inside lines.
    if (edges.top) set("EdgeTop", edges.top);
    if (edges.bottom) set("EdgeBottom", edges.bottom);
    if (edges.left) set("EdgeLeft", edges.left);
    if (edges.right) set("EdgeRight", edges.right);
    const inH = edges.top ?? edges.bottom;
    const inV = edges.left ?? edges.right;
    if (inH && r.bottom > r.top) set("InsideHorizontal", inH);
    if (inV && r.right > r.left) set("InsideVertical", inV);
  }
}
