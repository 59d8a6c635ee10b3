import { Grid } from "../../../src/grid/grid";
import { FIXABLE_PROJECT_ROWS } from "../../fixtures/fixable-project";
import { MemoryHost } from "../../../src/hosts/memory";
import { getProfile, DEFAULT_PROFILE } from "../../../src/rules/profiles";
import { paneCheck } from "../../../src/usecases/pane-check";
import { applyChanges, fixOf, planFixes, undoWrites } from "../../../src/usecases/pane-write";


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
