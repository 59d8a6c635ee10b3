/**
 * Highlights in an .xlsx: a solid fill in our colour plus a note with the message. The file
 * format has no layer for "marks" that survives every reader, so the cell's own formatting is
 * changed and put back: before a cell is touched its fill and note are saved (deep copies) in
 * the workbook store, and clearing puts back exactly those two — including "no fill", "no note"
 * and "this cell did not exist" — so a font, border or number format the clerk changed after we
 * marked the cell stays theirs. A cell that already has a note keeps it: ours is appended after
 * a line naming us (NOTE_SEPARATOR), and clearing restores the clerk's note exactly.
 *
 * exceljs quirks absorbed here:
 * - styles are shared objects: cells loaded with the same style index share font/fill objects,
 *   and merged cells can share one style object, so `cell.fill = …` (which writes into
 *   `cell.style`) repaints other cells too. A cell only ever gets a fresh style object.
 * - notes cannot be removed through the API (`cell.note = undefined` stores an empty note); the
 *   private `_comment` field is deleted instead, and with it the stale copy exceljs keeps in the
 *   value's model (see removeNote) — otherwise the note comes back on the next save.
 * - `ws.getCell` creates rows and cells; cells we created only to mark are removed again on clear
 *   so a saved file is byte-for-byte the clerk's sheet, not the clerk's sheet plus empty cells.
 *
 * A mark is only undone while it is still ours: if someone changed the cell's fill or note after
 * we marked it (in Excel, between save and re-open), their change stays.
 */
import type ExcelJS from "exceljs";
import { z } from "zod";
import { parseA1, parseRange, toA1 } from "../../grid/address";
import { HIGHLIGHT_COLOURS, type Highlight, type Severity } from "../host";
import { memoryError } from "./messages";
import type { WorkbookStore } from "./store";

const KEY_PREFIX = "highlights:";
/** Between the clerk's own note and ours, when a marked cell already has one. */
export const NOTE_SEPARATOR = "\n——绩效表助手——\n";
/** More than this many cells in one call is a caller's bug, not a form. */
export const MAX_MARKED_CELLS = 1_000_000;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, ok: 0 };

const Json = z.record(z.string(), z.unknown());
const SavedCell = z.object({
  ref: z.string(),
  /** The cell's exceljs fill before marking, as `{ fill }` (older records hold the whole style; only its fill is used). */
  style: Json,
  /** The cell's note before marking; absent when it had none. */
  note: z.union([z.string(), Json]).optional(),
  cellExisted: z.boolean(),
  rowExisted: z.boolean(),
  /** What we put there, to tell whether it is still ours. */
  markArgb: z.string(),
  markNote: z.string().optional(),
});
const SavedSheet = z.object({ version: z.literal(1), cells: z.array(SavedCell) });
type SavedCell = z.infer<typeof SavedCell>;

export function markKey(sheet: string): string {
  return KEY_PREFIX + sheet;
}

export function markedSheets(store: WorkbookStore): string[] {
  return store.keys(KEY_PREFIX).map((k) => k.slice(KEY_PREFIX.length));
}

/** "#FFC7CE" → exceljs's "FFFFC7CE". */
export function argbOf(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

/** Checks every ref before anything changes; returns the cells to mark with colour and notes. */
export function planHighlights(highlights: readonly Highlight[]): Map<string, { row: number; col: number; severity: Severity; notes: string[] }> {
  const plan = new Map<string, { row: number; col: number; severity: Severity; notes: string[] }>();
  let count = 0;
  for (const h of highlights) {
    const range = parseRange(h.ref);
    if (!range) throw memoryError("badAddress", h.ref);
    count += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (count > MAX_MARKED_CELLS) throw memoryError("rangeTooLarge", h.ref);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const ref = toA1(r, c);
        const entry = plan.get(ref) ?? { row: r, col: c, severity: h.severity, notes: [] };
        if (SEVERITY_RANK[h.severity] > SEVERITY_RANK[entry.severity]) entry.severity = h.severity;
        // One note per highlight, on its range's top-left cell.
        if (r === range.top && c === range.left && h.note && !entry.notes.includes(h.note)) entry.notes.push(h.note);
        plan.set(ref, entry);
      }
    }
  }
  return plan;
}

/** Marks the cells (after the caller cleared any earlier marks) and saves what they were; returns the cells marked. */
export function applyHighlights(ws: ExcelJS.Worksheet, store: WorkbookStore, highlights: readonly Highlight[]): string[] {
  const plan = planHighlights(highlights);
  if (plan.size === 0) return [];
  const saved: SavedCell[] = [];
  for (const [ref, p] of plan) {
    const rowExisted = ws.findRow(p.row + 1) !== undefined;
    const cellExisted = ws.findCell(p.row + 1, p.col + 1) !== undefined;
    const cell = ws.getCell(p.row + 1, p.col + 1);
    const markArgb = argbOf(HIGHLIGHT_COLOURS[p.severity]);
    const ownFill = cell.style?.fill;
    const entry: SavedCell = { ref, style: ownFill ? { fill: deepCopy(ownFill) } : {}, cellExisted, rowExisted, markArgb };
    const note = cell.note;
    if (note !== undefined) entry.note = deepCopy(note) as SavedCell["note"];
    const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: markArgb } };
    cell.style = { ...cell.style, fill };
    if (p.notes.length > 0) {
      const ours = p.notes.join("\n");
      const theirs = noteText(note);
      if (theirs === undefined || theirs === "") {
        cell.note = ours;
      } else if (typeof note === "string") {
        cell.note = theirs + NOTE_SEPARATOR + ours;
      } else {
        // Rich text: the clerk's runs as they are, ours after them.
        const texts = ((note as ExcelJS.Comment).texts ?? []) as ExcelJS.RichText[];
        cell.note = { ...(note as ExcelJS.Comment), texts: [...deepCopy(texts), { text: NOTE_SEPARATOR + ours }] } as ExcelJS.Comment;
      }
      entry.markNote = noteText(cell.note);
    }
    saved.push(entry);
  }
  store.set(markKey(ws.name), JSON.stringify({ version: 1, cells: saved }));
  return saved.map((c) => c.ref);
}

/** Undoes our marks on one sheet; `ws` undefined when the sheet is gone (the record is dropped). Returns the cells put back. */
export function restoreHighlights(ws: ExcelJS.Worksheet | undefined, store: WorkbookStore, sheetName: string): string[] {
  const key = markKey(sheetName);
  const raw = store.get(key);
  if (raw === undefined) return [];
  store.set(key, undefined);
  if (!ws) return [];
  let parsed: z.infer<typeof SavedSheet>;
  try {
    parsed = SavedSheet.parse(JSON.parse(raw));
  } catch {
    return []; // unreadable record (edited by hand?): nothing we can safely restore
  }
  for (const saved of parsed.cells) restoreCell(ws, saved);
  return parsed.cells.map((c) => c.ref);
}

function restoreCell(ws: ExcelJS.Worksheet, saved: SavedCell): void {
  const at = parseA1(saved.ref);
  if (!at) return;
  const row = ws.findRow(at.row + 1);
  const cell = row?.findCell(at.col + 1);
  if (!row || !cell) return;
  const fill = cell.style?.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
  if (fill?.type === "pattern" && fill.fgColor?.argb?.toUpperCase() === saved.markArgb) {
    // Only the fill goes back; the rest of the style is whatever the cell has now.
    // A fresh object (styles are shared), the keys kept in their order.
    const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
    const own = saved.style.fill as ExcelJS.Fill | undefined;
    if (own) style.fill = deepCopy(own);
    else delete style.fill;
    cell.style = style;
  }
  if (saved.markNote !== undefined && noteText(cell.note) === saved.markNote) {
    if (saved.note === undefined) removeNote(cell);
    else cell.note = deepCopy(saved.note) as string | ExcelJS.Comment;
  }
  if (!saved.cellExisted && cell.type === 0 && cell.note === undefined) forgetCell(row, at.col + 1);
  if (!saved.rowExisted) forgetRowIfEmpty(ws, row);
}

/** Plain text of a note, whether exceljs gives it as a string or as rich text. */
export function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: unknown }).texts;
  if (!Array.isArray(texts)) return undefined;
  return texts.map((t) => (t && typeof (t as { text?: unknown }).text === "string" ? (t as { text: string }).text : "")).join("");
}

function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete internals._comment;
  // The `cell.model` getter copies the note into the value's own model object and never takes it
  // out again (a loaded cell starts with it there), so the writer would still find it.
  if (internals._value?.model) delete internals._value.model.comment;
}

/** Drops a cell object exceljs created for us; trailing holes are trimmed as exceljs expects. */
function forgetCell(row: ExcelJS.Row, col1: number): void {
  const cells = (row as unknown as { _cells?: unknown[] })._cells;
  if (!Array.isArray(cells)) return;
  delete cells[col1 - 1];
  while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.length--;
}

function forgetRowIfEmpty(ws: ExcelJS.Worksheet, row: ExcelJS.Row): void {
  const cells = (row as unknown as { _cells?: unknown[] })._cells;
  const rows = (ws as unknown as { _rows?: unknown[] })._rows;
  if (!Array.isArray(cells) || !Array.isArray(rows) || cells.some(Boolean) || row.height !== undefined) return;
  delete rows[row.number - 1];
  while (rows.length > 0 && rows[rows.length - 1] === undefined) rows.length--;
}

function deepCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
