/**
 * Layout operations checked and normalised once, for every host. `checkLayout` turns the seam's
 * LayoutOp (A1 text, as templates write them) into plain numbers and parsed ranges, refusing a bad
 * address, column, row or count with the host's coded error before anything is applied, so a bad
 * op leaves the sheet as it was. The hosts then only translate checked ops into their own API.
 *
 * Conventions: `rowHeight.row` is the 1-based row people see; `columnWidth.column` is letters
 * ("B" or "B:D"); `freeze` counts frozen rows and columns (0 and 0 unfreezes); `print.titleRows`
 * is "1:3", "$1:$3" or "2". A merge of one cell is no merge and is dropped. Excel caps prompt
 * titles at 32 and prompts at 255 characters and calls longer ones corrupt, so they are cut; an
 * inline drop-down list ("a,b,c") holds at most 255 characters and no comma or quote inside an
 * item, otherwise `inline` is undefined and the host writes the list to its store sheet.
 */
import { type CellRange, columnIndex, parseRange } from "../../grid/address";
import type { CellFormat, LayoutOp } from "../host";
import { COMMON_HOST_MESSAGES, errorsOf, type HostKind } from "./errors";

/** Cells one op may touch; templates format a few thousand. */
const MAX_CELLS = 1_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMN = 16383;
const INLINE_LIST_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;

export type CheckedOp =
  | { op: "merge"; range: CellRange }
  | { op: "format"; range: CellRange; format: CellFormat }
  | { op: "columnWidth"; from: number; to: number; width: number }
  | { op: "rowHeight"; row: number; height: number }
  | { op: "validationList"; range: CellRange; items: readonly string[]; inline: string | undefined; prompt: string | undefined }
  | { op: "inputHint"; range: CellRange; title: string; text: string }
  | { op: "freeze"; rows: number; cols: number }
  | { op: "print"; orientation: "portrait" | "landscape"; fitToWidth: boolean | undefined; titleRows: { first: number; last: number } | undefined };

/** Every op checked and normalised, or the host's HostError for the first bad one. */
export function checkLayout(host: HostKind, ops: readonly LayoutOp[]): CheckedOp[] {
  const fail = errorsOf(host, COMMON_HOST_MESSAGES);
  const range = (ref: string): CellRange => {
    const r = parseRange(ref);
    if (!r) throw fail("badAddress", ref);
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_CELLS) throw fail("rangeTooLarge", ref);
    return r;
  };
  const out: CheckedOp[] = [];
  for (const op of ops) {
    switch (op.op) {
      case "merge": {
        const r = range(op.range);
        if (r.top !== r.bottom || r.left !== r.right) out.push({ op: "merge", range: r });
        break;
      }
      case "format":
        out.push({ op: "format", range: range(op.range), format: op.format });
        break;
      case "columnWidth": {
        const m = /^\$?([A-Za-z]{1,3})(?::\$?([A-Za-z]{1,3}))?$/.exec(op.column.trim());
        if (!m) throw fail("badColumn", op.column);
        const a = columnIndex(m[1]!);
        const b = m[2] ? columnIndex(m[2]) : a;
        if (a > MAX_COLUMN || b > MAX_COLUMN) throw fail("badColumn", op.column);
        out.push({ op: "columnWidth", from: Math.min(a, b), to: Math.max(a, b), width: op.width });
        break;
      }
      case "rowHeight":
        if (!Number.isInteger(op.row) || op.row < 1 || op.row > MAX_ROWS) throw fail("badRow", op.row);
        out.push({ op: "rowHeight", row: op.row, height: op.height });
        break;
      case "validationList": {
        const inline = op.items.join(",");
        const fits = inline.length <= INLINE_LIST_MAX && op.items.every((i) => !i.includes(",") && !i.includes('"'));
        out.push({ op: "validationList", range: range(op.range), items: op.items, inline: fits ? inline : undefined, prompt: op.prompt ? clip(op.prompt, PROMPT_MAX) : undefined });
        break;
      }
      case "inputHint":
        out.push({ op: "inputHint", range: range(op.range), title: clip(op.title, PROMPT_TITLE_MAX), text: clip(op.text, PROMPT_MAX) });
        break;
      case "freeze": {
        const rows = op.rows;
        const cols = op.cols ?? 0;
        if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) throw fail("badRow", rows);
        out.push({ op: "freeze", rows, cols });
        break;
      }
      case "print": {
        let titleRows: { first: number; last: number } | undefined;
        if (op.titleRows !== undefined) {
          const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(op.titleRows.trim());
          const a = m ? Number(m[1]) : NaN;
          const b = m?.[2] ? Number(m[2]) : a;
          if (!(a >= 1 && b >= 1 && a <= MAX_ROWS && b <= MAX_ROWS)) throw fail("badAddress", op.titleRows);
          titleRows = { first: Math.min(a, b), last: Math.max(a, b) };
        }
        out.push({ op: "print", orientation: op.orientation, fitToWidth: op.fitToWidth, titleRows });
        break;
      }
    }
  }
  return out;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max);
}
