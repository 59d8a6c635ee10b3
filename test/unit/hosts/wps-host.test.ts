import { HIGHLIGHT_COLOURS } from "../../../src/hosts/host";
import { HostError, MARKER, STORE_SHEET, WpsHost, bgrOf, colourOfBgr, defaultApplication, needsQuotePrefix } from "../../../src/hosts/wps";
import type { EtApplication } from "../../../src/hosts/wps";
import { expectChineseOneLiner, gridSnapshot, runHostContract } from "../../contract/host-contract";
import { FakeEtApplication, type FakeEtOptions } from "../../fakes/wps";

function setup(options: FakeEtOptions = {}, sheets: readonly string[] = ["Sheet1"]) {
  const app = new FakeEtApplication(options, sheets);
  const host = new WpsHost(app as unknown as EtApplication);
  return { app, host };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  expectChineseOneLiner((e as Error).message);
  return e as Error;
}

runHostContract("wps (fake ET, WPS's member mix)", async () => setup().host);
runHostContract("wps (fake ET, every member a method, Sheets.Add() returns null)", async () => setup({ memberStyle: "methods", sheetsAddReturnsNull: true }).host);
runHostContract("wps (fake ET, every member a property, error codes, null empties)", async () =>
  setup({ memberStyle: "properties", errorValues: "codes", emptyValue: null, flatRows: true }).host,
);
runHostContract("wps (fake ET, no conditional formats: fill snapshot fallback)", async () => setup({ noFormatConditions: true, emptyValue: "" }).host);

describe("Value2: scalar for one cell, 2-D array otherwise", () => {
  test("a one-cell sheet and a one-row sheet read like any other", async () => {
    const { app, host } = setup({ flatRows: true });
    app.ActiveSheet!.Range("C3").Value2 = "唯一";
    let grid = await host.readSheet("Sheet1");
    expect(gridSnapshot(grid).cells).toEqual({ C3: { value: "唯一", text: "唯一" } });
    app.ActiveSheet!.Range("D3").Value2 = 5;
    grid = await host.readSheet("Sheet1");
    expect(gridSnapshot(grid).cells).toEqual({ C3: { value: "唯一", text: "唯一" }, D3: { value: 5, text: "5" } });
  });

  test("a one-cell write is a scalar assignment", async () => {
    const { app, host } = setup();
    await host.write("Sheet1", "B2", [[{ value: 3.5 }]]);
    expect(app.cell("Sheet1", "B2")?.value).toBe(3.5);
    expect(app.cell("Sheet1", "B3")).toBeUndefined();
  });

  test("ragged rows never touch cells outside the caller's cells", async () => {
    const { app, host } = setup();
    await host.write("Sheet1", "A1", [[{ value: "keep" }, { value: "keep" }]]);
    await host.write("Sheet1", "A1", [[{ value: 1 }, { value: 2 }], [{ value: 3 }]]);
    expect(app.cell("Sheet1", "B1")?.value).toBe(2);
    expect(app.cell("Sheet1", "B2")).toBeUndefined();
  });
});

describe("typing parses text: strings stay strings", () => {
  test.each(["00123", "12.50", "TRUE", "false", "#N/A", "2024-01-02", "=1+1", "+86", "-", "'quoted", "50%", "1/2", "¥100"])("%s", async (s) => {
    const { app, host } = setup();
    await host.write("Sheet1", "A1", [[{ value: s }]]);
    expect(app.cell("Sheet1", "A1")).toMatchObject({ value: s });
    const grid = await host.readSheet("Sheet1");
    expect(grid.cell(0, 0)).toEqual({ value: s, text: s });
  });

  test("plain text is written without a quote prefix", async () => {
    const { app, host } = setup();
    await host.write("Sheet1", "A1", [[{ value: "项目名称" }, { value: "资金（万元）" }]]);
    expect(app.cell("Sheet1", "A1")?.prefix).toBeUndefined();
    expect(needsQuotePrefix("项目名称")).toBe(false);
    expect(needsQuotePrefix("2024年")).toBe(true);
  });

  test("a formula written in lower case reads back as WPS normalised it", async () => {
    const { host } = setup();
    await host.write("Sheet1", "A1", [[{ value: 1 }, { value: 2 }, { formula: "=sum(a1:b1)" }]]);
    expect((await host.readSheet("Sheet1")).cell(0, 2)?.formula).toBe("SUM(A1:B1)");
  });

  test("a text constant equal to its own formula text is told apart by HasFormula", async () => {
    const { app, host } = setup();
    app.ActiveSheet!.Range("A1").Value2 = "'=A1";
    app.ActiveSheet!.Range("A2").Formula = '="=A2"';
    const grid = await host.readSheet("Sheet1");
    expect(grid.cell(0, 0)).toEqual({ value: "=A1", text: "=A1" });
    expect(grid.cell(1, 0)).toEqual({ value: "=A2", text: "=A2", formula: '"=A2"' });
  });
});

describe("displayed text", () => {
  test("numbers in formatted columns read Text; General columns are computed, not read", async () => {
    const { app, host } = setup();
    const ws = app.ActiveSheet!;
    ws.Range("A1:A3").Value2 = [[1234.5], [0.25], [45292]];
    ws.Range("B1:B3").Value2 = [[1234.5], [0.1], [7]];
    ws.Range("A1").NumberFormat = "#,##0.00";
    ws.Range("A2").NumberFormat = "0.0%";
    ws.Range("A3").NumberFormat = "yyyy年m月d日";
    app.textReads = 0;
    const grid = await host.readSheet("Sheet1");
    expect(grid.toTextRows()).toEqual([
      ["1,234.50", "1234.5"],
      ["25.0%", "0.1"],
      ["2024年1月1日", "7"],
    ]);
    expect(grid.cell(2, 0)?.value).toBe(45292);
    // Only the three numbers of the formatted column cost a per-cell call.
    expect(app.textReads).toBe(3);
    expect(host.lastReadStats.textReads).toBe(3);
  });

  test("#### from a narrow column is never taken as the text", async () => {
    const { app, host } = setup();
    const ws = app.ActiveSheet!;
    ws.Range("A1").Value2 = 1234567.891;
    ws.Range("A1").NumberFormat = "#,##0.00";
    ws.Range("A1").ColumnWidth = 4;
    expect(ws.Range("A1").Text).toBe("####");
    expect((await host.readSheet("Sheet1")).text(0, 0)).toBe("1234567.891");
  });

  test.each(["strings", "codes", "xlcodes"] as const)("error values given as %s are errors", async (errorValues) => {
    const { app, host } = setup({ errorValues });
    const ws = app.ActiveSheet!;
    ws.Range("A1:C1").Value2 = [["#DIV/0!", "#N/A", 2007]];
    const grid = await host.readSheet("Sheet1");
    expect(grid.cell(0, 0)).toEqual({ value: { error: "#DIV/0!" }, text: "#DIV/0!" });
    expect(grid.cell(0, 1)).toEqual({ value: { error: "#N/A" }, text: "#N/A" });
    // A genuine 2007 (a year, say) is a number.
    expect(grid.cell(0, 2)).toEqual({ value: 2007, text: "2007" });
  });
});

describe("merged areas", () => {
  test("found with few probes and covered cells left out", async () => {
    const { app, host } = setup();
    const ws = app.ActiveSheet!;
    ws.Range("A1:H40").Value2 = Array.from({ length: 40 }, (_, r) => Array.from({ length: 8 }, (_, c) => `${r}-${c}`));
    app.DisplayAlerts = false;
    ws.Range("A1:H1").Merge();
    ws.Range("C10:D12").Merge();
    ws.Range("H39:H40").Merge();
    const grid = await host.readSheet("Sheet1");
    expect(gridSnapshot(grid).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 9, left: 2, bottom: 11, right: 3 },
      { top: 38, left: 7, bottom: 39, right: 7 },
    ]);
    expect(grid.cell(0, 0)?.value).toBe("0-0");
    expect(grid.cell(0, 1)).toBeUndefined();
    expect(grid.cell(10, 3)).toBeUndefined();
    // 320 cells; a per-cell search would cost 320 MergeArea calls.
    expect(host.lastReadStats.mergeProbes).toBeLessThan(80);
  });

  test("a sheet without merges costs one probe", async () => {
    const { host } = setup();
    await host.write("Sheet1", "A1", [[{ value: 1 }, { value: 2 }], [{ value: 3 }, { value: 4 }]]);
    await host.readSheet("Sheet1");
    expect(host.lastReadStats.mergeProbes).toBe(1);
  });

  test("applyLayout merge keeps WPS's data-loss dialog away and unmerges overlaps first", async () => {
    const { app, host } = setup();
    await host.write("Sheet1", "A1", [[{ value: "a" }, { value: "b" }, { value: "c" }]]);
    await host.applyLayout("Sheet1", [{ op: "merge", range: "A1:B1" }]);
    await host.applyLayout("Sheet1", [{ op: "merge", range: "B1:C1" }]);
    expect(app.alerts).toEqual([]);
    expect(app.sheet("Sheet1").merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    expect(app.DisplayAlerts).toBe(true);
  });
});

describe("writes that silently do nothing", () => {
  test("are refused with a Chinese one-liner naming the cell", async () => {
    const { host } = setup({ ignoreWrites: true });
    const e = await rejection(host.write("Sheet1", "B2", [[{ value: "项目" }, { value: 1 }]]));
    expect(e.message).toContain("B2");
    expect(e.message).toContain("Sheet1");
  });

  test("a partly ignored block names the first cell that did not change", async () => {
    const { host } = setup({ ignoreWrites: (_sheet, address) => address === "$B$1" });
    await expect(host.write("Sheet1", "A1", [[{ value: 1 }]])).resolves.toBeUndefined();
    await expect(host.write("Sheet1", "B1", [[{ value: 2 }]])).rejects.toThrow(/B1/);
  });

  test("formulas are verified too", async () => {
    const { host } = setup({ ignoreWrites: true });
    await rejection(host.write("Sheet1", "A1", [[{ formula: "=1+1" }]]));
  });

  test("a setting WPS did not store is not reported as saved", async () => {
    const { app, host } = setup();
    await host.setSetting("a", 1);
    app.options.ignoreWrites = true;
    await rejection(host.setSetting("b", { x: 1 }));
  });

  test("screen updating is off around the write and restored after, even on failure", async () => {
    const { app, host } = setup();
    await host.write("Sheet1", "A1", [[{ value: 1 }]]);
    expect(app.screenUpdatingLog).toEqual([false, true]);
    app.ScreenUpdating = false; // the clerk's macro left it off
    app.screenUpdatingLog.length = 0;
    app.options.ignoreWrites = true;
    await expect(host.write("Sheet1", "A1", [[{ value: 2 }]])).rejects.toThrow();
    expect(app.screenUpdatingLog).toEqual([false, false]);
  });
});

describe("highlights", () => {
  test("conditional formats in BGR, tagged, errors on top; the cells' own fill untouched", async () => {
    const { app, host } = setup();
    const ws = app.ActiveSheet!;
    ws.Range("A1:C3").Value2 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    ws.Range("B2").Interior.Color = bgrOf("#00B050");
    // The clerk's own rule.
    ws.Range("A1:C3").FormatConditions.Add(2, 1, "=A1>100").Interior.Color = 255;
    await host.setHighlights("Sheet1", [
      { ref: "A1:C1", severity: "warning", note: "警告" },
      { ref: "B2", severity: "error", note: "错误" },
      { ref: "C3", severity: "info" },
    ]);
    const rules = app.sheet("Sheet1").conditions;
    expect(rules.map((r) => r.formula1)).toEqual([`=LEN("${MARKER}error")>0`, `=LEN("${MARKER}warning")>0`, `=LEN("${MARKER}info")>0`, "=A1>100"]);
    expect(rules[0]!.interior.Color).toBe(0xff + 0xc7 * 256 + 0xce * 65536); // #FFC7CE as BGR
    expect(rules[0]!.interior.Color).toBe(bgrOf(HIGHLIGHT_COLOURS.error));
    expect(colourOfBgr(rules[0]!.interior.Color as number)).toBe(HIGHLIGHT_COLOURS.error);
    expect(app.cell("Sheet1", "B2")?.interior.color).toBe(bgrOf("#00B050"));
    await host.clearHighlights("Sheet1");
    expect(app.sheet("Sheet1").conditions.map((r) => r.formula1)).toEqual(["=A1>100"]);
    expect(app.cell("Sheet1", "B2")?.interior.color).toBe(bgrOf("#00B050"));
  });

  test("fallback without conditional formats: BGR fill, restored exactly (no fill stays no fill)", async () => {
    const { app, host } = setup({ noFormatConditions: true });
    const ws = app.ActiveSheet!;
    ws.Range("A1:B1").Value2 = [["x", "y"]];
    ws.Range("B1").Interior.Color = bgrOf("#00B050");
    const before = JSON.stringify([app.cell("Sheet1", "A1")?.interior, app.cell("Sheet1", "B1")?.interior]);
    await host.setHighlights("Sheet1", [{ ref: "A1:B1", severity: "error" }]);
    expect(app.cell("Sheet1", "A1")?.interior.color).toBe(0xce * 65536 + 0xc7 * 256 + 0xff);
    expect(app.cell("Sheet1", "B1")?.interior.color).toBe(bgrOf(HIGHLIGHT_COLOURS.error));
    expect(app.sheet("Sheet1").conditions).toEqual([]);
    await host.clearHighlights();
    expect(JSON.stringify([app.cell("Sheet1", "A1")?.interior, app.cell("Sheet1", "B1")?.interior])).toBe(before);
    expect(app.cell("Sheet1", "A1")?.interior.colorIndex).toBe(-4142);
  });

  test("a fill the clerk changed after marking is theirs and stays", async () => {
    const { app, host } = setup({ noFormatConditions: true });
    await host.setHighlights("Sheet1", [{ ref: "A1", severity: "warning" }]);
    app.ActiveSheet!.Range("A1").Interior.Color = bgrOf("#123456");
    await host.clearHighlights("Sheet1");
    expect(app.cell("Sheet1", "A1")?.interior.color).toBe(bgrOf("#123456"));
  });

  test("a pre-existing comment is replaced by the note and restored exactly", async () => {
    const { app, host } = setup();
    const ws = app.ActiveSheet!;
    ws.Range("B2").AddComment("张三：\n请核对金额");
    const own = ws.Range("B2").Comment as { Visible: boolean };
    own.Visible = true;
    await host.setHighlights("Sheet1", [
      { ref: "B2:C3", severity: "error", note: "目标值应为数字" },
      { ref: "B2", severity: "warning", note: "单位缺失" },
    ]);
    expect(app.cell("Sheet1", "B2")?.comment?.text).toBe("目标值应为数字\n单位缺失");
    await host.clearHighlights("Sheet1");
    expect(app.cell("Sheet1", "B2")?.comment).toMatchObject({ text: "张三：\n请核对金额", visible: true });
  });

  test("a note the clerk edited after marking is not taken away", async () => {
    const { app, host } = setup();
    await host.setHighlights("Sheet1", [{ ref: "A1", severity: "info", note: "提示" }]);
    const c = app.ActiveSheet!.Range("A1").Comment as { Text: (t?: string) => string };
    c.Text("提示——已核实");
    await host.clearHighlights();
    expect(app.cell("Sheet1", "A1")?.comment?.text).toBe("提示——已核实");
  });

  test("clearing works from a new host (pane reloaded): the record is in the workbook", async () => {
    const { app, host } = setup();
    await host.setHighlights("Sheet1", [{ ref: "A1", severity: "error", note: "一" }]);
    const again = new WpsHost(app as unknown as EtApplication);
    await again.clearHighlights();
    expect(app.sheet("Sheet1").conditions).toEqual([]);
    expect(app.cell("Sheet1", "A1")?.comment).toBeUndefined();
  });

  test("our rules are found by their marker even without a record", async () => {
    const { app, host } = setup({}, ["Sheet1", "Sheet2"]);
    await host.setHighlights("Sheet2", [{ ref: "A1", severity: "error" }]);
    app.sheet(STORE_SHEET).cells.clear(); // the record lost
    await host.clearHighlights();
    expect(app.sheet("Sheet2").conditions).toEqual([]);
  });

  test("marks the Excel host left in the file are cleared too", async () => {
    const { app, host } = setup();
    app.ActiveSheet!.Range("A1:B2").FormatConditions.Add(2, undefined, '=N("jixiao-mark")=0');
    app.ActiveSheet!.Range("A1:B2").FormatConditions.Add(2, undefined, '=A1="jixiao"');
    await host.clearHighlights();
    expect(app.sheet("Sheet1").conditions.map((c) => c.formula1)).toEqual(['=A1="jixiao"']);
  });

  test("a bad address changes nothing", async () => {
    const { app, host } = setup();
    await rejection(host.setHighlights("Sheet1", [{ ref: "A1", severity: "error" }, { ref: "nope", severity: "info" }]));
    expect(app.sheet("Sheet1").conditions).toEqual([]);
  });
});

describe("sheets", () => {
  test("Sheets.Add() returning null: the active sheet is the new one, and the old active sheet comes back", async () => {
    const { app, host } = setup({ sheetsAddReturnsNull: true }, ["表一", "表二"]);
    app.activate("表一");
    expect(await host.addSheet("模板")).toBe("模板");
    expect(app.book.sheets.map((s) => s.name)).toEqual(["表一", "表二", "模板"]);
    expect(await host.activeSheet()).toBe("表一");
  });

  test("a rename WPS silently ignored is an error, and the clerk's sheet keeps its name", async () => {
    const { app, host } = setup({ renameIgnored: true }, ["表一"]);
    await rejection(host.addSheet("模板"));
    expect(app.book.sheets[0]!.name).toBe("表一");
  });

  test("the store sheet is very hidden and never listed", async () => {
    const { app, host } = setup();
    await host.setSetting("profile", "省级");
    expect(app.sheet(STORE_SHEET).visible).toBe(2);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["Sheet1"]);
    await rejection(host.readSheet(STORE_SHEET));
    // Adding it did not leave it (or anything else) active.
    expect(await host.activeSheet()).toBe("Sheet1");
  });

  test("builds without very hidden get a hidden store sheet", async () => {
    const { app, host } = setup({ noVeryHidden: true });
    await host.setSetting("x", 1);
    expect(app.sheet(STORE_SHEET).visible).toBe(0);
    expect(await host.getSetting("x")).toBe(1);
  });

  test("settings are stored as text, in the in-memory host's layout", async () => {
    const { app, host } = setup();
    await host.setSetting("n", 42);
    await host.setSetting("s", "_x0041_");
    const store = app.sheet(STORE_SHEET);
    expect(store.cells.get("1:0")?.value).toBe("setting:n");
    expect(store.cells.get("1:1")).toMatchObject({ value: "42", prefix: true });
    expect(await host.getSetting("n")).toBe(42);
    expect(await host.getSetting("s")).toBe("_x0041_");
    await host.setSetting("n", undefined);
    expect(await host.getSetting("n")).toBeUndefined();
  });

  test("select activates the sheet first (Range.Select fails on an inactive sheet)", async () => {
    const { app, host } = setup({}, ["表一", "表二"]);
    app.activate("表一");
    await host.select("表二", "c3:d4");
    expect(await host.selection()).toEqual({ sheet: "表二", range: "C3:D4" });
    app.sheet("表一").visible = 0;
    await rejection(host.select("表一", "A1"));
  });
});

describe("layout", () => {
  test("formats, widths, validation lists, freeze and print setup go through the object model", async () => {
    const { app, host } = setup({}, ["表一", "表二"]);
    app.activate("表二");
    await host.applyLayout("表一", [
      { op: "format", range: "A1:B2", format: { font: { bold: true, color: "#FF0000" }, fill: "#DDEBF7", horizontal: "center", borders: true, numberFormat: "0.00" } },
      { op: "columnWidth", column: "B:C", width: 20 },
      { op: "rowHeight", row: 3, height: 30 },
      { op: "validationList", range: "C2:C9", items: ["是", "否"], prompt: "请选择" },
      { op: "validationList", range: "D2", items: ["甲,乙", "丙"] },
      { op: "inputHint", range: "E2", title: "说明", text: "填写金额" },
      { op: "freeze", rows: 2, cols: 1 },
      { op: "print", orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "1:2" },
    ]);
    const s = app.sheet("表一");
    expect(app.cell("表一", "A1")?.font).toMatchObject({ Bold: true, Color: 255 });
    expect(app.cell("表一", "B2")?.interior.color).toBe(bgrOf("#DDEBF7"));
    expect(app.cell("表一", "A1")?.style.HorizontalAlignment).toBe(-4108);
    expect(s.columnWidths.get(1)).toBe(20);
    expect(s.columnWidths.get(2)).toBe(20);
    expect(s.rowHeights.get(2)).toBe(30);
    expect(s.validations[0]).toMatchObject({ type: 3, formula1: "是,否" });
    expect(s.validations[1]!.formula1).toMatch(/^='_jixiao'!\$B\$\d+:\$C\$\d+$/);
    expect(s.validations[2]).toMatchObject({ type: 0, props: { InputTitle: "说明", InputMessage: "填写金额" } });
    expect(s.window).toMatchObject({ FreezePanes: true, SplitRow: 2, SplitColumn: 1 });
    expect(s.pageSetup).toMatchObject({ Orientation: 2, PaperSize: 9, FitToPagesWide: 1, PrintTitleRows: "$1:$2" });
    expect([...s.borders.keys()]).toEqual(expect.arrayContaining(["$A$1:$B$2#8", "$A$1:$B$2#11", "$A$1:$B$2#12"]));
    expect(await host.activeSheet()).toBe("表二");
  });

  test("a bad op leaves the sheet untouched", async () => {
    const { app, host } = setup();
    await rejection(host.applyLayout("Sheet1", [{ op: "merge", range: "A1:B1" }, { op: "columnWidth", column: "1", width: 3 }]));
    expect(app.sheet("Sheet1").merges).toEqual([]);
  });
});

describe("the Application", () => {
  test("defaults to window.Application, then the wps global (the same root in the WPS declarations)", () => {
    const app = new FakeEtApplication();
    expect(defaultApplication({ Application: app })).toBe(app);
    expect(defaultApplication({ wps: app })).toBe(app);
    expect(defaultApplication({ wps: { Application: app } })).toBe(app);
    expect(defaultApplication({})).toBeUndefined();
  });

  test("no Application or no workbook: a Chinese one-liner", async () => {
    await rejection(new WpsHost(() => undefined).listSheets());
    const app = new FakeEtApplication();
    Object.defineProperty(app, "ActiveWorkbook", { get: () => null });
    await rejection(new WpsHost(app as unknown as EtApplication).listSheets());
  });

  test("an exception from WPS becomes a one-liner naming the action", async () => {
    const { app, host } = setup();
    Object.defineProperty(app, "ActiveWorkbook", {
      get: () => {
        throw new Error("COM error 0x800A03EC");
      },
    });
    const e = await rejection(host.readSheet("Sheet1"));
    expect(e.message).toContain("读取工作表");
    expect(e.message).not.toMatch(/COM|0x/);
  });

  test("the BGR conversion", () => {
    expect(bgrOf("#FF0000")).toBe(255);
    expect(bgrOf("#0000FF")).toBe(16711680);
    expect(bgrOf("#00FF00")).toBe(65280);
    expect(colourOfBgr(bgrOf("#FFEB9C"))).toBe("#FFEB9C");
  });
});
