/**
 * The 指标库's use case for the pane: where the selection is (which indicator row), what is
 * suggested for it, and the cells 插入 fills — on a real layout with 指标解释, a target split over
 * 指标性质 | 指标值 | 度量单位 and a 评（扣）分标准 column (财预〔2021〕101号's own template), and on
 * a one-column target form (seed 000).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import { LIBRARY } from "../../../src/library";
import { applyChanges, undoWrites } from "../../../src/usecases/pane-write";
import { planIndicatorInsert, rowCategory, selectionContext, suggestForSlot, targetSkeleton } from "../../../src/usecases/pane-library";

const FIXTURES = join(__dirname, "../../fixtures");
const open = async (path: string) => MemoryHost.open(new Uint8Array(readFileSync(join(FIXTURES, path))));
const entry = (id: string) => LIBRARY.find((i) => i.id === id)!;
const SHEET = "核心绩效指标表";

async function row(host: MemoryHost, r: number): Promise<string[]> {
  const g = await host.readSheet(SHEET, `A${r}:I${r}`);
  return Array.from({ length: 9 }, (_, c) => g.cell(r - 1, c)?.text ?? "");
}

describe("selectionContext", () => {
  it("finds the indicator row of the selected cell, from its 三级 cell or a cell to its right, and nothing elsewhere", async () => {
    const host = await open("layouts/national-2021-101-pt.xlsx");
    const at = await selectionContext(host, { sheet: SHEET, range: "C7" });
    expect([at.text, at.slot?.indicator.level3.value, at.slot?.project]).toEqual(["系统可用率", "系统可用率", "政务信息系统运行维护"]);
    expect((await selectionContext(host, { sheet: SHEET, range: "F8:G9" })).slot?.indicator.level3.value).toBe("故障响应时间");
    expect((await selectionContext(host, { sheet: SHEET, range: "B4" })).slot).toBeUndefined();
    expect((await selectionContext(host, { sheet: SHEET, range: "A7" })).slot).toBeUndefined();
  });
});

describe("suggestForSlot", () => {
  it("offers indicators of the row's own category, by name first", async () => {
    const host = await open("layouts/national-2021-101-pt.xlsx");
    const cost = suggestForSlot(await selectionContext(host, { sheet: SHEET, range: "C9" }), LIBRARY);
    expect(cost.length).toBeGreaterThan(0);
    expect(cost.every((s) => s.indicator.level1 === "成本指标" && s.indicator.level2 === "经济成本指标")).toBe(true);
    const quality = suggestForSlot(await selectionContext(host, { sheet: SHEET, range: "C7" }), LIBRARY);
    expect(quality[0]?.indicator.level3).toBe("系统可用率");
    expect(quality.every((s) => s.indicator.level2 === "质量指标")).toBe(true);
  });

  it("reads a row's category from its 二级 before its 一级 (seed 000 keeps 满意度 under 效益, 成本 under 产出)", () => {
    const t = (level1: string, level2: string) => rowCategory({ level1: { ref: "A1", text: level1, value: level1 }, level2: { ref: "B1", text: level2, value: level2 } });
    expect(t("效益指标", "社会公众及服务对象满意度")?.level1).toBe("满意度指标");
    expect(t("产出指标", "产出成本")).toMatchObject({ level1: "成本指标", level2Word: undefined });
    expect(t("效果指标", "社会效益")).toMatchObject({ level1: "效益指标", level2Word: "社会" });
    expect(t("部门管理", "资金管理")).toBeUndefined();
  });
});

describe("planIndicatorInsert", () => {
  it("fills an emptied row of the 101号 template: name, 指标解释, 指标性质, 度量单位 and 评（扣）分标准, the number left to the clerk; undo puts it back", async () => {
    const host = await open("layouts/national-2021-101-pt.xlsx");
    await host.write(SHEET, "C8:I8", [[{ value: null }, { value: null }, { value: null }, { value: null }, { value: null }, { value: 10 }, { value: null }]]);
    const before = await row(host, 8);
    const ctx = await selectionContext(host, { sheet: SHEET, range: "C8" });
    const plan = await planIndicatorInsert(host, ctx.slot!, entry("response-time"));
    expect(plan.changes.map((c) => [c.ref, c.before, c.after])).toEqual([
      ["C8", "", "故障（诉求）响应时间"],
      ["D8", "", entry("response-time").explanation],
      ["G8", "", "小时"],
      ["E8", "", "≤"],
      ["I8", "", entry("response-time").scoring],
    ]);
    expect(plan.kept).toEqual([]);
    const undo = await applyChanges(host, plan.changes);
    expect(await row(host, 8)).toEqual(["", "时效指标", "故障（诉求）响应时间", entry("response-time").explanation, "≤", "", "小时", "10", entry("response-time").scoring]);
    await undoWrites(host, undo);
    expect(await row(host, 8)).toEqual(before);
  });

  it("keeps what the clerk wrote: on a filled row only the name changes (指标性质 ≤ and 小时 already agree)", async () => {
    const host = await open("layouts/national-2021-101-pt.xlsx");
    const ctx = await selectionContext(host, { sheet: SHEET, range: "C8" });
    const plan = await planIndicatorInsert(host, ctx.slot!, entry("response-time"));
    expect(plan.changes.map((c) => c.ref)).toEqual(["C8"]);
    expect(plan.kept.map((k) => [k.ref, k.text])).toEqual([
      ["D8", "报修至运维人员响应的时长"],
      ["I8", "超过目标值每次扣1分"],
    ]);
  });

  it("writes the whole target skeleton into a one-column target (seed 000 row 13, 三级 “无”)", async () => {
    const host = await open("seeds/000.xlsx");
    const ctx = await selectionContext(host, { sheet: "零星维修购置及各类合同", range: "D13" });
    const plan = await planIndicatorInsert(host, ctx.slot!, entry("eco-output-value"));
    expect(plan.changes.map((c) => [c.ref, c.before, c.after])).toEqual([
      ["D13", "无", "带动产值增长"],
      ["E13", "", "≥X万元"],
    ]);
  });

  it("drops the unit from the skeleton when the form has a unit column", () => {
    expect(targetSkeleton(entry("train-persons"), true)).toBe("≥X");
    expect(targetSkeleton(entry("train-persons"), false)).toBe("≥X人次");
    expect(targetSkeleton(entry("completion-date"), true)).toBe("YYYY年MM月前");
  });
});
