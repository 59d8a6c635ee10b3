/**
 * Our marks in WPS: a coloured fill on the flagged cells and the message as a cell comment.
 *
 * Fill — conditional formats, not the cells' own fill. A rule `FormatConditions.Add(xlExpression,
 * …, '=LEN("jixiao:error")>0')` is always true and paints its cells in our colour (Interior.Color
 * is BGR: R + G*256 + B*65536) while the clerk's own fill, pattern and theme colour stay exactly as
 * they were — a snapshot of Interior cannot restore a theme colour or a tint, only an RGB value.
 * Conditional formats carry no name or tag, so ours are told apart by the marker text inside
 * their formula ("jixiao:"), which survives WPS's formula normalisation because it is a string
 * literal; clearing deletes exactly the rules whose Formula1 contains it (or the Excel host's
 * marker), whatever the store says.
 * Rules are added from the least to the most severe, each moved to the top (SetFirstPriority),
 * so errors win over warnings and ours win over the clerk's rules; deleting ours gives the clerk's
 * rules back their old order.
 *
 * Builds where `FormatConditions.Add` is missing or throws get the fallback: the cells' own
 * Interior is changed and snapshotted first (Color, ColorIndex, Pattern per cell, in the store),
 * and restored on clear — only where the fill is still ours, so a fill the clerk changed since
 * stays. "No fill" is ColorIndex -4142 (xlColorIndexNone), restored as such.
 *
 * Notes — comments. One comment per highlight on its range's top-left cell (several highlights on
 * one cell share it, one message per line). A cell that already has a comment: its text and
 * visibility are saved in the store, the comment is replaced, and clearing puts the same text
 * and visibility back. The author and the comment box's formatting cannot be set through the API
 * (AddComment signs with the current user), so those are the one thing not restored. A comment
 * is only taken away while it is still ours (its text is the one we wrote).
 *
 * The record ("wps-highlights:<sheet>" in the store) lives in the workbook, so clearing works
 * after the pane is reloaded or the file is saved and opened again.
 */
import { z } from "zod";
import { type CellRange, parseRange, toA1 } from "../../grid/address";
import { HIGHLIGHT_COLOURS, type Highlight, type Severity } from "../host";
import { type EtFormatCondition, type EtRange, type EtWorksheet, XL, a1, bgrOf, countOf, read } from "./et";
import { wpsError } from "./messages";
import type { WpsStore } from "./store";

const KEY_PREFIX = "wps-highlights:";
export const MARKER = "jixiao:";
/**
 * Ours, or the Excel host's (`=N("jixiao-mark")=0`, src/hosts/excel/marks.ts): a workbook marked
 * in Excel and opened in WPS is cleared by 清除标记 too.
 */
const OUR_RULE = /"jixiao(:|-mark)/;
/** More than this many cells in one call is a caller's bug, not a form. */
export const MAX_MARKED_CELLS = 1_000_000;
/** The fallback (own fills) snapshots every cell: keep it to what a form needs. */
const MAX_FILL_CELLS = 100_000;

const SEVERITY_RANK: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };

const SavedComment = z.object({
  ref: z.string(),
  mark: z.string(),
  prior: z.object({ text: z.string(), visible: z.boolean() }).optional(),
});
const SavedFill = z.object({
  ref: z.string(),
  mark: z.number(),
  color: z.unknown().optional(),
  colorIndex: z.unknown().optional(),
  pattern: z.unknown().optional(),
});
const Record_ = z.object({
  version: z.literal(1),
  mode: z.enum(["conditional", "fill"]),
  comments: z.array(SavedComment),
  fills: z.array(SavedFill),
});
type Record_ = z.infer<typeof Record_>;

export function markKey(sheet: string): string {
  return KEY_PREFIX + sheet;
}

export function markedSheets(store: WpsStore): string[] {
  return store.keys(KEY_PREFIX).map((k) => k.slice(KEY_PREFIX.length));
}

/** The always-true formula of our rule for one severity. */
export function markFormula(severity: Severity): string {
  return `=LEN("${MARKER}${severity}")>0`;
}

interface Planned {
  range: CellRange;
  severity: Severity;
}

/** Checks every ref before anything changes. */
function plan(highlights: readonly Highlight[]): { marks: Planned[]; notes: Map<string, { range: CellRange; texts: string[] }> } {
  const marks: Planned[] = [];
  const notes = new Map<string, { range: CellRange; texts: string[] }>();
  let count = 0;
  for (const h of highlights) {
    const range = parseRange(h.ref);
    if (!range) throw wpsError("badAddress", h.ref);
    count += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (count > MAX_MARKED_CELLS) throw wpsError("rangeTooLarge", h.ref);
    marks.push({ range, severity: h.severity });
    if (h.note) {
      const ref = toA1(range.top, range.left);
      const entry = notes.get(ref) ?? { range: { top: range.top, left: range.left, bottom: range.top, right: range.left }, texts: [] };
      if (!entry.texts.includes(h.note)) entry.texts.push(h.note);
      notes.set(ref, entry);
    }
  }
  // Least severe first: each later rule goes on top.
  marks.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { marks, notes };
}

/** Marks a sheet (the caller has cleared earlier marks) and records what is needed to undo it. */
export function applyHighlights(ws: EtWorksheet, sheetName: string, store: WpsStore, highlights: readonly Highlight[]): void {
  const { marks, notes } = plan(highlights);
  if (marks.length === 0) return;
  const record: Record_ = { version: 1, mode: "conditional", comments: [], fills: [] };
  // Write the record first (as "conditional", no comments yet): if WPS fails half-way, clearing
  // still finds our rules by their marker.
  store.set(markKey(sheetName), JSON.stringify(record));
  try {
    if (!addConditionalFormats(ws, marks)) {
      record.mode = "fill";
      record.fills = fillCells(ws, marks);
    }
    for (const [ref, n] of notes) {
      const saved = replaceComment(ws.Range(ref), n.texts.join("\n"));
      if (saved) record.comments.push({ ref, ...saved });
    }
  } finally {
    store.set(markKey(sheetName), JSON.stringify(record));
  }
}

/** True when every rule was added; false (with none left behind) when this build cannot. */
function addConditionalFormats(ws: EtWorksheet, marks: readonly Planned[]): boolean {
  for (const m of marks) {
    let fc: EtFormatCondition | null | undefined;
    try {
      const fcs = ws.Range(a1(m.range)).FormatConditions;
      // Operator is ignored for xlExpression; passed as a number because some bridges reject undefined.
      fc = fcs?.Add(XL.expression, XL.between, markFormula(m.severity));
      if (!fc) throw new Error("no format condition");
      const interior = fc.Interior;
      if (!interior) throw new Error("no interior");
      interior.Color = bgrOf(HIGHLIGHT_COLOURS[m.severity]);
      if (typeof fc.SetFirstPriority === "function") fc.SetFirstPriority();
    } catch {
      try {
        fc?.Delete();
      } catch {
        // Removed below by its marker.
      }
      removeConditionalFormats(ws);
      return false;
    }
  }
  return true;
}

/** Deletes every rule of ours on the sheet (found by the marker in its formula). */
export function removeConditionalFormats(ws: EtWorksheet): void {
  let fcs;
  try {
    fcs = ws.Cells?.FormatConditions;
  } catch {
    return;
  }
  if (!fcs) return;
  for (let i = countOf(fcs); i >= 1; i--) {
    try {
      const fc = fcs.Item(i);
      const f = read(fc, "Formula1");
      if (typeof f === "string" && OUR_RULE.test(f)) fc.Delete();
    } catch {
      // A rule WPS cannot describe is not ours.
    }
  }
}

function fillCells(ws: EtWorksheet, marks: readonly Planned[]): Record_["fills"] {
  // Per cell: the most severe mark wins.
  const byCell = new Map<string, { r: number; c: number; severity: Severity }>();
  for (const m of marks) {
    for (let r = m.range.top; r <= m.range.bottom; r++) {
      for (let c = m.range.left; c <= m.range.right; c++) {
        const ref = toA1(r, c);
        const old = byCell.get(ref);
        if (!old || SEVERITY_RANK[m.severity] > SEVERITY_RANK[old.severity]) byCell.set(ref, { r, c, severity: m.severity });
        if (byCell.size > MAX_FILL_CELLS) throw wpsError("rangeTooLarge", a1(m.range));
      }
    }
  }
  const fills: Record_["fills"] = [];
  for (const [ref, p] of byCell) {
    const interior = ws.Range(ref).Interior;
    if (!interior) continue;
    const mark = bgrOf(HIGHLIGHT_COLOURS[p.severity]);
    fills.push({ ref, mark, color: interior.Color, colorIndex: interior.ColorIndex, pattern: interior.Pattern });
    interior.Color = mark;
  }
  return fills;
}

function commentOf(cell: EtRange): { text: string; visible: boolean } | undefined {
  let c: unknown;
  try {
    c = read(cell, "Comment");
  } catch {
    return undefined;
  }
  if (c === null || c === undefined) return undefined;
  const text = read(c, "Text");
  return { text: typeof text === "string" ? text : String(text ?? ""), visible: read(c, "Visible") === true };
}

/** Puts our note on a cell, remembering the clerk's comment it replaces. */
function replaceComment(cell: EtRange, text: string): Omit<z.infer<typeof SavedComment>, "ref"> | undefined {
  const prior = commentOf(cell);
  try {
    // AddComment fails on a cell that already has one.
    if (prior) cell.ClearComments();
    cell.AddComment(text);
  } catch {
    // The fill is the mark; a note WPS refused is not worth failing the whole check for. Put the
    // clerk's comment back if it was taken away.
    if (prior && !commentOf(cell)) restoreComment(cell, prior);
    return undefined;
  }
  return prior ? { mark: text, prior } : { mark: text };
}

function restoreComment(cell: EtRange, prior: { text: string; visible: boolean }): void {
  try {
    cell.AddComment(prior.text);
    const c = read(cell, "Comment");
    if (c && typeof c === "object" && "Visible" in c) (c as { Visible: unknown }).Visible = prior.visible;
  } catch {
    // Nothing more we can do through the API.
  }
}

/** Undoes our marks on one sheet; `ws` undefined when the sheet is gone (the record is dropped). */
export function restoreHighlights(ws: EtWorksheet | undefined, sheetName: string, store: WpsStore): void {
  const key = markKey(sheetName);
  const raw = store.get(key);
  if (ws) removeConditionalFormats(ws);
  if (raw === undefined) return;
  store.set(key, undefined);
  if (!ws) return;
  let record: Record_;
  try {
    record = Record_.parse(JSON.parse(raw));
  } catch {
    return; // unreadable record (edited by hand?): nothing we can safely restore
  }
  for (const f of record.fills) {
    const interior = ws.Range(f.ref).Interior;
    if (!interior || Number(interior.Color) !== f.mark) continue; // changed since: the clerk's now
    if (f.colorIndex === XL.colorIndexNone || f.colorIndex === undefined) {
      interior.ColorIndex = XL.colorIndexNone;
    } else {
      if (typeof f.color === "number") interior.Color = f.color;
      if (f.pattern !== undefined && f.pattern !== null) interior.Pattern = f.pattern;
    }
  }
  for (const c of record.comments) {
    const cell = ws.Range(c.ref);
    const now = commentOf(cell);
    if (!now || now.text !== c.mark) continue; // edited or removed since: leave it
    try {
      cell.ClearComments();
    } catch {
      continue;
    }
    if (c.prior) restoreComment(cell, c.prior);
  }
}
