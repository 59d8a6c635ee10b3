/**
 * Reading a sheet (or a range of it) into a Grid through Office.js, in as few round trips as
 * possible:
 *
 * - The first sync asks, at once, for the extent of what is to be read (the used range by values,
 *   so formatting alone never widens a read), for the cells of its first block of rows (the used
 *   part of the region's first `blockRows` rows, read speculatively before the extent is known)
 *   and for the merged areas. A normal sheet is therefore read in exactly one sync.
 * - Rows beyond the first block are read in blocks of at most `blockRows` rows and `blockCells`
 *   cells, one sync per block. Excel on the web limits a response to 5 MB — bytes, not cells: a
 *   cell of Chinese text costs ~100 B over its five properties — so a block whose sync fails
 *   with a payload error is read again in half as many rows, down to one row; the caller is told
 *   the rows that fitted (`blockRows`) to start from next time.
 * - If the speculative first block is itself too big for one response, the read starts again
 *   the slow way: extent first, then blocks.
 * - Merged areas come from `getMergedAreasOrNullObject` (ExcelApi 1.13) on the whole sheet (or the
 *   range read: areas whose top-left cell lies in it, as Office.js reports them). That call fails
 *   past 512 areas; the read is then done again without merges and the limitation reported.
 *   Without 1.13 there is no way to list merged areas and the grid has none.
 * - Whatever else the caller wants to know about the sheet (`probe`: our marks, see marks.ts)
 *   is asked in the first sync too.
 *
 * Cells: `values`, `formulas`, `text` (Excel's own formatting of the value), `numberFormat` and
 * `valueTypes` are read together. A constant string such as "=1+1" stored as text reads back with
 * `formulas` equal to its value; it is told from a real formula by its value type (String) and
 * value (the formula's own text). Where a column is too narrow Excel's `text` is "####"; the text
 * is then rebuilt from the value and its number format.
 */
import { type CellRange, rangeToA1 } from "../../grid/address";
import { type Cell, type CellValue, Grid, displayText, makeCell } from "../../grid/grid";
import { formatNumber } from "../memory/number-format";
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from "./api";
import { isPayloadError } from "./messages";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

const CELL_PROPS = "values,formulas,text,numberFormat,valueTypes";

export interface ReadOptions<P = never> {
  blockRows: number;
  blockCells: number;
  /** Ask for merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Read the first block before the extent is known (one sync for a normal sheet). */
  speculative: boolean;
  /** Queues more loads on the sheet for the first sync; what it returns reads them afterwards. */
  probe?: (ctx: XlContext, ws: XlWorksheet) => () => P;
}

export interface ReadResult<P = never> {
  grid: Grid;
  syncs: number;
  /** The probe's answer, when there was a probe. */
  probed?: P;
  /** Set when blocks had to be halved to fit a response: the rows per block that fitted. */
  blockRows?: number;
}

type Rows = (Cell | undefined)[][];

/** One read of `region` of `sheet` inside a batch. Throws what Office.js throws. */
export async function readRegion<P = never>(ctx: XlContext, sheet: string, region: CellRange | undefined, opt: ReadOptions<P>): Promise<ReadResult<P>> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.load("name");
  const whole = region ?? WHOLE_SHEET;
  const regionRange = region ? ws.getRange(rangeToA1(region)) : undefined;
  const extent = regionRange ? regionRange.getUsedRangeOrNullObject(true) : ws.getUsedRangeOrNullObject(true);
  extent.load("rowIndex,columnIndex,rowCount,columnCount");

  let first: XlRange | undefined;
  let firstRect: CellRange | undefined;
  if (opt.speculative) {
    firstRect = { ...whole, bottom: Math.min(whole.bottom, whole.top + opt.blockRows - 1) };
    first = ws.getRange(rangeToA1(firstRect)).getUsedRangeOrNullObject(true);
    first.load(`${CELL_PROPS},rowIndex,columnIndex`);
  }
  let merged: XlRangeAreas | undefined;
  if (opt.merges) {
    merged = (regionRange ?? ws.getRange()).getMergedAreasOrNullObject();
    merged.load("address,areaCount");
  }
  const answer = opt.probe?.(ctx, ws);
  await ctx.sync();
  let syncs = 1;
  const probed = answer?.();

  const rows: Rows = [];
  const result: { blockRows?: number } = {};
  if (first && !first.isNullObject) collect(rows, first, first.rowIndex, first.columnIndex);

  if (!extent.isNullObject) {
    const e: CellRange = {
      top: extent.rowIndex,
      left: extent.columnIndex,
      bottom: extent.rowIndex + extent.rowCount - 1,
      right: extent.columnIndex + extent.columnCount - 1,
    };
    const width = e.right - e.left + 1;
    let step = Math.max(1, Math.min(opt.blockRows, Math.floor(opt.blockCells / width)));
    const start = firstRect ? Math.max(e.top, firstRect.bottom + 1) : e.top;
    for (let top = start; top <= e.bottom; ) {
      const block: CellRange = { top, left: e.left, bottom: Math.min(e.bottom, top + step - 1), right: e.right };
      const r = ws.getRange(rangeToA1(block));
      r.load(CELL_PROPS);
      try {
        await ctx.sync();
      } catch (err) {
        syncs++;
        // Too big for one response (5 MB on the web, counted in bytes, not cells): half the rows, again.
        if (!isPayloadError(err) || step === 1) throw err;
        step = Math.ceil(step / 2);
        result.blockRows = step;
        continue;
      }
      syncs++;
      collect(rows, r, block.top, block.left);
      top = block.bottom + 1;
    }
  }

  let merges: CellRange[] = [];
  if (merged && !merged.isNullObject) {
    merges = parseAreas(merged.address);
    if (merges.length !== merged.areaCount) {
      // The address text was cut short (Excel stops at 8,192 characters): ask area by area.
      const areas = merged.areas;
      areas.load("items/address");
      await ctx.sync();
      syncs++;
      merges = areas.items.flatMap((a) => parseAreas(a.address));
    }
    merges = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  }
  const out: ReadResult<P> = { grid: new Grid(ws.name, rows, merges), syncs };
  if (result.blockRows !== undefined) out.blockRows = result.blockRows;
  if (answer) out.probed = probed as P;
  return out;
}

function collect(rows: Rows, r: XlRange, top: number, left: number): void {
  const values = r.values;
  const formulas = r.formulas;
  const text = r.text;
  const formats = r.numberFormat;
  const types = r.valueTypes;
  for (let i = 0; i < values.length; i++) {
    const vRow = values[i] ?? [];
    for (let j = 0; j < vRow.length; j++) {
      const cell = toCell(vRow[j], formulas[i]?.[j], text[i]?.[j], formats[i]?.[j], types[i]?.[j]);
      if (cell) (rows[top + i] ??= [])[left + j] = cell;
    }
  }
}

/** One cell as Office.js reports it → a grid cell; undefined when empty. */
export function toCell(v: unknown, f: unknown, t: unknown, nf: unknown, vt: unknown): Cell | undefined {
  const isFormula = typeof f === "string" && f.length > 1 && f.startsWith("=") && !(vt === "String" && v === f);
  const empty = vt === "Empty" || v === "" || v === null || v === undefined;
  if (!isFormula && empty) return undefined;
  let value: CellValue;
  if (vt === "Error") value = { error: String(v) };
  else if (typeof v === "number") value = Number.isFinite(v) ? v : { error: "#NUM!" };
  else if (typeof v === "boolean") value = v;
  else if (v === null || v === undefined) value = null;
  else value = String(v);
  let text = typeof t === "string" ? t : displayText(value);
  if (typeof value === "number" && /^#+$/.test(text)) text = formatNumber(value, typeof nf === "string" ? nf : undefined) ?? displayText(value);
  return makeCell(value, text, isFormula ? (f as string) : undefined);
}

/** "Sheet1!A1:B2,'My, sheet'!C3" → ranges; sheet names (quoted or not) are dropped. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let part = "";
  let quoted = false;
  const flush = () => {
    const bare = part.trim();
    part = "";
    if (bare === "") return;
    const a1 = bare.slice(bare.lastIndexOf("!") + 1).replace(/\$/g, "");
    const r = parseA1Range(a1);
    if (r) out.push(r);
  };
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) flush();
    else part += ch;
  }
  flush();
  return out;
}

function parseA1Range(a1: string): CellRange | undefined {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(a1);
  if (!m) return undefined;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]!);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** A selection or range address without its sheet: "'My sheet'!B3:D9" → "B3:D9". */
export function bareAddress(address: string): string {
  const first = parseAreas(address)[0];
  return first ? rangeToA1(first) : address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}
