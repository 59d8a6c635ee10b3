import { Grid } from "../../../src/grid/grid";
import { FIXABLE_PROJECT_ROWS } from "../../fixtures/fixable-project";
import { MemoryHost } from "../../../src/hosts/memory";
import { getProfile, DEFAULT_PROFILE } from "../../../src/rules/profiles";
import { paneCheck } from "../../../src/usecases/pane-check";
import { applyChanges, fixOf, planFixes, snapshotCells, undoWrites } from "../../../src/usecases/pane-write";
import { readFileSync } from "fs";
import { join } from "path";
import { planSheetScores, scoreSheet } from "../../../src/usecases/pane-score";
import { insertUndo, planInsert } from "../../../src/usecases/pane-insert";
import { insertTemplate, TEMPLATES } from "../../../src/templates";


async function check(host: MemoryHost) {
  const result = await paneCheck(host, { kind: "workbook" }, { profile: getProfile(DEFAULT_PROFILE)!, yieldToUi: async () => undefined });
  return result.findings;
}

describe("one-click fixes", () => {
  it("rules state the replacement, the fix writes it, and undo puts the cells back exactly", async () => {
    const host = MemoryHost.fromGrids([Grid.fromRows("项目", FIXABLE_PROJECT_ROWS)]);
    const findings = await check(host);
    const fixes = findings.map(fixOf).filter((f) => f !== undefined);
    expect(fixes).toEqual(expect.arrayContaining([expect.objectContaining({ ref: "D7", value: "≥90%", from: "≥9090%" }), expect.objectContaining({ ref: "B3", value: 110, from: "120" })]));
    const before = (await host.readSheet("项目")).toTextRows();
    const plan = await planFixes(host, fixes);
    expect(plan.changes.find((c) => c.ref === "D7")).toMatchObject({ before: "≥9090%", after: "≥90%" });
    const undo = await applyChanges(host, plan.changes);
    expect((await host.readSheet("项目", "D7")).text(6, 3)).toBe("≥90%");
    expect((await check(host)).some((f) => f.rule === "VAL-01" && f.cells[0]?.ref === "D7")).toBe(false);
    await undoWrites(host, undo);
    expect((await host.readSheet("项目")).toTextRows()).toEqual(before);
  });

  it("skips a cell that changed since the check, naming why", async () => {
    const host = MemoryHost.fromGrids([Grid.fromRows("项目", FIXABLE_PROJECT_ROWS)]);
    const fixes = (await check(host)).map(fixOf).filter((f) => f !== undefined);
    await host.write("项目", "D7", [[{ value: "≥95%" }]]);
    const plan = await planFixes(host, fixes);
    expect(plan.skipped).toContainEqual({ sheet: "项目", ref: "D7", reason: "changed" });
    expect(plan.changes.some((c) => c.ref === "D7")).toBe(false);
  });
});

describe("undo after scoring", () => {
  it("puts back the number format scoring changed (a rate cell set to 0.00%), exactly", async () => {
    const host = await MemoryHost.open(readFileSync(join(__dirname, "../../fixtures/seeds/003.xlsx")));
    const profile = getProfile(DEFAULT_PROFILE)!;
    const rate = (await planSheetScores(host, profile, "公车平台经费")).changes.find((c) => c.after.endsWith("%"));
    expect(rate).toBeDefined();
    // The clerk keeps the 执行率 as a plain number with four decimals: scoring makes it 0.00%.
    await host.applyLayout("公车平台经费", [{ op: "format", range: rate!.ref, format: { numberFormat: "0.0000" } }]);
    const plan = await planSheetScores(host, profile, "公车平台经费");
    const [before] = await host.numberFormats("公车平台经费", rate!.ref);
    const textBefore = (await host.readSheet("公车平台经费")).toTextRows();
    const undo = await snapshotCells(host, plan.changes);
    await scoreSheet(host, profile, { sheet: "公车平台经费", write: true });
    expect((await host.numberFormats("公车平台经费", rate!.ref))[0]).toEqual(["0.00%"]);
    expect(before).toEqual(["0.0000"]);
    await undoWrites(host, { ...undo, clearMarks: plan.noted });
    expect((await host.numberFormats("公车平台经费", rate!.ref))[0]).toEqual(before);
    expect((await host.readSheet("公车平台经费")).toTextRows()).toEqual(textBefore);
  });
});

describe("undo after an insert", () => {
  it("removes the sheets a template fill added, marks and all, and leaves the rest", async () => {
    const host = MemoryHost.fromGrids([Grid.fromRows("项目", FIXABLE_PROJECT_ROWS)]);
    const def = TEMPLATES.find((d) => d.kind === "PT")!;
    const planned = planInsert(def, { year: 2026, unit: "某某局" });
    expect(planned.changes.length).toBeGreaterThan(10);
    expect(planned.changes.every((c) => c.before === "" && c.after !== "")).toBe(true);
    expect(planned.changes.some((c) => c.after.includes("2026"))).toBe(true);
    const result = await insertTemplate(host, def, { year: 2026, unit: "某某局", confirm: { note: "请核实" } });
    await host.setHighlights(result.sheet, [{ ref: "A1", severity: "info", note: "请核实" }]);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["项目", result.sheet]);
    await undoWrites(host, insertUndo([result.sheet], planned.changes.length));
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["项目"]);
    // The workbook still saves and opens with only the clerk's sheet.
    const again = await MemoryHost.open(await host.save());
    expect((await again.listSheets()).map((s) => s.name)).toEqual(["项目"]);
  });
});
