/**
 * Output files of a workbook made by LibreOffice (lo-fixture.ts: chart, sheet and workbook
 * protection with a password, custom properties, fit-to-page printing, a clerk's comment, a
 * named range, a filtered table and a filtered range) change only what they must. Each writing
 * command runs on it — `check --annotate`, `score --out`, `check --report`, and inserting a
 * template — and every package part is compared before and after: the parts nobody needed to
 * touch are byte for byte LibreOffice's, and in the sheets we wrote only the intended cells
 * differ. LibreOffice then opens every output and still finds the chart, the comment and the
 * filters. Needs LibreOffice: without soffice this suite fails, it does not skip.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { MemoryHost } from "../../src/hosts/memory";
import { STORE_SHEET } from "../../src/hosts/memory/store";
import { checkWorkbook } from "../../src/usecases/check-workbook";
import { highlightFindings } from "../../src/usecases/highlight-findings";
import { scoreWorkbook } from "../../src/usecases/score-workbook";
import { getProfile } from "../../src/rules/profiles";
import { findTemplate, insertTemplate } from "../../src/templates";
import { cacheResults } from "../../src/cli/commands/score";
import { capture, main } from "../unit/cli/capture";
import { commentsOf, expectSurgical, markedCells, parts, same, sheetParts, type Parts } from "../unit/hosts/package-compare";
import { convert, findSoffice } from "./libreoffice";
import { LO_COMMENT, LO_COMMENT_CELL, LO_FILTER_SHEET, LO_NAMED_RANGE, LO_PROPERTY, LO_PROTECTED_SHEET, LO_SHEET, buildLibreOfficeWorkbook } from "./lo-fixture";

let dir: string;
let input: string;
let fixture: Uint8Array;
let before: Parts;

beforeAll(() => {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: the LibreOffice suite cannot run.");
  dir = mkdtempSync(join(tmpdir(), "jixiao-lo-fidelity-"));
  input = buildLibreOfficeWorkbook(soffice, join(dir, "fixture"));
  fixture = new Uint8Array(readFileSync(input));
  before = parts(fixture);
}, 600_000);

/** The parts of the fixture that no writing command has any business changing. */
function untouchable(): string[] {
  return Object.keys(before).filter((name) => /^xl\/(charts|drawings\/drawing|drawings\/_rels|tables)\//.test(name) || ["docProps/custom.xml", "docProps/core.xml", "xl/sharedStrings.xml", "_rels/.rels"].includes(name));
}

function expectUntouched(after: Parts): void {
  for (const name of untouchable()) expect({ name, same: same(before[name], after[name]) }).toEqual({ name, same: true });
}

/** What the workbook part holds that is the clerk's: protection, views, defined names (filters, named ranges). */
function clerksWorkbookParts(xml: string): string[] {
  return [/<workbookProtection[^>]*>/, /<definedNames>[\s\S]*?<\/definedNames>/].map((re) => (re.exec(xml)?.[0] ?? "").replace(/<definedName [^>]*localSheetId="\d+"[^>]*>[^<]*<\/definedName>/g, (m) => (m.includes("Print_Titles") ? "" : m)));
}

describe("the fixture is LibreOffice's and carries every feature", () => {
  it("has a chart, protection with a password, custom properties, fit-to-page, a comment, a named range and filters", () => {
    const names = Object.keys(before);
    expect(names).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "docProps/custom.xml", "xl/tables/table1.xml"]));
    expect(strFromU8(before["docProps/app.xml"]!)).toMatch(/LibreOffice/);
    expect(strFromU8(before["docProps/custom.xml"]!)).toContain(LO_PROPERTY.value);
    const paths = sheetParts(before);
    expect(strFromU8(before[paths.get(LO_PROTECTED_SHEET)!]!)).toMatch(/<sheetProtection [^>]*password="[0-9A-F]{4}"/);
    expect(strFromU8(before["xl/workbook.xml"]!)).toMatch(/<workbookProtection workbookPassword="[0-9A-F]{4}" lockStructure="true"\/>/);
    expect(strFromU8(before[paths.get(LO_SHEET)!]!)).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    expect(commentsOf(before, LO_SHEET)).toContain(LO_COMMENT);
    expect(strFromU8(before["xl/workbook.xml"]!)).toContain(`name="${LO_NAMED_RANGE}"`);
    expect(strFromU8(before["xl/workbook.xml"]!)).toMatch(/name="_xlnm._FilterDatabase"/);
    expect(strFromU8(before[paths.get(LO_FILTER_SHEET)!]!)).toMatch(/<autoFilter /);
    expect(strFromU8(before["xl/tables/table1.xml"]!)).toMatch(/<autoFilter /);
  });
});

describe("writing commands on a LibreOffice workbook change only what they must", () => {
  it("annotating: only the marked cells, styles and notes; the clerk's comment is kept beside ours", async () => {
    const host = await MemoryHost.open(fixture);
    const result = await checkWorkbook(host, {});
    await highlightFindings(host, result.findings);
    const { bytes, rebuilt } = await host.saveFile();
    expect(rebuilt).toBeUndefined();
    const after = parts(bytes);
    const intended = markedCells(result.findings);
    expect(intended.get(LO_SHEET)?.has(LO_COMMENT_CELL.ref)).toBe(true);
    expectSurgical(before, after, intended);
    expectUntouched(after);
    expect(clerksWorkbookParts(strFromU8(after["xl/workbook.xml"]!))).toEqual(clerksWorkbookParts(strFromU8(before["xl/workbook.xml"]!)));
    const comments = commentsOf(after, LO_SHEET);
    expect(comments).toContain(LO_COMMENT);
    expect(comments).toMatch(/EVA-05|14 ÷ 15 × 10/);
    writeFileSync(join(dir, "annotated.xlsx"), bytes);
  });

  it("scoring: only the scored cells and their formats; the copy for submission has no bookkeeping sheet", async () => {
    const host = await MemoryHost.open(fixture);
    const result = await scoreWorkbook(host, getProfile("national")!, { notes: false });
    cacheResults(host, result.forms);
    const { bytes, rebuilt } = await host.saveFile();
    expect(rebuilt).toBeUndefined();
    const after = parts(bytes);
    const intended = new Map<string, Set<string>>();
    for (const f of result.forms) intended.set(f.sheet, new Set([...(intended.get(f.sheet) ?? []), ...f.cells.map((c) => c.ref), ...f.kept.map((k) => k.ref), ...f.retyped.map((r) => r.ref)]));
    expectSurgical(before, after, intended);
    expectUntouched(after);
    expect(commentsOf(after, LO_SHEET)).toBe(commentsOf(before, LO_SHEET));

    // The command line writes the same kind of copy, without our bookkeeping sheet.
    const out = join(dir, "scored.xlsx");
    const { ctx, err } = capture();
    expect(await main(["score", input, "--out", out], ctx)).toBe(0);
    expect(err).toEqual([]);
    const cli = parts(readFileSync(out));
    expectUntouched(cli);
    expect(strFromU8(cli["xl/workbook.xml"]!)).not.toContain(STORE_SHEET);
    expect(clerksWorkbookParts(strFromU8(cli["xl/workbook.xml"]!))).toEqual(clerksWorkbookParts(strFromU8(before["xl/workbook.xml"]!)));
  });

  it.each([
    ["check --report", async (): Promise<{ bytes: Uint8Array; sheet: string }> => {
      const out = join(dir, "report.xlsx");
      const { ctx, err } = capture();
      expect(await main(["check", input, "--report", out], ctx)).toBe(1);
      expect(err).toEqual([]);
      return { bytes: new Uint8Array(readFileSync(out)), sheet: "检查报告" };
    }],
    ["inserting a template", async (): Promise<{ bytes: Uint8Array; sheet: string }> => {
      const host = await MemoryHost.open(fixture);
      const { sheet } = await insertTemplate(host, findTemplate("PS")!, { data: { project: "新项目", year: 2025 } });
      await host.select(sheet, "A1");
      const { bytes, rebuilt } = await host.saveFile();
      expect(rebuilt).toBeUndefined();
      writeFileSync(join(dir, "template.xlsx"), bytes);
      return { bytes, sheet };
    }],
  ])("%s adds the sheet as new parts; every sheet of the file stays byte for byte", async (_name, write) => {
    const { bytes, sheet } = await write();
    const after = parts(bytes);
    const changed = Object.keys(before).filter((name) => !same(before[name], after[name]));
    const allowed = ["[Content_Types].xml", "docProps/app.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];
    // Opening on the new sheet un-selects the tab that was selected: that sheet's view changes, nothing else in it.
    const views = changed.filter((name) => !allowed.includes(name));
    for (const name of views) expect(strFromU8(after[name]!).replace(/ tabSelected="(true|1)"/, "")).toBe(strFromU8(before[name]!).replace(/ tabSelected="(true|1)"/, ""));
    expect(Object.keys(after).filter((name) => before[name] === undefined)).toEqual([sheetParts(after).get(sheet)]);
    expectUntouched(after);
    expect(clerksWorkbookParts(strFromU8(after["xl/workbook.xml"]!))).toEqual(clerksWorkbookParts(strFromU8(before["xl/workbook.xml"]!)));
    const host = await MemoryHost.open(bytes);
    expect((await host.listSheets()).map((s) => s.name)).toContain(sheet);
  });
});

describe("LibreOffice opens every output", () => {
  it("and still finds the chart, the comment, the protection and the filters", () => {
    const soffice = findSoffice()!;
    const outputs = ["annotated.xlsx", "scored.xlsx", "report.xlsx", "template.xlsx"].map((f) => join(dir, f));
    const reopened = convert(soffice, outputs, "xlsx", join(dir, "reopened"), join(dir, "work"));
    for (const file of reopened) {
      const p = parts(new Uint8Array(readFileSync(file)));
      const names = Object.keys(p);
      expect({ file, chart: names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)) }).toEqual({ file, chart: true });
      expect({ file, comment: commentsOf(p, LO_SHEET).includes(LO_COMMENT) }).toEqual({ file, comment: true });
      expect(strFromU8(p[sheetParts(p).get(LO_PROTECTED_SHEET)!]!)).toMatch(/<sheetProtection [^>]*password=/);
      expect(strFromU8(p[sheetParts(p).get(LO_FILTER_SHEET)!]!)).toMatch(/<autoFilter /);
      expect(strFromU8(p["docProps/custom.xml"]!)).toContain(LO_PROPERTY.value);
    }
  }, 600_000);
});
