/**
 * The fast reader (src/io/xlsx-reader.ts) against the exceljs path (MemoryHost): the same
 * sheets, order, visibility, active sheet, settings and, cell by cell, the same values, text,
 * formulas and merged areas, over the seed workbooks, the layout corpus, a workbook of every
 * kind of cell, and generated workbooks of the benchmark. Files it cannot read the same way it
 * declines, and they open through exceljs as before.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MemoryHost } from "../../../src/hosts/memory";
import { ReadOnlyHost } from "../../../src/io/read-only-host";
import type { WorkbookHost } from "../../../src/hosts/host";
import { readXlsx, whyNotRead } from "../../../src/io/xlsx-reader";
import { readDocument } from "../../../src/usecases/open-document";
import { IGNORED_RULES_SETTING } from "../../../src/usecases/check-workbook";
import { generateWorkbook } from "../../../bench/generate";

const FIXTURES = join(__dirname, "../../fixtures");

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => ext.test(f))
    .map((f) => join(FIXTURES, dir, f));
}

/** Everything a reading command sees of a workbook, as plain data. */
async function snapshot(host: WorkbookHost): Promise<unknown> {
  const sheets = await host.listSheets();
  const grids = [];
  for (const s of sheets) {
    const g = await host.readSheet(s.name);
    const cells: unknown[] = [];
    for (let r = 0; r < g.rowCount; r++) for (let c = 0; c < g.colCount; c++) {
      const cell = g.cell(r, c);
      if (cell) cells.push([r, c, cell.value, cell.text, cell.formula, cell.numFmt]);
    }
    const part = await host.readSheet(s.name, "B2:D9");
    const partCells: unknown[] = [];
    for (let r = 1; r <= 8; r++) for (let c = 1; c <= 3; c++) partCells.push(part.cell(r, c) ?? null);
    grids.push({ sheet: g.sheet, rows: g.rowCount, cols: g.colCount, cells, merges: g.merges, part: partCells, partMerges: part.merges });
  }
  return { sheets, active: await host.activeSheet(), ignored: await host.getSetting(IGNORED_RULES_SETTING), grids };
}

async function expectSameAsExceljs(bytes: Uint8Array): Promise<void> {
  expect(whyNotRead(bytes)).toBeUndefined();
  const fast = new ReadOnlyHost(readXlsx(bytes)!);
  const slow = await MemoryHost.open(bytes);
  expect(await snapshot(fast)).toEqual(await snapshot(slow));
}

describe("the fast reader reads what exceljs reads", () => {
  const corpus = [...files("seeds", /\.xlsx$/), ...files("layouts", /\.xlsx$/), ...files("formats", /\.xlsm$/)];

  it("finds the corpus", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(18);
  });

  it.each(corpus.map((f) => [f.slice(FIXTURES.length + 1), f]))("%s", async (_name, file) => {
    await expectSameAsExceljs(new Uint8Array(readFileSync(file)));
  });

  it("a workbook of every kind of cell, hidden sheets, merges over values and a stored setting", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("表一");
    a.getCell("A1").value = "项目名称 & <说明>";
    a.getCell("B1").value = "第一行\r\n第二行";
    a.getCell("C1").value = "转义_x000D_文字";
    a.getCell("A2").value = 1234567.891;
    a.getCell("A2").numFmt = "#,##0.00";
    a.getCell("B2").value = 0.125;
    a.getCell("B2").numFmt = "0.0%";
    a.getCell("C2").value = new Date(Date.UTC(2024, 1, 29, 13, 45, 10));
    a.getCell("C2").numFmt = "yyyy年m月d日 hh:mm";
    a.getCell("D2").value = new Date(Date.UTC(2023, 11, 31));
    a.getCell("D2").numFmt = "mm-dd-yy";
    a.getCell("A3").value = true;
    a.getCell("B3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    a.getCell("C3").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
    a.getCell("A4").value = { formula: "SUM(A2:B2)", result: 1234568.016 } as ExcelJS.CellFormulaValue;
    a.getCell("B4").value = { formula: "A9*0", result: 0 } as ExcelJS.CellFormulaValue;
    a.getCell("C4").value = { formula: "A9=1", result: false } as ExcelJS.CellFormulaValue;
    a.getCell("D4").value = { formula: "\"\"", result: "" } as ExcelJS.CellFormulaValue;
    a.getCell("E4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    a.getCell("F4").value = { formula: "\"a&b<c\"", result: "a&b<c" } as ExcelJS.CellFormulaValue;
    a.getCell("G4").value = { formula: "TODAY()", result: 45000.5 } as ExcelJS.CellFormulaValue;
    a.getCell("G4").numFmt = "yyyy/m/d";
    a.getCell("H4").value = { formula: "B2" } as ExcelJS.CellFormulaValue;
    a.getCell("A5").value = -0.000123456789;
    a.getCell("B5").value = 1e21;
    a.getCell("C5").value = 3;
    a.getCell("C5").numFmt = '0.00"万元"';
    a.getCell("D5").value = "";
    a.getCell("A7").value = "合并";
    a.getCell("B7").value = "被合并的值";
    a.mergeCells("A7:C8");
    a.getCell("E7").value = "纵向";
    a.mergeCells("E7:E12");
    const b = wb.addWorksheet("隐藏", { state: "hidden" });
    b.getCell("A1").value = 1;
    const c = wb.addWorksheet("很隐藏", { state: "veryHidden" });
    c.getCell("A1").value = "x";
    const d = wb.addWorksheet("Sheet 4");
    d.getCell("Z100").value = "远处";
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, visibility: "visible", activeTab: 3, firstSheet: 0 }];
    const host = await MemoryHost.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await host.setSetting(IGNORED_RULES_SETTING, ["JS-06", "规则“二”"]);
    const bytes = await host.save();
    await expectSameAsExceljs(bytes);
    expect(await new ReadOnlyHost(readXlsx(bytes)!).activeSheet()).toBe("Sheet 4");
    expect(await new ReadOnlyHost(readXlsx(bytes)!).getSetting(IGNORED_RULES_SETTING)).toEqual(["JS-06", "规则“二”"]);
  });

  it("generated workbooks of the benchmark", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-reader-"));
    try {
      for (const [size, seed] of [
        [3000, 1],
        [12000, 7],
      ] as const) {
        const file = join(dir, `${size}.xlsx`);
        await generateWorkbook(file, size, seed);
        await expectSameAsExceljs(new Uint8Array(readFileSync(file)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("what the fast reader declines opens through exceljs", () => {
  it("a hyperlink: declined, and read the same by the exceljs path", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("链接");
    ws.getCell("A1").value = { text: "说明", hyperlink: "https://example.org" } as ExcelJS.CellHyperlinkValue;
    ws.getCell("A2").value = 5;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(whyNotRead(bytes)).toBe("hyperlinks");
    const doc = await readDocument("链接.xlsx", bytes);
    expect(doc.host).toBeInstanceOf(MemoryHost);
    expect((await doc.host.readSheet("链接")).cell(0, 0)?.text).toBe("说明");
  });

  it("a legacy .xls: declined, and opened by SheetJS as before", async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "formats", "overlap.xls")));
    expect(readXlsx(bytes)).toBeUndefined();
    const doc = await readDocument("overlap.xls", bytes);
    expect((await doc.host.listSheets()).length).toBeGreaterThan(0);
  });

  it("not a zip: declined", () => {
    expect(readXlsx(new TextEncoder().encode("项目名称,金额\n"))).toBeUndefined();
  });

  it("the read-only host refuses changes with a sentence", async () => {
    const host: WorkbookHost = new ReadOnlyHost(readXlsx(new Uint8Array(readFileSync(join(FIXTURES, "seeds", "000.xlsx"))))!);
    const sheet = (await host.listSheets())[0]!.name;
    await expect(host.write(sheet, "A1", [[{ value: 1 }]])).rejects.toThrow("只读");
    await expect(host.setHighlights(sheet, [])).rejects.toThrow("只读");
    await expect(host.readSheet("没有这张表")).rejects.toThrow("找不到名为“没有这张表”的工作表。");
  });
});
