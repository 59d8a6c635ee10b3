/**
 * The add-in's data sheet `_jixiao` through Office.js, in the layout every host shares
 * (src/hosts/store-format.ts): settings and long drop-down lists written here are read by WPS and
 * the command line, and theirs here. Records are found by key wherever they are and new ones go
 * in the first empty row, so nothing another host wrote is overwritten.
 *
 * `openStore` reads the sheet (1 sync when it does not exist, 2 when it does: Office.js cannot
 * chain a used range onto a sheet that may be a null object); `ExcelStore` then only queues
 * writes, for the caller's next sync. Settings that older versions of this add-in kept in the
 * workbook settings (`jixiao.setting.<key>`) are still read, and moved to the sheet when
 * written.
 */
import { columnLetters } from "../../grid/address";
import { type RowWrite, STORE_HEADER, STORE_SHEET, type StoreRows, listWrite, readRecord, recordWrite, storeRows } from "../store-format";
import type { XlContext, XlSetting } from "./api";

/** Where versions before the shared store kept settings: workbook settings under this prefix. */
export const OLD_SETTING_PREFIX = "jixiao.setting.";

export class ExcelStore {
  /** Rows claimed by this store's writes, not yet synced. */
  private readonly taken = new Set<number>();

  constructor(
    private readonly ctx: XlContext,
    private exists: boolean,
    private readonly rows: StoreRows,
  ) {}

  get(key: string): string | undefined {
    return readRecord(this.rows, key);
  }

  /** Queues writing a record; undefined empties its row. */
  set(key: string, value: string | undefined): void {
    const write = recordWrite(this.rows, key, value, this.taken);
    if (write) this.writeRow(write);
  }

  /** Queues a drop-down list's record (if new) and gives the reference a validation uses. */
  listReference(items: readonly string[]): string {
    const { reference, write } = listWrite(this.rows, items, this.taken);
    if (write) this.writeRow(write);
    return reference;
  }

  private writeRow({ row, texts, oldWidth }: RowWrite): void {
    const sheets = this.ctx.workbook.worksheets;
    if (!this.exists) {
      const ws = sheets.add(STORE_SHEET);
      ws.getRange("A1").formulas = [[`'${STORE_HEADER}`]];
      ws.visibility = "VeryHidden";
      this.exists = true;
    }
    const width = Math.max(texts.length, oldWidth, 1);
    const cells = Array.from({ length: width }, (_, c) => (texts[c] === undefined ? "" : `'${texts[c]}`));
    // Typed text: the apostrophe keeps "42" or "=x" as the text it is and is not stored.
    sheets.getItem(STORE_SHEET).getRange(`A${row}:${columnLetters(width - 1)}${row}`).formulas = [cells];
    this.rows.set(row, texts.length > 0 ? [...texts] : []);
    if (texts.length === 0) this.rows.delete(row);
    this.taken.add(row);
  }
}

/** Reads the store sheet, and the old-style settings named in `oldKeys` with it. */
export async function openStore(ctx: XlContext, oldKeys: readonly string[] = []): Promise<{ store: ExcelStore; old: Map<string, unknown> }> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  ws.load("name");
  const olds = oldKeys.map((k) => {
    const item: XlSetting = ctx.workbook.settings.getItemOrNullObject(OLD_SETTING_PREFIX + k);
    item.load("value");
    return [k, item] as const;
  });
  await ctx.sync();
  const old = new Map<string, unknown>();
  for (const [k, item] of olds) if (!item.isNullObject) old.set(k, item.value);
  if (ws.isNullObject) return { store: new ExcelStore(ctx, false, new Map()), old };
  const used = ctx.workbook.worksheets.getItem(STORE_SHEET).getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await ctx.sync();
  const rows = used.isNullObject ? new Map() : storeRows(used.values, used.rowIndex, used.columnIndex);
  return { store: new ExcelStore(ctx, true, rows), old };
}

/** Removes an old-style setting (queued). */
export function dropOldSetting(ctx: XlContext, key: string): void {
  const item = ctx.workbook.settings.getItemOrNullObject(OLD_SETTING_PREFIX + key);
  item.delete();
}
