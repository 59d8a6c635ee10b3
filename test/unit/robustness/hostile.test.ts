/**
 * Hostile and unusual files, generated here: each ends quickly with one line (or is read, with
 * a one-line notice where something had to be clipped), never a heap crash or a hang.
 * - one merged area over a whole sheet in a 1 KB file; more merged areas than any form has;
 * - a zip whose sheet claims to inflate to gigabytes, and one that really inflates 1000 : 1;
 * - a FIFO and /dev/zero given as the input;
 * - valid OOXML that exceljs alone cannot place: rows and cells without `r`, inline strings,
 *   a shared formula whose master cell is missing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import { checkZipDirectory, ZipRefused } from "../../../src/hosts/memory/package/zip-guard";
import { capture, expectRefused, main } from "../cli/capture";
import { CELL, claimSize, mergeOverEverything, workbook, zipBomb } from "./hostile-files";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("hostile workbooks end with one line", () => {
  it("one merge over the whole sheet (a 1 KB file) is clipped to the cells used, with a notice", async () => {
    const bytes = mergeOverEverything();
    expect(bytes.length).toBeLessThan(2048);
    const host = await MemoryHost.open(bytes);
    expect(host.notices).toEqual(["工作表“表”有 1 个合并区域超出了已填写的单元格，已按已填写的范围读取。"]);
    const grid = await host.readSheet("表");
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    const { ctx, err } = capture();
    expect(await main(["parse", file("merge-all.xlsx", bytes)], ctx)).toBe(0);
    expect(err).toEqual([expect.stringMatching(/› 提示：.*合并区域超出了已填写的单元格/)]);
  });

  it("more merged areas than any form has are refused", async () => {
    const merges = Array.from({ length: 100_001 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`).join("");
    await expectRefused(["check", file("merges.xlsx", workbook(`<sheetData/><mergeCells count="100001">${merges}</mergeCells>`))], /有 100001 个合并区域，超出了可读取的上限/);
  });

  it("a sheet that claims to inflate to gigabytes is refused from the zip directory", () => {
    const bytes = claimSize(workbook(`<sheetData/>`), "xl/worksheets/sheet1.xml", 3_000_000_000);
    expect(() => checkZipDirectory(bytes)).toThrow(ZipRefused);
    expect(() => checkZipDirectory(bytes)).toThrow(/解压后有 2861 MB，超过了单个部件/);
  });

  it("a zip bomb (a sheet of 40 MB of blanks in a few kilobytes) is refused before inflating", async () => {
    const bytes = zipBomb();
    expect(bytes.length).toBeLessThan(200 * 1024);
    await expectRefused(["check", file("bomb.xlsx", bytes)], /压缩比异常（疑似压缩炸弹），已拒绝读取/);
  });

  it("a FIFO and /dev/zero are refused at once", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(existsSync(fifo)).toBe(true);
    await expectRefused(["check", fifo], /不是普通文件（是管道、设备或套接字）/);
    if (existsSync("/dev/zero")) await expectRefused(["parse", "/dev/zero"], /不是普通文件/);
  });
});

describe("valid files exceljs alone would refuse are read", () => {
  it("rows and cells without r are placed where they belong", async () => {
    const host = await MemoryHost.open(workbook(`<sheetData><row><c t="inlineStr"><is><t>项目名称</t></is></c><c><v>3</v></c></row><row><c><v>4</v></c></row><row r="5"><c r="C5"><v>5</v></c><c><v>6</v></c></row></sheetData>`));
    const grid = await host.readSheet("表");
    expect([grid.cell(0, 0)?.value, grid.cell(0, 1)?.value, grid.cell(1, 0)?.value, grid.cell(4, 2)?.value, grid.cell(4, 3)?.value]).toEqual(["项目名称", 3, 4, 5, 6]);
  });

  it("inline strings are read, and a shared formula without its master keeps its value", async () => {
    const host = await MemoryHost.open(workbook(`<sheetData><row r="1">${CELL("A1", "金额")}<c r="B1"><v>1</v></c><c r="C1"><f t="shared" si="0"/><v>2</v></c></row></sheetData>`));
    const grid = await host.readSheet("表");
    expect([grid.cell(0, 0)?.value, grid.cell(0, 2)?.value]).toEqual(["金额", 2]);
  });

  it("a file read with changes for reading is still written by patching the original", async () => {
    const original = workbook(`<sheetData><row><c t="inlineStr"><is><t>项目名称</t></is></c><c><v>3</v></c></row></sheetData>`);
    const host = await MemoryHost.open(original);
    await host.write("表", "B1", [[{ value: 4 }]]);
    const { bytes, rebuilt } = await host.saveFile();
    expect(rebuilt).toBeUndefined();
    const again = await MemoryHost.open(bytes);
    const grid = await again.readSheet("表");
    expect([grid.cell(0, 0)?.value, grid.cell(0, 1)?.value]).toEqual(["项目名称", 4]);
  });
});
