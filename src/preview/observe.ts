/**
 * A WorkbookHost that forwards every call to another one and tells the preview when the workbook
 * changed, so the grid drawing stays in step with what the task pane does. It also remembers the
 * marks the pane sets (the grid model carries no fills), so the drawing can colour them.
 */
import type { Grid } from "../grid/grid";
import type {
  CellWrite,
  HostCapabilities,
  HostKind,
  Highlight,
  LayoutOp,
  Selection,
  SheetInfo,
  WorkbookHost,
} from "../hosts/host";

export type HostEvent = { type: "changed" } | { type: "selected"; sheet: string; range: string };

export class ObservedHost implements WorkbookHost {
  readonly kind: HostKind;
  private readonly marks = new Map<string, readonly Highlight[]>();

  constructor(
    readonly inner: WorkbookHost,
    private readonly notify: (event: HostEvent) => void,
  ) {
    this.kind = inner.kind;
  }

  /** The marks last set on a sheet through this host. */
  highlights(sheet: string): readonly Highlight[] {
    return this.marks.get(sheet) ?? [];
  }

  private async changed<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.notify({ type: "changed" });
    return result;
  }

  /** The opened file's notices (how it was read), as the wrapped host has them. */
  get notices(): readonly string[] | undefined {
    return this.inner.notices;
  }

  capabilities(): HostCapabilities {
    return this.inner.capabilities();
  }
  listSheets(): Promise<SheetInfo[]> {
    return this.inner.listSheets();
  }
  activeSheet(): Promise<string> {
    return this.inner.activeSheet();
  }
  selection(): Promise<Selection> {
    return this.inner.selection();
  }
  readSheet(sheet: string, range?: string): Promise<Grid> {
    return this.inner.readSheet(sheet, range);
  }
  write(sheet: string, topLeft: string, cells: readonly (readonly CellWrite[])[]): Promise<void> {
    return this.changed(this.inner.write(sheet, topLeft, cells));
  }
  async setHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    await this.inner.setHighlights(sheet, highlights);
    this.marks.set(sheet, [...highlights]);
    this.notify({ type: "changed" });
  }
  async clearHighlights(sheet?: string): Promise<void> {
    await this.inner.clearHighlights(sheet);
    if (sheet === undefined) this.marks.clear();
    else this.marks.delete(sheet);
    this.notify({ type: "changed" });
  }
  async select(sheet: string, range: string): Promise<void> {
    await this.inner.select(sheet, range);
    this.notify({ type: "selected", sheet, range });
  }
  addSheet(name: string): Promise<string> {
    return this.changed(this.inner.addSheet(name));
  }
  async removeSheet(sheet: string): Promise<void> {
    if (!this.inner.removeSheet) throw new Error("这个程序不能删除工作表。");
    await this.inner.removeSheet(sheet);
    this.marks.delete(sheet);
    this.notify({ type: "changed" });
  }
  numberFormats(sheet: string, range: string): Promise<string[][]> {
    if (!this.inner.numberFormats) return Promise.reject(new Error("这个程序不能读取数字格式。"));
    return this.inner.numberFormats(sheet, range);
  }
  applyLayout(sheet: string, ops: readonly LayoutOp[]): Promise<void> {
    return this.changed(this.inner.applyLayout(sheet, ops));
  }
  getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return this.inner.getSetting<T>(key);
  }
  setSetting(key: string, value: unknown): Promise<void> {
    return this.inner.setSetting(key, value);
  }
}
