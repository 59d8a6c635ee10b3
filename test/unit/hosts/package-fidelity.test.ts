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
import { strFromU8, unzipSync } from "fflate";
import { parseRange, toA1 } from "../../../src/grid/address";
import { MemoryHost } from "../../../src/hosts/memory";
import { NOTE_SEPARATOR } from "../../../src/hosts/memory/highlights";
import { STORE_SHEET } from "../../../src/hosts/memory/store";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { highlightFindings } from "../../../src/usecases/highlight-findings";
import { scoreWorkbook } from "../../../src/usecases/score-workbook";
import { getProfile } from "../../../src/rules/profiles";
import { capture, main } from "../cli/capture";
import { cacheResults } from "../../../src/cli/commands/score";
import { CLERK_NOTE, CLERK_NOTE_CELL, FIDELITY_SHEET, PROTECTED_SHEET, fidelityWorkbook } from "./package-fixture";

jest.setTimeout(60_000);

const SEEDS = join(__dirname, "../../fixtures/seeds");
type Parts = Record<string, Uint8Array>;

let fixture: Uint8Array;
beforeAll(async () => {
  fixture = await fidelityWorkbook(SEEDS);
});

function parts(bytes: Uint8Array): Parts {
  return unzipSync(bytes) as Parts;
}

function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

/** Sheet name → worksheet part, read from the workbook and its relationships. */
function sheetParts(p: Parts): Map<string, string> {
  const wb = strFromU8(p["xl/workbook.xml"]!);
  const rels = strFromU8(p["xl/_rels/workbook.xml.rels"]!);
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    out.set(m[1]!, `xl/${target!.replace(/^\/?xl\//, "")}`);
  }
  return out;
}

/** The cells of a worksheet part by reference, as XML. */
function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) out.set(m[1]!, m[0]);
  return out;
}

/** A worksheet part with its cells taken out and our legacy-drawing reference removed. */
function frame(xml: string): string {
  return xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, "<sheetData/>").replace(/<legacyDrawing r:id="[^"]+"\/>/, "");
}

function expand(refs: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const ref of refs) {
    const r = parseRange(ref)!;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.add(toA1(row, col));
  }
  return out;
}

/** Parts that may change when cells, formats and notes change. */
function mayChange(name: string, touchedSheets: Set<string>): boolean {
  return (
    touchedSheets.has(name) ||
    name === "xl/styles.xml" ||
    name === "xl/workbook.xml" ||
    name === "xl/_rels/workbook.xml.rels" ||
    name === "[Content_Types].xml" ||
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name) ||
    /^xl\/comments\d+\.xml$/.test(name) ||
    /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(name)
  );
}

/**
 * Every part of `before` is in `after`; those outside the allowed set are identical; in each
 * touched sheet only `intended` cells differ. Returns the names of the parts that changed.
 */
function expectSurgical(before: Parts, after: Parts, intended: Map<string, Set<string>>): string[] {
  const names = sheetParts(before);
  const touched = new Set([...intended.keys()].map((s) => names.get(s)!));
  const changed: string[] = [];
  for (const [name, data] of Object.entries(before)) {
    expect({ name, present: after[name] !== undefined }).toEqual({ name, present: true });
    if (same(data, after[name])) continue;
    changed.push(name);
    expect({ name, mayChange: mayChange(name, touched) }).toEqual({ name, mayChange: true });
  }
  for (const [sheet, refs] of intended) {
    const path = names.get(sheet)!;
    const a = strFromU8(before[path]!);
    const b = strFromU8(after[path]!);
    expect(frame(b)).toBe(frame(a));
    const ca = cells(a);
    const cb = cells(b);
    const differing = [...new Set([...ca.keys(), ...cb.keys()])].filter((ref) => ca.get(ref) !== cb.get(ref));
    expect(differing.filter((ref) => !refs.has(ref))).toEqual([]);
  }
  return changed;
}

function commentsOf(p: Parts, sheet: string): string {
  const path = sheetParts(p).get(sheet)!;
  const rels = strFromU8(p[path.replace("worksheets/", "worksheets/_rels/") + ".rels"] ?? new Uint8Array());
  const target = /Target="([^"]*comments\d+\.xml)"/.exec(rels)?.[1];
  return target ? strFromU8(p[`xl/${target.replace(/^\.\.\//, "")}`]!) : "";
}

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

    const intended = new Map<string, Set<string>>();
    // A finding's cells and those of the findings merged into it (marked as related) are meant to change.
    for (const f of result.findings.flatMap((x) => [x, ...(x.related ?? [])])) for (const c of f.cells) intended.set(c.sheet ?? f.sheet, new Set([...(intended.get(c.sheet ?? f.sheet) ?? []), ...expand([c.ref])]));
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
