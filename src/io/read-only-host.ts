/**
 * A workbook opened only to be read (check, parse, the preview): the grids of the fast reader
 * (xlsx-reader.ts) behind the host seam, with no exceljs loaded. It answers every reading
 * call as MemoryHost does for the same file — sheets in tab order without the add-in's store
 * sheet, the same active sheet and settings — and refuses every change with one sentence: a
 * command that writes opens the file with MemoryHost instead.
 */
import { parseRange, rangeContains, rangeToA1 } from "../grid/address";
import { Grid, type Cell } from "../grid/grid";
import type { HostCapabilities, Selection, SheetInfo, WorkbookHost } from "../hosts/host";
import { decodeSetting } from "../hosts/setting-json";
import { SETTING_PREFIX, STORE_SHEET, readRecord, storeRows } from "../hosts/store-format";
import type { ReadSheet, ReadWorkbook } from "./xlsx-reader";
import { memoryError } from "../hosts/memory/messages";

export class ReadOnlyHost implements WorkbookHost {
  readonly kind = "memory" as const;
  /** What was adjusted to read the file: nothing on this path (files that need it take the exceljs path). */
  readonly notices: string[] = [];
  private readonly all: readonly ReadSheet[];
  private readonly byName = new Map<string, ReadSheet>();
  private readonly activeTab: number | undefined;

  constructor(book: ReadWorkbook) {
    this.all = book.sheets;
    this.activeTab = book.activeTab;
    for (const s of book.sheets) if (s.name !== STORE_SHEET) this.byName.set(s.name, s);
  }

  capabilities(): HostCapabilities {
    return { notes: true, safeHighlights: true, save: false };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return [...this.byName.values()].map((s, index) => ({ name: s.name, index, visible: s.state === "visible" }));
  }

  async activeSheet(): Promise<string> {
    return this.active().name;
  }

  async selection(): Promise<Selection> {
    const s = this.active();
    const r = s.activeCell === undefined ? undefined : parseRange(s.activeCell);
    return { sheet: s.name, range: r ? rangeToA1(r) : "A1" };
  }

  async readSheet(sheet: string, range?: string): Promise<Grid> {
    const s = this.byName.get(sheet);
    if (!s) throw memoryError("unknownSheet", sheet);
    if (range === undefined) return s.grid;
    const r = parseRange(range);
    if (!r) throw memoryError("badAddress", range);
    const rows: (Cell | undefined)[][] = [];
    const bottom = Math.min(r.bottom, s.grid.rowCount - 1);
    const right = Math.min(r.right, s.grid.colCount - 1);
    for (let row = r.top; row <= bottom; row++) {
      for (let col = r.left; col <= right; col++) {
        const cell = s.grid.cell(row, col);
        if (cell) (rows[row] ??= [])[col] = cell;
      }
    }
    return new Grid(s.name, rows, s.grid.merges.filter((m) => rangeContains(r, m.top, m.left)));
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const store = this.all.find((s) => s.name === STORE_SHEET)?.grid;
    if (!store) return undefined;
    const values: unknown[][] = [];
    for (let r = 0; r < store.rowCount; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < store.colCount; c++) line.push(store.cell(r, c)?.value ?? null);
      values.push(line);
    }
    return decodeSetting<T>(readRecord(storeRows(values), SETTING_PREFIX + key));
  }

  private active(): ReadSheet {
    const fromFile = this.activeTab === undefined ? undefined : this.all[this.activeTab];
    if (fromFile && fromFile.name !== STORE_SHEET && fromFile.state === "visible") return fromFile;
    const sheets = [...this.byName.values()];
    const first = sheets.find((s) => s.state === "visible") ?? sheets[0];
    if (!first) throw memoryError("notXlsx");
    return first;
  }

  private refuse(): never {
    throw memoryError("readOnly");
  }

  async write(): Promise<void> {
    this.refuse();
  }
  async setHighlights(): Promise<void> {
    this.refuse();
  }
  async clearHighlights(): Promise<void> {
    this.refuse();
  }
  async select(): Promise<void> {
    this.refuse();
  }
  async addSheet(): Promise<string> {
    this.refuse();
  }
  async applyLayout(): Promise<void> {
    this.refuse();
  }
  async setSetting(): Promise<void> {
    this.refuse();
  }
}
