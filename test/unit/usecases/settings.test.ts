import { MemoryHost } from "../../../src/hosts/memory";
import { effectiveProfile, ignoredPlaces, ignoredRules, loadSettings, placeOf, saveSettings, setPlaceIgnored, setRuleIgnored } from "../../../src/usecases/settings";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { checkSheet } from "../../../src/usecases/check-sheet";
import { paneCheck } from "../../../src/usecases/pane-check";
import { getProfile } from "../../../src/rules/profiles";

/** A project form whose budget total (100) is not the sum of its sources (80): one MON-01. */
async function projectWithMon01(): Promise<MemoryHost> {
  const host = MemoryHost.fromGrids([]);
  await host.write("Sheet1", "A1", [
    [{ value: "项目支出绩效目标表" }],
    [{ value: "项目名称" }, { value: "甲" }],
    [{ value: "项目资金" }, { value: "年度资金总额" }, { value: 100 }],
    [{ value: null }, { value: "其中：当年财政拨款" }, { value: 80 }],
    [{ value: "一级指标" }, { value: "二级指标" }, { value: "三级指标" }, { value: "指标值" }],
    [{ value: "产出指标" }, { value: "数量指标" }, { value: "次数" }, { value: "≥10次" }],
  ]);
  return host;
}

describe("workbook settings", () => {
  it("default when nothing is stored, and survive save and re-open", async () => {
    const host = MemoryHost.empty();
    expect(await loadSettings(host)).toEqual({ profile: "national", locale: "zh-CN" });
    await saveSettings(host, { profile: "sichuan", locale: "en", moneyTolerance: 0.05 });
    const reopened = await MemoryHost.open(await host.save());
    const s = await loadSettings(reopened);
    expect(s).toEqual({ profile: "sichuan", locale: "en", moneyTolerance: 0.05 });
    const p = effectiveProfile(s);
    expect([p.id, p.moneyTolerancePerAddend, p.executionThreshold]).toEqual(["sichuan", 0.05, 0.9]);
  });

  it("fall back field by field when a stored value is unusable", async () => {
    const host = MemoryHost.empty();
    await host.setSetting("settings", { profile: 42, locale: "fr", moneyTolerance: -1, frameworks: ["xx"] });
    expect(await loadSettings(host)).toEqual({ profile: "national", locale: "zh-CN" });
    await host.setSetting("settings", "garbage");
    expect(await loadSettings(host)).toEqual({ profile: "national", locale: "zh-CN" });
  });

  it("remember ignored rules in the workbook, and checking leaves them out", async () => {
    const host = await projectWithMon01();
    const before = await checkWorkbook(host);
    expect(before.findings.map((f) => f.rule)).toContain("MON-01");
    expect(await setRuleIgnored(host, "MON-01", true)).toEqual(["MON-01"]);
    const reopened = await MemoryHost.open(await host.save());
    expect(await ignoredRules(reopened)).toEqual(["MON-01"]);
    const after = await checkWorkbook(reopened);
    expect(after.findings.map((f) => f.rule)).not.toContain("MON-01");
    expect(after.ignored).toEqual(["MON-01"]);
    expect(await setRuleIgnored(reopened, "MON-01", false)).toEqual([]);
  });

  it("a rule ignored on one cell is left out by 检查本表 too, and the others on that sheet stay", async () => {
    const host = await projectWithMon01();
    const before = await checkSheet(host, "Sheet1", { dryRun: true });
    const mon = before.findings.find((f) => f.rule === "MON-01")!;
    expect(before.findings.length).toBeGreaterThan(1);
    await setPlaceIgnored(host, placeOf(mon, "cell"), true);
    const after = await checkSheet(host, "Sheet1", { dryRun: true });
    expect(after.findings.map((f) => f.rule)).not.toContain("MON-01");
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect((await checkWorkbook(host)).ignoredHere).toBe(1);
    const pane = await paneCheck(host, { kind: "workbook" }, { profile: getProfile("national")!, places: await ignoredPlaces(host), yieldToUi: async () => undefined });
    expect([pane.findings.length, pane.ignoredHere]).toEqual([after.findings.length, 1]);
    const elsewhere = await paneCheck(host, { kind: "range", sheet: "Sheet1", range: "A1" }, { profile: getProfile("national")!, places: await ignoredPlaces(host), yieldToUi: async () => undefined });
    expect(elsewhere.ignoredHere).toBe(0);
  });
});
