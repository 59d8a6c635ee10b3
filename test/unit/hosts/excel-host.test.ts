/**
 * ExcelHost against the fake Excel API (test/fakes/office): the shared host contract, the number
 * of round trips per call, big sheets, old Excel versions, and marks that leave the clerk's cells
 * exactly as they were.
 */
import { parseRange, rangeToA1 } from "../../../src/grid/address";
import { ExcelHost, MARK_FORMULA, MARKS_SETTING, STORE_SHEET } from "../../../src/hosts/excel";
import { HIGHLIGHT_COLOURS, type Highlight } from "../../../src/hosts/host";
import { getProfile } from "../../../src/rules/profiles";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { highlightFindings, highlightsBySheet } from "../../../src/usecases/highlight-findings";
import { markFindings, paneCheck } from "../../../src/usecases/pane-check";
import { FakeExcel, FakeOfficeError, WEB_RESPONSE_LIMIT, type FakeExcelOptions } from "../../fakes/office";
import { FakeClientResult, FakeNoteCollection } from "../../fakes/office/excel-api";
import { expectChineseOneLiner, gridSnapshot, runHostContract } from "../../contract/host-contract";
import { BROKEN_PROJECT_ROWS } from "../../fixtures/broken-project";

function setup(options: FakeExcelOptions | FakeExcel = {}, hostOptions: { blockRows?: number; blockCells?: number } = {}) {
  const fake = options instanceof FakeExcel ? options : new FakeExcel(options);
  const limitations: string[] = [];
  const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported, onLimitation: (m) => limitations.push(m), ...hostOptions });
  /** Syncs made by `fn`, as the fake counted them. */
  const syncs = async (fn: () => Promise<unknown>) => {
    const before = fake.syncCount;
    await fn();
    return fake.syncCount - before;
  };
  return { fake, host, limitations, syncs };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(Error);
  return e as Error;
}

runHostContract("excel (fake)", async () => setup().host);
// Office LTSC 2024 (ExcelApi 1.17): merged areas, but threaded comments instead of notes. Below
// 1.13 no Excel can list merged areas, so the contract's merge test cannot pass there; those
// versions have their own tests below.
runHostContract("excel (fake, ExcelApi 1.17)", async () => setup({ apiVersion: "1.17" }).host);

/** A form as a clerk fills it in: title, merged header, numbers with formats, a formula. */
function clerkSheet(fake: FakeExcel, sheet = "Sheet1") {
  fake.type(sheet, "A1", [
    ["项目支出绩效目标表", null, null, null],
    ["一级指标", "二级指标", "指标值", "金额（万元）"],
    ["产出指标", "数量指标", "≥100台", 1234.5],
    [null, "质量指标", "合格率≥95%", 0.956],
    ["成本指标", "经济成本", "≤50万元", "=SUM(D3:D4)"],
  ]);
  fake.merge(sheet, "A1:D1");
  fake.merge(sheet, "A3:A4");
  fake.format(sheet, "D3", (f) => (f.numberFormat = "#,##0.00"));
  fake.format(sheet, "D4", (f) => (f.numberFormat = "0.0%"));
  fake.format(sheet, "A2:D2", (f) => {
    f.fill = "#D9E1F2";
    f.font = { ...f.font, bold: true };
  });
  fake.format(sheet, "C3", (f) => (f.fill = "#00B050"));
}

describe("reading", () => {
  test("a normal sheet is read in one sync: values, formatted text, formulas, merges", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    let grid = await host.readSheet("Sheet1");
    expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(1);
    expect(grid.cell(2, 3)).toEqual({ value: 1234.5, text: "1,234.50" });
    expect(grid.cell(3, 3)).toEqual({ value: 0.956, text: "95.6%" });
    expect(grid.cell(4, 3)?.formula).toBe("SUM(D3:D4)");
    expect(grid.cell(0, 0)?.text).toBe("项目支出绩效目标表");
    expect(gridSnapshot(grid).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
  });

  test("an empty sheet reads as an empty grid, still in one sync", async () => {
    const { host, syncs } = setup();
    expect(await syncs(() => host.readSheet("Sheet1"))).toBe(1);
    expect((await host.readSheet("Sheet1")).rowCount).toBe(0);
  });

  test("a big sheet is read in blocks of rows, one sync per block", async () => {
    const { fake, host, syncs } = setup({}, { blockRows: 5000, blockCells: 100_000 });
    const rows = Array.from({ length: 12_345 }, (_, i) => [`第${i + 1}行`, i, i * 2, null, "x"]);
    fake.type("Sheet1", "B3", rows);
    let grid = await host.readSheet("Sheet1");
    // 5,000 rows come with the first sync; the other 7,345 rows × 5 columns in blocks of 5,000 rows.
    expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(1 + 2);
    expect(grid.rowCount).toBe(12_347);
    expect(grid.cell(2, 1)?.value).toBe("第1行");
    expect(grid.cell(12_346, 2)?.value).toBe(12_344);
    expect(grid.cell(8_000, 3)?.value).toBe(15_996);
    expect(grid.cell(8_000, 4)).toBeUndefined();
  });

  test("wide blocks are cut by cells, and a first block too big for one response is read again in blocks", async () => {
    const { fake, host, syncs } = setup({ responseCellLimit: 5 * 40_000 }, { blockRows: 5000, blockCells: 25_000 });
    const row = Array.from({ length: 30 }, (_, j) => j);
    fake.type("Sheet1", "A1", Array.from({ length: 2000 }, () => row));
    let grid = await host.readSheet("Sheet1");
    // The speculative 2,000 × 30 first block (× 5 properties) is over the limit: 1 failed sync,
    // then the extent, then blocks of 833 rows (25,000 cells).
    expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(1 + 1 + 3);
    expect(grid.rowCount).toBe(2000);
    expect(grid.cell(1999, 29)?.value).toBe(29);
  });

  test("Excel on the web: a block over the 5 MB response limit is read again in halves, and the host keeps the size that fitted", async () => {
    const { fake, host, syncs } = setup({ responseByteLimit: WEB_RESPONSE_LIMIT });
    // 12,000 rows × 8 columns of Chinese text: ~130 bytes a cell over the five properties read,
    // so 5,000 rows (the default block) come to ~5.2 MB, 2,500 rows fit.
    const text = (i: number, j: number) => `第${i + 1}行第${j + 1}列项目支出绩效目标`;
    fake.type("Sheet1", "A1", Array.from({ length: 12_000 }, (_, i) => Array.from({ length: 8 }, (_, j) => text(i, j))));
    let grid = await host.readSheet("Sheet1");
    expect(grid.rowCount).toBe(12_000);
    expect(grid.cell(11_999, 7)?.value).toBe(text(11_999, 7));
    expect(grid.cell(6_543, 2)?.text).toBe(text(6_543, 2));
    // Read again: blocks of the size that fitted from the start, no failed sync.
    expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(Math.ceil(12_000 / 2_500));
    expect(grid.cell(11_999, 7)?.value).toBe(text(11_999, 7));
  });

  test("a range read keeps addresses and reports merges whose top-left cell lies in it", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    const grid = await host.readSheet("Sheet1", "A3:D5");
    expect(grid.cell(2, 2)?.value).toBe("≥100台");
    expect(grid.cell(0, 0)).toBeUndefined();
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
  });

  test("numbers in a too narrow column still read with their formatted text", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    fake.sheet("Sheet1").narrowColumns.add(3);
    const grid = await host.readSheet("Sheet1");
    expect(grid.cell(2, 3)?.text).toBe("1,234.50");
  });

  test("text that looks like a formula, a number or an error stays what the clerk typed", async () => {
    const { fake, host } = setup();
    fake.type("Sheet1", "A1", [["'=1+1", "'2010101", "#N/A", "'#N/A", "TRUE"]]);
    const grid = await host.readSheet("Sheet1");
    expect(grid.cell(0, 0)).toEqual({ value: "=1+1", text: "=1+1" });
    expect(grid.cell(0, 1)).toEqual({ value: "2010101", text: "2010101" });
    expect(grid.cell(0, 2)).toEqual({ value: { error: "#N/A" }, text: "#N/A" });
    expect(grid.cell(0, 3)).toEqual({ value: "#N/A", text: "#N/A" });
    expect(grid.cell(0, 4)).toEqual({ value: true, text: "TRUE" });
  });

  test("more than 512 merged areas: read without merges and say so", async () => {
    const { fake, host, limitations, syncs } = setup();
    fake.type("Sheet1", "A1", [["x"]]);
    for (let i = 0; i < 600; i++) fake.merge("Sheet1", `A${2 * i + 2}:B${2 * i + 2}`);
    let grid = await host.readSheet("Sheet1");
    expect(grid.merges).toEqual([]);
    expect(grid.cell(0, 0)?.value).toBe("x");
    expect(limitations).toHaveLength(1);
    expectChineseOneLiner(limitations[0]!);
    expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(2);
  });

  test("merged areas whose address text is cut short are read area by area", async () => {
    const { fake, host, syncs } = setup({ addressLimit: 200 });
    fake.type("Sheet1", "A1", [["x"]]);
    for (let i = 0; i < 40; i++) fake.merge("Sheet1", `C${i + 1}:D${i + 1}`);
    let grid = await host.readSheet("Sheet1");
    expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(2);
    expect(grid.merges).toHaveLength(40);
  });
});

describe("writing", () => {
  test("one sync; strings are typed with an apostrophe so Excel keeps them as text", async () => {
    const { fake, host, syncs } = setup();
    const n = await syncs(() =>
      host.write("Sheet1", "B2", [
        [{ value: "=1+1" }, { value: "2010101" }, { value: "TRUE" }, { value: "'引号" }, { formula: "B3*2" }],
        [{ value: 3 }, { value: true }, { value: { error: "#N/A" } }, { value: Number.NaN }, { value: null }],
      ]),
    );
    expect(n).toBe(1);
    const grid = await host.readSheet("Sheet1");
    expect(grid.cell(1, 1)).toEqual({ value: "=1+1", text: "=1+1" });
    expect(grid.cell(1, 2)).toEqual({ value: "2010101", text: "2010101" });
    expect(grid.cell(1, 3)).toEqual({ value: "TRUE", text: "TRUE" });
    expect(grid.cell(1, 4)?.value).toBe("'引号");
    expect(grid.cell(1, 5)?.formula).toBe("B3*2");
    expect(grid.cell(2, 3)?.value).toEqual({ error: "#N/A" });
    expect(grid.cell(2, 4)?.value).toEqual({ error: "#NUM!" });
    // The number format is left alone (no "@").
    expect(fake.sheet("Sheet1").cells.get("1,1")?.format.numberFormat).toBe("General");
  });

  test("ragged rows do not overwrite cells beyond each row", async () => {
    const { fake, host } = setup();
    fake.type("Sheet1", "A1", [["a", "b", "c"], ["d", "e", "f"]]);
    await host.write("Sheet1", "A1", [[{ value: 1 }], [{ value: 2 }, { value: 3 }]]);
    const grid = await host.readSheet("Sheet1");
    expect(grid.toTextRows()).toEqual([
      ["1", "b", "c"],
      ["2", "3", "f"],
    ]);
  });
});

/** A project form with one MON-01 error (see the fixture). */
const BROKEN = BROKEN_PROJECT_ROWS.map((line) => line.split("\t").map((v) => (v === "" ? null : v)));

/** Our rules on a sheet, by address. */
function ourRules(fake: FakeExcel, sheet: string): string[] {
  return fake
    .sheet(sheet)
    .conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA)
    .map((cf) => rangeToA1(cf.range))
    .sort();
}

const many = (n: number): Highlight[] =>
  Array.from({ length: n }, (_, i) => ({ ref: `B${i + 2}`, severity: (["error", "warning", "info"] as const)[i % 3]!, note: `问题 ${i + 1}` }));

describe("highlights", () => {
  test.each([1, 500])("setHighlights with %i findings costs 2 syncs, and clearing too", async (n) => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    expect(await syncs(() => host.setHighlights("Sheet1", many(n)))).toBe(2);
    expect(await syncs(() => host.setHighlights("Sheet1", many(n)))).toBe(2);
    expect(await syncs(() => host.clearHighlights("Sheet1"))).toBe(2);
  });

  test("checking one sheet: one read sync, one for the marks", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    const n = await syncs(async () => {
      await host.readSheet("Sheet1");
      await host.setHighlights("Sheet1", many(30));
    });
    expect(n).toBe(2);
  });

  test("marks are conditional formats and notes; the clerk's cells keep their own fill", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    const clerkRule = fake.addClerkConditionalFormat("Sheet1", "D3:D5", { type: "CellValue", formula: ">1000", fill: "#FF0000" });
    const before = fake.snapshot("Sheet1");
    await host.setHighlights("Sheet1", [
      { ref: "C3", severity: "warning", note: "指标值应可量化" },
      { ref: "C3:D3", severity: "error", note: "金额与合计不符" },
      { ref: "B5", severity: "info" },
    ]);
    const s = fake.sheet("Sheet1");
    expect(s.cells.get("2,2")?.format.fill).toBe("#00B050");
    expect(fake.shownFill("Sheet1", "C3")).toBe(HIGHLIGHT_COLOURS.error);
    expect(fake.shownFill("Sheet1", "D3")).toBe(HIGHLIGHT_COLOURS.error);
    expect(fake.shownFill("Sheet1", "B5")).toBe(HIGHLIGHT_COLOURS.info);
    expect(s.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA)).toHaveLength(3);
    expect(s.notes.get("2,2")?.content).toBe("指标值应可量化\n金额与合计不符");
    expect(s.notes.size).toBe(1);
    await host.clearHighlights("Sheet1");
    expect(fake.snapshot("Sheet1")).toEqual(before);
    expect(s.conditionalFormats.map((cf) => cf.id)).toEqual([clerkRule]);
  });

  test("the clerk's own note stays, and a note the clerk edited is not removed", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    const s = fake.sheet("Sheet1");
    s.notes.set("2,2", { content: "财务科填写", author: "clerk" });
    await host.setHighlights("Sheet1", [
      { ref: "C3", severity: "error", note: "我们的" },
      { ref: "C4", severity: "error", note: "我们的 2" },
    ]);
    expect(s.notes.get("2,2")?.content).toBe("财务科填写");
    expect(s.notes.get("3,2")?.content).toBe("我们的 2");
    s.notes.get("3,2")!.content = "已核实";
    await host.clearHighlights("Sheet1");
    expect(s.notes.get("2,2")?.content).toBe("财务科填写");
    expect(s.notes.get("3,2")?.content).toBe("已核实");
  });

  test("marks made by another runtime are found through the workbook settings (one more read)", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    await host.setHighlights("Sheet1", many(5));
    expect(fake.state.settings.has(MARKS_SETTING)).toBe(true);
    const other = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    const start = fake.syncCount;
    await other.clearHighlights();
    expect(fake.syncCount - start).toBe(1 + 3);
    expect(fake.snapshot("Sheet1")).toEqual(before);
    expect(JSON.parse(fake.state.settings.get(MARKS_SETTING) as string)).toEqual({ version: 1, sheets: {} });
  });

  test("a renamed sheet's marks are still cleared", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    await host.setHighlights("Sheet1", many(3));
    fake.sheet("Sheet1").name = "改名后";
    await host.clearHighlights();
    expect(fake.snapshot("改名后")).toEqual({ ...(before as object), name: "改名后" });
  });

  test("bad refs are refused before anything is sent", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    const n = await syncs(async () => {
      const e = await rejection(host.setHighlights("Sheet1", [{ ref: "B2", severity: "error" }, { ref: "不是地址", severity: "error" }]));
      expectChineseOneLiner(e.message);
    });
    expect(n).toBe(0);
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });
});

describe("marks after a read: the read probes our marks, marking a bare sheet takes one sync", () => {
  test("checking and marking a workbook: one read and one mark per sheet; a sheet read bare without findings is left alone", async () => {
    const { fake, host, syncs } = setup({ sheets: ["目标表1", "目标表2", "空表"] });
    fake.type("目标表1", "A1", BROKEN);
    fake.type("目标表2", "A1", BROKEN);
    const set = jest.spyOn(host, "setHighlights");
    let result: Awaited<ReturnType<typeof checkWorkbook>> | undefined;
    // ignored rules 1 + ignored places 1 + sheet list 1 + a read per sheet
    expect(await syncs(async () => (result = await checkWorkbook(host)))).toBe(3 + 3);
    expect(host.knownUnmarked("空表")).toBe(true);
    // sheet list 1 + one sync per sheet with findings
    expect(await syncs(() => highlightFindings(host, result!.findings))).toBe(1 + 2);
    expect(set.mock.calls.map((c) => c[0])).toEqual(["目标表1", "目标表2"]);
    expect(host.knownUnmarked("目标表1")).toBe(false);
    const marks = highlightsBySheet(result!.findings).get("目标表1")!;
    expect(ourRules(fake, "目标表1")).toEqual(marks.map((h) => rangeToA1(parseRange(h.ref)!)).sort());
  });

  test("the task pane's whole-workbook check: old marks go by the registry, then one sync per sheet with findings", async () => {
    const { fake, host, syncs } = setup({ sheets: ["目标表1", "目标表2", "空表"] });
    fake.type("目标表1", "A1", BROKEN);
    fake.type("目标表2", "A1", BROKEN);
    const before = fake.snapshot("目标表1");
    const profile = getProfile("national")!;
    let result: Awaited<ReturnType<typeof paneCheck>> | undefined;
    const check = async () => (result = await paneCheck(host, { kind: "workbook" }, { profile, yieldToUi: async () => undefined }));
    const mark = () => markFindings(host, result!.findings, result!.sheets.map((s) => s.sheet), { wholeWorkbook: true, yieldToUi: async () => undefined });
    // ignored rules 1 + sheet list 1 + a read per sheet; the registry 1 + a sync per sheet with findings
    expect(await syncs(check)).toBe(2 + 3);
    expect(await syncs(mark)).toBe(1 + 2);
    // Again: each marked sheet is cleared (2) and so known bare, then marked (1).
    expect(await syncs(check)).toBe(2 + 3);
    expect(await syncs(mark)).toBe(1 + 2 * 2 + 2);
    expect(ourRules(fake, "目标表1")).toEqual(highlightsBySheet(result!.findings).get("目标表1")!.map((h) => rangeToA1(parseRange(h.ref)!)).sort());
    await host.clearHighlights();
    expect(fake.snapshot("目标表1")).toEqual(before);
  });

  test("a second check after marking removes the old marks exactly; a sheet not known bare is still cleared", async () => {
    const build = (fixed: boolean) => {
      const fake = new FakeExcel({ sheets: ["目标表", "说明"] });
      fake.type("目标表", "A1", BROKEN);
      if (fixed) fake.type("目标表", "C4", [["85"]]);
      fake.type("说明", "A1", [["填表说明"]]);
      fake.sheet("说明").notes.set("0,0", { content: "财务科填写", author: "clerk" });
      return fake;
    };
    const { fake, host, syncs } = setup(build(false));
    const first = await checkWorkbook(host);
    await highlightFindings(host, first.findings);
    expect(ourRules(fake, "目标表").length).toBeGreaterThan(0);

    // The clerk puts the sources right (85 + 10 + 5 = 100), then checks again.
    fake.type("目标表", "C4", [["85"]]);
    let second: Awaited<ReturnType<typeof checkWorkbook>> | undefined;
    // ignored rules 1 + ignored places 1 + sheet list 1 + a read per sheet
    expect(await syncs(async () => (second = await checkWorkbook(host)))).toBe(3 + 2);
    expect(second!.findings.map((f) => f.rule)).not.toContain("MON-01");
    // sheet list 1 + 目标表 2 (its old marks are read before they go) + 说明 2 (it has a note: not known bare)
    expect(await syncs(() => highlightFindings(host, second!.findings))).toBe(1 + 2 + 2);
    const marks = highlightsBySheet(second!.findings).get("目标表") ?? [];
    expect(ourRules(fake, "目标表")).toEqual(marks.map((h) => rangeToA1(parseRange(h.ref)!)).sort());
    const notes = [...fake.sheet("目标表").notes.values()].map((n) => n.content).sort();
    expect(notes).toEqual(marks.filter((h) => h.note).map((h) => h.note).sort());
    expect(notes.join("\n")).not.toMatch(/MON-01/);

    await host.clearHighlights();
    const fixed = build(true);
    expect(fake.snapshot("目标表")).toEqual(fixed.snapshot("目标表"));
    expect(fake.snapshot("说明")).toEqual(fixed.snapshot("说明"));
  });

  test("a note the clerk adds between the read and the marks stays; the marks are then made the two-sync way", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    await host.readSheet("Sheet1");
    fake.sheet("Sheet1").notes.set("2,1", { content: "财务科填写", author: "clerk" });
    const before = fake.snapshot("Sheet1");
    // The one-sync try fails on the clerk's note (1), then read and write (2).
    expect(await syncs(() => host.setHighlights("Sheet1", many(5)))).toBe(1 + 2);
    const s = fake.sheet("Sheet1");
    expect(s.notes.get("2,1")?.content).toBe("财务科填写");
    expect([...s.notes.keys()].sort()).toEqual(["1,1", "2,1", "3,1", "4,1", "5,1"]);
    expect(ourRules(fake, "Sheet1")).toEqual(["B2", "B3", "B4", "B5", "B6"]);
    await host.clearHighlights("Sheet1");
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("marks another runtime made between the read and the marks are replaced, and its record of other sheets kept", async () => {
    const { fake, host, syncs } = setup({ sheets: ["Sheet1", "Sheet2"] });
    clerkSheet(fake);
    clerkSheet(fake, "Sheet2");
    const before1 = fake.snapshot("Sheet1");
    const before2 = fake.snapshot("Sheet2");
    await host.readSheet("Sheet1");
    const other = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    await other.setHighlights("Sheet2", many(2));
    await other.setHighlights("Sheet1", [{ ref: "D3", severity: "error", note: "别处的标记" }]);
    // One sync that finds the sheet changed, one to put the other runtime's record back, then
    // read (2, the other runtime's note found with one more) and write.
    expect(await syncs(() => host.setHighlights("Sheet1", many(3)))).toBe(1 + 1 + 3);
    expect(ourRules(fake, "Sheet1")).toEqual(["B2", "B3", "B4"]);
    expect([...fake.sheet("Sheet1").notes.values()].map((n) => n.content)).toEqual(["问题 1", "问题 2", "问题 3"]);
    await host.clearHighlights();
    expect(fake.snapshot("Sheet1")).toEqual(before1);
    expect(fake.snapshot("Sheet2")).toEqual(before2);
  });

  test("a rule of ours pasted onto the sheet between the read and the marks is removed too", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    await host.readSheet("Sheet1");
    fake.addClerkConditionalFormat("Sheet1", "E5", { type: "Custom", formula: MARK_FORMULA, fill: HIGHLIGHT_COLOURS.error });
    expect(await syncs(() => host.setHighlights("Sheet1", many(2)))).toBe(1 + 2);
    expect(ourRules(fake, "Sheet1")).toEqual(["B2", "B3"]);
  });

  test("renamed between the read and the marks: the sheet now of that name is marked, the renamed one left as it was", async () => {
    const { fake, host } = setup();
    clerkSheet(fake);
    await host.readSheet("Sheet1");
    const before = fake.snapshot("Sheet1");
    fake.sheet("Sheet1").name = "旧表";
    fake.addSheet("Sheet1");
    await host.setHighlights("Sheet1", many(2));
    expect(fake.snapshot("旧表")).toEqual({ ...(before as object), name: "旧表" });
    expect(ourRules(fake, "Sheet1")).toEqual(["B2", "B3"]);
    expect(fake.sheet("Sheet1").notes.size).toBe(2);
  });

  test("a failed call forgets what the reads found", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    await host.readSheet("Sheet1");
    await rejection(host.readSheet("没有这张表"));
    expect(host.knownUnmarked("Sheet1")).toBe(false);
    expect(await syncs(() => host.setHighlights("Sheet1", many(2)))).toBe(2);
  });

  test("cleared the two-sync way, a sheet is known bare again", async () => {
    const { fake, host, syncs } = setup();
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    await host.setHighlights("Sheet1", many(3));
    // the registry 1 + the sheet 2 (this host knows where its notes are, by sheet id too)
    expect(await syncs(() => host.clearHighlights())).toBe(1 + 2);
    expect(host.knownUnmarked("Sheet1")).toBe(true);
    expect(await syncs(() => host.setHighlights("Sheet1", many(1)))).toBe(1);
    await host.clearHighlights("Sheet1");
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("ExcelApi 1.5 (fills, snapshotted): nothing is probed, marks cost 2 as before", async () => {
    const { fake, host, syncs } = setup({ apiVersion: "1.5" });
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    expect(await syncs(() => host.readSheet("Sheet1"))).toBe(1);
    expect(host.knownUnmarked("Sheet1")).toBe(false);
    expect(await syncs(() => host.setHighlights("Sheet1", many(3)))).toBe(2);
    await host.clearHighlights();
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("should the probe fail, the sheet is still read with its merges, and nothing is known of its marks", async () => {
    const { fake, host, limitations, syncs } = setup();
    clerkSheet(fake);
    const count = jest.spyOn(FakeNoteCollection.prototype, "getCount").mockImplementation(function (this: FakeNoteCollection) {
      this.ctx.enqueue("NoteCollection.getCount", "1.18", () => {
        throw new FakeOfficeError("GeneralException", "probe failed");
      });
      return new FakeClientResult<number>();
    });
    try {
      let grid: Awaited<ReturnType<typeof host.readSheet>> | undefined;
      // with the probe 1, without merges 1 (the probe fails again), with merges and without the probe 1
      expect(await syncs(async () => (grid = await host.readSheet("Sheet1")))).toBe(3);
      expect(grid!.merges).toHaveLength(2);
      expect(limitations).toEqual([]);
      expect(host.knownUnmarked("Sheet1")).toBe(false);
    } finally {
      count.mockRestore();
    }
  });
});

describe("volume-licensed Excel without notes (1.18) or merged areas (1.13): ExcelApi 1.12", () => {
  test("reads without merges, marks with comments, clears exactly", async () => {
    const { fake, host, limitations, syncs } = setup({ apiVersion: "1.12" });
    clerkSheet(fake);
    expect(host.capabilities()).toEqual({ notes: false, safeHighlights: true, save: false });
    const grid = await host.readSheet("Sheet1");
    expect(grid.merges).toEqual([]);
    expect(grid.cell(2, 3)?.text).toBe("1,234.50");
    expect(limitations.length).toBe(1);
    const before = fake.snapshot("Sheet1");
    // Read just now and found bare: the marks cost one sync.
    expect(await syncs(() => host.setHighlights("Sheet1", many(20)))).toBe(1);
    const s = fake.sheet("Sheet1");
    expect(s.notes.size).toBe(0);
    expect(s.comments.map((c) => c.content)).toContain("问题 1");
    expect(await syncs(() => host.setHighlights("Sheet1", many(20)))).toBe(2);
    expect(s.comments).toHaveLength(20);
    await host.clearHighlights("Sheet1");
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("a clerk's comment keeps its cell; one more read locates it the first time", async () => {
    const { fake, host, syncs } = setup({ apiVersion: "1.12" });
    clerkSheet(fake);
    fake.sheet("Sheet1").comments.push({ id: "{clerk}", row: 2, col: 2, content: "请核对" });
    const before = fake.snapshot("Sheet1");
    expect(await syncs(() => host.setHighlights("Sheet1", [{ ref: "C3", severity: "error", note: "我们的" }, { ref: "C4", severity: "info", note: "第二条" }]))).toBe(3);
    expect(fake.sheet("Sheet1").comments.map((c) => c.content)).toEqual(["请核对", "第二条"]);
    expect(await syncs(() => host.clearHighlights("Sheet1"))).toBe(2);
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });
});

describe("old Excel", () => {
  test("Office 2019 (ExcelApi 1.8): colour only, said once; clear leaves the sheet as it was", async () => {
    const { fake, host, limitations, syncs } = setup({ apiVersion: "1.8" });
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    expect(await syncs(() => host.setHighlights("Sheet1", many(50)))).toBe(2);
    expect(fake.shownFill("Sheet1", "B2")).toBe(HIGHLIGHT_COLOURS.error);
    expect(fake.sheet("Sheet1").comments).toHaveLength(0);
    expect(limitations.some((m) => /批注/.test(m))).toBe(true);
    await host.clearHighlights();
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("ExcelApi 1.5: fills are snapshotted and restored exactly", async () => {
    const { fake, host, syncs } = setup({ apiVersion: "1.5" });
    clerkSheet(fake);
    const before = fake.snapshot("Sheet1");
    expect(await syncs(() => host.setHighlights("Sheet1", [{ ref: "A2:C3", severity: "warning", note: "无批注" }, { ref: "C3", severity: "error" }]))).toBe(2);
    const s = fake.sheet("Sheet1");
    expect(s.cells.get("2,2")?.format.fill).toBe(HIGHLIGHT_COLOURS.error);
    expect(s.cells.get("1,0")?.format.fill).toBe(HIGHLIGHT_COLOURS.warning);
    expect(s.comments).toHaveLength(0);
    await host.setHighlights("Sheet1", [{ ref: "C3", severity: "info" }]);
    await host.clearHighlights();
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("below ExcelApi 1.4 every call says Excel is too old", async () => {
    const { host } = setup({ apiVersion: "1.3" });
    expect(host.supported()).toMatch(/过旧/);
    expectChineseOneLiner((await rejection(host.readSheet("Sheet1"))).message);
    expectChineseOneLiner((await rejection(host.listSheets())).message);
  });
});

describe("layout, sheets, selection, settings", () => {
  test("every layout op in one sync", async () => {
    const { fake, host, syncs } = setup();
    const n = await syncs(() =>
      host.applyLayout("Sheet1", [
        { op: "merge", range: "A1:D1" },
        { op: "format", range: "A2:B3", format: { font: { name: "黑体", bold: true, color: "#c00000" }, fill: "#FFF2CC", horizontal: "center", vertical: "middle", wrap: true, numberFormat: "0.00", borders: true } },
        { op: "columnWidth", column: "B:C", width: 20 },
        { op: "rowHeight", row: 3, height: 30 },
        { op: "validationList", range: "C5:C7", items: ["数量指标", "质量指标"], prompt: "请选择" },
        { op: "inputHint", range: "E5", title: "填写说明", text: "填写可量化的指标值" },
        { op: "freeze", rows: 4, cols: 1 },
        { op: "print", orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "1:4" },
      ]),
    );
    expect(n).toBe(1);
    const s = fake.sheet("Sheet1");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    const b2 = s.cells.get("1,1")!.format;
    expect(b2).toMatchObject({ fill: "#FFF2CC", horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, numberFormat: "0.00" });
    expect(b2.font).toMatchObject({ name: "黑体", bold: true, color: "#C00000" });
    expect(b2.borders).toEqual({
      top: { style: "Continuous", weight: "Thin", color: "#000000" },
      bottom: { style: "Continuous", weight: "Thin", color: "#000000" },
      left: { style: "Continuous", weight: "Thin", color: "#000000" },
      right: { style: "Continuous", weight: "Thin", color: "#000000" },
    });
    expect(s.columnWidths.get(1)).toBe(108.75);
    expect(s.rowHeights.get(2)).toBe(30);
    expect(s.cells.get("5,2")?.validation).toMatchObject({ rule: { list: { source: "数量指标,质量指标" } }, prompt: { message: "请选择" } });
    expect(s.cells.get("4,4")?.validation?.prompt).toEqual({ showPrompt: true, title: "填写说明", message: "填写可量化的指标值" });
    expect(s.freeze).toEqual({ rows: 4, cols: 1 });
    expect(s.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$4" });
  });

  test("a long drop-down list is kept on a very hidden sheet that listSheets never shows", async () => {
    const { fake, host, syncs } = setup();
    const items = Array.from({ length: 40 }, (_, i) => `功能分类第${i + 1}项，含逗号`);
    expect(await syncs(() => host.applyLayout("Sheet1", [{ op: "validationList", range: "D5", items }]))).toBe(2);
    const store = fake.sheet("_jixiao");
    expect(store.visibility).toBe("VeryHidden");
    expect(fake.sheet("Sheet1").cells.get("4,3")?.validation?.rule?.list?.source).toBe("='_jixiao'!$B$2:$AO$2");
    expect(store.cells.get("1,1")?.value).toBe(items[0]);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["Sheet1"]);
    await host.applyLayout("Sheet1", [{ op: "validationList", range: "D6", items }]);
    expect(fake.sheet("Sheet1").cells.get("5,3")?.validation?.rule?.list?.source).toBe("='_jixiao'!$B$2:$AO$2");
  });

  test("ops this Excel cannot do are skipped and reported, the rest applied", async () => {
    const { fake, host, limitations } = setup({ apiVersion: "1.6" });
    await host.applyLayout("Sheet1", [
      { op: "merge", range: "A1:B1" },
      { op: "validationList", range: "C5", items: ["是", "否"] },
      { op: "freeze", rows: 1 },
      { op: "print", orientation: "portrait", paper: "A4" },
    ]);
    expect(fake.sheet("Sheet1").merges).toHaveLength(1);
    expect(limitations).toHaveLength(3);
    limitations.forEach(expectChineseOneLiner);
  });

  test("selection with several areas (ExcelApi 1.9) reports the first", async () => {
    const { fake, host } = setup();
    fake.state.selection = { sheet: "Sheet1", areas: [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 5, left: 0, bottom: 5, right: 0 }] };
    expect(await host.selection()).toEqual({ sheet: "Sheet1", range: "B2:C3" });
  });

  test("a hidden sheet cannot be selected; an unknown sheet is named", async () => {
    const { fake, host } = setup({ sheets: ["可见", "隐藏"] });
    fake.sheet("隐藏").visibility = "Hidden";
    expect((await rejection(host.select("隐藏", "A1"))).message).toMatch(/已隐藏/);
    expect((await rejection(host.write("无此表", "A1", [[{ value: 1 }]]))).message).toMatch(/无此表/);
    expect(await host.listSheets()).toEqual([
      { name: "可见", index: 0, visible: true },
      { name: "隐藏", index: 1, visible: false },
    ]);
  });

  test("settings are JSON records in the shared data sheet; undefined removes", async () => {
    const { fake, host, syncs } = setup();
    // No data sheet yet: one sync to find that out, one to write.
    expect(await syncs(() => host.setSetting("profile", { level: "省级" }))).toBe(2);
    const store = fake.sheet(STORE_SHEET);
    expect(store.visibility).toBe("VeryHidden");
    expect(store.cells.get("1,0")?.value).toBe("setting:profile");
    expect(store.cells.get("1,1")?.value).toBe('{"level":"省级"}');
    expect(fake.state.settings.size).toBe(0);
    expect(await syncs(() => host.getSetting("profile"))).toBe(2);
    expect(await host.getSetting("profile")).toEqual({ level: "省级" });
    await host.setSetting("profile", undefined);
    expect(await host.getSetting("profile")).toBeUndefined();
    await expect(host.setSetting("f", () => 1)).rejects.toThrow(/JSON/);
  });

  test("a setting an older version kept in the workbook settings is still read, and moved when written", async () => {
    const { fake, host } = setup();
    fake.state.settings.set("jixiao.setting.ignoredRules", '["VAL-08"]');
    expect(await host.getSetting("ignoredRules")).toEqual(["VAL-08"]);
    await host.setSetting("ignoredRules", ["VAL-08", "MON-02"]);
    expect(fake.state.settings.has("jixiao.setting.ignoredRules")).toBe(false);
    expect(await host.getSetting("ignoredRules")).toEqual(["VAL-08", "MON-02"]);
  });
});

describe("the fake behaves as Office.js is documented to", () => {
  test("a property read before load + sync throws PropertyNotLoaded", async () => {
    const fake = new FakeExcel();
    fake.type("Sheet1", "A1", [[1, 2]]);
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([[1, 2]]);
    expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.syncCount).toBe(1);
  });

  test("used range: a null object on a blank sheet, A1 from getUsedRange", async () => {
    const fake = new FakeExcel();
    const ctx = fake.newContext();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const orNull = ws.getUsedRangeOrNullObject(true);
    orNull.load("address");
    const used = ws.getUsedRange();
    used.load("address");
    expect(() => orNull.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(orNull.isNullObject).toBe(true);
    expect(used.address).toBe("Sheet1!A1");
  });

  test("values are 2-D arrays; empty cells read as empty strings; writes parse like typing", async () => {
    const fake = new FakeExcel();
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
    range.formulas = [
      ["=1+1", "'=1+1", "12"],
      ["", null, "3月"],
    ];
    range.load("values,formulas,valueTypes");
    await ctx.sync();
    expect(range.values).toEqual([
      [0, "=1+1", 12],
      ["", "", "3月"],
    ]);
    expect(range.formulas[0]).toEqual(["=1+1", "=1+1", 12]);
    expect(range.valueTypes[0]).toEqual(["Double", "String", "Double"]);
  });

  test("a failing step rejects the sync with code and location; earlier steps stay done", async () => {
    const fake = new FakeExcel();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["done"]];
    ctx.workbook.worksheets.getItem("无此表").getRange("A1").values = [["never"]];
    const e = (await ctx.sync().catch((x: unknown) => x)) as { code: string; debugInfo: { errorLocation: string } };
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(fake.sheet("Sheet1").cells.get("0,0")?.value).toBe("done");
  });

  test("an API above the installed requirement set fails with ApiNotFound", async () => {
    const fake = new FakeExcel({ apiVersion: "1.12" });
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem("Sheet1").notes.add("A1", "x");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.isSetSupported("1.12")).toBe(true);
    expect(fake.isSetSupported("1.13")).toBe(false);
  });

  test("one note per cell; comments want a sheet-qualified address", async () => {
    const fake = new FakeExcel();
    const ctx = fake.newContext();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.notes.add("B2", "一");
    ws.notes.add("B2", "二");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.comments.add("B2", "三");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    // B2 has a note: a cell holds a note or a threaded comment, never both.
    ws.comments.add("Sheet1!B2", "三");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.comments.add("Sheet1!C2", "三");
    await ctx.sync();
    ws.notes.add("C2", "四");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet("Sheet1").comments).toHaveLength(1);
  });

  test("a rule's priority is its place, 0 on top; setting it moves the rule, negative counts from the back", async () => {
    const fake = new FakeExcel();
    const a = fake.addClerkConditionalFormat("Sheet1", "A1", { type: "Custom", formula: "=TRUE", fill: "#111111" });
    const b = fake.addClerkConditionalFormat("Sheet1", "A1", { type: "Custom", formula: "=TRUE", fill: "#222222" });
    const ctx = fake.newContext();
    const rules = ctx.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
    rules.load("items/id,items/priority");
    await ctx.sync();
    expect(rules.items.map((r) => [r.id, r.priority])).toEqual([[a, 0], [b, 1]]);
    rules.items[1]!.priority = 0;
    await ctx.sync();
    expect(fake.sheet("Sheet1").conditionalFormats.map((r) => r.id)).toEqual([b, a]);
    expect(fake.shownFill("Sheet1", "A1")).toBe("#222222");
    rules.items[1]!.priority = -1;
    await ctx.sync();
    expect(fake.sheet("Sheet1").conditionalFormats.map((r) => r.id)).toEqual([a, b]);
    expect(fake.shownFill("Sheet1", "A1")).toBe("#111111");
  });
});

describe("the clerk's notes, comments and rules", () => {
  const highlight: Highlight[] = [
    { ref: "C3", severity: "error", note: "【错误 MON-01】合计不符。" },
    { ref: "D4", severity: "warning", note: "【警告 VAL-08】目标值含糊。" },
  ];

  test("a cell with the clerk's threaded comment gets no note of ours, the sync does not fail, and clearing leaves the comment", async () => {
    const { fake, host } = setup();
    fake.type("Sheet1", "A1", [["表"], [null], [null, null, 100], [null, null, null, "≥好"]]);
    fake.sheet("Sheet1").comments.push({ id: "{clerk-comment}", row: 2, col: 2, content: "出纳：已核对" });
    const before = fake.snapshot("Sheet1");
    await host.readSheet("Sheet1");
    await host.setHighlights("Sheet1", highlight);
    const s = fake.sheet("Sheet1");
    expect(s.notes.has("2,2")).toBe(false);
    expect(s.notes.get("3,3")?.content).toMatch(/VAL-08/);
    expect(s.comments).toEqual([{ id: "{clerk-comment}", row: 2, col: 2, content: "出纳：已核对" }]);
    expect(fake.shownFill("Sheet1", "C3")).toBe(HIGHLIGHT_COLOURS.error);
    // Marked again (the two-sync way) and cleared: the comment stays, the sheet is as it was.
    await host.setHighlights("Sheet1", highlight);
    expect(s.notes.has("2,2")).toBe(false);
    await host.clearHighlights("Sheet1");
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("Excel without notes (LTSC 2021/2024): a cell holding the clerk's note, unseen beforehand, gets no comment of ours and the marks still go on", async () => {
    const { fake, host } = setup({ apiVersion: "1.17" });
    fake.type("Sheet1", "A1", [["表"], [null], [null, null, 100], [null, null, null, "≥好"]]);
    // A note typed in Excel: the notes API (1.18) cannot see it here, but the cell cannot take a comment.
    fake.sheet("Sheet1").notes.set("2,2", { content: "出纳：已核对", author: "clerk" });
    const before = fake.snapshot("Sheet1");
    for (let round = 0; round < 2; round++) {
      await host.readSheet("Sheet1");
      await host.setHighlights("Sheet1", highlight);
      const s = fake.sheet("Sheet1");
      expect(s.notes.get("2,2")?.content).toBe("出纳：已核对");
      expect(s.comments.map((c) => [c.row, c.col, c.content])).toEqual([[3, 3, "【警告 VAL-08】目标值含糊。"]]);
      expect(fake.shownFill("Sheet1", "C3")).toBe(HIGHLIGHT_COLOURS.error);
      expect(JSON.parse(fake.state.settings.get(MARKS_SETTING) as string).sheets[s.id].comments).toEqual([{ cell: "D4", text: "【警告 VAL-08】目标值含糊。" }]);
    }
    await host.clearHighlights();
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("our rules are put on top of the clerk's, with priority 0 set explicitly", async () => {
    const { fake, host } = setup();
    const clerk = fake.addClerkConditionalFormat("Sheet1", "C3:D4", { type: "Custom", formula: "=TRUE", fill: "#00B050" });
    await host.setHighlights("Sheet1", highlight);
    const rules = fake.sheet("Sheet1").conditionalFormats;
    expect(rules[rules.length - 1]!.id).toBe(clerk);
    expect(rules.filter((r) => r.formula === MARK_FORMULA).map((r) => r.prioritySet)).toEqual([0, 0]);
    expect(fake.shownFill("Sheet1", "C3")).toBe(HIGHLIGHT_COLOURS.error);
    expect(fake.shownFill("Sheet1", "D4")).toBe(HIGHLIGHT_COLOURS.warning);
  });
});

describe("ribbon commands", () => {
  test("检查本表 marks the active sheet and selects the worst finding; 清除标记 undoes it", async () => {
    const { fake, host, syncs } = setup({ sheets: ["封面", "目标表"] });
    const { checkActiveSheetOn, clearMarksOn } = await import("../../../src/taskpane/commands");
    fake.type("目标表", "A1", BROKEN);
    fake.state.active = "目标表";
    const before = fake.snapshot("目标表");
    let result: Awaited<ReturnType<typeof checkActiveSheetOn>> | undefined;
    // active sheet 1 + ignored rules 1 + ignored places 1 + read 1 (our marks probed with it) + marks 1 + select 1
    expect(await syncs(async () => (result = await checkActiveSheetOn(host)))).toBe(6);
    expect(result!.sheet).toBe("目标表");
    expect(result!.findings.map((f) => f.rule)).toContain("MON-01");
    // The first error in the sheet's order: the header (STR-01 at A1); MON-01 names C3:C6.
    expect(result!.first).toBe("A1");
    expect(fake.shownFill("目标表", "C3")).toBe(HIGHLIGHT_COLOURS.error);
    expect(fake.state.selection).toEqual({ sheet: "目标表", areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] });
    expect(fake.sheet("目标表").notes.get("2,2")?.content).toMatch(/MON-01/);
    // Checked again: the old marks are read before they are removed (marks 2).
    expect(await syncs(async () => (result = await checkActiveSheetOn(host)))).toBe(7);
    expect(fake.sheet("目标表").conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA)).toHaveLength(result!.marked);
    await clearMarksOn(host);
    expect(fake.snapshot("目标表")).toEqual(before);
  });
});
