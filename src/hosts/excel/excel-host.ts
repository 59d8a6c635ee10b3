/**
 * The Excel host: WorkbookHost over Office.js.
 *
 * Every call is one `Excel.run` batch that queues its reads and writes and syncs as few times as
 * it can (see the numbers below); nothing from Office.js outlives the call. The batch runner and
 * the requirement-set check are injected, so tests run the host against the in-memory fake in
 * test/fakes/office; `ExcelHost.fromOffice()` wires the real ones.
 *
 * Requirement sets (ExcelApi), checked at run time with isSetSupported, never assumed:
 * - 1.4 is the floor (worksheet/used range *OrNullObject, workbook settings); below it every call
 *   rejects with one sentence saying Excel is too old (`ExcelHost.supported()` says so up front);
 * - merged areas 1.13 (else a grid without merges), conditional formats 1.6 (else fills are
 *   snapshotted and restored), notes 1.18 (else threaded comments 1.10, else no messages), data
 *   validation 1.8, freeze panes 1.7, page layout 1.9 (else those layout ops are skipped and
 *   reported through `onLimitation`), several selected areas 1.9.
 *
 * Syncs per call (measured against the fake, see test/unit/hosts/excel-host.test.ts):
 * readSheet of a normal sheet 1 (+1 per further block of rows on a big sheet; on Excel on the
 * web, +1 per block found over the 5 MB response limit, read again in half the rows — the host
 * then keeps the smaller blocks); write 1 (+1 per
 * block above `blockCells`); setHighlights / clearHighlights(sheet) 2, whatever the number of
 * highlights (3 when the notes or comments to replace were made by another runtime or session),
 * but 1 on a sheet this host has just read and found bare of our marks (conditional formats,
 * ExcelApi 1.6; see "Marks after a read" below); listSheets, activeSheet, selection, select 1;
 * getSetting 1 in a workbook without our data sheet, else 2; setSetting one more than
 * getSetting; addSheet 2; applyLayout 1 (3 with long drop-down lists); clearHighlights() 1 + 2 or
 * 3 per marked sheet.
 *
 * Settings and long drop-down lists live in the very hidden sheet `_jixiao`, in the layout every
 * host shares (store.ts, src/hosts/store-format.ts), so what WPS or the command line saved is
 * read here and the other way round.
 *
 * Marks after a read: readSheet probes, in its own sync, whether the sheet carries anything of
 * ours (marks.ts, `probeMarks`), and the host remembers the sheets found bare, with the registry
 * of marks it saw. setHighlights on such a sheet only adds (`markBare`, one sync) and never
 * deletes on the strength of that memory; what the probe promised is loaded again in the same
 * sync, ahead of the writes, and if it no longer holds the marks are redone the two-sync way,
 * which reads before it removes. A sheet is forgotten once marked (and known bare again once
 * cleared), and everything is forgotten when a call fails. `knownUnmarked` tells callers which
 * sheets need no clearing.
 *
 * Writing: values and formulas go through `range.formulas` as one 2-D array. Excel reads every
 * string written there as if typed — "=1+1" becomes a formula, "2010101" a number, "3月5日" a
 * date — so every string is written with a leading apostrophe, which Excel stores as a prefix
 * flag, not as text. That keeps the cell's number format (unlike formatting it "@"). Null and ""
 * clear the cell.
 */
import { type CellRange, parseRange, rangeToA1 } from "../../grid/address";
import type { Grid } from "../../grid/grid";
import { isCellError } from "../../grid/grid";
import type { CellWrite, Highlight, HostCapabilities, LayoutOp, Selection, SheetInfo, WorkbookHost } from "../host";
import { uniqueSheetName } from "../memory/sheet-names";
import { decodeSetting, encodeSetting } from "../setting-json";
import { SETTING_PREFIX } from "../store-format";
import type { XlContext, XlWorksheet } from "./api";
import { STORE_SHEET, checkLayout, runLayout } from "./layout";
import {
  type ColourMode,
  type MarkResult,
  type MarksProbe,
  type NoteMode,
  type Plan,
  type Hint,
  forgetSheet,
  markBare,
  markedSheetIds,
  parseRegistry,
  planMarks,
  probeMarks,
  replaceMarks,
  restoreRegistry,
  sameValue,
} from "./marks";
import { EXCEL_HOST_MESSAGES as MSG, asHostError, errorCode, isMissingSheet, isPayloadError, excelError } from "./messages";
import { bareAddress, readRegion } from "./read";
import { dropOldSetting, openStore } from "./store";
import { HostError } from "../shared/errors";

export type BatchRunner = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** `Excel.run`, or a fake's. */
  run: BatchRunner;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  isSetSupported: (version: string) => boolean;
  /** Told, in one Chinese sentence, when something is left out (merges unreadable, layout ops skipped). */
  onLimitation?: (message: string) => void;
  /** Rows per read block (default 5,000). */
  blockRows?: number;
  /** Cells per read or write block after the first (default 100,000; a response is capped at 5 MB on the web). */
  blockCells?: number;
}

const FLOOR = "1.4";

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  /** Syncs made by the last call (for tests and diagnostics). */
  lastSyncs = 0;
  private readonly opts: Required<Omit<ExcelHostOptions, "onLimitation">> & Pick<ExcelHostOptions, "onLimitation">;
  /** Where this host last put notes and comments on a sheet, by name in lower case and by id. */
  private readonly hints = new Map<string, Hint>();
  private readonly hintsById = new Map<string, Hint>();
  /** Office.js error code of the last failed batch, and whether it was a missing sheet. */
  private lastCode = "";
  private lastMissing = false;
  private toldNoMerges = false;
  private toldNoNotes = false;
  /** Syncs made by every call so far (lastSyncs is a difference of two readings). */
  private syncTotal = 0;
  /** Sheets the last read found bare of our marks, by name in lower case (see the header). */
  private readonly bare = new Map<string, { id: string; name: string }>();
  /** Rows per read block that fitted in one response, once a response was too big (see read.ts). */
  private fitRows = Number.POSITIVE_INFINITY;
  /** The marks registry's value as this host last read or wrote it; undefined when not known. */
  private registry: { value: unknown } | undefined;

  constructor(options: ExcelHostOptions) {
    this.opts = { blockRows: 5_000, blockCells: 100_000, ...options };
  }

  /** The host over the real Office.js globals (call after Office.onReady reported Excel). */
  static fromOffice(onLimitation?: (message: string) => void): ExcelHost {
    return new ExcelHost({
      run: (batch) => Excel.run((context) => batch(context)),
      isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
      onLimitation,
    });
  }

  /** Undefined when this Excel can run the host; else the sentence to show. */
  supported(): string | undefined {
    return this.supports(FLOOR) ? undefined : MSG.tooOld();
  }

  capabilities(): HostCapabilities {
    return { notes: this.supports("1.18"), safeHighlights: true, save: false };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.batch(undefined, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/position,items/visibility");
      await ctx.sync();
      return [...sheets.items]
        .sort((a, b) => a.position - b.position)
        .filter((ws) => ws.name !== STORE_SHEET)
        .map((ws, index) => ({ name: ws.name, index, visible: ws.visibility === "Visible" }));
    });
  }

  async activeSheet(): Promise<string> {
    return this.batch(undefined, async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await ctx.sync();
      return ws.name;
    });
  }

  async selection(): Promise<Selection> {
    return this.batch(undefined, async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      // getSelectedRange fails when several areas are selected; getSelectedRanges (1.9) does not.
      const selected = this.supports("1.9") ? ctx.workbook.getSelectedRanges() : ctx.workbook.getSelectedRange();
      selected.load("address");
      await ctx.sync();
      return { sheet: ws.name, range: bareAddress(selected.address) };
    });
  }

  async readSheet(sheet: string, range?: string): Promise<Grid> {
    this.requireFloor();
    let region: CellRange | undefined;
    if (range !== undefined) {
      region = parseRange(range);
      if (!region) throw excelError("badAddress", range);
    }
    const merges = this.supports("1.13");
    if (!merges && !this.toldNoMerges) {
      this.toldNoMerges = true;
      this.opts.onLimitation?.(MSG.mergesUnavailable());
    }
    const base = { blockRows: Math.min(this.opts.blockRows, this.fitRows), blockCells: this.opts.blockCells };
    // Our marks are probed with the read where they are conditional formats (see the header).
    const notes = this.noteMode();
    const probing = this.colourMode() === "conditional";
    const probe = (ctx: XlContext, ws: XlWorksheet) => probeMarks(ctx, ws, notes);
    const start = this.syncTotal;
    const read = async (withMerges: boolean, speculative: boolean, withProbe: boolean): Promise<Grid> => {
      const result = await this.opts.run((ctx) =>
        readRegion<MarksProbe>(this.counted(ctx), sheet, region, { ...base, merges: withMerges, speculative, ...(withProbe ? { probe } : {}) }),
      );
      if (result.probed) this.probed(result.probed);
      // Blocks were halved to fit a response (Excel on the web): start there next time.
      if (result.blockRows !== undefined) this.fitRows = Math.min(this.fitRows, result.blockRows);
      return result.grid;
    };
    // After a failure that is neither a missing sheet nor too big a response: without merges
    // (getMergedAreasOrNullObject fails past 512 areas, and says so), then, should the probe be
    // what failed, with merges but without the probe, then without either.
    const recover = async (failure: unknown, speculative: boolean): Promise<Grid> => {
      const tries: [boolean, boolean][] = [];
      if (merges) tries.push([false, probing]);
      if (probing) tries.push([merges, false]);
      if (merges && probing) tries.push([false, false]);
      for (const [withMerges, withProbe] of tries) {
        try {
          const grid = await read(withMerges, speculative, withProbe);
          if (merges && !withMerges) this.opts.onLimitation?.(MSG.tooManyMerges(grid.sheet));
          return grid;
        } catch (e) {
          if (isMissingSheet(e) || isPayloadError(e)) throw e;
          failure = e;
        }
      }
      throw failure;
    };
    try {
      try {
        return await read(merges, true, probing);
      } catch (e) {
        if (isMissingSheet(e)) throw e;
        if (!isPayloadError(e)) return await recover(e, true);
        // The first block was too big for one response: extent first, then smaller blocks.
        try {
          return await read(merges, false, probing);
        } catch (again) {
          if (isMissingSheet(again) || isPayloadError(again)) throw again;
          return await recover(again, false);
        }
      }
    } catch (e) {
      this.forgetMarks();
      throw asHostError(e, sheet);
    } finally {
      this.lastSyncs = this.syncTotal - start;
    }
  }

  async write(sheet: string, topLeft: string, cells: readonly (readonly CellWrite[])[]): Promise<void> {
    this.requireFloor();
    const origin = parseRange(topLeft);
    if (!origin) throw excelError("badAddress", topLeft);
    const matrix = cells.map((row) => row.map(toInput));
    const width = Math.max(0, ...matrix.map((r) => r.length));
    const rectangular = matrix.every((r) => r.length === width);
    await this.batch(sheet, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      let queued = 0;
      const flush = async () => {
        if (queued === 0) return;
        await ctx.sync();
        queued = 0;
      };
      const put = async (rowOffset: number, rows: (string | number | boolean)[][], w: number) => {
        const rect = { top: origin.top + rowOffset, left: origin.left, bottom: origin.top + rowOffset + rows.length - 1, right: origin.left + w - 1 };
        ws.getRange(rangeToA1(rect)).formulas = rows;
        queued += rows.length * w;
        if (queued >= this.opts.blockCells) await flush();
      };
      if (width > 0 && rectangular) {
        const step = Math.max(1, Math.floor(this.opts.blockCells / width));
        for (let i = 0; i < matrix.length; i += step) await put(i, matrix.slice(i, i + step), width);
      } else {
        for (let i = 0; i < matrix.length; i++) if (matrix[i]!.length > 0) await put(i, [matrix[i]!], matrix[i]!.length);
      }
      await flush();
    });
  }

  async setHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    this.requireFloor();
    const colours = this.colourMode();
    const plan = planMarks(highlights, colours === "fill");
    const notes = this.noteMode();
    if (notes === "none" && plan.texts.size > 0 && !this.toldNoNotes) {
      this.toldNoNotes = true;
      this.opts.onLimitation?.(MSG.notesUnavailable());
    }
    const start = this.syncTotal;
    try {
      if (colours === "conditional" && (await this.markIfBare(sheet, plan, notes))) return;
      await this.batch(sheet, async (ctx) => this.marked(await replaceMarks(ctx, { sheet, plan, colours, notes, hint: this.hints.get(sheet.toLowerCase()) })));
    } finally {
      this.lastSyncs = this.syncTotal - start;
    }
  }

  async clearHighlights(sheet?: string): Promise<void> {
    if (sheet !== undefined) return this.setHighlights(sheet, []);
    this.requireFloor();
    const start = this.syncTotal;
    try {
      const { ids, registry } = await this.batch(undefined, (ctx) => markedSheetIds(ctx));
      this.registry = { value: registry };
      for (const id of ids) {
        try {
          await this.batch(undefined, async (ctx) =>
            this.marked(await replaceMarks(ctx, { sheet: id, plan: NO_MARKS, colours: this.colourMode(), notes: this.noteMode(), hint: this.hintsById.get(id) })),
          );
        } catch (e) {
          // The sheet is gone: forget its marks.
          if (!(e instanceof HostError) || !this.lastMissing) throw e;
          const left = await this.batch(undefined, (ctx) => forgetSheet(ctx, id));
          this.registry = { value: left };
        }
      }
    } finally {
      this.lastSyncs = this.syncTotal - start;
    }
  }

  /** True when this host last found the sheet bare of our marks (reading or clearing it) and has marked nothing there since. */
  knownUnmarked(sheet: string): boolean {
    const known = this.bare.get(sheet.toLowerCase());
    return known !== undefined && this.registry !== undefined && !(known.id in parseRegistry(this.registry.value).sheets);
  }

  async select(sheet: string, range: string): Promise<void> {
    this.requireFloor();
    const r = parseRange(range);
    if (!r) throw excelError("badAddress", range);
    try {
      await this.batch(sheet, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(rangeToA1(r)).select();
        await ctx.sync();
      });
    } catch (e) {
      if (e instanceof HostError && this.lastCode === "InvalidOperation") throw excelError("hiddenSheet", sheet);
      throw e;
    }
  }

  async addSheet(name: string): Promise<string> {
    return this.batch(undefined, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const unique = uniqueSheetName(
        name,
        sheets.items.map((ws) => ws.name).concat(STORE_SHEET),
      );
      sheets.add(unique);
      await ctx.sync();
      return unique;
    });
  }

  async removeSheet(sheet: string): Promise<void> {
    await this.clearHighlights(sheet);
    await this.batch(sheet, async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).delete();
      await ctx.sync();
    });
  }

  async numberFormats(sheet: string, range: string): Promise<string[][]> {
    if (!parseRange(range)) throw excelError("badAddress", range);
    return this.batch(sheet, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheet).getRange(range);
      r.load("numberFormat");
      await ctx.sync();
      return r.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f !== "" ? f : "General")));
    });
  }

  async applyLayout(sheet: string, ops: readonly LayoutOp[]): Promise<void> {
    this.requireFloor();
    const checked = checkLayout(ops, (set) => this.supports(set));
    for (const message of checked.skipped) this.opts.onLimitation?.(message);
    if (checked.steps.length === 0) return;
    await this.batch(sheet, (ctx) => runLayout(ctx, sheet, checked));
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const raw = await this.batch(undefined, async (ctx) => {
      const { store, old } = await openStore(ctx, [key]);
      return store.get(SETTING_PREFIX + key) ?? (old.get(key) as unknown);
    });
    return decodeSetting<T>(raw);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const json = encodeSetting(value);
    if (json === null) throw excelError("settingNotJson", key);
    await this.batch(undefined, async (ctx) => {
      const { store, old } = await openStore(ctx, [key]);
      store.set(SETTING_PREFIX + key, json);
      // Kept by an older version in the workbook settings: the store has it now.
      if (old.has(key)) dropOldSetting(ctx, key);
      await ctx.sync();
    });
  }

  // ---------------------------------------------------------------------------

  /**
   * Marks a sheet the last read found bare in one sync (see the header); false when the sheet is
   * not known bare, or was no longer as read (what this call added is then taken care of, and the
   * caller marks the sheet the two-sync way).
   */
  private async markIfBare(sheet: string, plan: Plan, notes: NoteMode): Promise<boolean> {
    const known = this.knownUnmarked(sheet) ? this.bare.get(sheet.toLowerCase()) : undefined;
    const seen = this.registry;
    if (!known || !seen) return false;
    let out: Awaited<ReturnType<typeof markBare>>;
    try {
      out = await this.batch(sheet, (ctx) => markBare(ctx, { ...known, plan, notes, registry: seen.value }));
    } catch {
      // Forgotten by batch(); a note or comment added before the failure is in the registry.
      return false;
    }
    if (out.asProbed) {
      this.registry = { value: out.registry };
      this.hint(known.id, out.name, out.hint);
      if (out.entry) this.bare.delete(sheet.toLowerCase());
      return true;
    }
    this.forgetMarks();
    const entry = out.entry;
    if (entry) {
      // Someone else wrote the registry meanwhile: put their entries back beside ours.
      if (!sameValue(out.found, seen.value)) await this.batch(sheet, (ctx) => restoreRegistry(ctx, out.found, known.id, entry));
      // Renamed meanwhile: the marks went on the sheet that was read; take them off again.
      if (out.name.toLowerCase() !== sheet.toLowerCase()) {
        await this.batch(sheet, async (ctx) => this.marked(await replaceMarks(ctx, { sheet: known.id, plan: NO_MARKS, colours: "conditional", notes, hint: out.hint })));
      }
    }
    return false;
  }

  /** Remembers what a read's probe found. */
  private probed(p: MarksProbe): void {
    this.registry = { value: p.registry };
    if (p.bare) this.bare.set(p.name.toLowerCase(), { id: p.id, name: p.name });
    else this.bare.delete(p.name.toLowerCase());
  }

  /** Remembers what replaceMarks left: where its notes are, the registry, whether the sheet is bare. */
  private marked(result: MarkResult): MarkResult {
    this.hint(result.id, result.name, result.hint);
    this.registry = { value: result.registry };
    for (const [key, known] of this.bare) if (known.id === result.id || key === result.name.toLowerCase()) this.bare.delete(key);
    if (result.bare) this.bare.set(result.name.toLowerCase(), { id: result.id, name: result.name });
    return result;
  }

  private hint(id: string, name: string, hint: Hint): void {
    this.hints.set(name.toLowerCase(), hint);
    this.hintsById.set(id, hint);
  }

  private forgetMarks(): void {
    this.bare.clear();
    this.registry = undefined;
  }

  /** The context with its syncs counted. */
  private counted(ctx: XlContext, count?: () => void): XlContext {
    return {
      workbook: ctx.workbook,
      sync: () => {
        this.syncTotal++;
        count?.();
        return ctx.sync();
      },
    };
  }

  private supports(set: string): boolean {
    try {
      return this.opts.isSetSupported(set);
    } catch {
      return false;
    }
  }

  private requireFloor(): void {
    if (!this.supports(FLOOR)) throw excelError("tooOld");
  }

  private colourMode(): ColourMode {
    return this.supports("1.6") ? "conditional" : "fill";
  }

  private noteMode(): NoteMode {
    if (this.supports("1.18")) return "notes";
    if (this.supports("1.10")) return "comments";
    return "none";
  }

  /** One Excel.run with its syncs counted and its failures turned into one Chinese sentence. */
  private async batch<T>(sheet: string | undefined, body: (ctx: XlContext) => Promise<T>): Promise<T> {
    this.requireFloor();
    let syncs = 0;
    this.lastCode = "";
    this.lastMissing = false;
    try {
      return await this.opts.run((ctx) => body(this.counted(ctx, () => syncs++)));
    } catch (e) {
      this.lastCode = errorCode(e);
      this.lastMissing = isMissingSheet(e);
      this.forgetMarks();
      throw asHostError(e, sheet);
    } finally {
      this.lastSyncs = syncs;
    }
  }
}

const NO_MARKS: Plan = { ranges: [], texts: new Map() };

/** One cell as the value to put in `range.formulas`. */
function toInput(w: CellWrite): string | number | boolean {
  if ("formula" in w) {
    const f = w.formula.trim().replace(/^=/, "");
    return f === "" ? "" : `=${f}`;
  }
  const v = w.value;
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "boolean") return v;
  if (isCellError(v)) return v.error;
  // Every string is written as typed text (see the header): the apostrophe is not stored.
  return v === "" ? "" : `'${v}`;
}
