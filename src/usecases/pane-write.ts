/**
 * Writes the task pane makes on the clerk's behalf — one-click fixes, scores — shown before they
 * happen and undoable as one step. Excel's own undo does not cover an add-in's writes, so the
 * pane keeps the cells' previous contents (value or formula) and writes them back on 撤销.
 *
 * Everything goes through the host seam: a change is planned from what the cells hold now
 * (`planFixes`), applied after the clerk agreed (`applyChanges`, which snapshots first), and
 * undone from the snapshot (`undoWrites`).
 */
import { parseA1, toA1 } from "../grid/address";
import type { Cell } from "../grid/grid";
import type { CellWrite, LayoutOp, WorkbookHost } from "../hosts/host";
import type { Finding, FindingFix } from "../rules/types";

/** One cell that will change: what it shows now and what it will hold. */
export interface CellChange {
  sheet: string;
  ref: string;
  /** The cell's displayed text now. */
  before: string;
  /** What it will show (the value, or the formula with its "="). */
  after: string;
  write: CellWrite;
}

/** A fix that cannot be applied, and why. */
export interface SkippedFix {
  sheet: string;
  ref: string;
  /** "changed": the cell no longer shows what was checked; "formula": the cell holds a formula (fix the formula or its inputs instead). */
  reason: "changed" | "formula";
}

/** What 撤销 writes back: each cell's previous value or formula, and its number format. */
export interface UndoStep {
  cells: { sheet: string; ref: string; write: CellWrite; numberFormat?: string }[];
  /** Sheets where the write put notes of its own (scoring): undo takes this add-in's marks off them. */
  clearMarks?: string[];
  /** Sheets the write added (a template filled in, an import): undo removes them. */
  addedSheets?: string[];
  /** How many cells the write changed (for the message). */
  count: number;
}

/** A finding's fix with the sheet it applies to. */
export function fixOf(finding: Finding): (FindingFix & { sheet: string }) | undefined {
  if (!finding.fix) return undefined;
  return { ...finding.fix, sheet: finding.fix.sheet ?? finding.sheet };
}

function sameText(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

type Spot = { row: number; col: number; ref: string };

/** The cells named, sheet by sheet, with the smallest range holding each sheet's cells. */
function bySheet(cells: readonly { sheet: string; ref: string }[]): Map<string, { range: string; top: number; left: number; spots: Spot[] }> {
  const spots = new Map<string, Spot[]>();
  for (const c of cells) {
    const p = parseA1(c.ref);
    if (!p) continue;
    const list = spots.get(c.sheet) ?? [];
    list.push({ ...p, ref: c.ref });
    spots.set(c.sheet, list);
  }
  const out = new Map<string, { range: string; top: number; left: number; spots: Spot[] }>();
  for (const [sheet, list] of spots) {
    const top = Math.min(...list.map((p) => p.row));
    const left = Math.min(...list.map((p) => p.col));
    const bottom = Math.max(...list.map((p) => p.row));
    const right = Math.max(...list.map((p) => p.col));
    out.set(sheet, { range: `${toA1(top, left)}:${toA1(bottom, right)}`, top, left, spots: list });
  }
  return out;
}

/** Reads the cells named, one read per sheet (the smallest range holding them). */
async function readCells(host: WorkbookHost, cells: readonly { sheet: string; ref: string }[]): Promise<Map<string, Cell | undefined>> {
  const out = new Map<string, Cell | undefined>();
  for (const [sheet, { range, spots }] of bySheet(cells)) {
    const grid = await host.readSheet(sheet, range);
    for (const p of spots) out.set(`${sheet}!${p.ref}`, grid.cell(p.row, p.col));
  }
  return out;
}

/** The cells' number formats, one read per sheet; empty when the host cannot tell them. */
async function readFormats(host: WorkbookHost, cells: readonly { sheet: string; ref: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!host.numberFormats) return out;
  for (const [sheet, { range, top, left, spots }] of bySheet(cells)) {
    const formats = await host.numberFormats(sheet, range);
    for (const p of spots) {
      const f = formats[p.row - top]?.[p.col - left];
      if (f !== undefined) out.set(`${sheet}!${p.ref}`, f);
    }
  }
  return out;
}

function writeOf(cell: Cell | undefined): CellWrite {
  if (cell?.formula !== undefined) return { formula: `=${cell.formula}` };
  return { value: cell?.value ?? null };
}

function shown(write: CellWrite): string {
  return "formula" in write ? write.formula : write.value === null ? "" : typeof write.value === "object" ? write.value.error : String(write.value);
}

/**
 * The changes the fixes would make, checked against the cells as they are now: a cell that no
 * longer shows what was checked, or that holds a formula, is skipped with its reason. One change
 * per cell (the first fix for a cell wins).
 */
export async function planFixes(host: WorkbookHost, fixes: readonly (FindingFix & { sheet: string })[]): Promise<{ changes: CellChange[]; skipped: SkippedFix[] }> {
  const unique: (FindingFix & { sheet: string })[] = [];
  const seen = new Set<string>();
  for (const f of fixes) {
    const key = `${f.sheet}!${f.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  const now = await readCells(host, unique);
  const changes: CellChange[] = [];
  const skipped: SkippedFix[] = [];
  for (const f of unique) {
    const cell = now.get(`${f.sheet}!${f.ref}`);
    if (cell?.formula !== undefined) skipped.push({ sheet: f.sheet, ref: f.ref, reason: "formula" });
    else if (!sameText(cell?.text ?? "", f.from)) skipped.push({ sheet: f.sheet, ref: f.ref, reason: "changed" });
    else changes.push({ sheet: f.sheet, ref: f.ref, before: cell?.text ?? "", after: String(f.value), write: { value: f.value } });
  }
  return { changes, skipped };
}

/** Writes changes after keeping what the cells held, so the whole write can be undone in one step. */
export async function applyChanges(host: WorkbookHost, changes: readonly CellChange[]): Promise<UndoStep> {
  const undo = await snapshotCells(host, changes);
  for (const c of changes) await host.write(c.sheet, c.ref, [[c.write]]);
  return { ...undo, count: changes.length };
}

/** What the cells hold now, as the writes that would put them back. */
export async function snapshotCells(host: WorkbookHost, cells: readonly { sheet: string; ref: string }[]): Promise<UndoStep> {
  const now = await readCells(host, cells);
  const formats = await readFormats(host, cells);
  const kept = new Set<string>();
  const out: UndoStep["cells"] = [];
  for (const c of cells) {
    const key = `${c.sheet}!${c.ref}`;
    if (kept.has(key) || !now.has(key)) continue;
    kept.add(key);
    const numberFormat = formats.get(key);
    out.push({ sheet: c.sheet, ref: c.ref, write: writeOf(now.get(key)), ...(numberFormat !== undefined ? { numberFormat } : {}) });
  }
  return { cells: out, count: out.length };
}

/** The step can be taken back on this host (removing added sheets needs `removeSheet`). */
export function canUndo(host: WorkbookHost, step: UndoStep): boolean {
  return (step.addedSheets ?? []).length === 0 || host.removeSheet !== undefined;
}

/** Puts the cells back as they were before the write: values, formulas and number formats; removes the sheets it added. */
export async function undoWrites(host: WorkbookHost, step: UndoStep): Promise<void> {
  for (const c of step.cells) await host.write(c.sheet, c.ref, [[c.write]]);
  // Only a format the write changed is put back: setting the one a cell already shows would
  // still give it a style of its own, which the clerk's sheet did not have.
  const current = await readFormats(host, step.cells.filter((c) => c.numberFormat !== undefined));
  const formats = new Map<string, LayoutOp[]>();
  for (const c of step.cells) {
    if (c.numberFormat === undefined || current.get(`${c.sheet}!${c.ref}`) === c.numberFormat) continue;
    const ops = formats.get(c.sheet) ?? [];
    ops.push({ op: "format", range: c.ref, format: { numberFormat: c.numberFormat } });
    formats.set(c.sheet, ops);
  }
  for (const [sheet, ops] of formats) await host.applyLayout(sheet, ops);
  for (const sheet of step.clearMarks ?? []) await host.clearHighlights(sheet);
  const added = step.addedSheets ?? [];
  if (added.length > 0) {
    if (!host.removeSheet) throw new Error("这个程序不能删除工作表，请手动删除新插入的工作表。");
    const present = new Set((await host.listSheets()).map((s) => s.name));
    for (const sheet of added) if (present.has(sheet)) await host.removeSheet(sheet);
  }
}

/** The text a write will show, for a before → after preview. */
export function writeText(write: CellWrite): string {
  return shown(write);
}
