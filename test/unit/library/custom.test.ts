/**
 * A unit's own indicators: validated, saved in the workbook's store (surviving a save and reopen),
 * searched with the standard library, exported as JSON; bad entries are named, not dropped silently.
 */
import { CUSTOM_INDICATORS_SETTING, exportCustomIndicators, parseCustomIndicators, readCustomIndicators, saveCustomIndicators, searchLibrary, withCustom } from "../../../src/library";
import { MemoryHost } from "../../../src/hosts/memory";
import { OWN } from "../../fixtures/own-indicator";


describe("the unit's own indicators", () => {
  it("are saved in the workbook, survive a save and reopen, and are found by search beside the standard ones", async () => {
    const host = MemoryHost.empty();
    const saved = await saveCustomIndicators(host, [OWN]);
    expect(saved.problems).toEqual([]);
    const reopened = await MemoryHost.open(await host.save());
    const read = await readCustomIndicators(reopened);
    expect(read.problems).toEqual([]);
    expect(read.indicators).toEqual([{ ...OWN, sources: ["unit"], core: false }]);
    const hits = searchLibrary("档案 页数", { library: withCustom(read.indicators) });
    expect(hits.map((h) => h.indicator.level3)).toEqual(["档案数字化页数"]);
    expect(searchLibrary("档案 页数")).toEqual([]);
  });

  it("names each entry left out: incomplete, clashing with a library id, or not a list; saves nothing then", async () => {
    const host = MemoryHost.empty();
    const bad = await saveCustomIndicators(host, [{ ...OWN, unit: undefined }, { ...OWN, id: "sat-service" }]);
    expect(bad.problems).toEqual([
      "本单位指标第 1 项“档案数字化页数”不完整（unit），已忽略。请补全一级/二级/三级、指标解释、单位、方向、典型指标值、评（扣）分标准和适用领域。",
      "本单位指标第 2 项“档案数字化页数”的编号“sat-service”与已有指标重复，已忽略。请换一个编号。",
    ]);
    expect(await host.getSetting(CUSTOM_INDICATORS_SETTING)).toBeUndefined();
    expect(parseCustomIndicators({ not: "a list" }).problems).toEqual(["本单位指标应是一个列表，读到的不是列表，已忽略。"]);
    expect(parseCustomIndicators(undefined)).toEqual({ indicators: [], problems: [] });
  });

  it("export as JSON that reads back to the same list", () => {
    const read = parseCustomIndicators([OWN]);
    expect(parseCustomIndicators(JSON.parse(exportCustomIndicators(read.indicators)))).toEqual(read);
  });
});
