/**
 * Workbook-level helpers over the ET object model: finding sheets, adding one, the used range.
 * Every function takes the objects it works on and returns plain data or fresh objects; nothing
 * is cached, so nothing outlives the call that asked for it.
 */
import type { CellRange } from "../../grid/address";
import { type EtApplication, type EtSheets, type EtWorkbook, type EtWorksheet, XL, areaOf, countOf, read } from "./et";
import { wpsError } from "./messages";
import { STORE_SHEET } from "../store-format";

/** Our very hidden data sheet; the same name the in-memory host uses, so data travels with the file. */
export { STORE_SHEET };

export function workbookOf(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw wpsError("noWorkbook");
  return wb;
}

export function worksheetsOf(wb: EtWorkbook): EtSheets {
  return wb.Worksheets ?? wb.Sheets;
}

export function nameOf(ws: EtWorksheet): string {
  const n = read(ws, "Name");
  return typeof n === "string" ? n : String(n ?? "");
}

/** Every worksheet in tab order, our store sheet included. */
export function allSheets(wb: EtWorkbook): EtWorksheet[] {
  const coll = worksheetsOf(wb);
  const out: EtWorksheet[] = [];
  const n = countOf(coll);
  for (let i = 1; i <= n; i++) {
    const ws = coll.Item(i);
    if (ws) out.push(ws);
  }
  return out;
}

/** The clerk's sheets in tab order (without the store sheet). */
export function clerkSheets(wb: EtWorkbook): EtWorksheet[] {
  return allSheets(wb).filter((ws) => nameOf(ws) !== STORE_SHEET);
}

export function isVisible(ws: EtWorksheet): boolean {
  const v = read(ws, "Visible");
  return v === XL.sheetVisible || v === true;
}

/** A sheet by name: exact match first, then regardless of case (as the programs compare names). */
export function findSheet(wb: EtWorkbook, name: string, includeStore = false): EtWorksheet | undefined {
  const sheets = includeStore ? allSheets(wb) : clerkSheets(wb);
  return sheets.find((ws) => nameOf(ws) === name) ?? sheets.find((ws) => nameOf(ws).toLowerCase() === name.toLowerCase());
}

export function requireSheet(wb: EtWorkbook, name: string): EtWorksheet {
  const ws = findSheet(wb, name);
  if (!ws) throw wpsError("unknownSheet", name);
  return ws;
}

export function activeSheetName(app: EtApplication): string | undefined {
  const ws = app.ActiveSheet;
  return ws ? nameOf(ws) : undefined;
}

/**
 * Adds a worksheet after the last one and names it. Absorbs two quirks: `Add()` returns null in
 * some builds (the new sheet is then the active sheet), and adding activates the new sheet, which
 * Office.js and the in-memory host do not do: the sheet that was active is activated again.
 * A name the program silently refused (read back different) is an error.
 */
export function addWorksheet(app: EtApplication, wb: EtWorkbook, name: string): EtWorksheet {
  const before = app.ActiveSheet ?? undefined;
  const beforeName = before ? nameOf(before) : undefined;
  const coll = worksheetsOf(wb);
  const countBefore = countOf(coll);
  const last = coll.Item(countBefore);
  let added: EtWorksheet | null | undefined;
  try {
    added = coll.Add(undefined, last);
  } catch {
    // Some builds reject an explicit `undefined` Before: add where the program likes, then it is active.
    added = coll.Add();
  }
  // Null from Add(): the new sheet is the active one. Wrappers are not identical between two
  // reads, so "did a sheet appear?" is asked of the count, and the name must differ from the old
  // active sheet's — renaming the clerk's sheet by mistake is the one thing this must never do.
  if (!added) {
    const active = app.ActiveSheet;
    added = active && nameOf(active) !== beforeName ? active : undefined;
  }
  if (!added || countOf(worksheetsOf(wb)) <= countBefore) throw wpsError("addSheetFailed", name);
  try {
    added.Name = name;
  } catch {
    throw wpsError("renameFailed", name);
  }
  if (nameOf(added) !== name) throw wpsError("renameFailed", name);
  if (before && isVisible(before)) {
    try {
      before.Activate();
    } catch {
      // Re-activating is a courtesy; the sheet was added and named.
    }
  }
  return added;
}

/** The used range as a 0-based area, or undefined for an empty sheet. */
export function usedArea(ws: EtWorksheet): CellRange | undefined {
  const used = read(ws, "UsedRange");
  const area = used ? areaOf(used) : undefined;
  return area;
}

/** Runs `fn` with screen updating (and alerts) off, restoring what was there before. */
export function quietly<T>(app: EtApplication, fn: () => T): T {
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  try {
    app.ScreenUpdating = false;
    app.DisplayAlerts = false;
  } catch {
    // Not settable in this build: run with the screen updating.
  }
  try {
    return fn();
  } finally {
    try {
      app.ScreenUpdating = screen === undefined ? true : screen;
      app.DisplayAlerts = alerts === undefined ? true : alerts;
    } catch {
      // As above.
    }
  }
}
