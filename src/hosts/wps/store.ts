/**
 * Our own data inside the workbook (settings, what highlights replaced, long drop-down lists), in
 * the very hidden sheet `_jixiao` — the same sheet, in the same layout, as the in-memory host's
 * store (src/hosts/memory/store.ts), so settings written in WPS are read by the command line and
 * the browser preview and back again.
 *
 * Why a very hidden sheet and not CustomDocumentProperties: a text document property holds at most
 * 255 characters (ignored rules and saved comments are longer), WPS builds differ in whether
 * `CustomDocumentProperties.Add` takes its arguments by position, and the .xlsx library behind
 * the other hosts drops docProps/custom.xml on load. Every program round-trips a sheet with
 * Visible = xlSheetVeryHidden (2), and the clerk cannot unhide it from WPS's menus.
 *
 * Layout: src/hosts/store-format.ts, the same for every host. Every text is written with a
 * leading apostrophe so WPS keeps it as text ("42" would otherwise become the number 42).
 */
import { type CellRange, columnLetters } from "../../grid/address";
import { STORE_SHEET, addWorksheet, findSheet, usedArea } from "./book";
import { type EtApplication, type EtWorkbook, type EtWorksheet, XL, a1, read, to2D } from "./et";
import { wpsError } from "./messages";
import { FIRST_RECORD_ROW, type RowWrite, STORE_HEADER, type StoreRows, listWrite, readRecord, recordWrite, storeRows } from "../store-format";

interface Loaded {
  ws: EtWorksheet;
  /** 1-based row → [key, ...pieces] as read. */
  rows: StoreRows;
}

export class WpsStore {
  constructor(
    private readonly app: EtApplication,
    private readonly wb: EtWorkbook,
  ) {}

  get(key: string): string | undefined {
    const data = this.load(false);
    return data ? readRecord(data.rows, key) : undefined;
  }

  /** Stores a value; undefined deletes the record (its row is emptied, never removed). */
  set(key: string, value: string | undefined): void {
    const data = this.load(value !== undefined);
    const write = data && recordWrite(data.rows, key, value);
    if (data && write) writeRow(data.ws, write);
  }

  keys(prefix = ""): string[] {
    const data = this.load(false);
    if (!data) return [];
    const out: string[] = [];
    for (const [r, row] of [...data.rows].sort((a, b) => a[0] - b[0])) {
      const k = row[0];
      if (r >= FIRST_RECORD_ROW && typeof k === "string" && k.startsWith(prefix)) out.push(k);
    }
    return out;
  }

  /** A drop-down list kept in the store; returns the absolute reference a validation can use. */
  listReference(items: readonly string[]): string {
    const data = this.load(true);
    const { reference, write } = listWrite(data.rows, items);
    if (write) writeRow(data.ws, write);
    return reference;
  }

  private load(create: true): Loaded;
  private load(create: boolean): Loaded | undefined;
  private load(create: boolean): Loaded | undefined {
    let ws = findSheet(this.wb, STORE_SHEET, true);
    if (!ws) {
      if (!create) return undefined;
      ws = this.create();
    }
    const area = usedArea(ws);
    let rows: StoreRows = new Map();
    if (area) {
      const block: CellRange = { top: 0, left: 0, bottom: area.bottom, right: area.right };
      rows = storeRows(to2D(ws.Range(a1(block)).Value2, area.bottom + 1, area.right + 1));
    }
    return { ws, rows };
  }

  private create(): EtWorksheet {
    let ws: EtWorksheet;
    try {
      ws = addWorksheet(this.app, this.wb, STORE_SHEET);
      ws.Visible = XL.sheetVeryHidden;
      // Builds without "very hidden" keep the value they had: plain hidden is the next best.
      if (read(ws, "Visible") !== XL.sheetVeryHidden) ws.Visible = XL.sheetHidden;
      ws.Range("A1").Value2 = `'${STORE_HEADER}`;
    } catch {
      throw wpsError("storeFailed");
    }
    return ws;
  }
}

/** Writes one record row as text, blanking what an older, wider record left behind. */
function writeRow(ws: EtWorksheet, { row, texts, oldWidth }: RowWrite): void {
  const width = Math.max(texts.length, oldWidth, 1);
  const cells = [];
  for (let c = 0; c < width; c++) {
    const t = texts[c];
    cells.push(t === undefined ? "" : `'${t}`);
  }
  const range = ws.Range(`A${row}:${columnLetters(width - 1)}${row}`);
  range.Value2 = width === 1 ? cells[0] : [cells];
  // The store is our only memory between sessions: a write WPS ignored must not pass as saved.
  const back = to2D(range.Value2, 1, width)[0] ?? [];
  const ok = texts.every((t, c) => back[c] === t) && back.slice(texts.length).every((v) => v === null || v === undefined || v === "");
  if (!ok) throw wpsError("storeFailed");
}
