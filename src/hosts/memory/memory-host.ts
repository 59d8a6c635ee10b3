/**
 * The in-memory workbook host: an .xlsx held by exceljs. Used by the command line, the browser
 * preview and the tests. No file IO here (the CLI reads and writes files), so the same code runs
 * in Node and in a browser bundle (exceljs's package.json points bundlers at its browser build).
 *
 * State that Excel keeps in its window (active sheet, selection) is kept on the host and written
 * into the workbook's views, so a saved file opens on the sheet and cell we last selected.
 * Settings and the formatting saved for highlights live in the workbook itself (store.ts), so
 * they survive save and re-open.
 */
import ExcelJS from "exceljs";
import { parseRange, rangeToA1, toA1 } from "../../grid/address";
import type { Grid, CellValue } from "../../grid/grid";
import { isCellError } from "../../grid/grid";
import type {
  CellWrite,
  Highlight,
  HostCapabilities,
  LayoutOp,
  Selection,
  SheetInfo,
  WorkbookHost,
} from "../host";
import { decodeSetting, encodeSetting } from "../setting-json";
import { applyHighlights, markedSheets, restoreHighlights } from "./highlights";
import { applyLayoutOps } from "./layout";
import { memoryError } from "./messages";
import { uniqueSheetName } from "./sheet-names";
import { STORE_SHEET, WorkbookStore } from "./store";
import { worksheetToGrid } from "./xlsx-to-grid";
import { EditJournal } from "./journal";
import { patchPackage } from "./package/patch";
import { PatchUnsupported } from "./package/types";
import { prepareForReading, type PreparedPackage } from "./package/prepare";
import { ZipDamaged, ZipRefused } from "./package/zip-guard";
import { HostError } from "../shared/errors";

const SETTING_PREFIX = "setting:";
/** Records of drop-down lists (store-format.ts listRecord). */
const LIST_PREFIX = "list:";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: legacy .xls, and also any password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** exceljs's ValueType.Merge: a cell covered by a merged area. */
const MERGE_TYPE = 1;

export class MemoryHost implements WorkbookHost {
  readonly kind = "memory" as const;
  /** The exceljs workbook, for the CLI and for tests that look below the seam. */
  readonly workbook: ExcelJS.Workbook;
  private readonly store: WorkbookStore;
  private active: string | undefined;
  private selected: Selection | undefined;
  /** The file this workbook was opened from: saving patches it (package/patch.ts). */
  private readonly source: Uint8Array | undefined;
  private readonly journal = new EditJournal();
  /** The bookkeeping sheet's rows when opened, to tell whether saving must rewrite it. */
  private readonly storeAtOpen: string;
  /** What was adjusted to read the file (merged areas clipped …), one sentence each. */
  readonly notices: string[] = [];
  /** The clerk's sheets by name (see findSheet). */
  private byName: Map<string, ExcelJS.Worksheet> | undefined;

  private constructor(workbook: ExcelJS.Workbook, source?: Uint8Array) {
    this.workbook = workbook;
    this.store = new WorkbookStore(workbook);
    this.source = source;
    this.storeAtOpen = JSON.stringify(this.storeRows());
  }

  /** Opens .xlsx bytes; anything else rejects with a one-line Chinese message. */
  static async open(bytes: Uint8Array | ArrayBuffer): Promise<MemoryHost> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (data.length === 0) throw memoryError("emptyFile");
    if (startsWith(data, OLE_MAGIC)) throw memoryError("legacyOrEncrypted");
    // Not a zip at all (a text file, a PDF): say so without asking exceljs.
    if (!startsWith(data, ZIP_MAGIC)) throw memoryError("notXlsx");
    let prepared: PreparedPackage;
    try {
      prepared = prepareForReading(data);
    } catch (e) {
      throw e instanceof ZipRefused && !(e instanceof ZipDamaged) ? new HostError("memory", "zipRefused", e.message) : memoryError("notXlsx");
    }
    const wb = new ExcelJS.Workbook();
    try {
      // exceljs's types ask for a Node Buffer; JSZip underneath takes any Uint8Array.
      await wb.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw memoryError("notXlsx");
    }
    // A zip that is not a workbook (a .docx, a truncated file) loads as a workbook with no sheets.
    if (wb.worksheets.filter((ws) => ws.name !== STORE_SHEET).length === 0) throw memoryError("notXlsx");
    const host = new MemoryHost(wb, data);
    host.notices.push(...prepared.notices);
    return host;
  }

  /** A new workbook with one empty sheet, as Excel starts. */
  static empty(): MemoryHost {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    return new MemoryHost(wb);
  }

  /** A workbook with one sheet per grid: values, formulas, number formats and merged areas (no other formatting). */
  static fromGrids(grids: readonly Grid[]): MemoryHost {
    if (grids.length === 0) return MemoryHost.empty();
    const wb = new ExcelJS.Workbook();
    for (const grid of grids) {
      const ws = wb.addWorksheet(uniqueSheetName(grid.sheet, wb.worksheets.map((w) => w.name)));
      for (let r = 0; r < grid.rowCount; r++) {
        for (let c = 0; c < grid.colCount; c++) {
          const cell = grid.cell(r, c);
          if (!cell) continue;
          const target = ws.getCell(r + 1, c + 1);
          if (cell.numFmt && cell.numFmt !== "General") target.numFmt = cell.numFmt;
          if (cell.formula) {
            const result = toExcelValue(cell.value);
            target.value = result === null ? { formula: cell.formula } : ({ formula: cell.formula, result } as ExcelJS.CellFormulaValue);
          } else {
            target.value = toExcelValue(cell.value);
          }
        }
      }
      for (const m of grid.merges) {
        if (m.bottom > m.top || m.right > m.left) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      }
    }
    return new MemoryHost(wb);
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    return (await this.saveFile()).bytes;
  }

  /**
   * The workbook as .xlsx bytes. Opened from a file, the file is patched: only the cells, formats
   * and notes we changed differ, every other part is copied byte for byte. Otherwise (a new
   * workbook, or a change that cannot be made in place) exceljs writes the whole file, and
   * `rebuilt` says why, so the caller can tell the clerk before writing it.
   */
  async saveFile(): Promise<{ bytes: Uint8Array; rebuilt?: string }> {
    this.dropEmptyStore();
    let rebuilt: string | undefined;
    if (this.source) {
      rebuilt = this.journal.unpatchable;
      if (rebuilt === undefined) {
        try {
          const rows = this.storeRows();
          const store = JSON.stringify(rows) === this.storeAtOpen ? undefined : { name: STORE_SHEET, rows };
          const view = this.selected && this.findSheet(this.selected.sheet) ? { view: { sheet: this.selected.sheet, range: this.selected.range } } : {};
          const sheets = this.journal.added.filter((name) => this.findSheet(name));
          const added = sheets.length > 0 ? { added: { sheets, rendered: await this.renderSheets(sheets) } } : {};
          return { bytes: patchPackage(this.source, { ...this.journal.patch(this.workbook, store), ...view, ...added }) };
        } catch (e) {
          if (!(e instanceof PatchUnsupported)) throw e;
          rebuilt = e.message;
        }
      }
    }
    const bytes = await this.rebuild();
    return rebuilt === undefined ? { bytes } : { bytes, rebuilt };
  }

  /**
   * Readies the workbook for a copy meant for submission: our marks are cleared (the clerk's
   * formatting and notes restored) and our settings dropped, so the bookkeeping sheet goes with
   * them. Only drop-down lists that the sheets' validations point at keep it.
   */
  async forSubmission(): Promise<void> {
    await this.clearHighlights();
    for (const key of this.store.keys()) if (!key.startsWith(LIST_PREFIX)) this.store.set(key, undefined);
  }

  /** The bookkeeping sheet's rows as text; null when there is none. */
  private storeRows(): string[][] | null {
    const ws = this.workbook.getWorksheet(STORE_SHEET);
    if (!ws) return null;
    const rows: string[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      const cells: string[] = [];
      for (let c = 1; row && c <= row.cellCount; c++) {
        const v = row.findCell(c)?.value;
        cells.push(v === null || v === undefined ? "" : String(v));
      }
      rows.push(cells);
    }
    return rows;
  }

  /** Our bookkeeping sheet goes once it holds no record (the last mark cleared). */
  private dropEmptyStore(): void {
    const ws = this.workbook.getWorksheet(STORE_SHEET);
    if (ws && this.store.keys().length === 0) this.workbook.removeWorksheet(ws.id);
  }

  private async rebuild(): Promise<Uint8Array> {
    this.syncViews();
    return this.render();
  }

  /**
   * The sheets we added, alone in a workbook as exceljs writes it: the package writer takes
   * their parts from it. Only they are written, so the rest of the file (which exceljs may not
   * be able to write at all, as with some files LibreOffice saves) need not be.
   */
  private async renderSheets(names: readonly string[]): Promise<Uint8Array> {
    const alone = new ExcelJS.Workbook();
    for (const name of names) {
      const ws = this.findSheet(name)!;
      alone.addWorksheet(name).model = { ...ws.model, name };
    }
    return this.render(alone);
  }

  /** A workbook (this one unless given) as exceljs writes it. */
  private async render(workbook: ExcelJS.Workbook = this.workbook): Promise<Uint8Array> {
    let out: ArrayBuffer | Uint8Array;
    try {
      out = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
    } catch {
      throw memoryError("saveFailed");
    }
    // Node gives a Buffer, the browser build its Buffer polyfill; both are Uint8Array subclasses
    // whose slice() is a view. Copy into a plain Uint8Array of exactly the file.
    return new Uint8Array(out instanceof Uint8Array ? out : new Uint8Array(out));
  }

  capabilities(): HostCapabilities {
    return { notes: true, safeHighlights: true, save: true };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets().map((ws, index) => ({ name: ws.name, index, visible: ws.state === "visible" }));
  }

  async activeSheet(): Promise<string> {
    return this.activeWorksheet().name;
  }

  async selection(): Promise<Selection> {
    if (this.selected && this.findSheet(this.selected.sheet)) return { ...this.selected };
    const ws = this.activeWorksheet();
    const activeCell = ws.views?.[0]?.activeCell;
    const range = typeof activeCell === "string" && parseRange(activeCell) ? rangeToA1(parseRange(activeCell)!) : "A1";
    return { sheet: ws.name, range };
  }

  async readSheet(sheet: string, range?: string): Promise<Grid> {
    const ws = this.requireSheet(sheet);
    if (range === undefined) return worksheetToGrid(ws);
    const r = parseRange(range);
    if (!r) throw memoryError("badAddress", range);
    return worksheetToGrid(ws, r);
  }

  async write(sheet: string, topLeft: string, cells: readonly (readonly CellWrite[])[]): Promise<void> {
    const ws = this.requireSheet(sheet);
    const origin = parseRange(topLeft);
    if (!origin) throw memoryError("badAddress", topLeft);
    let formulas = false;
    cells.forEach((row, i) =>
      row.forEach((w, j) => {
        const target = ws.getCell(origin.top + i + 1, origin.left + j + 1);
        // exceljs redirects a write to a covered cell onto the merged area's top-left cell,
        // overwriting what is shown there; Excel would drop the value. Drop it.
        if ((target.type as number) === MERGE_TYPE) return;
        this.journal.touch(ws.name, toA1(origin.top + i, origin.left + j), "value");
        if ("formula" in w) {
          const formula = w.formula.trim().replace(/^=/, "");
          // An empty formula would become an exceljs "JSON" value; it clears the cell instead.
          target.value = formula === "" ? null : { formula };
          formulas ||= formula !== "";
        } else {
          // A string stays a string, even "=SUM(…)": exceljs only makes formulas from {formula}.
          target.value = toExcelValue(w.value);
        }
      }),
    );
    // exceljs cannot calculate, so new formulas carry no cached result: ask Excel/WPS to
    // recalculate on open instead of showing blanks.
    if (formulas) this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    this.journal.formulas ||= formulas;
  }

  async setHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    const ws = this.requireSheet(sheet);
    this.marked(ws.name, restoreHighlights(ws, this.store, ws.name));
    this.marked(ws.name, applyHighlights(ws, this.store, highlights));
  }

  private marked(sheet: string, refs: readonly string[]): void {
    for (const ref of refs) this.journal.touch(sheet, ref, "fill", "note");
  }

  async clearHighlights(sheet?: string): Promise<void> {
    if (sheet !== undefined) {
      const ws = this.requireSheet(sheet);
      this.marked(ws.name, restoreHighlights(ws, this.store, ws.name));
      return;
    }
    for (const name of markedSheets(this.store)) this.marked(name, restoreHighlights(this.findSheet(name), this.store, name));
  }

  async select(sheet: string, range: string): Promise<void> {
    const ws = this.requireSheet(sheet);
    const r = parseRange(range);
    if (!r) throw memoryError("badAddress", range);
    if (ws.state !== "visible") throw memoryError("hiddenSheet", ws.name);
    this.active = ws.name;
    this.selected = { sheet: ws.name, range: rangeToA1(r) };
    // The sheet view holds one active cell (exceljs writes it as the selection too).
    const views = ws.views && ws.views.length > 0 ? ws.views : [{ state: "normal" as const }];
    ws.views = [{ ...views[0], activeCell: toA1(r.top, r.left) }, ...views.slice(1)];
    this.syncViews();
  }

  async addSheet(name: string): Promise<string> {
    const unique = uniqueSheetName(name, this.workbook.worksheets.map((ws) => ws.name).concat(STORE_SHEET));
    this.workbook.addWorksheet(unique);
    this.journal.addSheet(unique);
    return unique;
  }

  async removeSheet(sheet: string): Promise<void> {
    const ws = this.requireSheet(sheet);
    this.marked(ws.name, restoreHighlights(ws, this.store, ws.name));
    this.workbook.removeWorksheet(ws.id);
    this.journal.unpatchable ??= "删除了工作表";
    if (this.active === ws.name) this.active = undefined;
    if (this.selected?.sheet === ws.name) this.selected = undefined;
  }

  async numberFormats(sheet: string, range: string): Promise<string[][]> {
    const ws = this.requireSheet(sheet);
    const r = parseRange(range);
    if (!r) throw memoryError("badAddress", range);
    const out: string[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: string[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(ws.findCell(row + 1, col + 1)?.numFmt || "General");
      out.push(line);
    }
    return out;
  }

  async applyLayout(sheet: string, ops: readonly LayoutOp[]): Promise<void> {
    const ws = this.requireSheet(sheet);
    this.journal.layout(ws.name, ops);
    applyLayoutOps(ws, this.store, ops);
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return decodeSetting<T>(this.store.get(SETTING_PREFIX + key));
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const json = encodeSetting(value);
    if (json === null) throw memoryError("settingNotJson", key);
    this.store.set(SETTING_PREFIX + key, json);
  }

  // ---------------------------------------------------------------------------

  /** The clerk's sheets in tab order, without our store sheet. */
  private sheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name !== STORE_SHEET);
  }

  /**
   * A sheet by name through a map: exceljs's `worksheets` clones and sorts the list on every
   * call, which made looking up each of a workbook's sheets quadratic (seconds at 4,000 sheets).
   * An entry is trusted only while exceljs still holds that sheet under that name; anything else
   * (a sheet added, removed or renamed, also through `workbook` directly) rebuilds the map once.
   */
  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    const hit = this.byName?.get(name);
    if (hit && hit.name === name && this.workbook.getWorksheet(hit.id) === hit) return hit;
    this.byName = new Map(this.sheets().map((ws) => [ws.name, ws]));
    return this.byName.get(name);
  }

  private requireSheet(name: string): ExcelJS.Worksheet {
    const ws = this.findSheet(name);
    if (!ws) throw memoryError("unknownSheet", name);
    return ws;
  }

  private activeWorksheet(): ExcelJS.Worksheet {
    const chosen = this.active === undefined ? undefined : this.findSheet(this.active);
    if (chosen) return chosen;
    const all = this.workbook.worksheets;
    const tab = this.workbook.views?.[0]?.activeTab;
    const fromFile = typeof tab === "number" ? all[tab] : undefined;
    if (fromFile && fromFile.name !== STORE_SHEET && fromFile.state === "visible") return fromFile;
    const sheets = this.sheets();
    const first = sheets.find((ws) => ws.state === "visible") ?? sheets[0];
    if (!first) throw memoryError("notXlsx");
    return first;
  }

  /** Writes the active sheet into the workbook views: activeTab, and tabSelected on that sheet only. */
  private syncViews(): void {
    const active = this.activeWorksheet();
    const all = this.workbook.worksheets;
    const index = all.indexOf(active);
    // exceljs loads a file without <bookViews> as views = undefined.
    const view: Partial<ExcelJS.WorkbookView> = this.workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
    const firstSheet = Math.min(view.firstSheet ?? 0, index);
    this.workbook.views = [{ ...view, activeTab: index, firstSheet } as ExcelJS.WorkbookView, ...(this.workbook.views ?? []).slice(1)];
    // Excel groups every sheet whose view says tabSelected; exceljs's typings omit the flag.
    type View = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };
    for (const ws of all) {
      const views = (ws.views ?? []) as View[];
      const first = views[0];
      if (ws === active) ws.views = [{ ...(first ?? { state: "normal" }), tabSelected: true } as View, ...views.slice(1)];
      else if (first?.tabSelected) ws.views = [{ ...first, tabSelected: false } as View, ...views.slice(1)];
    }
  }
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/** A grid value as exceljs wants it; NaN and infinities (which would corrupt the file) become #NUM!. */
function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : ({ error: "#NUM!" } as ExcelJS.CellErrorValue);
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}
