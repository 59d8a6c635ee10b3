/**
 * A fake of WPS Spreadsheets' ET object model (the `window.Application` of a WPS 加载项), faithful
 * enough to run the WorkbookHost contract suite and to reproduce the quirks the WPS host absorbs.
 * There is no headless WPS: this fake is built from the documented object model (VBA-shaped,
 * the `et-jsapi-declare` typings) and the behaviour add-in authors report. A real WPS is checked
 * by hand with docs/wps-manual-checklist.md.
 *
 * Modelled (each switchable where builds differ, see FakeEtOptions):
 * - Value2: a scalar for one cell, a 2-D array otherwise (or a flat array for one row: `flatRows`);
 *   empty cells as undefined / null / "" (`emptyValue`); errors as "#DIV/0!" or VBA error codes
 *   (`errorValues`); dates as serial numbers.
 * - Formula: formulas as "=…" upper-cased, constants as their text; a quote-prefixed "=1+1" reads
 *   "=1+1" in both Value2 and Formula, and only HasFormula tells.
 * - Text per the number format; "####" when a number does not fit a column whose width was set;
 *   null for a range of differing texts.
 * - typing parses text on every write (see model.ts); covered cells of a merge ignore writes.
 * - MergeCells true/false/null; MergeArea; Merge() keeps only the top-left value and raises an
 *   alert when DisplayAlerts is on and other values would be lost; merging across an existing
 *   merge throws.
 * - Interior.Color BGR, ColorIndex -4142 for no fill; Font.Color BGR.
 * - comments: AddComment throws on a cell that has one; Comment.Text() (or a property).
 * - conditional formats: Add() appends at the lowest priority; SetFirstPriority(); Delete();
 *   `noFormatConditions` makes Add throw, as in builds without them.
 * - Sheets.Add() activates the new sheet and may return null (`sheetsAddReturnsNull`); renaming to
 *   an invalid or taken name throws; `renameIgnored` drops renames silently.
 * - Range.Select() fails unless the range's sheet is active; Activate() fails on a hidden sheet.
 * - `ignoreWrites`: Value2/Formula assignments that silently do nothing.
 * - `memberStyle`: Address/UsedRange/Text/Count/Comment.Text as methods or properties.
 * - ScreenUpdating / DisplayAlerts assignments are recorded.
 * - the add-in side: CreateTaskPane (or CreateTaskpane), GetTaskPane, PluginStorage, ribbonUI.
 */
import type { CellRange } from "../../../src/grid/address";
import { sanitiseSheetName } from "../../../src/hosts/memory/sheet-names";
import {
  type FakeCell,
  type FakeSheet,
  type FakeValidation,
  type FakeValue,
  NO_FILL,
  absoluteAddress,
  cellsOf,
  ensureCell,
  formatValue,
  formulaResult,
  getCell,
  isBlank,
  isCovered,
  isUsed,
  mergeAt,
  newSheet,
  overlaps,
  parseAddress,
  typeInput,
} from "./model";

export interface FakeEtOptions {
  /** "wps": Address() and Comment.Text() are methods, the rest properties (the documented mix). */
  memberStyle?: "wps" | "methods" | "properties";
  sheetsAddReturnsNull?: boolean;
  /** Value2/Formula assignments that silently do nothing: all of them, or where the predicate says. */
  ignoreWrites?: boolean | ((sheet: string, address: string) => boolean);
  /** FormatConditions.Add throws. */
  noFormatConditions?: boolean;
  errorValues?: "strings" | "codes" | "xlcodes";
  emptyValue?: undefined | null | "";
  /** Value2/Formula of a single-row range as a flat array. */
  flatRows?: boolean;
  /** Renaming a sheet silently keeps the old name. */
  renameIgnored?: boolean;
  /** Visible = 2 (very hidden) is ignored. */
  noVeryHidden?: boolean;
  /** Application.CreateTaskPane or the CreateTaskpane spelling. */
  taskPaneSpelling?: "CreateTaskPane" | "CreateTaskpane";
  appName?: string;
}

const ERROR_CODES: Record<string, [number, number]> = {
  "#NULL!": [-2146826288, 2000],
  "#DIV/0!": [-2146826281, 2007],
  "#VALUE!": [-2146826273, 2015],
  "#REF!": [-2146826265, 2023],
  "#NAME?": [-2146826259, 2029],
  "#NUM!": [-2146826252, 2036],
  "#N/A": [-2146826246, 2042],
};

/** Defines `name` on `obj` as a getter, or as a zero-argument method, per the member style. */
function member(obj: object, name: string, asMethod: boolean, get: () => unknown): void {
  if (asMethod) Object.defineProperty(obj, name, { value: () => get(), enumerable: true, configurable: true });
  else Object.defineProperty(obj, name, { get, enumerable: true, configurable: true });
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  active = 0;
  selection: { sheet: FakeSheet; area: CellRange } | undefined;
  name = "工作簿1.xlsx";
}

export class FakeEtApplication {
  readonly options: FakeEtOptions;
  readonly book = new FakeWorkbookState();
  /** Every value assigned to ScreenUpdating, in order. */
  readonly screenUpdatingLog: unknown[] = [];
  /** Alerts WPS would have shown (DisplayAlerts on). */
  readonly alerts: string[] = [];
  /** Count of Text reads of single cells. */
  textReads = 0;
  private screen: unknown = true;
  displayAlerts: unknown = true;
  // Add-in side.
  readonly taskPanes = new Map<number, FakeTaskPane>();
  readonly storage = new Map<string, unknown>();
  ribbonUI: unknown;
  Enum: unknown;
  /** Application.StatusBar: False while WPS shows its own text, else the text an add-in set. */
  StatusBar: unknown = false;

  constructor(options: FakeEtOptions = {}, sheetNames: readonly string[] = ["Sheet1"]) {
    this.options = options;
    for (const n of sheetNames) this.book.sheets.push(newSheet(n));
    const spelling = options.taskPaneSpelling ?? "CreateTaskPane";
    Object.defineProperty(this, spelling, {
      value: (url: string) => {
        const pane = new FakeTaskPane(this.taskPanes.size + 100, url);
        this.taskPanes.set(pane.ID, pane);
        return pane;
      },
      enumerable: true,
    });
  }

  get memberStyle(): "wps" | "methods" | "properties" {
    return this.options.memberStyle ?? "wps";
  }

  get Name(): string {
    return this.options.appName ?? "WPS 表格";
  }

  get ScreenUpdating(): unknown {
    return this.screen;
  }
  set ScreenUpdating(v: unknown) {
    this.screenUpdatingLog.push(v);
    this.screen = v;
  }

  get DisplayAlerts(): unknown {
    return this.displayAlerts;
  }
  set DisplayAlerts(v: unknown) {
    this.displayAlerts = v;
  }

  get ActiveWorkbook(): FakeWorkbook {
    return new FakeWorkbook(this);
  }

  get ActiveSheet(): FakeWorksheet | null {
    const s = this.book.sheets[this.book.active];
    return s ? new FakeWorksheet(this, s) : null;
  }

  get Worksheets(): FakeSheets {
    return new FakeSheets(this);
  }

  get Sheets(): FakeSheets {
    return new FakeSheets(this);
  }

  get Selection(): FakeRange | null {
    const sel = this.book.selection;
    const active = this.book.sheets[this.book.active];
    if (!active) return null;
    if (sel && sel.sheet === active) return new FakeRange(this, sel.sheet, sel.area);
    return new FakeRange(this, active, { top: 0, left: 0, bottom: 0, right: 0 });
  }

  get ActiveCell(): FakeRange | null {
    const sel = this.Selection;
    if (!sel) return null;
    return new FakeRange(this, sel.sheet, { top: sel.area.top, left: sel.area.left, bottom: sel.area.top, right: sel.area.left });
  }

  get ActiveWindow(): FakeSheet["window"] | null {
    return this.book.sheets[this.book.active]?.window ?? null;
  }

  GetTaskPane(id: number): FakeTaskPane | undefined {
    return this.taskPanes.get(id);
  }

  get PluginStorage() {
    const m = this.storage;
    return {
      getItem: (k: string) => m.get(k),
      setItem: (k: string, v: unknown) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  }

  // --- helpers for tests (not part of the ET object model) ---

  sheet(name: string): FakeSheet {
    const s = this.book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    const area = parseAddress(a1)!;
    return getCell(this.sheet(sheet), area.top, area.left);
  }

  activate(name: string): void {
    this.book.active = this.book.sheets.indexOf(this.sheet(name));
  }

  writesIgnored(sheet: FakeSheet, area: CellRange): boolean {
    const opt = this.options.ignoreWrites;
    if (typeof opt === "function") return opt(sheet.name, absoluteAddress(area));
    return opt === true;
  }
}

export class FakeTaskPane {
  Visible = false;
  DockPosition = 0;
  Width = 0;
  readonly navigations: string[] = [];
  constructor(
    readonly ID: number,
    public url: string,
  ) {}
  Navigate(url: string): void {
    this.url = url;
    this.navigations.push(url);
  }
  Delete(): void {
    this.Visible = false;
  }
}

export class FakeWorkbook {
  constructor(private readonly app: FakeEtApplication) {}
  get Name(): string {
    return this.app.book.name;
  }
  get Worksheets(): FakeSheets {
    return new FakeSheets(this.app);
  }
  get Sheets(): FakeSheets {
    return new FakeSheets(this.app);
  }
}

export class FakeSheets {
  constructor(private readonly app: FakeEtApplication) {
    member(this, "Count", app.memberStyle === "methods", () => app.book.sheets.length);
  }
  declare readonly Count: unknown;

  Item(index: number | string): FakeWorksheet {
    const sheets = this.app.book.sheets;
    const s = typeof index === "number" ? sheets[index - 1] : sheets.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
    if (!s) throw new Error("Subscript out of range");
    return new FakeWorksheet(this.app, s);
  }

  Add(before?: unknown, after?: unknown): FakeWorksheet | null {
    const sheets = this.app.book.sheets;
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const created = newSheet(`Sheet${n}`);
    const at = (w: unknown) => (w instanceof FakeWorksheet ? sheets.indexOf(w.state) : -1);
    let index: number;
    if (after !== undefined && after !== null) index = at(after) + 1;
    else if (before !== undefined && before !== null) index = at(before);
    else index = this.app.book.active;
    if (index < 0) throw new Error("Add method of Sheets class failed");
    sheets.splice(index, 0, created);
    this.app.book.active = index;
    return this.app.options.sheetsAddReturnsNull ? null : new FakeWorksheet(this.app, created);
  }
}

export class FakeWorksheet {
  constructor(
    private readonly app: FakeEtApplication,
    readonly state: FakeSheet,
  ) {
    member(this, "UsedRange", app.memberStyle === "methods", () => new FakeRange(app, state, usedArea(state)));
  }
  declare readonly UsedRange: unknown;

  get Name(): string {
    return this.state.name;
  }
  set Name(v: string) {
    if (this.app.options.renameIgnored) return;
    const name = String(v);
    if (name === "" || name.length > 31 || sanitiseSheetName(name) !== name || name.toLowerCase() === "history") throw new Error("Invalid sheet name");
    if (this.app.book.sheets.some((s) => s !== this.state && s.name.toLowerCase() === name.toLowerCase())) throw new Error("Sheet name already taken");
    this.state.name = name;
  }

  get Visible(): number {
    return this.state.visible;
  }
  set Visible(v: unknown) {
    const n = v === true ? -1 : v === false ? 0 : Number(v);
    if (n === 2 && this.app.options.noVeryHidden) return;
    if (n !== -1 && this.app.book.sheets.filter((s) => s.visible === -1 && s !== this.state).length === 0) throw new Error("Cannot hide the only visible sheet");
    this.state.visible = n;
    if (n !== -1 && this.app.book.sheets[this.app.book.active] === this.state) {
      this.app.book.active = this.app.book.sheets.findIndex((s) => s.visible === -1);
    }
  }

  get Index(): number {
    return this.app.book.sheets.indexOf(this.state) + 1;
  }

  /** Deletes the sheet (WPS asks first unless DisplayAlerts is off; the last visible sheet cannot go). */
  Delete(): void {
    const book = this.app.book;
    if (book.sheets.filter((s) => s.visible === -1 && s !== this.state).length === 0) throw new Error("Cannot delete the only visible sheet");
    const at = book.sheets.indexOf(this.state);
    const active = book.sheets[book.active];
    book.sheets.splice(at, 1);
    book.active = active === this.state ? Math.max(0, book.sheets.findIndex((s) => s.visible === -1)) : book.sheets.indexOf(active!);
  }

  get Cells(): FakeRange {
    return new FakeRange(this.app, this.state, { top: 0, left: 0, bottom: 1048575, right: 16383 });
  }

  get PageSetup(): Record<string, unknown> {
    return this.state.pageSetup;
  }

  Range(address: string): FakeRange {
    const area = parseAddress(String(address));
    if (!area) throw new Error("Method 'Range' of object '_Worksheet' failed");
    return new FakeRange(this.app, this.state, area);
  }

  Activate(): void {
    if (this.state.visible !== -1) throw new Error("Activate method of Worksheet class failed");
    this.app.book.active = this.app.book.sheets.indexOf(this.state);
  }

  Select(): void {
    this.Activate();
  }
}

/** The used area: cells with anything in them, plus merges; A1 for an empty sheet. */
function usedArea(sheet: FakeSheet): CellRange {
  let area: CellRange | undefined;
  const grow = (r: number, c: number) => {
    area = area ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) } : { top: r, left: c, bottom: r, right: c };
  };
  for (const [k, cell] of sheet.cells) {
    if (!isUsed(cell)) continue;
    const [r, c] = k.split(":").map(Number) as [number, number];
    grow(r, c);
  }
  for (const m of sheet.merges) {
    grow(m.top, m.left);
    grow(m.bottom, m.right);
  }
  return area ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

export class FakeRange {
  constructor(
    private readonly app: FakeEtApplication,
    readonly sheet: FakeSheet,
    readonly area: CellRange,
  ) {
    const style = app.memberStyle;
    member(this, "Address", style !== "properties", () => absoluteAddress(area));
    member(this, "Text", style === "methods", () => this.text());
  }
  declare readonly Address: unknown;
  declare readonly Text: unknown;

  private get single(): boolean {
    return this.area.top === this.area.bottom && this.area.left === this.area.right;
  }

  private get rows(): number {
    return this.area.bottom - this.area.top + 1;
  }

  private get cols(): number {
    return this.area.right - this.area.left + 1;
  }

  /** Scalar for one cell, 2-D array otherwise (flat for one row when asked). */
  private shape(fn: (r: number, c: number) => unknown): unknown {
    if (this.single) return fn(this.area.top, this.area.left);
    const out: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(fn(r, c));
      out.push(row);
    }
    if (this.app.options.flatRows && this.rows === 1) return out[0];
    return out;
  }

  /** The common answer of every cell, or null when they differ. */
  private common<T>(fn: (r: number, c: number) => T): T | null {
    let first = true;
    let value: T | null = null;
    for (const [r, c] of cellsOf(this.area)) {
      const v = fn(r, c);
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) return null;
    }
    return value;
  }

  private outValue(v: FakeValue): unknown {
    if (v === null) return this.app.options.emptyValue;
    if (typeof v === "object") {
      const codes = ERROR_CODES[v.error];
      const mode = this.app.options.errorValues ?? "strings";
      if (mode === "codes" && codes) return codes[0];
      if (mode === "xlcodes" && codes) return codes[1];
      return v.error;
    }
    return v;
  }

  get Value2(): unknown {
    return this.shape((r, c) => {
      if (isCovered(this.sheet, r, c)) return this.app.options.emptyValue;
      return this.outValue(getCell(this.sheet, r, c)?.value ?? null);
    });
  }
  set Value2(v: unknown) {
    this.assign(v);
  }

  get Formula(): unknown {
    return this.shape((r, c) => {
      const cell = getCell(this.sheet, r, c);
      if (!cell || isCovered(this.sheet, r, c)) return "";
      if (cell.formula !== undefined) return cell.formula;
      const v = cell.value;
      if (v === null) return "";
      if (typeof v === "object") return v.error;
      if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
      return String(v);
    });
  }
  set Formula(v: unknown) {
    this.assign(v);
  }

  Value(): unknown {
    return this.Value2;
  }

  private assign(v: unknown): void {
    if (this.app.writesIgnored(this.sheet, this.area)) return;
    const grid = Array.isArray(v) ? ((v as unknown[]).every((x) => Array.isArray(x)) ? (v as unknown[][]) : [v as unknown[]]) : undefined;
    for (const [r, c] of cellsOf(this.area)) {
      if (isCovered(this.sheet, r, c)) continue;
      const row = grid?.[r - this.area.top];
      if (grid && (row === undefined || c - this.area.left >= row.length)) {
        // Excel fills the cells beyond the array with #N/A.
        const cell = ensureCell(this.sheet, r, c);
        cell.value = { error: "#N/A" };
        delete cell.formula;
        continue;
      }
      const input = grid ? row?.[c - this.area.left] : v;
      const typed = typeInput(input);
      const cell = ensureCell(this.sheet, r, c);
      delete cell.formula;
      delete cell.prefix;
      if (typed.kind === "empty") cell.value = null;
      else if (typed.kind === "formula") {
        cell.formula = typed.formula;
        cell.value = formulaResult(typed.formula);
      } else {
        cell.value = typed.value;
        if (typed.prefix) cell.prefix = true;
      }
    }
  }

  private text(): unknown {
    if (this.single) this.app.textReads++;
    return this.common((r, c) => {
      const cell = getCell(this.sheet, r, c);
      if (!cell || isCovered(this.sheet, r, c)) return "";
      const shown = formatValue(cell.value, cell.numberFormat);
      const width = this.sheet.columnWidths.get(c);
      if (typeof cell.value === "number" && width !== undefined && shown.length > width) return "#".repeat(Math.max(1, Math.floor(width)));
      return shown;
    });
  }

  get HasFormula(): boolean | null {
    return this.common((r, c) => getCell(this.sheet, r, c)?.formula !== undefined);
  }

  get PrefixCharacter(): string {
    return getCell(this.sheet, this.area.top, this.area.left)?.prefix ? "'" : "";
  }

  get NumberFormat(): string | null {
    return this.common((r, c) => getCell(this.sheet, r, c)?.numberFormat ?? "General");
  }
  set NumberFormat(f: unknown) {
    for (const [r, c] of cellsOf(this.area)) ensureCell(this.sheet, r, c).numberFormat = String(f);
  }

  get MergeCells(): boolean | null {
    return this.common((r, c) => mergeAt(this.sheet, r, c) !== undefined);
  }
  set MergeCells(v: unknown) {
    if (v) this.Merge();
    else this.UnMerge();
  }

  get MergeArea(): FakeRange {
    const m = mergeAt(this.sheet, this.area.top, this.area.left);
    return m ? new FakeRange(this.app, this.sheet, m) : new FakeRange(this.app, this.sheet, { top: this.area.top, left: this.area.left, bottom: this.area.top, right: this.area.left });
  }

  Merge(): void {
    if (this.single) return;
    const hit = this.sheet.merges.filter((m) => overlaps(m, this.area));
    const inside = (m: CellRange) => m.top >= this.area.top && m.bottom <= this.area.bottom && m.left >= this.area.left && m.right <= this.area.right;
    if (hit.some((m) => !inside(m))) throw new Error("Cannot merge: overlaps a merged area");
    this.sheet.merges = this.sheet.merges.filter((m) => !hit.includes(m));
    const values = [...cellsOf(this.area)].filter(([r, c]) => !isBlank(getCell(this.sheet, r, c)));
    const keepsOthers = values.some(([r, c]) => r !== this.area.top || c !== this.area.left);
    if (keepsOthers && this.app.displayAlerts !== false) this.app.alerts.push("合并单元格时，仅保留左上角的值");
    for (const [r, c] of values) {
      if (r === this.area.top && c === this.area.left) continue;
      const cell = ensureCell(this.sheet, r, c);
      cell.value = null;
      delete cell.formula;
    }
    this.sheet.merges.push({ ...this.area });
  }

  UnMerge(): void {
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.area));
  }

  get Interior(): FakeInterior {
    return new FakeInterior(this.sheet, this.area);
  }

  get Font(): Record<string, unknown> {
    return propertyBag(this.sheet, this.area, (cell) => cell.font);
  }

  get Borders(): { Item(index: number): Record<string, unknown> } {
    const sheet = this.sheet;
    const area = this.area;
    return {
      Item: (index: number) => {
        const key = `${absoluteAddress(area)}#${index}`;
        let bag = sheet.borders.get(key);
        if (!bag) {
          bag = {};
          sheet.borders.set(key, bag);
        }
        return bag;
      },
    };
  }

  get HorizontalAlignment(): unknown {
    return this.common((r, c) => getCell(this.sheet, r, c)?.style.HorizontalAlignment);
  }
  set HorizontalAlignment(v: unknown) {
    for (const [r, c] of cellsOf(this.area)) ensureCell(this.sheet, r, c).style.HorizontalAlignment = v;
  }
  get VerticalAlignment(): unknown {
    return this.common((r, c) => getCell(this.sheet, r, c)?.style.VerticalAlignment);
  }
  set VerticalAlignment(v: unknown) {
    for (const [r, c] of cellsOf(this.area)) ensureCell(this.sheet, r, c).style.VerticalAlignment = v;
  }
  get WrapText(): unknown {
    return this.common((r, c) => getCell(this.sheet, r, c)?.style.WrapText);
  }
  set WrapText(v: unknown) {
    for (const [r, c] of cellsOf(this.area)) ensureCell(this.sheet, r, c).style.WrapText = v;
  }

  get ColumnWidth(): unknown {
    return this.sheet.columnWidths.get(this.area.left) ?? 8.38;
  }
  set ColumnWidth(v: unknown) {
    for (let c = this.area.left; c <= this.area.right; c++) this.sheet.columnWidths.set(c, Number(v));
  }
  get RowHeight(): unknown {
    return this.sheet.rowHeights.get(this.area.top) ?? 13.5;
  }
  set RowHeight(v: unknown) {
    for (let r = this.area.top; r <= this.area.bottom; r++) this.sheet.rowHeights.set(r, Number(v));
  }

  get Comment(): FakeComment | null {
    const cell = getCell(this.sheet, this.area.top, this.area.left);
    return cell?.comment ? new FakeComment(this.app, cell) : null;
  }

  AddComment(text?: string): FakeComment {
    const cell = ensureCell(this.sheet, this.area.top, this.area.left);
    if (cell.comment) throw new Error("Application-defined or object-defined error");
    cell.comment = { text: text ?? "", visible: false, author: "WPS 用户" };
    return new FakeComment(this.app, cell);
  }

  ClearComments(): void {
    for (const [r, c] of cellsOf(this.area)) {
      const cell = getCell(this.sheet, r, c);
      if (cell) delete cell.comment;
    }
  }

  get FormatConditions(): FakeFormatConditions {
    return new FakeFormatConditions(this.app, this.sheet, this.area);
  }

  get Validation(): FakeValidationView {
    return new FakeValidationView(this.sheet, this.area);
  }

  Select(): boolean {
    if (this.app.book.sheets[this.app.book.active] !== this.sheet) throw new Error("Select method of Range class failed");
    this.app.book.selection = { sheet: this.sheet, area: { ...this.area } };
    return true;
  }

  Activate(): boolean {
    return this.Select();
  }
}

function propertyBag(sheet: FakeSheet, area: CellRange, pick: (cell: FakeCell) => Record<string, unknown>): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_t, prop: string) => {
        let first = true;
        let value: unknown = null;
        for (const [r, c] of cellsOf(area)) {
          const cell = getCell(sheet, r, c);
          const v = cell ? pick(cell)[prop] : undefined;
          if (first) {
            value = v;
            first = false;
          } else if (v !== value) return null;
        }
        return value;
      },
      set: (_t, prop: string, v: unknown) => {
        for (const [r, c] of cellsOf(area)) pick(ensureCell(sheet, r, c))[prop] = v;
        return true;
      },
    },
  );
}

export class FakeInterior {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly area: CellRange,
  ) {}

  private common(pick: (i: FakeCell["interior"]) => number): number | null {
    let value: number | null = null;
    let first = true;
    for (const [r, c] of cellsOf(this.area)) {
      const v = pick(getCell(this.sheet, r, c)?.interior ?? NO_FILL);
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) return null;
    }
    return value;
  }

  private each(fn: (i: FakeCell["interior"]) => void): void {
    for (const [r, c] of cellsOf(this.area)) fn(ensureCell(this.sheet, r, c).interior);
  }

  get Color(): number | null {
    return this.common((i) => i.color);
  }
  set Color(v: unknown) {
    const n = Number(v);
    this.each((i) => {
      i.color = n;
      // The palette entry nearest to the colour; the fake only needs "not none".
      i.colorIndex = n === 16777215 ? 2 : 1 + (n % 55);
      i.pattern = 1;
    });
  }

  get ColorIndex(): number | null {
    return this.common((i) => i.colorIndex);
  }
  set ColorIndex(v: unknown) {
    const n = Number(v);
    this.each((i) => {
      if (n === NO_FILL.colorIndex) Object.assign(i, NO_FILL);
      else {
        i.colorIndex = n;
        i.pattern = 1;
      }
    });
  }

  get Pattern(): number | null {
    return this.common((i) => i.pattern);
  }
  set Pattern(v: unknown) {
    this.each((i) => {
      i.pattern = Number(v);
    });
  }
}

export class FakeComment {
  constructor(
    app: FakeEtApplication,
    private readonly cell: FakeCell,
  ) {
    const data = cell.comment!;
    if (app.memberStyle === "properties") {
      Object.defineProperty(this, "Text", { get: () => data.text, set: (t: string) => (data.text = t), enumerable: true });
    } else {
      Object.defineProperty(this, "Text", {
        value: (t?: string) => {
          if (t !== undefined) data.text = t;
          return data.text;
        },
        enumerable: true,
      });
    }
  }
  declare Text: unknown;

  get Visible(): boolean {
    return this.cell.comment?.visible ?? false;
  }
  set Visible(v: unknown) {
    if (this.cell.comment) this.cell.comment.visible = Boolean(v);
  }

  get Author(): string {
    return this.cell.comment?.author ?? "";
  }

  Delete(): void {
    delete this.cell.comment;
  }
}

let conditionIds = 0;

export class FakeFormatConditions {
  constructor(
    private readonly app: FakeEtApplication,
    private readonly sheet: FakeSheet,
    private readonly area: CellRange,
  ) {
    member(this, "Count", app.memberStyle === "methods", () => this.list().length);
  }
  declare readonly Count: unknown;

  private list() {
    return this.sheet.conditions.filter((fc) => overlaps(fc.appliesTo, this.area));
  }

  Item(index: number): FakeFormatCondition {
    const fc = this.list()[index - 1];
    if (!fc) throw new Error("Subscript out of range");
    return new FakeFormatCondition(this.sheet, fc);
  }

  Add(type: number, operator?: unknown, formula1?: unknown): FakeFormatCondition {
    if (this.app.options.noFormatConditions) throw new Error("Not implemented");
    const fc = { id: ++conditionIds, type, operator, formula1: String(formula1 ?? ""), appliesTo: { ...this.area }, interior: { Color: undefined as unknown } };
    this.sheet.conditions.push(fc);
    return new FakeFormatCondition(this.sheet, fc);
  }

  Delete(): void {
    for (const fc of this.list()) this.sheet.conditions.splice(this.sheet.conditions.indexOf(fc), 1);
  }
}

export class FakeFormatCondition {
  constructor(
    private readonly sheet: FakeSheet,
    readonly state: FakeSheet["conditions"][number],
  ) {}
  get Type(): number {
    return this.state.type;
  }
  get Formula1(): string {
    return this.state.formula1;
  }
  get Interior(): { Color: unknown } {
    return this.state.interior;
  }
  get Priority(): number {
    return this.sheet.conditions.indexOf(this.state) + 1;
  }
  get AppliesTo(): string {
    return absoluteAddress(this.state.appliesTo);
  }
  SetFirstPriority(): void {
    const list = this.sheet.conditions;
    list.splice(list.indexOf(this.state), 1);
    list.unshift(this.state);
  }
  Delete(): void {
    const list = this.sheet.conditions;
    const i = list.indexOf(this.state);
    if (i >= 0) list.splice(i, 1);
  }
}

export class FakeValidationView {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly area: CellRange,
  ) {
    return new Proxy(this, {
      get: (target, prop: string, receiver) => {
        if (prop in target) return Reflect.get(target, prop, receiver);
        const v = target.current();
        return v?.props[prop];
      },
      set: (target, prop: string, value) => {
        const v = target.current();
        if (!v) throw new Error("No validation");
        v.props[prop] = value;
        return true;
      },
    });
  }

  private current(): FakeValidation | undefined {
    return this.sheet.validations.find((v) => overlaps(v.area, this.area));
  }

  get Type(): number {
    const v = this.current();
    if (!v) throw new Error("Application-defined or object-defined error");
    return v.type;
  }

  Add(type: number, alertStyle?: unknown, operator?: unknown, formula1?: unknown): void {
    if (this.current()) throw new Error("Validation already exists");
    this.sheet.validations.push({ area: { ...this.area }, type, formula1, props: { AlertStyle: alertStyle, Operator: operator } });
  }

  Delete(): void {
    this.sheet.validations = this.sheet.validations.filter((v) => !overlaps(v.area, this.area));
  }
}
