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
import { strToU8, zipSync } from "fflate";
import { MemoryHost } from "../../../src/hosts/memory";
import { checkZipDirectory, ZipRefused } from "../../../src/hosts/memory/package/zip-guard";
import { capture, expectRefused, main } from "../cli/capture";

jest.setTimeout(60_000);

const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WB =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WB_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A one-sheet workbook whose worksheet element holds `body`. */
function workbook(body: string | Uint8Array): Uint8Array {
  const sheet = typeof body === "string" ? strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`) : body;
  return zipSync({ "[Content_Types].xml": strToU8(CT), "_rels/.rels": strToU8(RELS), "xl/workbook.xml": strToU8(WB), "xl/_rels/workbook.xml.rels": strToU8(WB_RELS), "xl/worksheets/sheet1.xml": sheet });
}

const CELL = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

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
    const bytes = workbook(`<sheetData><row r="1">${CELL("A1", "项目名称")}${CELL("B1", "办公设备")}</row><row r="2">${CELL("A2", "金额")}</row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`);
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
    const bytes = workbook(`<sheetData/>`);
    // Make the sheet's central-directory entry claim 3 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
      if (name === "xl/worksheets/sheet1.xml") view.setUint32(i + 24, 3_000_000_000, true);
    }
    expect(() => checkZipDirectory(bytes)).toThrow(ZipRefused);
    expect(() => checkZipDirectory(bytes)).toThrow(/解压后有 2861 MB，超过了单个部件/);
  });

  it("a zip bomb (a sheet of 40 MB of blanks in a few kilobytes) is refused before inflating", async () => {
    const blanks = new Uint8Array(40 * 1024 * 1024).fill(0x20);
    const bytes = workbook(blanks);
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
