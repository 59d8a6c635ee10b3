/**
 * The 绩效运行监控表 in the two layouts rebuilt from public templates' labels
 * (scripts/make-monitoring-layouts.ts): recognised as MT, with every monitoring field traced to
 * its cell.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import type { MonitoringForm } from "../../../src/forms/forms";
import { classifyTitle } from "../../../src/recognise/segment";
import { likelihoodOf, monthOfLabel } from "../../../src/recognise/monitoring";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";

const DIR = join(__dirname, "../../fixtures/monitoring");

async function monitoringForm(name: string): Promise<MonitoringForm> {
  const host = await MemoryHost.open(new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`))));
  const forms = (await recogniseWorkbook(host)).flatMap((s) => s.forms);
  expect(forms.map((f) => f.kind)).toEqual(["MT"]);
  return forms[0] as MonitoringForm;
}

describe("titles", () => {
  it.each([
    ["项目支出绩效目标执行监控表", "MT"],
    ["2024年度项目支出绩效运行监控表", "MT"],
    ["部门整体支出绩效运行监控表（2024年度）", "MT"],
    ["项目支出绩效目标表", "PT"],
  ])("%s → %s", (title, kind) => {
    expect(classifyTitle(title)).toEqual({ kind });
  });
});

describe("labels", () => {
  it.each([
    ["1-7月执行数", 7],
    ["1—6月实际完成值", 6],
    ["（截至2024年6月30日）", 6],
    ["截至9月底完成值", 9],
    ["上半年完成情况", 6],
    ["全年预计执行数", undefined],
  ])("%s → month %s", (label, month) => {
    expect(monthOfLabel(label)).toBe(month);
  });
  it.each([
    ["确定能", "certain"],
    ["能", "certain"],
    ["有可能", "possible"],
    ["完全不可能", "impossible"],
    ["不能", "impossible"],
    ["", undefined],
  ])("完成目标可能性 %s → %s", (text, v) => {
    expect(likelihoodOf(text)).toBe(v);
  });
});

describe("central project library layout (财预〔2019〕136号)", () => {
  it("reads the header, the month, the money and every indicator's monitoring columns", async () => {
    const f = await monitoringForm("central-2019-behind");
    expect(f.layout).toBe("central-2019");
    expect(f.header.project?.value).toBe("2024年基层卫生人员能力提升培训");
    expect(f.header.year?.value).toBe(2024);
    expect(f.month).toMatchObject({ value: 7, text: "1-7月执行数" });
    expect(f.funds.map((l) => [l.key, l.budget?.value, l.executed?.value, l.rate?.value])).toEqual([
      ["total", 200, 40, 0.2],
      ["fiscal", 180, 36, 0.2],
      ["carryover", 20, 4, 0.2],
      ["other", 0, 0, 0],
    ]);
    expect(f.funds[0]!.executed!.ref).toBe("K6");
    expect(f.indicators).toHaveLength(6);
    const first = f.indicators[0]!;
    expect([first.level3.value, first.target?.text, first.executed?.text, first.expected?.text, first.likelihood?.value]).toEqual(["培训基层人员人次", "≥1200人次", "300人次", "900人次", "possible"]);
    // 偏差原因分析 is a group heading: the reason is read from its 原因说明 sub-column.
    expect(first.reason?.ref).toBe("M14");
    expect(first.likelihood?.ref).toBe("O14");
  });
});

describe("provincial layout (截至N月, 偏差原因 / 纠偏措施 columns)", () => {
  it("reads the month from the 截至 line, the adjusted budget, and the words of 能否完成目标", async () => {
    const f = await monitoringForm("provincial-behind");
    expect(f.layout).toBe("generic");
    expect(f.month).toMatchObject({ value: 6, ref: "A2" });
    const total = f.funds.find((l) => l.key === "total")!;
    expect([total.budget?.ref, total.executed?.value, total.expected?.value]).toEqual(["D6", 60, 500]);
    const waste = f.indicators.find((i) => i.level3.value === "垃圾清运量")!;
    expect([waste.executed?.ref, waste.expected?.ref, waste.reason?.ref, waste.measures?.ref, waste.likelihood?.value]).toEqual(["E12", "F12", "G12", "H12", "impossible"]);
  });
});
