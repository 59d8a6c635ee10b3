/**
 * Output files change only what they must. A workbook carrying a chart, a pivot cache, an
 * image, sheet and workbook protection (with their passwords), custom properties, fit-to-page
 * printing, an external link, a VBA project and a clerk's note (package-fixture.ts) is checked
 * and annotated, scored, and cleared again; every package part is compared before and after:
 * parts nobody needed to touch are byte for byte the same, and in the sheets we wrote, only
 * the cells we meant to change differ (and, outside the cells, only the reference to the notes
 * drawing we added).
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { strFromU8 } from "fflate";
import { MemoryHost } from "../../../src/hosts/memory";
import { NOTE_SEPARATOR } from "../../../src/hosts/memory/highlights";
import { STORE_SHEET } from "../../../src/hosts/memory/store";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { highlightFindings } from "../../../src/usecases/highlight-findings";
import { scoreWorkbook } from "../../../src/usecases/score-workbook";
import { getProfile } from "../../../src/rules/profiles";
import { capture, main } from "../cli/capture";
import { cacheResults } from "../../../src/cli/commands/score";
import { commentsOf, expand, expectSurgical, markedCells, parts, same, sheetParts, cells } from "./package-compare";
import { CLERK_NOTE, CLERK_NOTE_CELL, FIDELITY_SHEET, PROTECTED_SHEET, fidelityWorkbook } from "./package-fixture";

jest.setTimeout(60_000);

const SEEDS = join(__dirname, "../../fixtures/seeds");
let fixture: Uint8Array;
beforeAll(async () => {
  fixture = await fidelityWorkbook(SEEDS);
});

const FIXED_PARTS = ["xl/charts/chart1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels", "docProps/custom.xml", "xl/vbaProject.bin", "xl/media/image1.png", "docProps/app.xml", "docProps/core.xml", "xl/sharedStrings.xml", "xl/theme/theme1.xml", "_rels/.rels"];

describe("annotating patches the package", () => {
  it("changes only the marked cells, their formats and notes; charts, pivots, links, properties, protection and VBA stay byte for byte", async () => {
    const before = parts(fixture);
    const host = await MemoryHost.open(fixture);
    const result = await checkWorkbook(host, {});
    await highlightFindings(host, result.findings);
    const { bytes, rebuilt } = await host.saveFile();
    expect(rebuilt).toBeUndefined();
    const after = parts(bytes);

    const intended = markedCells(result.findings);
    expect(intended.get(FIDELITY_SHEET)?.has(CLERK_NOTE_CELL)).toBe(true);
    const changed = expectSurgical(before, after, intended);
    for (const name of FIXED_PARTS) expect({ name, same: same(before[name], after[name]) }).toEqual({ name, same: true });
    expect(changed).toContain("xl/styles.xml");

    // Protection and print settings live outside the cells: the frame comparison kept them; check they are there.
    const paths = sheetParts(after);
    expect(strFromU8(after[paths.get(PROTECTED_SHEET)!]!)).toMatch(/<sheetProtection [^>]*(password|hashValue)=/);
    expect(strFromU8(after[paths.get(FIDELITY_SHEET)!]!)).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(strFromU8(after["xl/workbook.xml"]!)).toContain('<workbookProtection workbookAlgorithmName="SHA-512"');

    // The clerk's note is kept, ours follows it.
    const comments = commentsOf(after, FIDELITY_SHEET);
    const clerk = new RegExp(`<comment ref="${CLERK_NOTE_CELL}"[\\s\\S]*?</comment>`).exec(comments)![0];
    expect(clerk).toContain(CLERK_NOTE);
    expect(clerk).toContain(NOTE_SEPARATOR.trim().split("\n")[0]);
    // Our bookkeeping sheet is there to clear the marks later.
    expect(strFromU8(after["xl/workbook.xml"]!)).toContain(`name="${STORE_SHEET}"`);
  });

  it("clearing the marks of an annotated copy gives back the clerk's cells and notes exactly and drops the bookkeeping sheet", async () => {
    const host = await MemoryHost.open(fixture);
    await highlightFindings(host, (await checkWorkbook(host, {})).findings);
    const annotated = (await host.saveFile()).bytes;
    const again = await MemoryHost.open(annotated);
    await again.clearHighlights();
    const { bytes, rebuilt } = await again.saveFile();
    expect(rebuilt).toBeUndefined();
    const before = parts(fixture);
    const after = parts(bytes);
    for (const [sheet, path] of sheetParts(before)) {
      const a = strFromU8(before[path]!);
      const b = strFromU8(after[sheetParts(after).get(sheet)!]!);
      expect({ sheet, cells: [...cells(b)] }).toEqual({ sheet, cells: [...cells(a)] });
    }
    expect(commentsOf(after, FIDELITY_SHEET)).toBe(commentsOf(before, FIDELITY_SHEET));
    expect(strFromU8(after["xl/workbook.xml"]!)).toBe(strFromU8(before["xl/workbook.xml"]!));
    for (const name of FIXED_PARTS) expect({ name, same: same(before[name], after[name]) }).toEqual({ name, same: true });
  });

  it("re-marking after the clerk re-formatted a marked cell keeps their font and border", async () => {
    const host = await MemoryHost.open(fixture);
    await highlightFindings(host, (await checkWorkbook(host, {})).findings);
    // The clerk opens the marked copy in a spreadsheet, makes the marked cell bold with a thick
    // border and saves (exceljs stands in for Excel here: it rewrites the whole file).
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await host.save()) as unknown as ExcelJS.Buffer);
    const cellInExcel = excel.getWorksheet(FIDELITY_SHEET)!.getCell(CLERK_NOTE_CELL);
    cellInExcel.style = { ...cellInExcel.style, font: { bold: true, size: 14 }, border: { top: { style: "thick" } } };
    const edited = await MemoryHost.open(new Uint8Array((await excel.xlsx.writeBuffer()) as ArrayBuffer));
    await edited.clearHighlights();
    const cell = edited.workbook.getWorksheet(FIDELITY_SHEET)!.getCell(CLERK_NOTE_CELL);
    expect(cell.font).toMatchObject({ bold: true, size: 14 });
    expect(cell.border).toMatchObject({ top: { style: "thick" } });
    expect(cell.fill?.type === "pattern" && (cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb === "FFFFC7CE").toBe(false);
  });
});

describe("scoring patches the package", () => {
  it("changes only the scored cells, their number formats and notes", async () => {
    const before = parts(fixture);
    const host = await MemoryHost.open(fixture);
    const result = await scoreWorkbook(host, getProfile("national")!);
    cacheResults(host, result.forms);
    const { bytes, rebuilt } = await host.saveFile();
    expect(rebuilt).toBeUndefined();
    const after = parts(bytes);
    const intended = new Map<string, Set<string>>();
    for (const f of result.forms) {
      const refs = intended.get(f.sheet) ?? new Set<string>();
      for (const c of f.cells) refs.add(c.ref);
      for (const k of f.kept) refs.add(k.ref);
      for (const r of f.retyped) refs.add(r.ref);
      for (const n of f.notes) for (const ref of expand([n.ref])) refs.add(ref);
      intended.set(f.sheet, refs);
    }
    expectSurgical(before, after, intended);
    for (const name of FIXED_PARTS) expect({ name, same: same(before[name], after[name]) }).toEqual({ name, same: true });
    // Formulas ask for recalculation on open.
    expect(strFromU8(after["xl/workbook.xml"]!)).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    // The 得分 and 总分 are live formulas with their values now, and the clerk's note is still there.
    const sheet = strFromU8(after[sheetParts(after).get(FIDELITY_SHEET)!]!);
    expect(cells(sheet).get(CLERK_NOTE_CELL)).toMatch(/<f>[^<]+<\/f><v>9\.33<\/v>/);
    expect(cells(sheet).get("G24")).toMatch(/<f>[^<]+<\/f><v>91\.33<\/v>/);
    expect(commentsOf(after, FIDELITY_SHEET)).toContain(CLERK_NOTE);
  });

  it("the command line writes the same surgical copy, and the input is unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-fidelity-"));
    const input = join(dir, "in.xlsx");
    writeFileSync(input, fixture);
    for (const argv of [
      ["check", input, "--annotate", join(dir, "annotated.xlsx")],
      ["score", input, "--out", join(dir, "scored.xlsx")],
    ]) {
      const { ctx, out, err } = capture();
      expect(await main(argv, ctx)).toBeLessThan(2);
      expect(err).toEqual([]);
      expect(out.join("\n")).not.toContain("整体重写");
      const after = parts(readFileSync(argv[3]!));
      for (const name of FIXED_PARTS) expect({ name, same: same(parts(fixture)[name], after[name]) }).toEqual({ name, same: true });
    }
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(fixture))).toBe(true);
  });
});

describe("adding a sheet patches the package", () => {
  it("check --report adds the report as new parts: every part of the file stays byte for byte but the workbook's lists, the styles (appended) and app.xml's titles", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-fidelity-"));
    const input = join(dir, "in.xlsx");
    writeFileSync(input, fixture);
    const out = join(dir, "report.xlsx");
    const { ctx, err } = capture();
    expect(await main(["check", input, "--report", out], ctx)).toBe(1);
    expect(err).toEqual([]);
    const before = parts(fixture);
    const after = parts(readFileSync(out));
    const changed = Object.keys(before).filter((name) => !same(before[name], after[name]));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "docProps/app.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    const added = Object.keys(after).filter((name) => before[name] === undefined);
    const report = sheetParts(after).get("检查报告")!;
    expect(added).toEqual([report]);

    // The styles only grew: the file's own formats keep their numbers.
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]!;
    expect(xfs(strFromU8(after["xl/styles.xml"]!)).startsWith(xfs(strFromU8(before["xl/styles.xml"]!)))).toBe(true);
    // The workbook lists the sheet, its print titles and its name in app.xml; nothing else in it moved.
    const wb = strFromU8(after["xl/workbook.xml"]!);
    expect(wb).toMatch(/<sheet name="检查报告" sheetId="16" r:id="rId\d+"\/><\/sheets>/);
    expect(wb).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="15">'检查报告'!\$\d+:\$\d+<\/definedName>|<definedName name="_xlnm.Print_Titles" localSheetId="15">&apos;检查报告&apos;!\$\d+:\$\d+<\/definedName>/);
    // (The report's links are HYPERLINK formulas, so the workbook also asks for recalculation on open.)
    const rest = wb.replace(/<sheet name="检查报告"[^>]*\/>/, "").replace(/<definedNames>[\s\S]*<\/definedNames>/, "").replace(' fullCalcOnLoad="1"', "");
    expect(rest).toBe(strFromU8(before["xl/workbook.xml"]!));
    expect(strFromU8(after["docProps/app.xml"]!)).toContain("<vt:i4>16</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"16\" baseType=\"lpstr\">");
    expect(strFromU8(after["docProps/app.xml"]!)).toContain("<vt:lpstr>工程改造项目及机关服务后勤保障工作经费等</vt:lpstr><vt:lpstr>检查报告</vt:lpstr>");

    // The new sheet holds its text in its cells (no shared-strings part of its own), bold title, landscape fit to width.
    const sheet = strFromU8(after[report]!);
    expect(sheet).not.toMatch(/t="s"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    const host = await MemoryHost.open(readFileSync(out));
    const ws = host.workbook.getWorksheet("检查报告")!;
    expect(ws.getCell("A1").value).toBe("绩效表格检查报告");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getColumn(5).width).toBe(60);
    // The clerk's sheets read back as before.
    const original = await MemoryHost.open(fixture);
    for (const name of ["公开01表", FIDELITY_SHEET]) expect((await host.readSheet(name)).toTextRows()).toEqual((await original.readSheet(name)).toTextRows());
  });
});

describe("copies for submission and the view", () => {
  it("score --out carries no bookkeeping sheet and none of our marks, even from an annotated input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-fidelity-"));
    const input = join(dir, "in.xlsx");
    writeFileSync(input, fixture);
    const annotated = join(dir, "annotated.xlsx");
    expect(await main(["check", input, "--annotate", annotated], capture().ctx)).toBe(1);
    expect(strFromU8(parts(readFileSync(annotated))["xl/workbook.xml"]!)).toContain(`name="${STORE_SHEET}"`);
    for (const source of [input, annotated]) {
      const out = join(dir, `scored-${source === input ? "plain" : "annotated"}.xlsx`);
      const { ctx, err } = capture();
      expect(await main(["score", source, "--out", out], ctx)).toBe(0);
      expect(err).toEqual([]);
      const after = parts(readFileSync(out));
      expect(strFromU8(after["xl/workbook.xml"]!)).not.toContain(STORE_SHEET);
      // No fill of ours anywhere, and the clerk's note is theirs alone again.
      const host = await MemoryHost.open(readFileSync(out));
      for (const ws of host.workbook.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
            expect({ at: `${ws.name}!${cell.address}`, ours: ["FFFFC7CE", "FFFFEB9C", "FFDDEBF7"].includes(argb ?? "") }).toEqual({ at: `${ws.name}!${cell.address}`, ours: false });
          }),
        );
      }
      expect(commentsOf(after, FIDELITY_SHEET)).toContain(CLERK_NOTE);
      expect(commentsOf(after, FIDELITY_SHEET)).not.toContain(NOTE_SEPARATOR.trim().split("\n")[0]);
    }
  });

  it("a patched save opens on the sheet and cell last selected, with only that tab selected", async () => {
    const host = await MemoryHost.open(fixture);
    await host.write(FIDELITY_SHEET, "B3", [[{ value: "改" }]]);
    await host.select(PROTECTED_SHEET, "C5:D6");
    const { bytes, rebuilt } = await host.saveFile();
    expect(rebuilt).toBeUndefined();
    const after = parts(bytes);
    const names = [...sheetParts(after).keys()];
    const wb = strFromU8(after["xl/workbook.xml"]!);
    expect(/<workbookView [^>]*activeTab="(\d+)"/.exec(wb)?.[1]).toBe(String(names.indexOf(PROTECTED_SHEET)));
    const selected = [...sheetParts(after)].filter(([, path]) => /<sheetView [^>]*tabSelected="(1|true)"/.test(strFromU8(after[path]!))).map(([name]) => name);
    expect(selected).toEqual([PROTECTED_SHEET]);
    expect(strFromU8(after[sheetParts(after).get(PROTECTED_SHEET)!]!)).toMatch(/<selection [^>]*activeCell="C5" sqref="C5:D6"\/>/);
    const again = await MemoryHost.open(bytes);
    expect(await again.activeSheet()).toBe(PROTECTED_SHEET);
    expect((await again.selection()).range).toBe("C5");
  });
});
