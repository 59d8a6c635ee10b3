/**
 * Our own data inside the workbook: settings, the clerk's formatting saved before highlighting,
 * and long drop-down lists. It lives in a very hidden sheet, `_jixiao`, because that is the one
 * place every reader keeps: exceljs does not read or write custom document properties
 * (docProps/custom.xml is dropped on load), while Excel, WPS and exceljs all round-trip a sheet
 * with state="veryHidden", and such a sheet cannot be unhidden from Excel's or WPS's menus.
 *
 * Layout: src/hosts/store-format.ts, the same for every host (the WPS and Excel hosts read and
 * write the same records).
 */
import type ExcelJS from "exceljs";
import { FIRST_RECORD_ROW, STORE_HEADER, STORE_SHEET, listRecord, listReference, recordTexts } from "../store-format";

export { STORE_SHEET };

export class WorkbookStore {
  constructor(private readonly wb: ExcelJS.Workbook) {}

  private sheet(create: true): ExcelJS.Worksheet;
  private sheet(create: false): ExcelJS.Worksheet | undefined;
  private sheet(create: boolean): ExcelJS.Worksheet | undefined {
    const existing = this.wb.getWorksheet(STORE_SHEET);
    if (existing || !create) return existing;
    const ws = this.wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    ws.getCell(1, 1).value = STORE_HEADER;
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
    recordTexts(key, value).forEach((t, i) => (row.getCell(i + 1).value = t));
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
    const { key, texts } = listRecord(items);
    let r = this.findRow(ws, key);
    if (r === undefined) {
      r = this.freeRow(ws);
      const row = ws.getRow(r);
      texts.forEach((t, i) => (row.getCell(i + 1).value = t));
    }
    return listReference(r, items.length);
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
