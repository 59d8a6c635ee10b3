/**
 * Our own data inside the workbook: settings, the clerk's formatting saved before highlighting,
 * and long drop-down lists. It lives in a very hidden sheet, `_jixiao`, because that is the one
 * place every reader keeps: exceljs does not read or write custom document properties
 * (docProps/custom.xml is dropped on load), while Excel, WPS and exceljs all round-trip a sheet
 * with state="veryHidden", and such a sheet cannot be unhidden from Excel's or WPS's menus.
 *
 * Layout, one record per row from row 2: column A holds the key, columns B, C, … hold the value
 * split into pieces below Excel's 32,767-character cell limit. Row 1 says what the sheet is for
 * anyone who finds it. Deleting a record empties its row rather than removing it, so the rows
 * that hold drop-down lists (referenced by address from data validation) never move.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../grid/address";

import { PIECE, STORE_SHEET, protectEscapes, splitPieces } from "../store-format";

export { STORE_SHEET };
const FIRST_RECORD_ROW = 2;

export class WorkbookStore {
  constructor(private readonly wb: ExcelJS.Workbook) {}

  private sheet(create: true): ExcelJS.Worksheet;
  private sheet(create: false): ExcelJS.Worksheet | undefined;
  private sheet(create: boolean): ExcelJS.Worksheet | undefined {
    const existing = this.wb.getWorksheet(STORE_SHEET);
    if (existing || !create) return existing;
    const ws = this.wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    ws.getCell(1, 1).value = "绩效表助手的数据（请勿修改）/ jixiao add-in data, do not edit";
    return ws;
  }

  get(key: string): string | undefined {
    const ws = this.sheet(false);
    if (!ws) return undefined;
    const r = this.findRow(ws, key);
    if (r === undefined) return undefined;
    const row = ws.getRow(r);
    let out = "";
    for (let c = 2; c <= row.cellCount; c++) {
      const v = row.findCell(c)?.value;
      if (typeof v === "string") out += v;
    }
    return out;
  }

  /** Stores a value (JSON text); undefined deletes the record. */
  set(key: string, value: string | undefined): void {
    const ws = value === undefined ? this.sheet(false) : this.sheet(true);
    if (!ws) return;
    let r = this.findRow(ws, key);
    if (r !== undefined) clearRow(ws.getRow(r));
    if (value === undefined) return;
    r ??= this.freeRow(ws);
    const row = ws.getRow(r);
    row.getCell(1).value = key;
    splitPieces(protectEscapes(value)).forEach((p, i) => (row.getCell(i + 2).value = p));
  }

  keys(prefix = ""): string[] {
    const ws = this.sheet(false);
    if (!ws) return [];
    const out: string[] = [];
    ws.eachRow((row, n) => {
      const k = row.findCell(1)?.value;
      if (n >= FIRST_RECORD_ROW && typeof k === "string" && k.startsWith(prefix)) out.push(k);
    });
    return out;
  }

  /**
   * A drop-down list kept in the store sheet; returns the absolute reference a data validation
   * can point at. The same items reuse the same row.
   */
  listReference(items: readonly string[]): string {
    const ws = this.sheet(true);
    const key = `list:${JSON.stringify(items)}`;
    let r = this.findRow(ws, key);
    if (r === undefined) {
      r = this.freeRow(ws);
      const row = ws.getRow(r);
      row.getCell(1).value = key.length > PIECE ? "list" : key;
      items.forEach((item, i) => (row.getCell(i + 2).value = item));
    }
    const last = columnLetters(items.length); // items sit in B… (0-based 1…items.length)
    return `'${STORE_SHEET}'!$B$${r}:$${last}$${r}`;
  }

  private findRow(ws: ExcelJS.Worksheet, key: string): number | undefined {
    let found: number | undefined;
    ws.eachRow((row, n) => {
      if (found === undefined && n >= FIRST_RECORD_ROW && row.findCell(1)?.value === key) found = n;
    });
    return found;
  }

  private freeRow(ws: ExcelJS.Worksheet): number {
    for (let r = FIRST_RECORD_ROW; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row || !row.hasValues) return r;
    }
    return Math.max(ws.rowCount + 1, FIRST_RECORD_ROW);
  }
}

function clearRow(row: ExcelJS.Row): void {
  for (let c = 1; c <= row.cellCount; c++) {
    const cell = row.findCell(c);
    if (cell) cell.value = null;
  }
}
