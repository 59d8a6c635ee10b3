/**
 * The format of our very hidden data sheet, shared by every host (in-memory, WPS and Excel), so
 * settings and lists written by one are read by the others: the sheet's name, its layout (below),
 * and how a JSON value is cut into cells. Each host only reads and writes cells its own way.
 */
import { columnLetters } from "../grid/address";

export const STORE_SHEET = "_jixiao";

/** Safely below Excel's 32,767 characters per cell. */
export const PIECE = 30_000;

/** Pieces of at most PIECE UTF-16 units, never cutting a surrogate pair in two. */
export function splitPieces(value: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  do {
    let end = Math.min(at + PIECE, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(value.slice(at, end));
    at = end;
  } while (at < value.length);
  return pieces;
}

/**
 * exceljs reads "_xHHHH_" in any cell text as an escaped character but writes such text
 * unescaped, so "_x0041_" saved and re-opened comes back as "A". In JSON an underscore only
 * occurs inside strings, where "\u005f" means the same: writing it that way keeps the pattern
 * out of the file.
 */
export function protectEscapes(json: string): string {
  return json.replace(/_x/g, "\\u005fx");
}

/*
 * The layout, the same in every host (in-memory, WPS, Excel), so what one wrote the others read:
 * row 1 says what the sheet is; from row 2 one record per row, the key in column A and the value
 * in B, C, … in pieces of at most PIECE characters, every cell text. A record is found by its key
 * wherever it is; a new one goes in the first row with nothing in it, so rows written by another
 * host (or a drop-down list that data validation points at by address) are never overwritten.
 * Deleting a record empties its row; rows never move.
 */

/** Row 1 of the store sheet. */
export const STORE_HEADER = "绩效表助手的数据（请勿修改）/ jixiao add-in data, do not edit";
/** The first record row, 1-based as people count rows. */
export const FIRST_RECORD_ROW = 2;
/** Key prefix of the settings the hosts keep for the use cases (getSetting / setSetting). */
export const SETTING_PREFIX = "setting:";

/** The store sheet as read: 1-based row → its cells from column A, trailing blanks dropped. */
export type StoreRows = Map<number, unknown[]>;

function blank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** Rows of values read from the store sheet; `top`/`left` are the 0-based row and column of values[0][0]. */
export function storeRows(values: readonly (readonly unknown[])[], top = 0, left = 0): StoreRows {
  const rows: StoreRows = new Map();
  values.forEach((line, i) => {
    let last = -1;
    line.forEach((v, j) => {
      if (!blank(v)) last = j;
    });
    if (last < 0) return;
    const cells: unknown[] = Array<unknown>(left).fill(null);
    for (let j = 0; j <= last; j++) cells.push(line[j]);
    rows.set(top + i + 1, cells);
  });
  return rows;
}

/** The row holding `key` (the first, should there be two); undefined when there is none. */
export function findRecord(rows: StoreRows, key: string): number | undefined {
  let found: number | undefined;
  for (const [r, cells] of rows) if (r >= FIRST_RECORD_ROW && cells[0] === key && (found === undefined || r < found)) found = r;
  return found;
}

/** The first row from FIRST_RECORD_ROW with nothing in it (rows in `taken` count as used). */
export function freeRecordRow(rows: StoreRows, taken: ReadonlySet<number> = new Set()): number {
  for (let r = FIRST_RECORD_ROW; ; r++) if (!rows.has(r) && !taken.has(r)) return r;
}

/** A record's value: its pieces joined. */
export function recordValue(cells: readonly unknown[]): string {
  let out = "";
  for (const piece of cells.slice(1)) if (typeof piece === "string") out += piece;
  return out;
}

/** The texts of a record row: key, then the value's pieces. */
export function recordTexts(key: string, value: string): string[] {
  return [key, ...splitPieces(protectEscapes(value))];
}

/** The record of a drop-down list: its key and its items, one a cell. */
export function listRecord(items: readonly string[]): { key: string; texts: string[] } {
  const key = `list:${JSON.stringify(items)}`;
  return { key, texts: [key.length > PIECE ? "list" : key, ...items] };
}

/** The absolute reference a data validation uses for a list kept in `row`. */
export function listReference(row: number, count: number): string {
  return `'${STORE_SHEET}'!$B$${row}:$${columnLetters(count)}$${row}`;
}

/** One record row to write: its texts from column A, blanking what an older, wider record left. */
export interface RowWrite {
  row: number;
  texts: string[];
  oldWidth: number;
}

/** A record's value as read from `rows`; undefined when there is no such record. */
export function readRecord(rows: StoreRows, key: string): string | undefined {
  const r = findRecord(rows, key);
  return r === undefined ? undefined : recordValue(rows.get(r) ?? []);
}

/** The row write that stores `value` under `key` (undefined empties the record's row); undefined when nothing is to be written. */
export function recordWrite(rows: StoreRows, key: string, value: string | undefined, taken?: ReadonlySet<number>): RowWrite | undefined {
  const r = findRecord(rows, key);
  const oldWidth = r === undefined ? 0 : (rows.get(r)?.length ?? 0);
  if (value === undefined) return r === undefined ? undefined : { row: r, texts: [], oldWidth };
  return { row: r ?? freeRecordRow(rows, taken), texts: recordTexts(key, value), oldWidth };
}

/** Where a drop-down list is kept: its reference, and the row to write when it is new. */
export function listWrite(rows: StoreRows, items: readonly string[], taken?: ReadonlySet<number>): { reference: string; write?: RowWrite } {
  const { key, texts } = listRecord(items);
  const found = findRecord(rows, key);
  if (found !== undefined) return { reference: listReference(found, items.length) };
  const row = freeRecordRow(rows, taken);
  return { reference: listReference(row, items.length), write: { row, texts, oldWidth: 0 } };
}
