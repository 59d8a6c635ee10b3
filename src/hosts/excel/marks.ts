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
 * A cell that already holds the clerk's own note or comment keeps it and gets no message of ours
 * (the message is in the task pane): Excel lets a cell hold a note or a threaded comment, never
 * both, so with notes the clerk's comments are looked up too (one more read, only on a sheet that
 * has comments). Our registry entry is written ahead of the notes in the same sync, so one that
 * fails part-way leaves nothing of ours untracked. Volume-licensed Excel without notes (1.10–1.17)
 * cannot see the clerk's notes at all: when it refuses one of our comments, the comments are
 * placed one sync each, skipping the cells that refuse them, and the registry written again with
 * what was placed (docs/real-host-checklist.md §3 confirms this on a real Excel).
 * Which notes/comments are ours (cell + exact text) is kept in the workbook settings under
 * `jixiao.marks`, per worksheet id (ids survive renames). On clear, a note or comment is removed
 * only while it still says exactly what we wrote there; if the clerk edited it, it stays.
 *
 * Round trips: one read sync (the registry, our rules, the notes at the cells we will touch and
 * at the cells we marked last time, or the sheet's comments) and one write sync, whatever the
 * number of highlights. The host remembers, per sheet, where it put notes and comments; when
 * another runtime (the task pane vs. the ribbon's function file) or an earlier session made the
 * marks, one more read sync finds them.
 *
 * Checking a sheet saves the read sync: reading a sheet also probes it (`probeMarks`, in the read's
 * own sync) for anything of ours — a rule with our tag, an entry in the registry — and for notes
 * or comments at all. On a sheet found bare, `markBare` only adds, in one sync: it deletes nothing,
 * so a probe that has gone stale can never cost the clerk a note or a rule. The same sync loads,
 * ahead of the writes, what the probe promised (the sheet's name, no rule of ours, the registry
 * this host last saw); if any of it changed meanwhile, the caller puts things right with the
 * two-sync `replaceMarks`, which removes everything of ours (the new marks too) and marks again.
 * Should the sync fail part-way (a note on a cell that has gained one since the read), the
 * registry entry, written first, already names what was added, and the two-sync way removes it.
 * One gap remains: if another runtime rewrote the registry between the read and such a failed
 * sync, its newest entries are lost, and the notes or comments they named are no longer known as
 * ours (its rules still are, by their tag).
 */
import { type CellRange, parseRange, qualify, rangeToA1, toA1 } from "../../grid/address";
import { HIGHLIGHT_COLOURS, type Highlight, type Severity } from "../host";
import type { XlComment, XlConditionalFormat, XlContext, XlNote, XlRangeFill, XlSetting, XlWorksheet } from "./api";
import { errorCode, excelError } from "./messages";
import { bareAddress } from "./read";

export const MARKS_SETTING = "jixiao.marks";
export const MARK_TAG = "jixiao-mark";
export const MARK_FORMULA = `=N("${MARK_TAG}")=0`;
/** Cells one call may colour when fills have to be snapshotted (below ExcelApi 1.6). */
export const MAX_FILL_CELLS = 20_000;

const ORDER: Severity[] = ["ok", "info", "warning", "error"];
const RULE_PROPS = "items/id,items/type,items/customOrNullObject/rule/formula";
const RANK: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };

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
    if (!rect) throw excelError("badAddress", h.ref);
    cells += (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (fillMode && cells > MAX_FILL_CELLS) throw excelError("rangeTooLarge", h.ref);
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
  id: string;
  name: string;
  hint: Hint;
  syncs: number;
  /** The registry setting's value as this call left it (undefined: there is none). */
  registry: unknown;
  /** Cleared, conditional formats: the sheet is left bare as `probeMarks` means it. */
  bare: boolean;
}

/** Replaces our marks on one sheet with `plan` (an empty plan clears). Throws what Office.js throws. */
export async function replaceMarks(ctx: XlContext, req: MarkRequest): Promise<MarkResult> {
  const { plan, hint } = req;
  const ws = ctx.workbook.worksheets.getItem(req.sheet);
  ws.load("id,name");
  const regItem: XlSetting = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");

  const rules = req.colours === "conditional" ? ws.getRange().conditionalFormats : undefined;
  rules?.load(RULE_PROPS);

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
  // A cell holds a note or a threaded comment, never both: in notes mode the clerk's comments are
  // found too, so that no note of ours is put where one is (the sync would fail).
  const comments = req.notes !== "none" ? ws.comments : undefined;
  comments?.load("items/id,items/content");
  // Clearing by conditional formats: whether the sheet is left bare (see MarkResult.bare).
  const clearing = req.colours === "conditional" && plan.ranges.length === 0;
  const noteCount = clearing && req.notes === "notes" ? ws.notes.getCount() : undefined;

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

  const found = settingValue(regItem);
  const registry = parseRegistry(found);
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
  let deleted = 0;
  for (const n of before.notes ?? []) {
    const note = probes.get(n.cell);
    if (note && !note.isNullObject && note.content === n.text) {
      note.delete();
      freed.add(n.cell);
      deleted++;
    }
  }
  const commentAt = new Map<string, XlComment>();
  for (const [c, cell] of located) commentAt.set(cell, c);
  for (const n of before.comments ?? []) {
    const c = commentAt.get(n.cell);
    if (c && c.content === n.text) {
      c.delete();
      freed.add(n.cell);
      deleted++;
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
    if (addRules(ws, plan)) after.conditional = true;
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

  // What to add: not where the clerk has a note or a comment of their own (the message is in the pane).
  const texts: MarkedText[] = [];
  for (const [cell, text] of plan.texts) {
    if (req.notes === "none") break;
    const note = probes.get(cell);
    const theirNote = note !== undefined && !note.isNullObject && !freed.has(cell);
    const theirComment = commentAt.has(cell) && !freed.has(cell);
    if (theirNote || theirComment) continue;
    texts.push({ cell, text });
  }
  if (texts.length > 0) after[req.notes === "notes" ? "notes" : "comments"] = texts;

  // The registry first, so a sync that fails part-way leaves nothing of ours untracked.
  const marked = hasMarks(after);
  const changed = JSON.stringify(registry.sheets[ws.id] ?? null) !== JSON.stringify(marked ? after : null);
  let left = found;
  if (changed) {
    if (marked) registry.sheets[ws.id] = after;
    else delete registry.sheets[ws.id];
    left = JSON.stringify(registry);
    ctx.workbook.settings.add(MARKS_SETTING, left);
  }
  let added = addTexts(ws, ws.name, texts, req.notes);
  try {
    await ctx.sync();
    syncs++;
  } catch (e) {
    syncs++;
    // Without the notes API (1.10–1.17) the clerk's notes cannot be seen beforehand, and a comment
    // on a cell holding one fails the sync (after the colours and the registry, queued first).
    if (req.notes !== "comments" || errorCode(e) !== "InvalidArgument" || texts.length === 0) throw e;
    const placed = await placeComments(ctx, ws, texts);
    syncs += placed.syncs;
    added = placed.added;
    const kept = texts.filter((t) => added.some((a) => a.cell === t.cell));
    if (kept.length > 0) after.comments = kept;
    else delete after.comments;
    const stillMarked = hasMarks(after);
    if (stillMarked) registry.sheets[ws.id] = after;
    else delete registry.sheets[ws.id];
    left = JSON.stringify(registry);
    ctx.workbook.settings.add(MARKS_SETTING, left);
    await ctx.sync();
    syncs++;
    texts.splice(0, texts.length, ...kept);
  }

  const next: Hint = { notes: new Set(req.notes === "notes" ? texts.map((t) => t.cell) : []), comments: new Map() };
  for (const { cell, comment } of added) next.comments.set(comment.id, cell);
  // Comments of ours not replaced this time no longer exist; the clerk's keep their places for next time.
  for (const [c, cell] of located) if (!freed.has(cell)) next.comments.set(c.id, cell);
  const othersLeft = (noteCount?.value ?? 0) + (comments?.items.length ?? 0) - deleted;
  return { id: ws.id, name: ws.name, hint: next, syncs, registry: left, bare: clearing && othersLeft === 0 };
}

/** What reading a sheet learnt about our marks on it (see `probeMarks`). */
export interface MarksProbe {
  id: string;
  name: string;
  /** The registry setting's value (undefined: there is none). */
  registry: unknown;
  /** No rule with our tag, no registry entry, and no note or comment at all (of anyone's). */
  bare: boolean;
}

/**
 * Queues, alongside a read of `ws`, what tells whether the sheet is bare of our marks; the
 * function returned reads the answer after the sync. Colours by conditional format only.
 */
export function probeMarks(ctx: XlContext, ws: XlWorksheet, notes: NoteMode): () => MarksProbe {
  ws.load("id,name");
  const regItem = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");
  const rules = ws.getRange().conditionalFormats;
  rules.load(RULE_PROPS);
  const others = notes === "notes" ? ws.notes.getCount() : undefined;
  // Notes and threaded comments share cells: a sheet with either is not bare.
  const threads = notes !== "none" ? ws.comments.getCount() : undefined;
  return () => {
    const registry = settingValue(regItem);
    const bare = !rules.items.some(isOurs) && !(ws.id in parseRegistry(registry).sheets) && (others?.value ?? 0) + (threads?.value ?? 0) === 0;
    return { id: ws.id, name: ws.name, registry, bare };
  };
}

export interface BareRequest {
  /** The sheet as its probe saw it. */
  id: string;
  name: string;
  plan: Plan;
  notes: NoteMode;
  /** The registry's value as this host last saw it; the sheet has no entry in it. */
  registry: unknown;
}

export interface BareResult {
  /** The sheet was still as probed: same name, no rule of ours, the registry as expected. */
  asProbed: boolean;
  /** The sheet's name now. */
  name: string;
  /** The registry's value before this call, and as this call left it. */
  found: unknown;
  registry: unknown;
  /** The registry entry this call wrote for the sheet (undefined when the plan was empty). */
  entry: SheetMarks | undefined;
  hint: Hint;
}

/**
 * Marks a sheet its probe found bare, in one sync, conditional formats only: adds the plan's
 * rules and notes (or comments) and the registry entry, deletes nothing. An empty plan only
 * checks the sheet is still bare. Throws what Office.js throws (a note on a cell that has gained
 * one meanwhile fails the sync; the registry entry, written first, already names what was added).
 */
export async function markBare(ctx: XlContext, req: BareRequest): Promise<BareResult> {
  const { plan } = req;
  const ws = ctx.workbook.worksheets.getItem(req.id);
  ws.load("name");
  const regItem = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");
  const rules = ws.getRange().conditionalFormats;
  rules.load(RULE_PROPS);

  const entry: SheetMarks = { name: req.name };
  const texts: MarkedText[] = req.notes === "none" ? [] : [...plan.texts].map(([cell, text]) => ({ cell, text }));
  if (plan.ranges.length > 0) entry.conditional = true;
  if (texts.length > 0) entry[req.notes === "notes" ? "notes" : "comments"] = texts;
  const marked = hasMarks(entry);
  let left = req.registry;
  if (marked) {
    const registry = parseRegistry(req.registry);
    registry.sheets[req.id] = entry;
    left = JSON.stringify(registry);
    ctx.workbook.settings.add(MARKS_SETTING, left);
  }
  addRules(ws, plan);
  const added = addTexts(ws, req.name, texts, req.notes);
  await ctx.sync();

  const found = settingValue(regItem);
  const asProbed = ws.name === req.name && !rules.items.some(isOurs) && sameValue(found, req.registry);
  const hint: Hint = { notes: new Set(req.notes === "notes" ? texts.map((t) => t.cell) : []), comments: new Map() };
  for (const { cell, comment } of added) hint.comments.set(comment.id, cell);
  return { asProbed, name: ws.name, found, registry: left, entry: marked ? entry : undefined, hint };
}

/**
 * After `markBare` found the registry changed by someone else and wrote over it: writes back
 * what they wrote with this sheet's entry joined to ours, so neither loses track of its marks.
 */
export async function restoreRegistry(ctx: XlContext, found: unknown, id: string, entry: SheetMarks): Promise<unknown> {
  const registry = parseRegistry(found);
  const theirs = registry.sheets[id];
  const joined: SheetMarks = { ...entry };
  if (theirs?.conditional) joined.conditional = true;
  const notes = [...(theirs?.notes ?? []), ...(entry.notes ?? [])];
  const comments = [...(theirs?.comments ?? []), ...(entry.comments ?? [])];
  if (notes.length > 0) joined.notes = notes;
  if (comments.length > 0) joined.comments = comments;
  if (theirs?.fills) joined.fills = theirs.fills;
  registry.sheets[id] = joined;
  const value = JSON.stringify(registry);
  ctx.workbook.settings.add(MARKS_SETTING, value);
  await ctx.sync();
  return value;
}

/** The worksheet ids that carry marks according to the registry, and the registry's value. */
export async function markedSheetIds(ctx: XlContext): Promise<{ ids: string[]; registry: unknown }> {
  const regItem = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");
  await ctx.sync();
  const registry = settingValue(regItem);
  return { ids: Object.keys(parseRegistry(registry).sheets), registry };
}

/** Drops a sheet that no longer exists from the registry; resolves to the registry's value. */
export async function forgetSheet(ctx: XlContext, id: string): Promise<unknown> {
  const regItem = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  regItem.load("value");
  await ctx.sync();
  const found = settingValue(regItem);
  const registry = parseRegistry(found);
  if (!(id in registry.sheets)) return found;
  delete registry.sheets[id];
  const value = JSON.stringify(registry);
  ctx.workbook.settings.add(MARKS_SETTING, value);
  await ctx.sync();
  return value;
}

/** Two registry values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * After a sync that failed adding our comments: which of them are there (added before the failing
 * one), then the rest one sync each, skipping a cell that will not take one (the clerk's note).
 */
async function placeComments(ctx: XlContext, ws: XlWorksheet, texts: readonly MarkedText[]): Promise<{ added: { cell: string; comment: XlComment }[]; syncs: number }> {
  const all = ws.comments;
  all.load("items/id,items/content");
  await ctx.sync();
  const where = all.items.map((c) => {
    const at = c.getLocation();
    at.load("address");
    return { comment: c, at };
  });
  await ctx.sync();
  let syncs = 2;
  const added: { cell: string; comment: XlComment }[] = [];
  for (const { cell, text } of texts) {
    const there = where.find((w) => bareAddress(w.at.address) === cell && w.comment.content === text);
    if (there) {
      added.push({ cell, comment: there.comment });
      continue;
    }
    const comment = ws.comments.add(qualify(ws.name, cell), text);
    comment.load("id");
    try {
      await ctx.sync();
      added.push({ cell, comment });
    } catch (e) {
      if (errorCode(e) !== "InvalidArgument") throw e;
    } finally {
      syncs++;
    }
  }
  return { added, syncs };
}

/** Queues our notes (or comments) on the sheet; the comments added, whose ids load with the sync. */
function addTexts(ws: XlWorksheet, sheetName: string, texts: readonly MarkedText[], mode: NoteMode): { cell: string; comment: XlComment }[] {
  const added: { cell: string; comment: XlComment }[] = [];
  for (const { cell, text } of texts) {
    if (mode === "notes") ws.notes.add(cell, text);
    else if (mode === "comments") {
      const comment = ws.comments.add(qualify(sheetName, cell), text);
      comment.load("id");
      added.push({ cell, comment });
    }
  }
  return added;
}

function settingValue(item: XlSetting): unknown {
  return item.isNullObject ? undefined : (item.value as unknown);
}

function hasMarks(m: SheetMarks): boolean {
  return Boolean(m.conditional || m.fills || m.notes || m.comments);
}

/** One rule per range, info → warning → error, each moved to priority 0 (the last, an error, shows on top). */
function addRules(ws: XlWorksheet, plan: Plan): boolean {
  const ordered = [...plan.ranges].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  for (const { rect, severity } of ordered) {
    const cf = ws.getRange(rangeToA1(rect)).conditionalFormats.add("Custom");
    cf.custom.rule.formula = MARK_FORMULA;
    cf.custom.format.fill.color = HIGHLIGHT_COLOURS[severity];
    // On top of the clerk's own rules, said rather than assumed from where add() puts it.
    cf.priority = 0;
  }
  return ordered.length > 0;
}

function forEachCell(r: CellRange, fn: (a1: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(toA1(row, col));
}
