/**
 * A faithful in-memory fake of the part of the Excel JavaScript API (Office.js) that ExcelHost
 * uses (src/hosts/excel/api.ts lists it). Hand-written rather than office-addin-mock, whose
 * OfficeMockObject returns an error string for unloaded properties instead of throwing, has no
 * collections, and would not catch the mistakes this fake exists to catch.
 *
 * What it models, as Microsoft documents Office.js (learn.microsoft.com, "Excel JavaScript API"):
 * - the proxy model: calls only queue work; `context.sync()` runs the queue in order; reading a
 *   property before load + sync throws PropertyNotLoaded; `isNullObject` is readable only after a
 *   load and a sync; a failing step rejects the sync with { code, message, debugInfo } and the
 *   steps before it stay done (no rollback); `syncCount` counts round trips;
 * - requirement sets: every step knows its ExcelApi version and fails with ApiNotFound on a fake
 *   built with an older `apiVersion` (volume-licensed Office stops at one: Office 2019 at 1.8,
 *   LTSC 2021 at 1.14, LTSC 2024 at 1.17; "1.12" gives comments but neither merged areas (1.13)
 *   nor notes (1.18));
 * - worksheets: getItem (ItemNotFound), getItemOrNullObject, add (unique, valid names),
 *   activate (not on hidden sheets), position, visibility; the active sheet and the selection;
 * - ranges: values, formulas, text, numberFormat, valueTypes as 2-D arrays; writes parsed like
 *   typed input (see workbook-state.ts); null in a written array leaves that cell alone; array
 *   sizes must match the range; getUsedRangeOrNullObject (values only) returns a null object on a
 *   blank sheet, Worksheet.getUsedRange returns A1 there; `text` shows "########" for numbers in
 *   a column marked narrow; a response above `responseByteLimit` bytes (Excel on the web: 5 MB,
 *   "payload size limit for requests and responses of 5MB", Microsoft's resource-limits page;
 *   counted as the loaded values' UTF-8 JSON) or `responseCellLimit` cells fails with
 *   ResponsePayloadSizeLimitExceeded;
 * - merged areas: merge keeps the top-left value; getMergedAreasOrNullObject reports areas whose
 *   top-left cell lies in the range, fails past `mergedAreaLimit` (512), and its address string is
 *   cut at `addressLimit` (8,192) characters;
 * - cell formats (number format, fill — reported "#FFFFFF" when there is none —, font,
 *   alignment, wrap, borders, column widths and row heights in points), custom-formula
 *   conditional formats (new rules take the top priority; `priority` is a rule's index, 0 on top,
 *   and setting it moves the rule, negative from the back, out of range clamped; `stopIfTrue`;
 *   they never change a cell's own fill),
 *   data validation (1.8), freeze panes (1.7), page layout (1.9);
 * - notes (1.18): keyed by cell, one per cell; threaded comments (1.10): ids, one per cell, add
 *   wants a sheet-qualified address; a cell holds a note or a threaded comment, never both (adding
 *   one where the other is fails with InvalidArgument); both collections count themselves;
 * - workbook settings (1.4): JSON-able values.
 * Not modelled: calculation (a formula's value is 0 unless a test sets one), events, undo,
 * multi-area writes, rich values, anything not listed in src/hosts/excel/api.ts.
 */
import { parseA1 } from "../../../src/grid/address";
import type { XlContext } from "../../../src/hosts/excel/api";
import { FakeContext, FakeOfficeError } from "./excel-api";
import {
  type CellFormat,
  type ConditionalFormatState,
  type SheetState,
  NO_FILL_COLOUR,
  cellAt,
  contains,
  key,
  newSheet,
  parseAddress,
  parseInput,
  writeInput,
} from "./workbook-state";

export { FakeContext, FakeOfficeError } from "./excel-api";
export type { SheetState, FakeCell, CellFormat } from "./workbook-state";

/** Excel on the web's payload limit for a response, in bytes. */
export const WEB_RESPONSE_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the "installed Excel" supports. */
  apiVersion?: string;
  sheets?: string[];
  /** Cells × array properties one sync may return. */
  responseCellLimit?: number;
  /** Bytes one sync may return (Excel on the web: WEB_RESPONSE_LIMIT). */
  responseByteLimit?: number;
  mergedAreaLimit?: number;
  addressLimit?: number;
}

export interface WorkbookState {
  sheets: SheetState[];
  active: string;
  selection: { sheet: string; areas: { top: number; left: number; bottom: number; right: number }[] };
  settings: Map<string, unknown>;
}

export class FakeExcel {
  readonly apiVersion: string;
  readonly state: WorkbookState;
  syncCount = 0;
  responseCellLimit: number;
  responseByteLimit: number;
  mergedAreaLimit: number;
  addressLimit: number;
  private ids = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.20";
    const names = options.sheets ?? ["Sheet1"];
    this.state = {
      sheets: names.map(newSheet),
      active: names[0]!,
      selection: { sheet: names[0]!, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] },
      settings: new Map(),
    };
    this.responseCellLimit = options.responseCellLimit ?? Number.POSITIVE_INFINITY;
    this.responseByteLimit = options.responseByteLimit ?? Number.POSITIVE_INFINITY;
    this.mergedAreaLimit = options.mergedAreaLimit ?? 512;
    this.addressLimit = options.addressLimit ?? 8192;
  }

  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  isSetSupported = (version: string): boolean => {
    const [a1 = 0, a2 = 0] = this.apiVersion.split(".").map(Number);
    const [b1 = 0, b2 = 0] = version.split(".").map(Number);
    return a1 !== b1 ? a1 > b1 : a2 >= b2;
  };

  /** `Excel.run`: a fresh request context; whatever the batch left queued is synced at the end. */
  run = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  newContext(): FakeContext {
    return new FakeContext(this);
  }

  nextId(prefix: string): string {
    this.ids++;
    return `{${prefix}-${this.ids}}`;
  }

  findSheet(name: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet "${name}".`);
    return s;
  }

  // -------------------------------------------------------------------------
  // Test helpers: the clerk's own edits, made directly on the state (no sync).

  addSheet(name: string): SheetState {
    const s = newSheet(name);
    this.state.sheets.push(s);
    return s;
  }

  /** Types values into cells from `topLeft`, as the clerk would. */
  type(sheet: string, topLeft: string, rows: readonly (readonly (string | number | boolean | null)[])[]): void {
    const s = this.sheet(sheet);
    const at = parseA1(topLeft)!;
    rows.forEach((line, i) => line.forEach((v, j) => writeInput(s, at.row + i, at.col + j, parseInput(v, cellAt(s, at.row + i, at.col + j).format.numberFormat === "@"))));
  }

  format(sheet: string, a1: string, change: (f: CellFormat) => void): void {
    const s = this.sheet(sheet);
    const r = parseAddress(a1)!.range;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) change(cellAt(s, row, col).format);
  }

  merge(sheet: string, a1: string): void {
    this.sheet(sheet).merges.push(parseAddress(a1)!.range);
  }

  addClerkConditionalFormat(sheet: string, a1: string, cf: Omit<ConditionalFormatState, "id" | "range">): string {
    const id = this.nextId("cf");
    this.sheet(sheet).conditionalFormats.push({ id, range: parseAddress(a1)!.range, ...cf });
    return id;
  }

  /** The colour a cell shows: the first matching conditional format over its own fill. */
  shownFill(sheet: string, a1: string): string {
    const s = this.sheet(sheet);
    const at = parseA1(a1)!;
    for (const cf of s.conditionalFormats) {
      if (contains(cf.range, at.row, at.col) && cf.fill && /^=(TRUE|N\("[^"]*"\)=0)$/i.test(cf.formula)) return cf.fill;
    }
    return s.cells.get(key(at.row, at.col))?.format.fill ?? NO_FILL_COLOUR;
  }

  /** Everything on a sheet as plain data, for before/after comparisons. */
  snapshot(sheet: string): unknown {
    const s = this.sheet(sheet);
    const cells = [...s.cells.entries()]
      .filter(([, c]) => c.value !== null || c.formula !== undefined || JSON.stringify(c.format) !== JSON.stringify(cellAt(newSheet("x"), 0, 0).format) || c.validation)
      .sort(([a], [b]) => a.localeCompare(b));
    return structuredClone({
      name: s.name,
      visibility: s.visibility,
      cells: Object.fromEntries(cells),
      merges: s.merges,
      conditionalFormats: s.conditionalFormats,
      notes: Object.fromEntries(s.notes),
      comments: s.comments,
      columnWidths: Object.fromEntries(s.columnWidths),
      rowHeights: Object.fromEntries(s.rowHeights),
      freeze: s.freeze,
      pageLayout: s.pageLayout,
    });
  }
}
