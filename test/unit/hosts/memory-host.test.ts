import ExcelJS from "exceljs";
import fc from "fast-check";
import { parseRange } from "../../../src/grid/address";
import { Grid } from "../../../src/grid/grid";
import { HIGHLIGHT_COLOURS } from "../../../src/hosts/host";
import {
  MemoryHost,
  STORE_SHEET,
  formatNumber,
  sanitiseSheetName,
  uniqueSheetName,
  worksheetToGrid,
} from "../../../src/hosts/memory";
import { NOTE_SEPARATOR, noteText } from "../../../src/hosts/memory/highlights";
import { FORMAT_CACHE_LIMIT, parsedFormatCount, roundTo } from "../../../src/hosts/memory/number-format";
import { expectChineseOneLiner, gridSnapshot, runHostContract } from "../../contract/host-contract";

runHostContract("memory", async () => MemoryHost.empty());
runHostContract("memory, after a save and re-open", async () => MemoryHost.open(await MemoryHost.empty().save()));

// ---------------------------------------------------------------------------------------------
// Helpers: workbooks built with exceljs directly, as a clerk's file would arrive.

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function reopen(host: MemoryHost): Promise<MemoryHost> {
  return MemoryHost.open(await host.save());
}

function sheetOf(host: MemoryHost, name: string): ExcelJS.Worksheet {
  const ws = host.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Deep, plain copies of the models of every cell in `area` (undefined where no cell exists). */
function cellModels(ws: ExcelJS.Worksheet, area: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const range = parseRange(area)!;
  // find* only: getCell would create the cells we want to see absent.
  for (let r = range.top + 1; r <= range.bottom + 1; r++) {
    for (let c = range.left + 1; c <= range.right + 1; c++) {
      const cell = ws.findCell(r, c);
      out[`${r}:${c}`] = cell === undefined ? undefined : JSON.parse(JSON.stringify(cell.model));
    }
  }
  return out;
}

/** Every cell model and merge of a sheet, for "file equals original" comparisons. */
function sheetModel(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = JSON.parse(JSON.stringify(cell.model));
    }),
  );
  return { cells, merges: [...(ws.model.merges ?? [])].sort() };
}

const THIN = { style: "thin", color: { argb: "FF333333" } } as const;

/** A clerk's sheet with its own fills, fonts, borders, notes and merges. */
async function clerkWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出绩效目标表");
  ws.getCell("A1").value = "项目支出绩效目标申报表";
  ws.mergeCells("A1:D1");
  ws.getCell("A1").font = { name: "宋体", size: 16, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle" };
  ws.getCell("A2").value = "项目名称";
  ws.getCell("B2").value = "办公楼维修";
  ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  ws.getCell("B2").border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  ws.getCell("B2").note = "财务科填写";
  ws.getCell("C2").value = 1234.5;
  ws.getCell("C2").numFmt = "#,##0.00";
  ws.getCell("C2").font = { italic: true, color: { argb: "FFFF0000" } };
  ws.getCell("C2").note = {
    texts: [
      { font: { bold: true, size: 9 }, text: "张三：" },
      { font: { size: 9 }, text: "请核对金额" },
    ],
  };
  ws.getCell("D2").value = 0.875;
  ws.getCell("D2").numFmt = "0.0%";
  ws.getCell("A3").value = { formula: "C2*2", result: 2469 };
  ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("C3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("D3").value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell("D3").numFmt = 'yyyy"年"m"月"d"日"';
  // An empty cell that carries only formatting.
  ws.getCell("E2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDDDDD" } };
  ws.mergeCells("A5:B6");
  ws.getCell("A5").value = "合并区";
  ws.getCell("A5").border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return bytesOf(wb);
}

// ---------------------------------------------------------------------------------------------

describe("MemoryHost.open", () => {
  const notXlsx = async (bytes: Uint8Array | ArrayBuffer) => {
    const error = await MemoryHost.open(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expectChineseOneLiner(message);
    expect(message).toMatch(/^无法读取该文件：/);
    expect(message).not.toMatch(/zip|exceljs|Error|at /i);
    return message;
  };

  test("rejects random bytes, text, an empty file and a truncated workbook", async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    await notXlsx(random);
    await notXlsx(new TextEncoder().encode("项目名称,资金\n办公设备,12.5\n"));
    expect(await notXlsx(new Uint8Array(0))).toContain("空");
    const good = await clerkWorkbook();
    await notXlsx(good.slice(0, Math.floor(good.length / 2)));
    await notXlsx(good.slice(0, 30));
    // Random bytes behind a zip signature reach exceljs and still fail cleanly.
    await notXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random.slice(4)]));
  });

  test("names legacy .xls / encrypted files", async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await notXlsx(ole)).toContain(".xls");
  });

  test("accepts an ArrayBuffer", async () => {
    const bytes = await clerkWorkbook();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const host = await MemoryHost.open(buffer);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["项目支出绩效目标表"]);
  });
});

describe("reading a clerk's workbook", () => {
  let host: MemoryHost;
  const SHEET = "项目支出绩效目标表";
  beforeEach(async () => {
    host = await MemoryHost.open(await clerkWorkbook());
  });

  test("values, formatted texts, formulas and errors", async () => {
    const grid = await host.readSheet(SHEET);
    expect(grid.cell(0, 0)).toEqual({ value: "项目支出绩效目标申报表", text: "项目支出绩效目标申报表" });
    expect(grid.cell(1, 2)).toEqual({ value: 1234.5, text: "1,234.50" });
    expect(grid.cell(1, 3)).toEqual({ value: 0.875, text: "87.5%" });
    expect(grid.cell(2, 0)).toEqual({ value: 2469, text: "2469", formula: "C2*2" });
    expect(grid.cell(2, 1)).toEqual({ value: { error: "#DIV/0!" }, text: "#DIV/0!", formula: "1/0" });
    expect(grid.cell(2, 2)).toEqual({ value: { error: "#REF!" }, text: "#REF!" });
    // 2024-12-31 is serial 45657.
    expect(grid.cell(2, 3)).toEqual({ value: 45657, text: "2024年12月31日" });
    // A formatted but empty cell is not a cell of the grid.
    expect(grid.cell(1, 4)).toBeUndefined();
  });

  test("merged areas, with covered cells left empty", async () => {
    const grid = await host.readSheet(SHEET);
    expect(gridSnapshot(grid).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 4, left: 0, bottom: 5, right: 1 },
    ]);
    expect(grid.cell(0, 1)).toBeUndefined();
    expect(grid.cell(5, 1)).toBeUndefined();
    expect(grid.mergeAt(5, 1)).toEqual({ top: 4, left: 0, bottom: 5, right: 1 });
  });

  test("a sub-range read keeps sheet addresses and the merges that start in it", async () => {
    const grid = await host.readSheet(SHEET, "B2:D6");
    expect(grid.cell(1, 1)?.value).toBe("办公楼维修");
    expect(grid.ref(1, 1)).toBe("B2");
    expect(grid.cell(0, 0)).toBeUndefined(); // A1 is outside
    expect(grid.cell(1, 0)).toBeUndefined(); // A2 is outside
    expect(grid.cell(2, 3)?.value).toBe(45657);
    expect(grid.merges).toEqual([]); // A1:D1 and A5:B6 start outside B2:D6
    const withMerge = await host.readSheet(SHEET, "A4:B9");
    expect(withMerge.merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 1 }]);
  });

  test("rich text, hyperlinks, booleans and formula results of 0", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "绩效", font: { bold: true } }, { text: "目标" }] };
    ws.getCell("A2").value = { text: "财政部", hyperlink: "https://www.mof.gov.cn" };
    ws.getCell("A3").value = false;
    ws.getCell("A4").value = { formula: "B4-B4", result: 0 };
    ws.getCell("A5").value = { formula: "B5", result: "" };
    ws.getCell("A6").value = 0.1 + 0.2;
    const grid = worksheetToGrid(ws);
    expect(grid.cell(0, 0)).toEqual({ value: "绩效目标", text: "绩效目标" });
    expect(grid.cell(1, 0)).toEqual({ value: "财政部", text: "财政部" });
    expect(grid.cell(2, 0)).toEqual({ value: false, text: "FALSE" });
    expect(grid.cell(3, 0)).toEqual({ value: 0, text: "0", formula: "B4-B4" });
    expect(grid.cell(4, 0)).toEqual({ value: "", text: "", formula: "B5" });
    expect(grid.cell(5, 0)?.text).toBe("0.3");
    // After a file round trip exceljs drops falsy results from cell.value; cell.result keeps them.
    const again = await MemoryHost.open(await bytesOf(wb));
    const read = await again.readSheet("S");
    expect(read.cell(2, 0)?.value).toBe(false);
    expect(read.cell(3, 0)).toEqual({ value: 0, text: "0", formula: "B4-B4" });
  });

  test("a sparse sheet reads quickly", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "top";
    ws.getCell(200_000, 1).value = "far down";
    ws.getCell(3, 16_000).value = "far right";
    const started = Date.now();
    const grid = worksheetToGrid(ws);
    const part = worksheetToGrid(ws, { top: 199_990, left: 0, bottom: 200_010, right: 16_383 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(grid.cell(199_999, 0)?.value).toBe("far down");
    expect(grid.cell(2, 15_999)?.value).toBe("far right");
    expect(part.cell(199_999, 0)?.value).toBe("far down");
    expect(part.cell(0, 0)).toBeUndefined();
  });

  test("rows and cells with gaps, styled empty cells and ranges past the sheet's edge", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = 1.5;
    ws.getCell("B2").numFmt = "0.00";
    ws.getCell("E2").value = "右";
    ws.getCell("A4").numFmt = "0.00"; // styled, no value
    ws.getCell("C4").value = null;
    ws.getRow(6).height = 30; // a row with no cells
    ws.getCell("D7").value = { formula: "B2*2", result: 3 };
    const grid = worksheetToGrid(ws);
    expect(grid.cell(1, 1)).toEqual({ value: 1.5, text: "1.50" });
    expect(grid.cell(1, 4)).toEqual({ value: "右", text: "右" });
    expect(grid.cell(3, 0)).toBeUndefined();
    expect(grid.isEmptyRow(3)).toBe(true);
    expect(grid.cell(6, 3)).toEqual({ value: 3, text: "3", formula: "B2*2" });
    expect(grid.rowCount).toBe(7);
    const part = worksheetToGrid(ws, { top: 1, left: 2, bottom: 100, right: 100 });
    expect(part.cell(1, 1)).toBeUndefined(); // B2 is left of the range
    expect(part.cell(1, 4)?.value).toBe("右");
    expect(part.cell(6, 3)?.formula).toBe("B2*2");
    const column = worksheetToGrid(ws, { top: 0, left: 1, bottom: 1_048_575, right: 1 });
    expect(column.cell(1, 1)?.text).toBe("1.50");
    expect(column.cell(1, 4)).toBeUndefined();
    expect(worksheetToGrid(ws, { top: 50, left: 0, bottom: 60, right: 10 }).rowCount).toBe(0);
  });

  test("listSheets hides the store sheet; readSheet refuses it", async () => {
    await host.setSetting("x", 1);
    expect((await host.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    await expect(host.readSheet(STORE_SHEET)).rejects.toThrow(/找不到/);
    const again = await reopen(host);
    expect((await again.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    expect(sheetOf(again, STORE_SHEET).state).toBe("veryHidden");
  });
});

describe("highlights restore the clerk's formatting exactly", () => {
  const SHEET = "项目支出绩效目标表";
  const AREA = "A1:F7";
  const marks = [
    { ref: "B2", severity: "error" as const, note: "项目名称过于笼统" },
    { ref: "C2:D2", severity: "warning" as const, note: "金额与预算不一致" },
    { ref: "A1:D1", severity: "info" as const },
    { ref: "E2:F3", severity: "info" as const, note: "空单元格" },
    { ref: "A5:B6", severity: "error" as const, note: "合并区" },
    { ref: "F7", severity: "warning" as const },
  ];

  test("marks carry our colours and notes", async () => {
    const host = await MemoryHost.open(await clerkWorkbook());
    await host.setHighlights(SHEET, marks);
    const ws = sheetOf(host, SHEET);
    const argb = (c: string) => `FF${c.slice(1)}`;
    expect(ws.getCell("B2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: argb(HIGHLIGHT_COLOURS.error) } });
    // The clerk's own note stays; ours follows it, under a line naming us.
    expect(noteText(ws.getCell("B2").note)).toBe(`财务科填写${NOTE_SEPARATOR}项目名称过于笼统`);
    expect(ws.getCell("D2").fill).toMatchObject({ fgColor: { argb: argb(HIGHLIGHT_COLOURS.warning) } });
    expect(ws.getCell("D2").note).toBe(ws.getCell("D2").note); // not the top-left: note unchanged
    expect(noteText(ws.getCell("C2").note)).toBe(`张三：请核对金额${NOTE_SEPARATOR}金额与预算不一致`);
    expect(ws.getCell("F7").fill).toMatchObject({ fgColor: { argb: argb(HIGHLIGHT_COLOURS.warning) } });
    // The clerk's own border and font survive under the mark.
    expect(ws.getCell("B2").border).toMatchObject({ top: { style: "thin" } });
    expect(ws.getCell("C2").font).toMatchObject({ italic: true });
  });

  test("the worst severity wins where marks overlap, and notes combine", async () => {
    const host = MemoryHost.fromGrids([Grid.fromRows("S", [["a", "b"]])]);
    await host.setHighlights("S", [
      { ref: "A1:B1", severity: "info", note: "一" },
      { ref: "A1", severity: "error", note: "二" },
    ]);
    const ws = sheetOf(host, "S");
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: `FF${HIGHLIGHT_COLOURS.error.slice(1)}` } });
    expect(ws.getCell("A1").note).toBe("一\n二");
  });

  test("clear restores every cell model (style and note), and cells that did not exist stay absent", async () => {
    const host = await MemoryHost.open(await clerkWorkbook());
    const ws = sheetOf(host, SHEET);
    const before = cellModels(ws, AREA);
    expect(before["7:6"]).toBeUndefined();
    await host.setHighlights(SHEET, marks);
    expect(cellModels(ws, AREA)).not.toEqual(before);
    await host.clearHighlights(SHEET);
    expect(cellModels(ws, AREA)).toEqual(before);
    expect(ws.findRow(7)).toBeUndefined();
  });

  test("shared style objects are not repainted", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } };
    for (const a of ["A1", "A2", "A3"]) {
      ws.getCell(a).value = a;
      ws.getCell(a).fill = fill;
    }
    const host = await MemoryHost.open(await bytesOf(wb));
    const loaded = sheetOf(host, "S");
    await host.setHighlights("S", [{ ref: "A2", severity: "error" }]);
    expect(loaded.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FF00B0F0" } });
    expect(loaded.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FF00B0F0" } });
    await host.clearHighlights("S");
    expect(loaded.getCell("A2").fill).toMatchObject({ fgColor: { argb: "FF00B0F0" } });
  });

  test("setHighlights twice, then clear, is the original", async () => {
    const host = await MemoryHost.open(await clerkWorkbook());
    const ws = sheetOf(host, SHEET);
    const before = cellModels(ws, AREA);
    await host.setHighlights(SHEET, marks);
    await host.setHighlights(SHEET, [{ ref: "B2:C3", severity: "warning", note: "再次检查" }]);
    expect(ws.findCell(7, 6)).toBeUndefined(); // F7 is no longer marked, and gone again
    await host.setHighlights(SHEET, []);
    expect(cellModels(ws, AREA)).toEqual(before);
  });

  test("highlight, clear, save and re-open equals the original file", async () => {
    const original = await MemoryHost.open(await clerkWorkbook());
    const host = await MemoryHost.open(await clerkWorkbook());
    await host.setHighlights(SHEET, marks);
    // A save while marked must not leave our notes behind in exceljs's cell models.
    await host.save();
    await host.clearHighlights();
    const again = await reopen(host);
    expect(sheetModel(sheetOf(again, SHEET))).toEqual(sheetModel(sheetOf(original, SHEET)));
    expect(gridSnapshot(await again.readSheet(SHEET))).toEqual(gridSnapshot(await original.readSheet(SHEET)));
  });

  test("marks survive save and re-open, and can still be cleared exactly", async () => {
    const original = await MemoryHost.open(await clerkWorkbook());
    const host = await MemoryHost.open(await clerkWorkbook());
    await host.setHighlights(SHEET, marks);
    const marked = await reopen(host);
    expect(noteText(sheetOf(marked, SHEET).getCell("B2").note)).toBe(`财务科填写${NOTE_SEPARATOR}项目名称过于笼统`);
    await marked.clearHighlights();
    const cleared = await reopen(marked);
    expect(sheetModel(sheetOf(cleared, SHEET))).toEqual(sheetModel(sheetOf(original, SHEET)));
  });

  test("a mark someone changed afterwards is left alone", async () => {
    const host = await MemoryHost.open(await clerkWorkbook());
    await host.setHighlights(SHEET, marks);
    const ws = sheetOf(host, SHEET);
    const ownFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF123456" } };
    ws.getCell("B2").style = { ...ws.getCell("B2").style, fill: ownFill };
    ws.getCell("B2").note = "改过了";
    await host.clearHighlights(SHEET);
    expect(ws.getCell("B2").fill).toEqual(ownFill);
    expect(ws.getCell("B2").note).toBe("改过了");
    expect(ws.getCell("C2").font).toMatchObject({ italic: true });
  });

  test("bad refs are refused before anything changes", async () => {
    const host = await MemoryHost.open(await clerkWorkbook());
    const ws = sheetOf(host, SHEET);
    const before = cellModels(ws, AREA);
    await expect(host.setHighlights(SHEET, [{ ref: "B2", severity: "error" }, { ref: "不是地址", severity: "error" }])).rejects.toThrow(/不是有效的单元格地址/);
    expect(cellModels(ws, AREA)).toEqual(before);
  });
});

describe("save and open", () => {
  test("values, merges, styles, settings and the active sheet survive", async () => {
    const host = MemoryHost.empty();
    const sheet = await host.addSheet("模板");
    await host.write(sheet, "A1", [
      [{ value: "绩效指标" }, { value: 12.5 }, { value: true }, { formula: "=B1*2" }, { value: "=B1" }],
    ]);
    await host.applyLayout(sheet, [
      { op: "merge", range: "A3:C3" },
      { op: "format", range: "A1:B1", format: { font: { name: "黑体", bold: true, color: "#C00000" }, fill: "#FFF2CC", horizontal: "center", wrap: true, numberFormat: "0.00", borders: true } },
    ]);
    await host.setSetting("profile", { level: "省级", ignored: ["R1"] });
    await host.select(sheet, "B2:C4");
    // exceljs writes calcPr but does not read it back: check before saving.
    expect(host.workbook.calcProperties).toMatchObject({ fullCalcOnLoad: true });
    const again = await reopen(host);
    const grid = await again.readSheet(sheet);
    expect(grid.cell(0, 0)?.value).toBe("绩效指标");
    expect(grid.cell(0, 1)).toEqual({ value: 12.5, text: "12.50" });
    expect(grid.cell(0, 2)?.value).toBe(true);
    expect(grid.cell(0, 3)?.formula).toBe("B1*2");
    expect(grid.cell(0, 4)).toEqual({ value: "=B1", text: "=B1" });
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 2 }]);
    const ws = sheetOf(again, sheet);
    expect(ws.getCell("A1").font).toMatchObject({ name: "黑体", bold: true, color: { argb: "FFC00000" } });
    expect(ws.getCell("B1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("B1").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("B1").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(await again.getSetting("profile")).toEqual({ level: "省级", ignored: ["R1"] });
    expect(await again.activeSheet()).toBe(sheet);
    expect((await again.selection()).sheet).toBe(sheet);
  });

  test("save returns a plain Uint8Array", async () => {
    const bytes = await MemoryHost.empty().save();
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  test("fromGrids copies values and merges; numbers stay numbers", async () => {
    const g1 = new Grid(
      "目标表",
      [[{ value: "项目", text: "项目" }, { value: 1200, text: "1,200" }], [undefined, { value: 3, text: "3", formula: "1+2" }]],
      [{ top: 2, left: 0, bottom: 2, right: 1 }],
    );
    const g2 = Grid.fromRows("目标表", [["x", 1]]);
    const host = MemoryHost.fromGrids([g1, g2]);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["目标表", "目标表 (2)"]);
    const grid = await (await reopen(host)).readSheet("目标表");
    expect(grid.cell(0, 1)).toEqual({ value: 1200, text: "1200" });
    expect(grid.cell(1, 1)).toEqual({ value: 3, text: "3", formula: "1+2" });
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });
});

describe("write", () => {
  test("keeps the cell's formatting, and drops values aimed at covered merge cells", async () => {
    const host = await MemoryHost.open(await clerkWorkbook());
    const sheet = "项目支出绩效目标表";
    await host.write(sheet, "B2", [[{ value: "新名称" }]]);
    await host.write(sheet, "B5", [[{ value: "不该覆盖合并区" }]]);
    const ws = sheetOf(host, sheet);
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FF00B050" } });
    expect(ws.getCell("B2").note).toBe("财务科填写");
    expect(ws.getCell("A5").value).toBe("合并区");
  });

  test("errors and non-finite numbers", async () => {
    const host = MemoryHost.empty();
    await host.write("Sheet1", "A1", [[{ value: { error: "#N/A" } }, { value: Number.NaN }, { formula: "=" }]]);
    const grid = await (await reopen(host)).readSheet("Sheet1");
    expect(grid.cell(0, 0)).toEqual({ value: { error: "#N/A" }, text: "#N/A" });
    expect(grid.cell(0, 1)?.value).toEqual({ error: "#NUM!" });
    expect(grid.cell(0, 2)).toBeUndefined();
  });

  test("bad addresses and unknown sheets are refused in Chinese", async () => {
    const host = MemoryHost.empty();
    for (const p of [host.write("Sheet1", "第一格", [[{ value: 1 }]]), host.write("无此表", "A1", [[{ value: 1 }]]), host.select("Sheet1", "ZZZZ1"), host.readSheet("Sheet1", "A1:")]) {
      const e = await p.then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(Error);
      expectChineseOneLiner((e as Error).message);
    }
  });
});

describe("applyLayout", () => {
  test("every op lands in the saved file", async () => {
    const host = MemoryHost.empty();
    const longList = Array.from({ length: 40 }, (_, i) => `功能分类第${i + 1}项，含逗号`);
    await host.applyLayout("Sheet1", [
      { op: "columnWidth", column: "B", width: 24 },
      { op: "columnWidth", column: "C:D", width: 12 },
      { op: "rowHeight", row: 3, height: 30 },
      { op: "validationList", range: "C5:C7", items: ["数量指标", "质量指标", "时效指标", "成本指标"], prompt: "请选择指标类型" },
      { op: "validationList", range: "D5", items: longList },
      { op: "inputHint", range: "E5:E6", title: "填写说明", text: "填写可量化的指标值" },
      { op: "inputHint", range: "C5", title: "指标类型", text: "从下拉列表中选择" },
      { op: "freeze", rows: 4, cols: 1 },
      { op: "print", orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "$1:$4" },
    ]);
    const again = await reopen(host);
    const ws = sheetOf(again, "Sheet1");
    expect(ws.getColumn("B").width).toBe(24);
    expect(ws.getColumn("C").width).toBe(12);
    expect(ws.getColumn("D").width).toBe(12);
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.getCell("C6").dataValidation).toMatchObject({ type: "list", formulae: ['"数量指标,质量指标,时效指标,成本指标"'], showInputMessage: true, prompt: "请选择指标类型" });
    expect(ws.getCell("C5").dataValidation).toMatchObject({ type: "list", promptTitle: "指标类型", prompt: "从下拉列表中选择" });
    const long = ws.getCell("D5").dataValidation;
    expect(long.type).toBe("list");
    expect(String(long.formulae[0])).toMatch(/^'_jixiao'!\$B\$\d+:\$AO\$\d+$/);
    expect(ws.getCell("E6").dataValidation).toMatchObject({ showInputMessage: true, promptTitle: "填写说明", prompt: "填写可量化的指标值" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4, topLeftCell: "B5" });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:4" });
    // The long list itself sits in the store sheet.
    const store = sheetOf(again, STORE_SHEET);
    const ref = String(long.formulae[0]);
    const row = Number(/\$B\$(\d+)/.exec(ref)![1]);
    expect(store.getCell(row, 2).value).toBe(longList[0]);
    expect(store.getCell(row, 41).value).toBe(longList[39]);
  });

  test("merge is idempotent and replaces overlapping merges", async () => {
    const host = MemoryHost.empty();
    await host.applyLayout("Sheet1", [{ op: "merge", range: "A1:C1" }, { op: "merge", range: "A1:C1" }]);
    await host.applyLayout("Sheet1", [{ op: "merge", range: "B1:D2" }]);
    expect((await host.readSheet("Sheet1")).merges).toEqual([{ top: 0, left: 1, bottom: 1, right: 3 }]);
  });

  test("a bad op changes nothing", async () => {
    const host = MemoryHost.empty();
    await expect(host.applyLayout("Sheet1", [{ op: "merge", range: "A1:B1" }, { op: "columnWidth", column: "第二列", width: 3 }])).rejects.toThrow(/列标/);
    expect((await host.readSheet("Sheet1")).merges).toEqual([]);
    await expect(host.applyLayout("Sheet1", [{ op: "rowHeight", row: 0, height: 3 }])).rejects.toThrow(/行号/);
  });

  test("freeze 0 unfreezes; a single title row is written as a range", async () => {
    const host = MemoryHost.empty();
    await host.applyLayout("Sheet1", [{ op: "freeze", rows: 2 }, { op: "print", orientation: "portrait", paper: "A4", titleRows: "2" }]);
    await host.applyLayout("Sheet1", [{ op: "freeze", rows: 0 }]);
    const ws = sheetOf(await reopen(host), "Sheet1");
    expect(ws.views[0]?.state ?? "normal").toBe("normal");
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
  });
});

describe("settings, selection and sheets", () => {
  test("setSetting(undefined) removes; unstorable values are refused", async () => {
    const host = MemoryHost.empty();
    await host.setSetting("k", "v");
    await host.setSetting("k", undefined);
    expect(await host.getSetting("k")).toBeUndefined();
    await expect(host.setSetting("f", () => 1)).rejects.toThrow(/JSON/);
    // Long enough to be split across cells, with a surrogate pair on a piece boundary.
    const big = "绩".repeat(29_990) + "😀".repeat(20) + "绩".repeat(40_000);
    await host.setSetting("big", big);
    // exceljs would read "_x0041_" back as "A" if it reached the file as is.
    await host.setSetting("escapes", { "a_x0041_": "_x0042_ and \\_x0043_" });
    const again = await reopen(host);
    expect(await again.getSetting("big")).toBe(big);
    expect(await again.getSetting("escapes")).toEqual({ "a_x0041_": "_x0042_ and \\_x0043_" });
  });

  test("the saved file opens on the selected sheet and cell", async () => {
    const host = MemoryHost.empty();
    const second = await host.addSheet("第二张");
    await host.select(second, "C4:D8");
    // exceljs writes tabSelected but drops it on load: check what is about to be written.
    const tabSelected = (name: string) => (sheetOf(host, name).views?.[0] as { tabSelected?: boolean } | undefined)?.tabSelected ?? false;
    expect(tabSelected(second)).toBe(true);
    expect(tabSelected("Sheet1")).toBe(false);
    const again = await reopen(host);
    expect(await again.activeSheet()).toBe(second);
    expect(await again.selection()).toEqual({ sheet: second, range: "C4" });
    expect(again.workbook.views[0]).toMatchObject({ activeTab: 1 });
  });

  test("a hidden sheet cannot be selected", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("可见");
    wb.addWorksheet("隐藏", { state: "hidden" });
    const host = await MemoryHost.open(await bytesOf(wb));
    expect(await host.listSheets()).toEqual([
      { name: "可见", index: 0, visible: true },
      { name: "隐藏", index: 1, visible: false },
    ]);
    await expect(host.select("隐藏", "A1")).rejects.toThrow(/隐藏/);
  });

  test("sheet names follow Excel's rules", () => {
    expect(sanitiseSheetName("a/b\\c[d]e:f*g?h")).toBe("a_b_c_d_e_f_g_h");
    expect(sanitiseSheetName("'引号'")).toBe("引号");
    expect(sanitiseSheetName("   ")).toBe("Sheet");
    expect(sanitiseSheetName("一".repeat(40))).toHaveLength(31);
    expect(uniqueSheetName("模板", ["模板", "模板 (2)"])).toBe("模板 (3)");
    expect(uniqueSheetName("SHEET1", ["Sheet1"])).toBe("SHEET1 (2)");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    const long = uniqueSheetName("表".repeat(31), ["表".repeat(31)]);
    expect(long).toBe(`${"表".repeat(27)} (2)`);
  });
});

describe("number formats", () => {
  test.each([
    [1234.5, "#,##0.00", "1,234.50"],
    [1234.5, "#,##0", "1,235"],
    [-1234.5, "#,##0.00;[Red]-#,##0.00", "-1,234.50"],
    [-1234.5, "#,##0.00_);(#,##0.00)", "(1,234.50)"],
    [0.875, "0%", "88%"],
    [0.8756, "0.00%", "87.56%"],
    [1.005, "0.00", "1.01"],
    [12, "0.00\"万元\"", "12.00万元"],
    [1234567, "#,##0,", "1,235"],
    [5, "#.##", "5."],
    [0, "0;-0;\"-\"", "-"],
    [1234.5, "[$¥-804]#,##0.00", "¥1,234.50"],
    [12.5, "General", "12.5"],
    [12.5, "@", "12.5"],
    [45657, "yyyy\"年\"m\"月\"d\"日\"", "2024年12月31日"],
    [45657, "yyyy-mm-dd", "2024-12-31"],
    [45657, "mm-dd-yy", "2024/12/31"],
    [45657.75, "yyyy/m/d h:mm", "2024/12/31 18:00"],
    [45657.75, "h:mm AM/PM", "6:00 PM"],
    [45657.5, "上午/下午h\"时\"mm\"分\"", "下午12时00分"],
    [45657, "aaaa", "星期二"],
    // Magnitudes whose JavaScript string has an exponent: Excel shows them rounded, never "NaN".
    [1e-7, "0.00", "0.00"],
    [-1e-7, "0.00", "0.00"],
    [1.5e-6, "0.000000", "0.000002"],
    [2.5e-7, "0.00%", "0.00%"],
  ])("%p under %p shows %p", (value, fmt, text) => {
    expect(formatNumber(value, fmt)).toBe(text);
  });

  test("formats beyond us fall back to undefined", () => {
    expect(formatNumber(0.5, "# ?/?")).toBeUndefined();
    expect(formatNumber(12345, "0.00E+00")).toBeUndefined();
    expect(formatNumber(12, "[DBNum2]General")).toBeUndefined();
    expect(formatNumber(12, "[>100]0;0.0")).toBeUndefined();
  });

  test("a format parsed once renders every later cell as the first", () => {
    const fmt = "#,##0.00;[Red]-#,##0.00;\"零\"";
    const values = [1234.5, -1234.5, 0, 1.005, -0.004, 987654321.125];
    const first = values.map((v) => formatNumber(v, fmt));
    expect(first).toEqual(["1,234.50", "-1,234.50", "零", "1.01", "-0.00", "987,654,321.13"]);
    // Interleaved with other formats, as cells of a sheet are.
    for (const v of values) formatNumber(v, "0%");
    expect(values.map((v) => formatNumber(v, fmt))).toEqual(first);
    expect(formatNumber(12, "0.00E+00")).toBeUndefined(); // the refusal is remembered too
    expect(formatNumber(12, "0.00E+00")).toBeUndefined();
  });

  test("a section beyond us is refused only for the values it shows", () => {
    const fmt = "0.00;# ?/?";
    expect(formatNumber(2.5, fmt)).toBe("2.50");
    expect(formatNumber(-2.5, fmt)).toBeUndefined();
    expect(formatNumber(2.5, fmt)).toBe("2.50");
  });

  test("parsed formats are held up to a bound; a dropped one renders the same when met again", () => {
    const fmtOf = (i: number) => `0.00"元${i}"`;
    for (let i = 0; i < FORMAT_CACHE_LIMIT + 50; i++) expect(formatNumber(i, fmtOf(i))).toBe(`${i}.00元${i}`);
    expect(parsedFormatCount()).toBeLessThanOrEqual(FORMAT_CACHE_LIMIT);
    expect(formatNumber(3.5, fmtOf(0))).toBe("3.50元0");
  });

  test("rounding agrees with rounding the decimal digits people see", () => {
    // The plain rounding through the decimal string, which roundTo shortcuts where it can.
    // (Exponent-aware: "1e-7" shifted by 2 is "1e-5", not "1e-7e2".)
    const shift = (n: number, by: number) => {
      const [m, e] = String(n).split("e");
      return Number(`${m}e${Number(e ?? 0) + by}`);
    };
    const byString = (value: number, decimals: number) => {
      const normalised = Number(value.toPrecision(15));
      const shifted = Math.round(shift(Math.abs(normalised), decimals));
      return Math.sign(normalised) * shift(shifted, -decimals);
    };
    const decimals = fc.integer({ min: 0, max: 17 });
    // Values at and next to a half of the last decimal shown: where float rounding goes wrong.
    const nearHalf = fc
      .tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 3 }), fc.boolean())
      .map(([k, d, ulps, negative]) => {
        let v = (k + 0.5) / 10 ** d;
        for (let i = 0; i < Math.abs(ulps); i++) v = v + (ulps > 0 ? 1 : -1) * Number.EPSILON * v;
        return negative ? -v : v;
      });
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true }), nearHalf);
    fc.assert(
      fc.property(value, decimals, (v, d) => {
        expect(Object.is(roundTo(v, d), byString(v, d))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    for (const [v, d] of [[1.005, 2], [2.675, 2], [1.115, 2], [0.1 + 0.2, 1], [2.4999999999999996, 0], [-0.5, 0], [123456789012.345, 2], [1e-7, 2], [-5e-324, 0], [1.5e-6, 6]] as const) {
      expect(roundTo(v, d)).toBe(byString(v, d));
    }
    expect(roundTo(1.5e-6, 6)).toBe(0.000002);
    expect(Number.isNaN(roundTo(1e-7, 2))).toBe(false);
  });
});
