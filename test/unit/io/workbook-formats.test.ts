/**
 * .xls, .ods and .xlsm (LibreOffice's own saves of seed 001, made by
 * scripts/make-format-fixtures.ts) read exactly like the .xlsx they were saved from; overlapping
 * merged areas are resolved and reported; CSV and UTF-16/GB18030 text are read; broken files end
 * with one line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { InputError, openDocument } from "../../../src/usecases/open-document";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { decodeText, textEncoding } from "../../../src/io/decode-text";
import { sniffFormat } from "../../../src/io/sniff";
import { parseCsv } from "../../../src/io/csv";
import { resolveOverlappingMerges } from "../../../src/io/merges";

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));

async function summary(name: string, bytes: Uint8Array): Promise<unknown> {
  const doc = await openDocument(name, bytes);
  const r = await checkWorkbook(doc.host);
  return {
    forms: r.forms.map((f) => [f.kind, f.sheet, "indicators" in f ? JSON.parse(JSON.stringify(f.indicators)) : []]),
    findings: r.findings.map((f) => [f.rule, f.sheet, f.cells[0]?.ref]).sort(),
  };
}

describe("workbooks in other formats", () => {
  it.each([
    ["formats/001.xls", "xls"],
    ["formats/001.ods", "ods"],
    ["formats/001.xlsm", "xlsx"],
  ])("%s reads like the .xlsx it was saved from", async (path, kind) => {
    const doc = await openDocument(path, read(path));
    expect(doc.kind).toBe(kind);
    expect(await summary(path, read(path))).toEqual(await summary("001.xlsx", read("seeds/001.xlsx")));
  });

  it("decides the format by content, not by name", () => {
    expect(sniffFormat("a.xlsx", read("formats/001.xls"))).toBe("biff");
    expect(sniffFormat("a.xls", read("seeds/001.xlsx"))).toBe("ooxml");
    expect(sniffFormat("a.xlsx", read("formats/001.ods"))).toBe("ods");
    expect(sniffFormat("a.txt", read("formats/003-juesuan.pdf"))).toBe("pdf");
    expect(sniffFormat("a.csv", new TextEncoder().encode("a,b"))).toBe("csv");
  });

  it("opens a .xls with overlapping merged areas, keeps every text and says what was unmerged", async () => {
    const doc = await openDocument("overlap.xls", read("formats/overlap.xls"));
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatch(/执行监控.*A3:C6/);
    const grid = await doc.host.readSheet("执行监控");
    expect(grid.text(3, 0)).toBe("数量指标");
    expect(grid.text(4, 0)).toBe("质量指标");
    expect(grid.text(3, 3)).toBe("≥95%");
    expect(grid.merges.map((m) => [m.top, m.left, m.bottom, m.right])).toEqual(expect.arrayContaining([[3, 0, 3, 2], [4, 0, 4, 2]]));
  });

  it("opens a .xlsx with overlapping merged areas (which exceljs refuses) through the same reader", async () => {
    const ws = XLSX.utils.aoa_to_sheet([["标题"], ["一级指标", "", "数量"], ["产出指标", "", "≥1"]]);
    ws["!merges"] = [XLSX.utils.decode_range("A1:C3"), XLSX.utils.decode_range("A2:B2")];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "表1");
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const doc = await openDocument("overlap.xlsx", bytes);
    expect(doc.notices.join(" ")).toMatch(/A1:C3/);
    expect((await doc.host.readSheet("表1")).text(2, 2)).toBe("≥1");
  });

  it("keeps the merge that hides no text, the smaller one first", () => {
    const big = { top: 0, left: 0, bottom: 3, right: 2 };
    const row = { top: 1, left: 0, bottom: 1, right: 2 };
    const lone = { top: 9, left: 0, bottom: 9, right: 4 };
    const r = resolveOverlappingMerges([big, row, lone], (rr, c) => rr === 1 && c === 0);
    expect(r.merges).toEqual([row, lone]);
    expect(r.dropped).toEqual([big]);
  });

  it.each([
    ["truncated.xls", () => read("formats/001.xls").subarray(0, 3000)],
    ["garbage.ods", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), 1, 2, 3])],
    ["zeros.et", () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)])],
  ])("%s ends with one sentence", async (name, make) => {
    const attempt = openDocument(name, make());
    await expect(attempt).rejects.toThrow(InputError);
    await expect(openDocument(name, make())).rejects.toThrow(new RegExp(name.replace(".", "\\.")));
  });
});

describe("CSV and text encodings", () => {
  it("parses quoted fields with commas, quotes and line breaks, keeping text as written", async () => {
    expect(parseCsv('项目,金额\r\n"办公,设备","1,234.50"\n"说""明""",001\n"两\n行",\n')).toEqual([
      ["项目", "金额"],
      ["办公,设备", "1,234.50"],
      ['说"明"', "001"],
      ["两\n行", ""],
    ]);
    const doc = await openDocument("表.csv", new TextEncoder().encode("项目;金额\n办公;12.5\n"));
    expect(doc.kind).toBe("csv");
    const grid = await doc.host.readSheet((await doc.host.listSheets())[0]!.name);
    expect(grid.toTextRows()).toEqual([
      ["项目", "金额"],
      ["办公", "12.5"],
    ]);
  });

  const text = "项目\t金额\n办公\t12.5\n";
  it.each([
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]), "utf-16le"],
    ["UTF-16LE without BOM", new Uint8Array(Buffer.from(text, "utf16le")), "utf-16le"],
    ["UTF-16BE with BOM", new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]), "utf-16be"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")]), "utf-8"],
    // GBK/GB18030: 项 CFEE 目 C4BF 金 BDF0 额 B6EE 办 B0EC 公 B9AB
    ["GB18030", new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 9, 0xbd, 0xf0, 0xb6, 0xee, 10, 0xb0, 0xec, 0xb9, 0xab, 9, 0x31, 0x32, 0x2e, 0x35, 10]), "gb18030"],
  ])("reads %s text", async (_name, bytes, encoding) => {
    expect(textEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes)).toBe(text);
    const doc = await openDocument("粘贴.txt", bytes);
    const grid = await doc.host.readSheet((await doc.host.listSheets())[0]!.name);
    expect(grid.toTextRows()).toEqual([
      ["项目", "金额"],
      ["办公", "12.5"],
    ]);
  });
});
