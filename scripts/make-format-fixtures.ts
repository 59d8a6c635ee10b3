/**
 * Builds test/fixtures/formats/: the other file formats a clerk has, made from our own seed
 * workbooks (test/fixtures/seeds, themselves rebuilt from the seed texts) — never from real forms.
 *
 * - 001.xls, 001.ods, 001.xlsm: seed 001's workbook saved by LibreOffice as BIFF8, OpenDocument
 *   and macro-enabled OOXML;
 * - 003-juesuan.pdf: the nine 公开 tables and the 决算情况说明 of seed 003, printed to PDF by
 *   LibreOffice (a text PDF with embedded CJK fonts, as published 决算 PDFs are);
 * - overlap.xls: a BIFF8 sheet with overlapping merged areas, written by SheetJS (as Java/POI
 *   exports have them).
 *
 *   npx tsx scripts/make-format-fixtures.ts      (needs soffice)
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";

const SEEDS = join(__dirname, "..", "test", "fixtures", "seeds");
const OUT = join(__dirname, "..", "test", "fixtures", "formats");

function soffice(work: string, target: string, file: string): string {
  // A profile of our own, so that a LibreOffice already running elsewhere does not take the job.
  execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", target, "--outdir", work, file], { stdio: "ignore", timeout: 300_000 });
  const ext = target.split(":")[0]!;
  return join(work, file.split("/").pop()!.replace(/\.[^.]+$/, `.${ext}`));
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "jixiao-formats-"));
  try {
    const seed001 = join(work, "001.xlsx");
    copyFileSync(join(SEEDS, "001.xlsx"), seed001);
    copyFileSync(soffice(work, "xls:MS Excel 97", seed001), join(OUT, "001.xls"));
    copyFileSync(soffice(work, "ods", seed001), join(OUT, "001.ods"));
    copyFileSync(soffice(work, "xlsm:Calc MS Excel 2007 VBA XML", seed001), join(OUT, "001.xlsm"));

    // The 决算 part of seed 003: 公开01表 … 公开09表 and 决算情况说明, one page set each.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(SEEDS, "003.xlsx"));
    for (const ws of [...wb.worksheets]) if (!/^公开0\d表$|^决算情况说明$/.test(ws.name)) wb.removeWorksheet(ws.id);
    for (const ws of wb.worksheets) ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    const juesuan = join(work, "003-juesuan.xlsx");
    await wb.xlsx.writeFile(juesuan);
    copyFileSync(soffice(work, "pdf", juesuan), join(OUT, "003-juesuan.pdf"));

    // Overlapping merged areas: A3:C6 over A4:C4 and A5:C5 (whose texts it would hide).
    const sheet = XLSX.utils.aoa_to_sheet([
      ["项目支出绩效目标执行监控"],
      ["一级指标", "二级指标", "三级指标", "年度指标值"],
      ["产出指标", "", "", ""],
      ["数量指标", "", "", "≥95%"],
      ["质量指标", "", "", "100%"],
      ["", "", "", ""],
    ]);
    sheet["!merges"] = [
      XLSX.utils.decode_range("A1:D1"),
      XLSX.utils.decode_range("A3:C6"),
      XLSX.utils.decode_range("A4:C4"),
      XLSX.utils.decode_range("A5:C5"),
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "执行监控");
    writeFileSync(join(OUT, "overlap.xls"), XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
    for (const f of ["001.xls", "001.ods", "001.xlsm", "003-juesuan.pdf", "overlap.xls"]) console.log(f, readFileSync(join(OUT, f)).length, "bytes");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
