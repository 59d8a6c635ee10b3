/**
 * Proxies of the fake Excel API: the objects a batch handles, implementing the structural types
 * of src/hosts/excel/api.ts. Like Office.js, every call only queues work; `context.sync()` runs
 * the queue in order against the workbook state, and a failing step rejects the sync with an
 * OfficeExtension-style error ({ code, message, debugInfo.errorLocation }), the steps before it
 * staying done (a batch is not a transaction).
 */
import type { CellRange } from "../../../src/grid/address";
import type {
  XlClientResult,
  XlComment,
  XlCommentCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlCustomConditionalFormat,
  XlDataValidation,
  XlFreezePanes,
  XlLoad,
  XlNote,
  XlNoteCollection,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../../src/hosts/excel/api";
import type { FakeExcel } from "./index";
import {
  type BorderEdge,
  type CellFormat,
  type ConditionalFormatState,
  type DataValidation,
  type SheetState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  MAX_COLS,
  MAX_ROWS,
  NO_FILL_COLOUR,
  addressOf,
  cellAt,
  cellCount,
  contains,
  forEachCell,
  formulaOf,
  intersects,
  key,
  newSheet,
  parseAddress,
  parseInput,
  textOf,
  usedRect,
  valueOf,
  valueTypeOf,
  writeInput,
} from "./workbook-state";

/** An error as Office.js rejects a sync with (OfficeExtension.Error). */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(code: string, message: string, errorLocation = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const ARRAY_PROPS = new Set(["values", "formulas", "text", "numberFormat", "valueTypes"]);

function versionAtLeast(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
}

function maxVersion(a: string, b: string): string {
  return versionAtLeast(a, b) ? a : b;
}

interface Op {
  where: string;
  req: string;
  run: () => void;
}

export class FakeContext implements XlContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  /** Cells × array properties loaded by the sync under way (the response payload). */
  loadedCells = 0;
  /** Bytes of the response of the sync under way: the loaded values as JSON, UTF-8 (Chinese text runs 3 bytes a character). */
  loadedBytes = 0;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(where: string, req: string, run: () => void): void {
    this.queue.push({ where, req, run });
  }

  async sync(): Promise<void> {
    this.fake.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.loadedCells = 0;
    this.loadedBytes = 0;
    for (const op of ops) {
      if (!this.fake.isSetSupported(op.req)) {
        throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (ExcelApi ${op.req}).`, op.where);
      }
      try {
        op.run();
      } catch (e) {
        if (e instanceof FakeOfficeError) {
          throw new FakeOfficeError(e.code, e.message, e.debugInfo.errorLocation || op.where);
        }
        throw new FakeOfficeError("GeneralException", `An internal error has occurred: ${(e as Error).message}`, op.where);
      }
    }
    if (this.loadedCells > this.fake.responseCellLimit || this.loadedBytes > this.fake.responseByteLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "");
    }
    await Promise.resolve();
  }
}

// ---------------------------------------------------------------------------
// Proxy base

interface Loadable {
  loadNow(path: string): void;
}

abstract class Proxy<T> implements Loadable {
  private resolved = false;
  private resolvedTarget: T | null = null;
  private nullKnown = false;
  private isNull = false;
  protected readonly loaded = new Map<string, unknown>();
  private readonly navs = new Map<string, unknown>();

  constructor(
    readonly ctx: FakeContext,
    protected readonly where: string,
    readonly req: string,
    private readonly resolver: () => T | null,
  ) {}

  /** The object this proxy stands for, resolved once, at the first step of a sync that uses it. */
  resolveOrNull(): T | null {
    if (!this.resolved) {
      this.resolvedTarget = this.resolver();
      this.resolved = true;
    }
    return this.resolvedTarget;
  }

  resolve(): T {
    const t = this.resolveOrNull();
    if (t === null) throw new FakeOfficeError("InvalidOperation", "The operation is not valid on a null object.", this.where);
    return t;
  }

  protected enqueue(what: string, run: () => void, req = "1.1"): void {
    this.ctx.enqueue(`${this.where}.${what}`, maxVersion(this.req, req), run);
  }

  protected nav<P>(name: string, make: () => P): P {
    let p = this.navs.get(name);
    if (!p) {
      p = make();
      this.navs.set(name, p);
    }
    return p as P;
  }

  /** Navigation properties that `load("a/b")` may pass through. */
  protected navFor(_name: string): Loadable | undefined {
    return undefined;
  }

  protected abstract read(t: T, name: string): unknown;

  loadNow(path: string): void {
    const t = this.resolveOrNull();
    this.nullKnown = true;
    this.isNull = t === null;
    if (t === null || path === "") return;
    for (const name of path.split(",").map((s) => s.trim()).filter(Boolean)) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const nav = this.navFor(name.slice(0, slash));
        if (!nav) throw new FakeOfficeError("InvalidArgument", `Cannot load "${name}".`, this.where);
        nav.loadNow(name.slice(slash + 1));
        continue;
      }
      const nav = this.navFor(name);
      if (nav) {
        nav.loadNow("");
        continue;
      }
      const value = this.read(t, name);
      if (ARRAY_PROPS.has(name) && Array.isArray(value)) this.ctx.loadedCells += value.length * ((value[0] as unknown[] | undefined)?.length ?? 0);
      if (Number.isFinite(this.ctx.fake.responseByteLimit)) this.ctx.loadedBytes += Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
      this.loaded.set(name, structuredClone(value));
    }
  }

  protected queueLoad(names: XlLoad, req = "1.1"): void {
    const list = (Array.isArray(names) ? names : names.split(",")).map((s) => s.trim()).filter(Boolean);
    this.enqueue(`load(${list.join(",")})`, () => this.loadNow(list.join(",")), req);
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded("isNullObject");
    return this.isNull;
  }

  protected get<V>(name: string): V {
    if (this.nullKnown && this.isNull) throw new FakeOfficeError("InvalidOperation", `Cannot read "${name}" of a null object.`, this.where);
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A value computed by a step of a sync (OfficeExtension.ClientResult): readable once that step ran. */
export class FakeClientResult<T> implements XlClientResult<T> {
  private known = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.known = true;
  }

  get value(): T {
    if (!this.known) throw notLoaded("value");
    return this.result as T;
  }
}

function badAddress(address: string, where: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format ("${address}").`, where);
}

// ---------------------------------------------------------------------------
// Workbook, worksheets, settings

export class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, "Workbook.getSelectedRange", "1.1", () => {
      const s = this.ctx.fake.state;
      if (s.selection.areas.length !== 1) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: this.ctx.fake.sheet(s.selection.sheet), rect: s.selection.areas[0]! };
    });
  }

  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, "Workbook.getSelectedRanges", "1.9", () => {
      const s = this.ctx.fake.state;
      return { sheet: this.ctx.fake.sheet(s.selection.sheet), areas: s.selection.areas.map((a) => ({ ...a })) };
    });
  }
}

export class FakeWorksheetCollection extends Proxy<SheetState[]> implements XlWorksheetCollection {
  private itemProxies: FakeWorksheet[] | undefined;

  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection", "1.1", () => ctx.fake.state.sheets);
  }

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "Load item properties with items/….");
  }

  override loadNow(path: string): void {
    const sheets = this.resolve();
    this.itemProxies = sheets.map((s) => new FakeWorksheet(this.ctx, `Worksheet(${s.name})`, "1.1", () => s));
    const names = path.split(",").map((n) => n.trim().replace(/^items\//, "")).filter(Boolean).join(",");
    for (const p of this.itemProxies) p.loadNow(names);
  }

  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  load(names: XlLoad): FakeWorksheetCollection {
    this.queueLoad(names);
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `WorksheetCollection.getItem`, "1.1", () => {
      // By name (any case) or by id.
      const s = this.ctx.fake.findSheet(name) ?? this.ctx.fake.state.sheets.find((x) => x.id === name);
      if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "WorksheetCollection.getItem");
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `WorksheetCollection.getItemOrNullObject`, "1.4", () => this.ctx.fake.findSheet(name) ?? this.ctx.fake.state.sheets.find((x) => x.id === name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, "WorksheetCollection.getActiveWorksheet", "1.1", () => this.ctx.fake.sheet(this.ctx.fake.state.active));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    const proxy = new FakeWorksheet(this.ctx, "WorksheetCollection.add", "1.1", () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The sheet has not been added yet.");
      return created;
    });
    this.enqueue("add", () => {
      const state = this.ctx.fake.state;
      let n = name;
      if (n === undefined) {
        let i = state.sheets.length + 1;
        while (this.ctx.fake.findSheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (n.trim() === "" || n.length > 31 || /[[\]:*?/\\]/.test(n) || /^'|'$/.test(n) || n.toLowerCase() === "history") {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "WorksheetCollection.add");
      }
      if (this.ctx.fake.findSheet(n)) throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", "WorksheetCollection.add");
      created = newSheet(n);
      state.sheets.push(created);
    });
    return proxy;
  }
}

export class FakeWorksheet extends Proxy<SheetState> implements XlWorksheet {
  protected read(s: SheetState, name: string): unknown {
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.ctx.fake.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw new FakeOfficeError("InvalidArgument", `Worksheet has no property "${name}".`, this.where);
    }
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }

  get position(): number {
    return this.get("position");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set visibility(v: string) {
    this.enqueue("visibility", () => {
      const s = this.resolve();
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw badAddress(v, this.where);
      if (v !== "Visible" && this.ctx.fake.state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", this.where);
      }
      s.visibility = v;
      if (v !== "Visible" && this.ctx.fake.state.active === s.name) this.ctx.fake.state.active = this.ctx.fake.state.sheets.find((x) => x.visibility === "Visible")!.name;
    });
  }

  load(names: XlLoad): FakeWorksheet {
    this.queueLoad(names);
    return this;
  }

  activate(): void {
    this.enqueue("activate", () => {
      const s = this.resolve();
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "The operation is not allowed on a hidden worksheet.", this.where);
      this.ctx.fake.state.active = s.name;
    });
  }

  delete(): void {
    this.enqueue("delete", () => {
      const state = this.ctx.fake.state;
      const s = this.resolve();
      if (state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", this.where);
      }
      state.sheets.splice(state.sheets.indexOf(s), 1);
      if (state.active === s.name) state.active = state.sheets.find((x) => x.visibility === "Visible")!.name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, `${this.where}.getRange`, this.req, () => {
      const sheet = this.resolve();
      if (address === undefined || address === "") return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const parsed = parseAddress(address);
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet !== sheet.name)) throw badAddress(address, `${this.where}.getRange`);
      return { sheet, rect: parsed.range };
    });
  }

  /** Documented: on a blank sheet this returns A1 instead of failing. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.where}.getUsedRange`, valuesOnly ? "1.2" : "1.1", () => {
      const sheet = this.resolve();
      return { sheet, rect: usedRect(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.where}.getUsedRangeOrNullObject`, maxVersion(this.req, "1.4"), () => {
      const sheet = this.resolve();
      const rect = usedRect(sheet);
      return rect ? { sheet, rect } : null;
    });
  }

  get freezePanes(): FakeFreezePanes {
    return this.nav("freezePanes", () => new FakeFreezePanes(this));
  }

  get pageLayout(): FakePageLayout {
    return this.nav("pageLayout", () => new FakePageLayout(this));
  }

  get notes(): FakeNoteCollection {
    return this.nav("notes", () => new FakeNoteCollection(this));
  }

  get comments(): FakeCommentCollection {
    return this.nav("comments", () => new FakeCommentCollection(this));
  }

  /** For the proxies of this sheet's parts. */
  sheetState(): SheetState {
    return this.resolve();
  }

  enqueueOn(what: string, req: string, run: () => void): void {
    this.enqueue(what, run, req);
  }
}

export class FakeSettingCollection implements XlSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: unknown): FakeSetting {
    const proxy = new FakeSetting(this.ctx, "SettingCollection.add", "1.4", () => key);
    this.ctx.enqueue("SettingCollection.add", "1.4", () => {
      if (key === "" || key.length > 255) throw badAddress(key, "SettingCollection.add");
      this.ctx.fake.state.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
    });
    return proxy;
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, "SettingCollection.getItemOrNullObject", "1.4", () => (this.ctx.fake.state.settings.has(key) ? key : null));
  }
}

export class FakeSetting extends Proxy<string> implements XlSetting {
  protected read(k: string, name: string): unknown {
    if (name === "value") return this.ctx.fake.state.settings.get(k);
    if (name === "key") return k;
    throw badAddress(name, this.where);
  }

  get value(): unknown {
    return this.get("value");
  }

  set value(v: unknown) {
    this.enqueue("value", () => this.ctx.fake.state.settings.set(this.resolve(), JSON.parse(JSON.stringify(v ?? null))), "1.4");
  }

  load(names: XlLoad): FakeSetting {
    this.queueLoad(names, "1.4");
    return this;
  }

  delete(): void {
    this.enqueue("delete", () => this.ctx.fake.state.settings.delete(this.resolve()), "1.4");
  }
}

// ---------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: SheetState;
  rect: CellRange;
}

function uniform<V>(t: RangeTarget, get: (row: number, col: number) => V): V | null {
  let first: V | undefined;
  let same = true;
  let seen = false;
  if (cellCount(t.rect) > 100_000) return null;
  forEachCell(t.rect, (row, col) => {
    const v = get(row, col);
    if (!seen) {
      first = v;
      seen = true;
    } else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
  });
  return same && seen ? (first as V) : null;
}

function grid<V>(t: RangeTarget, get: (row: number, col: number) => V): V[][] {
  if (cellCount(t.rect) > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  const out: V[][] = [];
  for (let row = t.rect.top; row <= t.rect.bottom; row++) {
    const line: V[] = [];
    for (let col = t.rect.left; col <= t.rect.right; col++) line.push(get(row, col));
    out.push(line);
  }
  return out;
}

export class FakeRange extends Proxy<RangeTarget> implements XlRange {
  protected read(t: RangeTarget, name: string): unknown {
    const cells = t.sheet.cells;
    switch (name) {
      case "address":
        return addressOf(t.sheet.name, t.rect);
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "values":
        return grid(t, (r, c) => valueOf(cells.get(key(r, c))));
      case "formulas":
        return grid(t, (r, c) => formulaOf(cells.get(key(r, c))));
      case "text":
        return grid(t, (r, c) => textOf(t.sheet, r, c));
      case "numberFormat":
        return grid(t, (r, c) => cells.get(key(r, c))?.format.numberFormat ?? "General");
      case "valueTypes":
        return grid(t, (r, c) => valueTypeOf(cells.get(key(r, c))));
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property "${name}".`, this.where);
    }
  }

  protected override navFor(name: string): Loadable | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.enqueue("numberFormat", () => {
      const t = this.resolve();
      this.each2d(t, v, "numberFormat", (row, col, x) => {
        if (x !== null && x !== undefined) cellAt(t.sheet, row, col).format.numberFormat = String(x);
      });
    });
  }

  private each2d(t: RangeTarget, v: unknown[][], what: string, fn: (row: number, col: number, x: unknown) => void): void {
    const rows = t.rect.bottom - t.rect.top + 1;
    const cols = t.rect.right - t.rect.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
        `${this.where}.${what}`,
      );
    }
    v.forEach((line, i) => line.forEach((x, j) => fn(t.rect.top + i, t.rect.left + j, x)));
  }

  private write(what: string, v: unknown[][]): void {
    this.enqueue(what, () => {
      const t = this.resolve();
      this.each2d(t, v, what, (row, col, x) => {
        const cell = t.sheet.cells.get(key(row, col));
        writeInput(t.sheet, row, col, parseInput(x, cell?.format.numberFormat === "@"));
      });
    });
  }

  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, `${this.where}.worksheet`, this.req, () => this.resolve().sheet));
  }

  get format(): FakeRangeFormat {
    return this.nav("format", () => new FakeRangeFormat(this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.nav("conditionalFormats", () => new FakeConditionalFormatCollection(this));
  }

  get dataValidation(): FakeDataValidation {
    return this.nav("dataValidation", () => new FakeDataValidation(this));
  }

  load(names: XlLoad): FakeRange {
    this.queueLoad(names);
    return this;
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.where}.getUsedRangeOrNullObject`, maxVersion(this.req, "1.4"), () => {
      const t = this.resolve();
      const rect = usedRect(t.sheet, t.rect);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.where}.getMergedAreasOrNullObject`, maxVersion(this.req, "1.13"), () => {
      const t = this.resolve();
      const areas = t.sheet.merges.filter((m) => contains(t.rect, m.top, m.left)).map((m) => ({ ...m }));
      if (areas.length > this.ctx.fake.mergedAreaLimit) throw new FakeOfficeError("GeneralException", "There were too many merged areas to return.", `${this.where}.getMergedAreasOrNullObject`);
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  merge(across = false): void {
    this.enqueue(
      "merge",
      () => {
        const t = this.resolve();
        const rows = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
        for (const r of rows) {
          if (r.top === r.bottom && r.left === r.right) continue;
          t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, r));
          forEachCell(r, (row, col) => {
            if (row === r.top && col === r.left) return;
            const cell = t.sheet.cells.get(key(row, col));
            if (cell) {
              cell.value = null;
              delete cell.formula;
              delete cell.quotePrefix;
            }
          });
          t.sheet.merges.push({ ...r });
        }
      },
      "1.2",
    );
  }

  unmerge(): void {
    this.enqueue(
      "unmerge",
      () => {
        const t = this.resolve();
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
      },
      "1.2",
    );
  }

  select(): void {
    this.enqueue("select", () => {
      const t = this.resolve();
      if (t.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "The operation is not allowed on a hidden worksheet.", this.where);
      const state = this.ctx.fake.state;
      state.active = t.sheet.name;
      state.selection = { sheet: t.sheet.name, areas: [{ ...t.rect }] };
    });
  }

  /** For the proxies of this range's parts. */
  rangeTarget(): RangeTarget {
    return this.resolve();
  }

  enqueueOn(what: string, req: string, run: () => void): void {
    this.enqueue(what, run, req);
  }
}

interface AreasTarget {
  sheet: SheetState;
  areas: CellRange[];
}

export class FakeRangeAreas extends Proxy<AreasTarget> implements XlRangeAreas {
  protected read(t: AreasTarget, name: string): unknown {
    if (name === "areaCount") return t.areas.length;
    if (name === "address") {
      const full = t.areas.map((a) => addressOf(t.sheet.name, a)).join(",");
      // Excel cuts address strings at 8,192 characters.
      return full.slice(0, this.ctx.fake.addressLimit);
    }
    throw new FakeOfficeError("InvalidArgument", `RangeAreas has no property "${name}".`, this.where);
  }

  protected override navFor(name: string): Loadable | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get address(): string {
    return this.get("address");
  }

  get areaCount(): number {
    return this.get("areaCount");
  }

  get areas(): FakeRangeCollection {
    return this.nav("areas", () => new FakeRangeCollection(this.ctx, `${this.where}.areas`, this.req, () => this.resolve()));
  }

  load(names: XlLoad): FakeRangeAreas {
    this.queueLoad(names);
    return this;
  }
}

export class FakeRangeCollection extends Proxy<AreasTarget> implements XlRangeCollection {
  private itemProxies: FakeRange[] | undefined;

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "Load item properties with items/….");
  }

  override loadNow(path: string): void {
    const t = this.resolve();
    this.itemProxies = t.areas.map((a, i) => new FakeRange(this.ctx, `${this.where}[${i}]`, this.req, () => ({ sheet: t.sheet, rect: a })));
    const names = path.split(",").map((n) => n.trim().replace(/^items\//, "")).filter(Boolean).join(",");
    for (const p of this.itemProxies) p.loadNow(names);
  }

  get items(): FakeRange[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  load(names: XlLoad): FakeRangeCollection {
    this.queueLoad(names);
    return this;
  }
}

// ---------------------------------------------------------------------------
// Formats

class Part<T> extends Proxy<T> {
  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "Not loadable in this fake.", this.where);
  }
}

export class FakeRangeFormat extends Proxy<RangeTarget> implements XlRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeBorders;

  constructor(readonly range: FakeRange) {
    super(range.ctx, `${range["where"]}.format`, range.req, () => range.rangeTarget());
    this.font = new FakeRangeFont(this);
    this.fill = new FakeRangeFill(this);
    this.borders = new FakeBorders(this);
  }

  protected override navFor(name: string): Loadable | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  protected read(t: RangeTarget, name: string): unknown {
    const f = (row: number, col: number): CellFormat | undefined => t.sheet.cells.get(key(row, col))?.format;
    switch (name) {
      case "horizontalAlignment":
        return uniform(t, (r, c) => f(r, c)?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(t, (r, c) => f(r, c)?.verticalAlignment ?? "Bottom");
      case "wrapText":
        return uniform(t, (r, c) => f(r, c)?.wrapText ?? false);
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 1000); c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set<number>();
        for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 1000); r++) heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      }
      default:
        throw new FakeOfficeError("InvalidArgument", `RangeFormat has no property "${name}".`, this.where);
    }
  }

  private setEach(what: string, fn: (format: CellFormat) => void, req = "1.1"): void {
    this.enqueue(
      what,
      () => {
        const t = this.resolve();
        if (cellCount(t.rect) > 1_000_000) throw new FakeOfficeError("InvalidArgument", "The range is too large for this fake.", this.where);
        forEachCell(t.rect, (row, col) => fn(cellAt(t.sheet, row, col).format));
      },
      req,
    );
  }

  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setEach("horizontalAlignment", (f) => (f.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setEach("verticalAlignment", (f) => (f.verticalAlignment = v));
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.setEach("wrapText", (f) => (f.wrapText = v));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.enqueue(
      "columnWidth",
      () => {
        const t = this.resolve();
        for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
      },
      "1.2",
    );
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(v: number) {
    this.enqueue(
      "rowHeight",
      () => {
        const t = this.resolve();
        for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
      },
      "1.2",
    );
  }

  load(names: XlLoad): FakeRangeFormat {
    this.queueLoad(names);
    return this;
  }

  setCellFormat(what: string, fn: (format: CellFormat) => void): void {
    this.setEach(what, fn);
  }

  target(): RangeTarget {
    return this.resolve();
  }

  enqueueOn(what: string, run: () => void): void {
    this.enqueue(what, run);
  }
}

export class FakeRangeFont extends Proxy<RangeTarget> implements XlRangeFont {
  constructor(private readonly format: FakeRangeFormat) {
    super(format.ctx, `${format["where"]}.font`, format.req, () => format.target());
  }

  protected read(t: RangeTarget, name: string): unknown {
    if (!["name", "size", "bold", "italic", "color"].includes(name)) throw badAddress(name, this.where);
    return uniform(t, (r, c) => {
      const font = t.sheet.cells.get(key(r, c))?.format.font ?? cellFontDefault();
      return font[name as keyof CellFormat["font"]];
    });
  }

  private set<K extends keyof CellFormat["font"]>(name: K, v: CellFormat["font"][K]): void {
    this.format.setCellFormat(`font.${name}`, (f) => (f.font = { ...f.font, [name]: v }));
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v);
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.set("size", v);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v.toUpperCase());
  }

  load(names: XlLoad): FakeRangeFont {
    this.queueLoad(names);
    return this;
  }
}

function cellFontDefault(): CellFormat["font"] {
  return { name: "等线", size: 11, bold: false, italic: false, color: "#000000" };
}

export class FakeRangeFill extends Proxy<RangeTarget> implements XlRangeFill {
  constructor(private readonly format: FakeRangeFormat) {
    super(format.ctx, `${format["where"]}.fill`, format.req, () => format.target());
  }

  protected read(t: RangeTarget, name: string): unknown {
    if (name !== "color") throw badAddress(name, this.where);
    // Excel reports no fill as white.
    return uniform(t, (r, c) => t.sheet.cells.get(key(r, c))?.format.fill ?? NO_FILL_COLOUR);
  }

  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.format.setCellFormat("fill.color", (f) => (f.fill = v.toUpperCase()));
  }

  clear(): void {
    this.format.setCellFormat("fill.clear", (f) => (f.fill = null));
  }

  load(names: XlLoad): FakeRangeFill {
    this.queueLoad(names);
    return this;
  }
}

export class FakeBorders implements XlRangeBorderCollection {
  constructor(private readonly format: FakeRangeFormat) {}

  getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): XlRangeBorder {
    const format = this.format;
    const apply = (what: keyof BorderEdge, v: string) =>
      format.enqueueOn(`borders(${index}).${what}`, () => {
        const t = format.target();
        forEachCell(t.rect, (row, col) => {
          const edges: (keyof CellFormat["borders"])[] = [];
          if (index === "EdgeTop" && row === t.rect.top) edges.push("top");
          if (index === "EdgeBottom" && row === t.rect.bottom) edges.push("bottom");
          if (index === "EdgeLeft" && col === t.rect.left) edges.push("left");
          if (index === "EdgeRight" && col === t.rect.right) edges.push("right");
          if (index === "InsideHorizontal") {
            if (row > t.rect.top) edges.push("top");
            if (row < t.rect.bottom) edges.push("bottom");
          }
          if (index === "InsideVertical") {
            if (col > t.rect.left) edges.push("left");
            if (col < t.rect.right) edges.push("right");
          }
          if (edges.length === 0) return;
          const f = cellAt(t.sheet, row, col).format;
          for (const e of edges) f.borders[e] = { ...(f.borders[e] ?? { style: "None", weight: "Thin", color: "#000000" }), [what]: v };
        });
      });
    return {
      set style(v: string) {
        apply("style", v);
      },
      get style(): string {
        throw notLoaded("style");
      },
      set weight(v: string) {
        apply("weight", v);
      },
      get weight(): string {
        throw notLoaded("weight");
      },
      set color(v: string) {
        apply("color", v.toUpperCase());
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
  }
}

// ---------------------------------------------------------------------------
// Conditional formats (ExcelApi 1.6)

export class FakeConditionalFormatCollection extends Proxy<RangeTarget> implements XlConditionalFormatCollection {
  private itemProxies: FakeConditionalFormat[] | undefined;

  constructor(range: FakeRange) {
    super(range.ctx, `${range["where"]}.conditionalFormats`, maxVersion(range.req, "1.6"), () => range.rangeTarget());
  }

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "Load item properties with items/….");
  }

  override loadNow(path: string): void {
    const t = this.resolve();
    this.itemProxies = t.sheet.conditionalFormats
      .filter((cf) => intersects(cf.range, t.rect))
      .map((cf) => new FakeConditionalFormat(this.ctx, `ConditionalFormat(${cf.id})`, this.req, () => cf, t.sheet));
    const names = path.split(",").map((n) => n.trim().replace(/^items\//, "")).filter(Boolean).join(",");
    for (const p of this.itemProxies) p.loadNow(names);
  }

  get items(): FakeConditionalFormat[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  load(names: XlLoad): FakeConditionalFormatCollection {
    this.queueLoad(names);
    return this;
  }

  add(type: "Custom"): FakeConditionalFormat {
    let created: { cf: ConditionalFormatState; sheet: SheetState } | null = null;
    this.enqueue("add", () => {
      const t = this.resolve();
      if (type !== "Custom") throw badAddress(type, this.where);
      const cf: ConditionalFormatState = { id: this.ctx.fake.nextId("cf"), type: "Custom", range: { ...t.rect }, formula: "", fill: null };
      // New rules take the top priority.
      t.sheet.conditionalFormats.unshift(cf);
      created = { cf, sheet: t.sheet };
    });
    return new FakeConditionalFormat(
      this.ctx,
      `${this.where}.add`,
      this.req,
      () => {
        if (!created) throw new FakeOfficeError("InvalidOperation", "Not added yet.");
        return created.cf;
      },
      () => created!.sheet,
    );
  }

  getItem(id: string): FakeConditionalFormat {
    let sheet: SheetState | undefined;
    return new FakeConditionalFormat(
      this.ctx,
      `${this.where}.getItem`,
      this.req,
      () => {
        const t = this.resolve();
        sheet = t.sheet;
        const cf = t.sheet.conditionalFormats.find((x) => x.id === id && intersects(x.range, t.rect));
        if (!cf) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", `${this.where}.getItem`);
        return cf;
      },
      () => sheet!,
    );
  }
}

export class FakeConditionalFormat extends Proxy<ConditionalFormatState> implements XlConditionalFormat {
  private readonly sheetOf: () => SheetState;

  constructor(ctx: FakeContext, where: string, req: string, resolver: () => ConditionalFormatState | null, sheet: SheetState | (() => SheetState)) {
    super(ctx, where, req, resolver);
    this.sheetOf = typeof sheet === "function" ? sheet : () => sheet;
  }

  protected read(cf: ConditionalFormatState, name: string): unknown {
    if (name === "id") return cf.id;
    if (name === "type") return cf.type;
    if (name === "priority") return this.sheetOf().conditionalFormats.indexOf(cf);
    if (name === "stopIfTrue") return cf.stopIfTrue ?? false;
    throw badAddress(name, this.where);
  }

  get priority(): number {
    return this.get("priority");
  }

  /**
   * As documented: the rule moves to that index of the collection, the others closing up; a
   * negative priority counts from the back; out of bounds is clamped.
   */
  set priority(value: number) {
    this.enqueue("set priority", () => {
      const cf = this.resolve();
      const sheet = this.sheetOf();
      const rest = sheet.conditionalFormats.filter((x) => x !== cf);
      const at = value < 0 ? Math.max(0, rest.length + 1 + value) : Math.min(value, rest.length);
      rest.splice(at, 0, cf);
      sheet.conditionalFormats = rest;
      cf.prioritySet = value;
    }, "1.6");
  }

  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }

  set stopIfTrue(value: boolean) {
    this.enqueue("set stopIfTrue", () => void (this.resolve().stopIfTrue = value), "1.6");
  }

  protected override navFor(name: string): Loadable | undefined {
    if (name === "customOrNullObject") return this.customOrNullObject;
    if (name === "custom") return this.custom;
    return undefined;
  }

  get id(): string {
    return this.get("id");
  }

  get type(): string {
    return this.get("type");
  }

  get custom(): FakeCustomConditionalFormat {
    return this.nav("custom", () => new FakeCustomConditionalFormat(this, false));
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.nav("customOrNullObject", () => new FakeCustomConditionalFormat(this, true));
  }

  load(names: XlLoad): FakeConditionalFormat {
    this.queueLoad(names);
    return this;
  }

  delete(): void {
    this.enqueue("delete", () => {
      const cf = this.resolve();
      const sheet = this.sheetOf();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }

  state(): ConditionalFormatState {
    return this.resolve();
  }

  enqueueOn(what: string, run: () => void): void {
    this.enqueue(what, run);
  }
}

export class FakeCustomConditionalFormat extends Proxy<ConditionalFormatState> implements XlCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string } };

  constructor(parent: FakeConditionalFormat, orNull: boolean) {
    super(parent.ctx, `${parent["where"]}.custom`, parent.req, () => {
      const cf = parent.state();
      if (cf.type !== "Custom") {
        if (orNull) return null;
        throw new FakeOfficeError("InvalidOperation", "This conditional format is not of the custom type.");
      }
      return cf;
    });
    const loadedFormula = () => this.get<string>("rule/formula");
    const setFormula = (v: string) => parent.enqueueOn("custom.rule.formula", () => (this.resolve().formula = v));
    const setFill = (v: string) => parent.enqueueOn("custom.format.fill.color", () => (this.resolve().fill = v.toUpperCase()));
    this.rule = {
      get formula() {
        return loadedFormula();
      },
      set formula(v: string) {
        setFormula(v);
      },
    };
    this.format = {
      fill: {
        get color(): string {
          throw notLoaded("color");
        },
        set color(v: string) {
          setFill(v);
        },
      },
    };
  }

  override loadNow(path: string): void {
    const cf = this.resolveOrNull();
    super.loadNow("");
    if (!cf) return;
    for (const name of path.split(",").map((s) => s.trim()).filter(Boolean)) {
      if (name === "rule/formula" || name === "rule") this.loaded.set("rule/formula", cf.formula);
      else if (name === "format/fill/color") this.loaded.set("format/fill/color", cf.fill ?? NO_FILL_COLOUR);
      else throw badAddress(name, this.where);
    }
  }

  protected read(): unknown {
    throw badAddress("?", this.where);
  }
}

// ---------------------------------------------------------------------------
// Data validation (1.8), freeze panes (1.7), page layout (1.9)

export class FakeDataValidation implements XlDataValidation {
  constructor(private readonly range: FakeRange) {}

  private each(what: string, fn: (dv: DataValidation) => void): void {
    this.range.enqueueOn(`dataValidation.${what}`, "1.8", () => {
      const t = this.range.rangeTarget();
      forEachCell(t.rect, (row, col) => {
        const cell = cellAt(t.sheet, row, col);
        cell.validation ??= {};
        fn(cell.validation);
      });
    });
  }

  get rule(): DataValidation["rule"] & object {
    throw notLoaded("rule");
  }
  set rule(v: { list?: { inCellDropDown: boolean; source: string | XlRange } }) {
    const list = v.list;
    if (list && typeof list.source !== "string") throw new Error("the fake takes list sources as text only");
    this.each("rule", (dv) => (dv.rule = list ? { list: { inCellDropDown: list.inCellDropDown, source: list.source as string } } : {}));
  }
  get prompt(): Required<DataValidation>["prompt"] {
    throw notLoaded("prompt");
  }
  set prompt(v: Required<DataValidation>["prompt"]) {
    this.each("prompt", (dv) => (dv.prompt = { ...v }));
  }
  get errorAlert(): Required<DataValidation>["errorAlert"] {
    throw notLoaded("errorAlert");
  }
  set errorAlert(v: Required<DataValidation>["errorAlert"]) {
    this.each("errorAlert", (dv) => (dv.errorAlert = { ...v }));
  }

  clear(): void {
    this.range.enqueueOn("dataValidation.clear", "1.8", () => {
      const t = this.range.rangeTarget();
      forEachCell(t.rect, (row, col) => {
        const cell = t.sheet.cells.get(key(row, col));
        if (cell) delete cell.validation;
      });
    });
  }
}

export class FakeFreezePanes extends Part<SheetState> implements XlFreezePanes {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.ctx, "Worksheet.freezePanes", maxVersion(ws.req, "1.7"), () => ws.sheetState());
  }

  private set(what: string, fn: (s: SheetState) => void): void {
    this.ws.enqueueOn(`freezePanes.${what}`, "1.7", () => fn(this.ws.sheetState()));
  }

  freezeAt(frozenRange: string): void {
    this.set("freezeAt", (s) => {
      const p = parseAddress(frozenRange);
      if (!p) throw badAddress(frozenRange, "WorksheetFreezePanes.freezeAt");
      s.freeze = { rows: p.range.bottom + 1, cols: p.range.right + 1 };
    });
  }
  freezeRows(count = 1): void {
    this.set("freezeRows", (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.set("freezeColumns", (s) => (s.freeze = { rows: 0, cols: count }));
  }
  unfreeze(): void {
    this.set("unfreeze", (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
}

export class FakePageLayout extends Part<SheetState> implements XlPageLayout {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.ctx, "Worksheet.pageLayout", maxVersion(ws.req, "1.9"), () => ws.sheetState());
  }

  private set(what: string, fn: (s: SheetState) => void): void {
    this.ws.enqueueOn(`pageLayout.${what}`, "1.9", () => fn(this.ws.sheetState()));
  }

  get orientation(): string {
    throw notLoaded("orientation");
  }
  set orientation(v: string) {
    this.set("orientation", (s) => (s.pageLayout.orientation = v));
  }
  get paperSize(): string {
    throw notLoaded("paperSize");
  }
  set paperSize(v: string) {
    this.set("paperSize", (s) => (s.pageLayout.paperSize = v));
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    throw notLoaded("zoom");
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set("zoom", (s) => (s.pageLayout.zoom = { ...v } as Record<string, number>));
  }
  setPrintTitleRows(rows: string): void {
    this.set("setPrintTitleRows", (s) => {
      const p = parseAddress(rows);
      if (!p || p.range.left !== 0 || p.range.right !== MAX_COLS - 1) throw badAddress(rows, "PageLayout.setPrintTitleRows");
      s.pageLayout.printTitleRows = `$${p.range.top + 1}:$${p.range.bottom + 1}`;
    });
  }
}

// ---------------------------------------------------------------------------
// Notes (1.18) and comments (1.10)

function cellOfKey(address: string, sheet: SheetState, where: string, needSheet: boolean): { row: number; col: number } {
  const p = parseAddress(address);
  if (!p || p.range.top !== p.range.bottom || p.range.left !== p.range.right) throw new FakeOfficeError("InvalidCellAddress", `"${address}" is not one cell.`, where);
  if (needSheet && p.sheet === undefined) throw new FakeOfficeError("InvalidArgument", "The address must include the sheet name.", where);
  if (p.sheet !== undefined && p.sheet !== sheet.name) throw new FakeOfficeError("InvalidArgument", "The address names another sheet.", where);
  return { row: p.range.top, col: p.range.left };
}

export class FakeNoteCollection extends Part<SheetState> implements XlNoteCollection {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.ctx, "Worksheet.notes", maxVersion(ws.req, "1.18"), () => ws.sheetState());
  }

  add(cellAddress: string, content: string): FakeNote {
    let at: string | null = null;
    this.ws.enqueueOn("notes.add", "1.18", () => {
      const s = this.ws.sheetState();
      const { row, col } = cellOfKey(cellAddress, s, "NoteCollection.add", false);
      const k = key(row, col);
      if (s.notes.has(k)) throw new FakeOfficeError("InvalidArgument", "The cell already has a note.", "NoteCollection.add");
      // A cell holds a note or a threaded comment, never both.
      if (s.comments.some((c) => c.row === row && c.col === col)) throw new FakeOfficeError("InvalidArgument", "The cell already has a comment.", "NoteCollection.add");
      s.notes.set(k, { content: String(content), author: "jixiao test" });
      at = k;
    });
    return new FakeNote(this.ctx, "NoteCollection.add", this.req, this.ws, () => at);
  }

  getCount(): FakeClientResult<number> {
    const count = new FakeClientResult<number>();
    this.ws.enqueueOn("notes.getCount", "1.18", () => count.set(this.ws.sheetState().notes.size));
    return count;
  }

  getItemOrNullObject(cellKey: string): FakeNote {
    return new FakeNote(this.ctx, "NoteCollection.getItemOrNullObject", this.req, this.ws, () => {
      const s = this.ws.sheetState();
      const { row, col } = cellOfKey(cellKey, s, "NoteCollection.getItemOrNullObject", false);
      const k = key(row, col);
      return s.notes.has(k) ? k : null;
    });
  }
}

export class FakeNote extends Proxy<string> implements XlNote {
  constructor(ctx: FakeContext, where: string, req: string, private readonly ws: FakeWorksheet, resolver: () => string | null) {
    super(ctx, where, req, resolver);
  }

  protected read(k: string, name: string): unknown {
    const note = this.ws.sheetState().notes.get(k);
    if (!note) throw new FakeOfficeError("ItemNotFound", "The note no longer exists.", this.where);
    if (name === "content") return note.content;
    if (name === "authorName") return note.author;
    throw badAddress(name, this.where);
  }

  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.enqueue("content", () => {
      const note = this.ws.sheetState().notes.get(this.resolve());
      if (!note) throw new FakeOfficeError("ItemNotFound", "The note no longer exists.", this.where);
      note.content = v;
    }, "1.18");
  }

  load(names: XlLoad): FakeNote {
    this.queueLoad(names, "1.18");
    return this;
  }

  delete(): void {
    this.enqueue("delete", () => {
      if (!this.ws.sheetState().notes.delete(this.resolve())) throw new FakeOfficeError("ItemNotFound", "The note no longer exists.", this.where);
    }, "1.18");
  }
}

export class FakeCommentCollection extends Part<SheetState> implements XlCommentCollection {
  private itemProxies: FakeComment[] | undefined;

  constructor(private readonly ws: FakeWorksheet) {
    super(ws.ctx, "Worksheet.comments", maxVersion(ws.req, "1.10"), () => ws.sheetState());
  }

  override loadNow(path: string): void {
    const s = this.ws.sheetState();
    this.itemProxies = s.comments.map((c) => new FakeComment(this.ctx, `Comment(${c.id})`, this.req, this.ws, () => c));
    const names = path.split(",").map((n) => n.trim().replace(/^items\//, "")).filter(Boolean).join(",");
    for (const p of this.itemProxies) p.loadNow(names);
  }

  get items(): FakeComment[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  load(names: XlLoad): FakeCommentCollection {
    this.queueLoad(names, "1.10");
    return this;
  }

  getCount(): FakeClientResult<number> {
    const count = new FakeClientResult<number>();
    this.ws.enqueueOn("comments.getCount", "1.10", () => count.set(this.ws.sheetState().comments.length));
    return count;
  }

  add(cellAddress: string, content: string): FakeComment {
    let created: FakeCommentTarget | null = null;
    this.ws.enqueueOn("comments.add", "1.10", () => {
      const s = this.ws.sheetState();
      const { row, col } = cellOfKey(cellAddress, s, "CommentCollection.add", true);
      if (s.comments.some((c) => c.row === row && c.col === col)) throw new FakeOfficeError("InvalidArgument", "The cell already has a comment.", "CommentCollection.add");
      if (s.notes.has(key(row, col))) throw new FakeOfficeError("InvalidArgument", "The cell already has a note.", "CommentCollection.add");
      created = { id: this.ctx.fake.nextId("comment"), row, col, content: String(content) };
      s.comments.push(created);
    });
    return new FakeComment(this.ctx, "CommentCollection.add", this.req, this.ws, () => created);
  }
}

type FakeCommentTarget = { id: string; row: number; col: number; content: string };

export class FakeComment extends Proxy<FakeCommentTarget> implements XlComment {
  constructor(ctx: FakeContext, where: string, req: string, private readonly ws: FakeWorksheet, resolver: () => FakeCommentTarget | null) {
    super(ctx, where, req, resolver);
  }

  private live(): FakeCommentTarget {
    const c = this.resolve();
    if (!this.ws.sheetState().comments.includes(c)) throw new FakeOfficeError("ItemNotFound", "The comment no longer exists.", this.where);
    return c;
  }

  protected read(c: FakeCommentTarget, name: string): unknown {
    if (name === "id") return c.id;
    if (name === "content") return c.content;
    throw badAddress(name, this.where);
  }

  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.enqueue("content", () => (this.live().content = v), "1.10");
  }

  load(names: XlLoad): FakeComment {
    this.queueLoad(names, "1.10");
    return this;
  }

  delete(): void {
    this.enqueue("delete", () => {
      const c = this.live();
      const s = this.ws.sheetState();
      s.comments = s.comments.filter((x) => x !== c);
    }, "1.10");
  }

  getLocation(): FakeRange {
    return new FakeRange(this.ctx, `${this.where}.getLocation`, this.req, () => {
      const c = this.live();
      return { sheet: this.ws.sheetState(), rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
  }
}
