/**
 * The behaviour every WorkbookHost must share, run against each implementation (the in-memory
 * host here; the Excel and WPS hosts against their fakes). Only the WorkbookHost interface is
 * used, so a host passes by behaving, not by how it is built.
 *
 * Formula results are not checked: the in-memory host cannot calculate, Excel and WPS can.
 */
import { parseA1 } from "../../src/grid/address";
import type { Grid } from "../../src/grid/grid";
import type { WorkbookHost } from "../../src/hosts/host";

/** Everything a grid says, in a form `toEqual` compares fully. */
export function gridSnapshot(grid: Grid): { sheet: string; merges: unknown[]; cells: Record<string, unknown> } {
  const cells: Record<string, unknown> = {};
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cell(r, c);
      if (cell) cells[grid.ref(r, c)] = { ...cell };
    }
  }
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: grid.sheet, merges, cells };
}

function at(grid: Grid, a1: string) {
  const p = parseA1(a1);
  if (!p) throw new Error(`bad test address ${a1}`);
  return grid.cell(p.row, p.col);
}

/** A one-line message in Chinese (no stack, no English library error). */
export function expectChineseOneLiner(message: string): void {
  expect(message).not.toMatch(/\n/);
  expect(message).toMatch(/[\u4e00-\u9fff]/);
}

export function runHostContract(name: string, makeHost: () => Promise<WorkbookHost>): void {
  describe(`WorkbookHost contract: ${name}`, () => {
    let host: WorkbookHost;
    let sheet: string;

    beforeEach(async () => {
      host = await makeHost();
      sheet = await host.addSheet("契约测试");
    });

    test("addSheet adds a sheet that listSheets reports", async () => {
      const sheets = await host.listSheets();
      const added = sheets.find((s) => s.name === sheet);
      expect(added).toBeDefined();
      expect(added!.visible).toBe(true);
      expect(sheets.map((s) => s.index)).toEqual(sheets.map((_, i) => i));
    });

    test("addSheet makes names unique and valid", async () => {
      const a = await host.addSheet("模板");
      const b = await host.addSheet("模板");
      const c = await host.addSheet("模板");
      expect(a).toBe("模板");
      expect(new Set([a, b, c]).size).toBe(3);
      expect(b.startsWith("模板")).toBe(true);
      const odd = await host.addSheet("项目支出/绩效[自评]:2024*?\\这是一个非常非常非常非常长的工作表名称");
      expect(odd).not.toMatch(/[[\]:*?/\\]/);
      expect(odd.length).toBeLessThanOrEqual(31);
      const names = (await host.listSheets()).map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining([a, b, c, odd]));
    });

    test("write then readSheet gives values, texts and formulas back", async () => {
      await host.write(sheet, "A1", [
        [{ value: "项目名称" }, { value: "资金（万元）" }],
        [{ value: "办公设备" }, { value: 12.5 }],
        [{ value: "培训" }, { value: 7 }],
        [{ value: true }, { formula: "=SUM(B2:B3)" }],
      ]);
      const grid = await host.readSheet(sheet);
      expect(at(grid, "A1")).toMatchObject({ value: "项目名称", text: "项目名称" });
      expect(at(grid, "B2")?.value).toBe(12.5);
      expect(typeof at(grid, "B3")?.value).toBe("number");
      expect(at(grid, "B3")?.text).toBe("7");
      expect(at(grid, "A4")?.value).toBe(true);
      expect(at(grid, "B4")?.formula).toBe("SUM(B2:B3)");
      expect(at(grid, "C1")).toBeUndefined();
    });

    test("a string starting with = stays text, never a formula", async () => {
      await host.write(sheet, "B2", [[{ value: "=1+1" }, { value: "=SUM(A1:A3)" }]]);
      const grid = await host.readSheet(sheet);
      expect(at(grid, "B2")).toEqual({ value: "=1+1", text: "=1+1" });
      expect(at(grid, "C2")?.formula).toBeUndefined();
      expect(at(grid, "C2")?.value).toBe("=SUM(A1:A3)");
    });

    test("null clears a cell", async () => {
      await host.write(sheet, "A1", [[{ value: "x" }, { value: 1 }]]);
      await host.write(sheet, "A1", [[{ value: null }]]);
      const grid = await host.readSheet(sheet);
      expect(at(grid, "A1")).toBeUndefined();
      expect(at(grid, "B1")?.value).toBe(1);
    });

    test("a range read keeps the sheet's own addresses", async () => {
      await host.write(sheet, "A1", [[{ value: "outside" }]]);
      await host.write(sheet, "C5", [
        [{ value: "C5" }, { value: "D5" }],
        [{ value: "C6" }, { value: 6 }],
      ]);
      const grid = await host.readSheet(sheet, "C5:F9");
      expect(at(grid, "C5")?.value).toBe("C5");
      expect(at(grid, "D6")?.value).toBe(6);
      expect(at(grid, "A1")).toBeUndefined();
    });

    test("merges made by applyLayout are read back", async () => {
      await host.write(sheet, "A1", [[{ value: "绩效目标表" }]]);
      await host.applyLayout(sheet, [{ op: "merge", range: "A1:D1" }, { op: "merge", range: "B3:B5" }]);
      const grid = await host.readSheet(sheet);
      expect(gridSnapshot(grid).merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 2, left: 1, bottom: 4, right: 1 },
      ]);
      expect(grid.isCoveredByMerge(0, 2)).toBe(true);
      expect(at(grid, "A1")?.value).toBe("绩效目标表");
      expect(at(grid, "B1")).toBeUndefined();
    });

    test("highlight then clear leaves the sheet exactly as it was", async () => {
      await host.write(sheet, "A1", [
        [{ value: "指标" }, { value: "目标值" }, { value: "实际值" }],
        [{ value: "数量指标" }, { value: 100 }, { value: 95.5 }],
        [{ value: "成本指标" }, { value: "≤50万元" }, { formula: "=B2-C2" }],
      ]);
      await host.applyLayout(sheet, [{ op: "merge", range: "A5:C5" }]);
      const before = gridSnapshot(await host.readSheet(sheet));
      await host.setHighlights(sheet, [
        { ref: "B2", severity: "error", note: "目标值应为数字" },
        { ref: "A3:C3", severity: "warning", note: "成本指标未量化" },
        { ref: "E9", severity: "info" },
        { ref: "A5:C5", severity: "info", note: "合并单元格" },
      ]);
      expect(gridSnapshot(await host.readSheet(sheet))).toEqual(before);
      await host.clearHighlights(sheet);
      expect(gridSnapshot(await host.readSheet(sheet))).toEqual(before);
    });

    test("numberFormats reads what applyLayout set, cell by cell, General where nothing was", async () => {
      if (!host.numberFormats) throw new Error("numberFormats is missing");
      await host.write(sheet, "A1", [[{ value: 0.9333 }, { value: 12.5 }]]);
      await host.applyLayout(sheet, [{ op: "format", range: "A1", format: { numberFormat: "0.00%" } }]);
      expect(await host.numberFormats(sheet, "A1:B1")).toEqual([["0.00%", "General"]]);
      await host.applyLayout(sheet, [{ op: "format", range: "A1", format: { numberFormat: "0.0000" } }]);
      expect((await host.numberFormats(sheet, "A1"))[0]).toEqual(["0.0000"]);
    });

    test("removeSheet deletes an added sheet with its marks; the others stay", async () => {
      if (!host.removeSheet) throw new Error("removeSheet is missing");
      const added = await host.addSheet("插入的表");
      await host.write(added, "A1", [[{ value: "标题" }]]);
      await host.setHighlights(added, [{ ref: "A1", severity: "info", note: "请核实" }]);
      const before = (await host.listSheets()).map((s) => s.name);
      await host.removeSheet(added);
      expect((await host.listSheets()).map((s) => s.name)).toEqual(before.filter((n) => n !== added));
      // Clearing every mark afterwards finds nothing of the removed sheet to restore.
      await expect(host.clearHighlights()).resolves.toBeUndefined();
      await expect(host.readSheet(added)).rejects.toThrow();
    });

    test("setHighlights replaces earlier marks; clearHighlights() clears every sheet", async () => {
      const other = await host.addSheet("另一张");
      await host.write(sheet, "A1", [[{ value: 1 }, { value: 2 }]]);
      await host.write(other, "A1", [[{ value: "x" }]]);
      const before = gridSnapshot(await host.readSheet(sheet));
      const beforeOther = gridSnapshot(await host.readSheet(other));
      await host.setHighlights(sheet, [{ ref: "A1", severity: "error", note: "一" }]);
      await host.setHighlights(sheet, [{ ref: "A1:B1", severity: "warning", note: "二" }]);
      await host.setHighlights(other, [{ ref: "A1", severity: "info", note: "三" }]);
      await host.clearHighlights();
      expect(gridSnapshot(await host.readSheet(sheet))).toEqual(before);
      expect(gridSnapshot(await host.readSheet(other))).toEqual(beforeOther);
      await expect(host.clearHighlights()).resolves.toBeUndefined();
    });

    test("settings round trip", async () => {
      expect(await host.getSetting("never-set")).toBeUndefined();
      const value = { profile: "省级", ignored: ["MON-02", "TGT-01"], nested: { n: 3, ok: true, none: null } };
      await host.setSetting("prefs", value);
      expect(await host.getSetting("prefs")).toEqual(value);
      await host.setSetting("prefs", { profile: "市级" });
      expect(await host.getSetting("prefs")).toEqual({ profile: "市级" });
      await host.setSetting("n", 42);
      expect(await host.getSetting<number>("n")).toBe(42);
      expect(await host.getSetting("prefs")).toEqual({ profile: "市级" });
    });

    test("select then selection and activeSheet", async () => {
      await host.select(sheet, "B3:D9");
      expect(await host.selection()).toEqual({ sheet, range: "B3:D9" });
      expect(await host.activeSheet()).toBe(sheet);
      const other = await host.addSheet("第二张");
      await host.select(other, "A1");
      expect(await host.activeSheet()).toBe(other);
      expect(await host.selection()).toEqual({ sheet: other, range: "A1" });
    });

    test("an unknown sheet is refused with a plain message", async () => {
      const error = await host.readSheet("没有这张表").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expectChineseOneLiner((error as Error).message);
    });
  });
}
