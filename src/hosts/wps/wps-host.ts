/**
 * The WPS Spreadsheets host: WorkbookHost over the ET object model of a WPS 加载项
 * (`window.Application`, else the `wps` global; see `defaultApplication`). The object model is synchronous
 * and VBA-shaped; each method here does its whole unit of work synchronously inside one call and
 * resolves a promise, so the seam stays async like the Excel host's, and no WPS object is kept
 * between calls — only the Application root, from which everything is looked up again each time.
 *
 * WPS quirks absorbed in this folder (details in each file's header):
 * - properties vs zero-argument methods differ between builds (`Address`, `UsedRange`, `Text`,
 *   `Count`, `Comment.Text`…): every such member is read through `read()` (et.ts);
 * - `Value2` is a scalar for one cell and a 2-D array otherwise (some bridges give a flat array for
 *   a single row): normalised by `to2D()` (et.ts);
 * - `Formula` gives constants too, and a text "=1+1" looks like a formula: `HasFormula` settles
 *   the ambiguous cells only (read.ts);
 * - displayed text costs one call per cell: only numbers in non-General columns pay it; "####"
 *   from a narrow column is never taken as the text (read.ts);
 * - error values arrive as "#DIV/0!" or as VBA error codes (read.ts);
 * - merged areas are found by halving ranges on `MergeCells` and asking `MergeArea` of merged
 *   cells only (read.ts);
 * - typing parses text ("00123" becomes a number): strings are written with a quote prefix where
 *   needed; bulk writes go through `Value2`/`Formula` arrays with ScreenUpdating off, and are
 *   read back, because some writes silently do nothing (write.ts);
 * - `Interior.Color` is BGR and "no fill" is ColorIndex -4142; highlights use conditional formats
 *   tagged by a marker in their formula, with a snapshot-and-restore fallback (highlights.ts);
 * - `AddComment` fails on a cell that has a comment; comments are replaced and restored
 *   (highlights.ts);
 * - `Sheets.Add()` may return null (the new sheet is then the active one) and activates the new
 *   sheet; a name WPS refused silently is detected by reading it back (book.ts);
 * - settings live in a very hidden sheet shared with the other hosts (store.ts);
 * - freezing panes needs the sheet to be active (layout.ts).
 */
import { parseRange, rangeToA1 } from "../../grid/address";
import type { Grid } from "../../grid/grid";
import type { CellWrite, Highlight, HostCapabilities, LayoutOp, Selection, SheetInfo, WorkbookHost } from "../host";
import { decodeSetting, encodeSetting } from "../setting-json";
import { SETTING_PREFIX } from "../store-format";
import { uniqueSheetName } from "../memory/sheet-names";
import {
  STORE_SHEET,
  activeSheetName,
  addWorksheet,
  allSheets,
  clerkSheets,
  isVisible,
  nameOf,
  quietly,
  requireSheet,
  workbookOf,
} from "./book";
import { type EtApplication, type EtWorkbook, areaOf } from "./et";
import { applyHighlights, markedSheets, removeConditionalFormats, restoreHighlights } from "./highlights";
import { applyLayoutOps } from "./layout";
import { wpsError } from "./messages";
import { type ReadStats, readGrid } from "./read";
import { WpsStore } from "./store";
import { writeBlock } from "./write";
import { HostError } from "../shared/errors";


/** Where to find the Application: the object itself, or a function returning it. */
export type ApplicationSource = EtApplication | (() => EtApplication | undefined);

interface WpsGlobals {
  Application?: EtApplication;
  wps?: { EtApplication?: unknown; Application?: EtApplication; ActiveWorkbook?: unknown };
}

/**
 * The ET Application of the page WPS opened (task pane or the add-in's entry page): the global
 * `Application`, else the `wps` global, which the WPS declarations (et-jsapi-declare) type as the
 * same merged Application root, else its `Application`, and last the deprecated `wps.EtApplication`
 * — a property in the declarations, read, never called.
 */
export function defaultApplication(win: unknown = typeof window === "undefined" ? undefined : window): EtApplication | undefined {
  const g = win as WpsGlobals | undefined;
  if (!g) return undefined;
  if (g.Application) return g.Application;
  const w = g.wps;
  if (!w) return undefined;
  if (w.ActiveWorkbook !== undefined) return w as unknown as EtApplication;
  if (w.Application) return w.Application;
  const legacy = w.EtApplication;
  return typeof legacy === "object" && legacy !== null ? (legacy as EtApplication) : undefined;
}

export class WpsHost implements WorkbookHost {
  readonly kind = "wps" as const;
  /** Bridge-call counts of the last readSheet, for tests and diagnostics. */
  lastReadStats: ReadStats = { textReads: 0, mergeProbes: 0 };
  private readonly source: ApplicationSource | undefined;

  /** `app` defaults to `defaultApplication()` (window.Application, then the `wps` global), looked up on each call. */
  constructor(app?: ApplicationSource) {
    this.source = app;
  }

  capabilities(): HostCapabilities {
    return { notes: true, safeHighlights: true, save: false };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run("读取工作表列表", ({ wb }) => clerkSheets(wb).map((ws, index) => ({ name: nameOf(ws), index, visible: isVisible(ws) })));
  }

  async activeSheet(): Promise<string> {
    return this.run("读取当前工作表", ({ app, wb }) => {
      const name = activeSheetName(app);
      if (name !== undefined && name !== STORE_SHEET) return name;
      const first = clerkSheets(wb).find(isVisible) ?? clerkSheets(wb)[0];
      if (!first) throw wpsError("noWorkbook");
      return nameOf(first);
    });
  }

  async selection(): Promise<Selection> {
    return this.run("读取选区", ({ app }) => {
      const sheet = activeSheetName(app) ?? "";
      // Selection is a Range, or a shape/chart when one is selected: then the active cell.
      const area = areaOf(app.Selection) ?? areaOf(app.ActiveCell);
      return { sheet, range: area ? rangeToA1(area) : "A1" };
    });
  }

  async readSheet(sheet: string, range?: string): Promise<Grid> {
    return this.run("读取工作表", ({ wb }) => {
      const ws = requireSheet(wb, sheet);
      const r = range === undefined ? undefined : parseRange(range);
      if (range !== undefined && !r) throw wpsError("badAddress", range);
      const stats: ReadStats = { textReads: 0, mergeProbes: 0 };
      const grid = readGrid(ws, r, stats);
      this.lastReadStats = stats;
      return grid;
    });
  }

  async write(sheet: string, topLeft: string, cells: readonly (readonly CellWrite[])[]): Promise<void> {
    return this.run("写入单元格", ({ app, wb }) => {
      const ws = requireSheet(wb, sheet);
      const origin = parseRange(topLeft);
      if (!origin) throw wpsError("badAddress", topLeft);
      quietly(app, () => writeBlock(ws, origin, cells));
    });
  }

  async setHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    return this.run("标记单元格", ({ app, wb, store }) => {
      const ws = requireSheet(wb, sheet);
      const name = nameOf(ws);
      quietly(app, () => {
        restoreHighlights(ws, name, store);
        applyHighlights(ws, name, store, highlights);
      });
    });
  }

  async clearHighlights(sheet?: string): Promise<void> {
    return this.run("清除标记", ({ app, wb, store }) => {
      quietly(app, () => {
        if (sheet !== undefined) {
          const ws = requireSheet(wb, sheet);
          restoreHighlights(ws, nameOf(ws), store);
          return;
        }
        const recorded = new Set(markedSheets(store));
        for (const ws of clerkSheets(wb)) {
          const name = nameOf(ws);
          if (recorded.delete(name)) restoreHighlights(ws, name, store);
          else removeConditionalFormats(ws);
        }
        // Records of sheets renamed or deleted since: nothing left to restore.
        for (const name of recorded) restoreHighlights(undefined, name, store);
      });
    });
  }

  async select(sheet: string, range: string): Promise<void> {
    return this.run("选中单元格", ({ wb }) => {
      const ws = requireSheet(wb, sheet);
      const r = parseRange(range);
      if (!r) throw wpsError("badAddress", range);
      if (!isVisible(ws)) throw wpsError("hiddenSheet", nameOf(ws));
      ws.Activate();
      ws.Range(rangeToA1(r)).Select();
    });
  }

  async addSheet(name: string): Promise<string> {
    return this.run("新建工作表", ({ app, wb }) => {
      const unique = uniqueSheetName(name, allSheets(wb).map(nameOf).concat(STORE_SHEET));
      quietly(app, () => addWorksheet(app, wb, unique));
      return unique;
    });
  }

  async removeSheet(sheet: string): Promise<void> {
    await this.clearHighlights(sheet);
    return this.run("删除工作表", ({ app, wb }) => {
      const ws = requireSheet(wb, sheet);
      quietly(app, () => ws.Delete());
    });
  }

  async numberFormats(sheet: string, range: string): Promise<string[][]> {
    return this.run("读取数字格式", ({ wb }) => {
      const ws = requireSheet(wb, sheet);
      const r = parseRange(range);
      if (!r) throw wpsError("badAddress", range);
      const out: string[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: string[] = [];
        for (let col = r.left; col <= r.right; col++) {
          const f = ws.Range(rangeToA1({ top: row, left: col, bottom: row, right: col })).NumberFormat;
          line.push(typeof f === "string" && f !== "" ? f : "General");
        }
        out.push(line);
      }
      return out;
    });
  }

  async applyLayout(sheet: string, ops: readonly LayoutOp[]): Promise<void> {
    return this.run("设置版式", ({ app, wb, store }) => {
      const ws = requireSheet(wb, sheet);
      quietly(app, () => applyLayoutOps({ app, wb, ws, store }, ops));
    });
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return this.run("读取设置", ({ store }) => decodeSetting<T>(store.get(SETTING_PREFIX + key)));
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const json = encodeSetting(value);
    if (json === null) throw wpsError("settingNotJson", key);
    return this.run("保存设置", ({ app, store }) => quietly(app, () => store.set(SETTING_PREFIX + key, json)));
  }

  // ---------------------------------------------------------------------------

  private application(): EtApplication {
    const src = this.source;
    const app = typeof src === "function" ? src() : (src ?? defaultApplication());
    if (!app) throw wpsError("noApplication");
    return app;
  }

  /**
   * Runs one unit of work synchronously against fresh objects and turns anything WPS throws into
   * a one-line Chinese message naming the action; our own messages pass through unchanged.
   */
  private run<T>(action: string, fn: (ctx: { app: EtApplication; wb: EtWorkbook; store: WpsStore }) => T): Promise<T> {
    try {
      const app = this.application();
      const wb = workbookOf(app);
      return Promise.resolve(fn({ app, wb, store: new WpsStore(app, wb) }));
    } catch (e) {
      return Promise.reject(e instanceof HostError ? e : wpsError("failed", action));
    }
  }
}
