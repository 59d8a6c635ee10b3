/**
 * Highlights on Excel: the clerk's own formatting is never touched.
 *
 * Colour
 * - ExcelApi 1.6+: one conditional-format rule per highlighted range, a custom formula rule whose
 *   formula is always TRUE and carries our tag (`=N("jixiao-mark")=0`), with our fill colour.
 *   A conditional format paints over the cell without changing the cell's own fill, and our
 *   rules are found again by their tag (so no rule ids need remembering, and a rule copied with
 *   the sheet is still recognised). Rules are added info → warning → error; Excel gives each new
 *   rule the top priority, so an error shows over a warning on the same cell.
 * - Below 1.6: the cells' own fill is changed and the previous colour remembered in the workbook
 *   settings, then put back on clear. Excel reports "no fill" as white (#FFFFFF), and 1.1–1.5
 *   cannot tell the two apart, so a cell that had a white fill comes back without fill.
 *
 * Messages (one per highlight, on its top-left cell; several on one cell are joined)
 * - ExcelApi 1.18+: notes (the yellow sticky kind), keyed by cell.
 * - 1.10–1.17 (volume-licensed Office 2019/2021/2024): threaded comments.
 * - below 1.10: none; the colour alone marks the cell.
 * A cell that already holds the clerk's own note or comment keeps it and gets no message of ours.
 * Which notes/comments are ours (cell + exact text) is kept in the workbook settings under
 * `jixiao.marks`, per worksheet id (ids survive renames). On clear, a note or comment is removed
 * only while it still says exactly what we wrote there; if the clerk edited it, it stays.
 *
 * Round trips: one read sync (the registry, our rules, the notes at the cells we will touch and
 * at the cells we marked last time, or the sheet's comments) and one write sync, whatever the
 * number of highlights. The host remembers, per sheet, where it put notes and comments; when
 * another runtime (the task pane vs. the ribbon's function file) or an earlier session made the
 * marks, one more read sync finds them.
 */
import { type CellRange, parseRange, qualify, rangeToA1, toA1 } from "../../grid/address";
import { HIGHLIGHT_COLOURS, type Highlight, type Severity } from "../host";
import type { XlComment, XlConditionalFormat, XlContext, XlNote, XlRangeFill, XlSetting } from "./api";
import { EXCEL_HOST_MESSAGES as MSG, ExcelHostError } from "./messages";
import { bareAddress } from "./read";

export const MARKS_SETTING = "jixiao.marks";
export const MARK_TAG = "jixiao-mark";
export const MARK_FORMULA = `=N("${MARK_TAG}")=0`;
/** Cells one call may colour when fills have to be snapshotted (below ExcelApi 1.6). */
export const MAX_FILL_CELLS = 20_000;

const ORDER: Severity[] = ["info", "warning", "error"];
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export type ColourMode = "conditional" | "fill";
export type NoteMode = "notes" | "comments" | "none";

interface MarkedText {
  cell: string;
  text: string;
}
interface SavedFill {
  cell: string;
  /** The cell's colour before we coloured it; null for none (or white, see above). */
  colour: string | null;
}
interface SheetMarks {
  name: string;
  conditional?: boolean;
  notes?: MarkedText[];
  comments?: MarkedText[];
  fills?: SavedFill[];
}
interface Registry {
  version: 1;
  sheets: Record<string, SheetMarks>;
}

/** What this host instance last wrote on a sheet: where to look first next time. */
export interface Hint {
  notes: Set<string>;
  /** Comment id → cell. */
  comments: Map<string, string>;
}

export interface Plan {
  ranges: { rect: CellRange; severity: Severity }[];
  /** Top-left cell → message. */
  texts: Map<string, string>;
}

/** Checks every ref before anything is sent to Excel. */
export function planMarks(highlights: readonly Highlight[], fillMode: boolean): Plan {
  const ranges: Plan["ranges"] = [];
  const texts = new Map<string, string>();
  let cells = 0;
  for (const h of highlights) {
    const rect = parseRange(h.ref);
    if (!rect) throw new ExcelHostError(MSG.badAddress(h.ref));
    cells += (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (fillMode && cells > MAX_FILL_CELLS) throw new ExcelHostError(MSG.rangeTooLarge(h.ref));
    ranges.push({ rect, severity: h.severity });
    if (h.note) {
      const at = toA1(rect.top, rect.left);
      const prev = texts.get(at);
      if (prev === undefined) texts.set(at, h.note);
      else if (!prev.split("\n").includes(h.note)) texts.set(at, `${prev}\n${h.note}`);
    }
  }
  return { ranges, texts };
}

export function parseRegistry(value: unknown): Registry {
  try {
    const parsed = typeof value === "string" ? (JSON.parse(value) as Registry) : undefined;
    if (parsed && parsed.version === 1 && typeof parsed.sheets === "object" && parsed.sheets !== null) return parsed;
  } catch {
    // An unreadable registry (edited by hand?) is treated as empty: our rules are still found by tag.
  }
  return { version: 1, sheets: {} };
}

function isOurs(cf: XlConditionalFormat): boolean {
  if (cf.type !== "Custom") return false;
  const custom = cf.customOrNullObject;
  return !custom.isNullObject && custom.rule.formula.includes(MARK_TAG);
}

export interface MarkRequest {
  /** The sheet as the caller named it, or its id (clear-all goes by id). */
  sheet: string;
  plan: Plan;
  colours: ColourMode;
  notes: NoteMode;
  hint: Hint | undefined;
}

export interface MarkResult {
  name: string;
  hint: Hint;
  syncs: number;
}

/** Replaces our marks on one sheet with `plan` (an empty plan clears). Throws what Office.js throws. */
export async function replaceMarks(ctx: XlContext, req: MarkRequest): Promise<MarkResult> {
  const { plan, hint } = req;
  const ws = ctx.workbook.worksheets.getItem(req.sheet);
  ws.load("id,name");
  const regItem: XlSetting = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");

  const rules = req.colours === "conditional" ? ws.getRange().conditionalFormats : undefined;
  rules?.load("items/id,items/type,items/customOrNullObject/rule/formula");

  const probes = new Map<string, XlNote>();
  const probe = (cell: string) => {
    if (probes.has(cell)) return;
    const note = ws.notes.getItemOrNullObject(cell);
    note.load("content");
    probes.set(cell, note);
  };
  if (req.notes === "notes") {
    for (const cell of hint?.notes ?? []) probe(cell);
    for (const cell of plan.texts.keys()) probe(cell);
  }
  const comments = req.notes === "comments" ? ws.comments : undefined;
  comments?.load("items/id,items/content");

  const fills = new Map<string, XlRangeFill>();
  if (req.colours === "fill") {
    for (const { rect } of plan.ranges) {
      forEachCell(rect, (cell) => {
        if (fills.has(cell)) return;
        const fill = ws.getRange(cell).format.fill;
        fill.load("color");
        fills.set(cell, fill);
      });
    }
  }
  await ctx.sync();
  let syncs = 1;

  const registry = parseRegistry(regItem.isNullObject ? undefined : regItem.value);
  const before: SheetMarks = registry.sheets[ws.id] ?? { name: ws.name };

  // Marks made elsewhere (another runtime, an earlier session): one more read finds them.
  const located = new Map<XlComment, string>();
  let extraRead = false;
  if (req.notes === "notes") {
    for (const n of before.notes ?? []) {
      if (!probes.has(n.cell)) {
        probe(n.cell);
        extraRead = true;
      }
    }
  }
  const unlocated: { comment: XlComment; where: ReturnType<XlComment["getLocation"]> }[] = [];
  if (comments) {
    for (const c of comments.items) {
      const cell = hint?.comments.get(c.id);
      if (cell !== undefined) located.set(c, cell);
      else {
        const where = c.getLocation();
        where.load("address");
        unlocated.push({ comment: c, where });
        extraRead = true;
      }
    }
  }
  if (extraRead) {
    await ctx.sync();
    syncs++;
    for (const { comment, where } of unlocated) located.set(comment, bareAddress(where.address));
  }

  // Take ours away.
  for (const cf of rules?.items ?? []) if (isOurs(cf)) cf.delete();
  const freed = new Set<string>();
  for (const n of before.notes ?? []) {
    const note = probes.get(n.cell);
    if (note && !note.isNullObject && note.content === n.text) {
      note.delete();
      freed.add(n.cell);
    }
  }
  const commentAt = new Map<string, XlComment>();
  for (const [c, cell] of located) commentAt.set(cell, c);
  for (const n of before.comments ?? []) {
    const c = commentAt.get(n.cell);
    if (c && c.content === n.text) {
      c.delete();
      freed.add(n.cell);
    }
  }
  const restored = new Map<string, string | null>();
  for (const f of before.fills ?? []) {
    restored.set(f.cell, f.colour);
    const fill = ws.getRange(f.cell).format.fill;
    if (f.colour === null) fill.clear();
    else fill.color = f.colour;
  }

  // Put the new ones on.
  const after: SheetMarks = { name: ws.name };
  if (req.colours === "conditional") {
    const ordered = [...plan.ranges].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    for (const { rect, severity } of ordered) {
      const cf = ws.getRange(rangeToA1(rect)).conditionalFormats.add("Custom");
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = HIGHLIGHT_COLOURS[severity];
    }
    if (ordered.length > 0) after.conditional = true;
  } else {
    const worst = new Map<string, Severity>();
    for (const { rect, severity } of plan.ranges) {
      forEachCell(rect, (cell) => {
        const prev = worst.get(cell);
        if (prev === undefined || RANK[severity] > RANK[prev]) worst.set(cell, severity);
      });
    }
    const saved: SavedFill[] = [];
    for (const severity of ORDER) {
      for (const [cell, s] of worst) {
        if (s !== severity) continue;
        const original = restored.has(cell) ? restored.get(cell)! : fills.get(cell)!.color;
        saved.push({ cell, colour: original === null || original.toUpperCase() === "#FFFFFF" ? null : original });
        ws.getRange(cell).format.fill.color = HIGHLIGHT_COLOURS[severity];
      }
    }
    if (saved.length > 0) after.fills = saved;
  }

  const added: { cell: string; comment: XlComment }[] = [];
  const texts: MarkedText[] = [];
  if (req.notes === "notes") {
    for (const [cell, text] of plan.texts) {
      const existing = probes.get(cell);
      if (existing && !existing.isNullObject && !freed.has(cell)) continue; // the clerk's own note stays
      ws.notes.add(cell, text);
      texts.push({ cell, text });
    }
    if (texts.length > 0) after.notes = texts;
  } else if (req.notes === "comments") {
    for (const [cell, text] of plan.texts) {
      if (commentAt.has(cell) && !freed.has(cell)) continue; // the clerk's own comment stays
      const comment = ws.comments.add(qualify(ws.name, cell), text);
      comment.load("id");
      added.push({ cell, comment });
      texts.push({ cell, text });
    }
    if (texts.length > 0) after.comments = texts;
  }

  const hasMarks = after.conditional || after.fills || after.notes || after.comments;
  const changed = JSON.stringify(registry.sheets[ws.id] ?? null) !== JSON.stringify(hasMarks ? after : null);
  if (changed) {
    if (hasMarks) registry.sheets[ws.id] = after;
    else delete registry.sheets[ws.id];
    ctx.workbook.settings.add(MARKS_SETTING, JSON.stringify(registry));
  }
  await ctx.sync();
  syncs++;

  const next: Hint = { notes: new Set(req.notes === "notes" ? texts.map((t) => t.cell) : []), comments: new Map() };
  for (const { cell, comment } of added) next.comments.set(comment.id, cell);
  // Comments of ours not replaced this time no longer exist; the clerk's keep their places for next time.
  for (const [c, cell] of located) if (!freed.has(cell)) next.comments.set(c.id, cell);
  return { name: ws.name, hint: next, syncs };
}

/** The worksheet ids that carry marks according to the registry. */
export async function markedSheetIds(ctx: XlContext): Promise<string[]> {
  const regItem = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");
  await ctx.sync();
  return Object.keys(parseRegistry(regItem.isNullObject ? undefined : regItem.value).sheets);
}

/** Drops a sheet that no longer exists from the registry. */
export async function forgetSheet(ctx: XlContext, id: string): Promise<void> {
  const regItem = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");
  await ctx.sync();
  const registry = parseRegistry(regItem.isNullObject ? undefined : regItem.value);
  if (!(id in registry.sheets)) return;
  delete registry.sheets[id];
  ctx.workbook.settings.add(MARKS_SETTING, JSON.stringify(registry));
  await ctx.sync();
}

function forEachCell(r: CellRange, fn: (a1: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(toA1(row, col));
}
