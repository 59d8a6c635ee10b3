/**
 * Traffic lights of the 绩效运行监控表: per indicator green / amber / red, marked through the
 * host's highlight calls beside the findings and removed exactly by clearHighlights.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import { HIGHLIGHT_COLOURS } from "../../../src/hosts/host";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { highlightFindings } from "../../../src/usecases/highlight-findings";
import { monitoringLights } from "../../../src/usecases/monitoring-lights";
import { indicatorLight, monitoringMonth } from "../../../src/scoring/monitoring";
import { mt } from "../../rules/builders-run";

const DIR = join(__dirname, "../../fixtures/monitoring");
const open = async (name: string): Promise<MemoryHost> => MemoryHost.open(new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`))));

describe("the month compared with", () => {
  const form = mt({ indicators: [] });
  it("is the one asked for first, then the form's own, then the months completed at the date", () => {
    expect(monitoringMonth(mt({ month: 6, indicators: [] }), 9, undefined)).toEqual({ month: 9, source: "option" });
    expect(monitoringMonth(mt({ month: 6, indicators: [] }), undefined, undefined)).toEqual({ month: 6, source: "form" });
    expect(monitoringMonth(form, undefined, new Date(2024, 7, 3))).toEqual({ month: 7, source: "date" });
    expect(monitoringMonth(form, undefined, new Date(2025, 2, 3))).toEqual({ month: 12, source: "date" });
    expect(monitoringMonth(form, undefined, new Date(2023, 5, 1))).toBeUndefined();
  });
});

describe("one indicator's light", () => {
  const light = (i: Parameters<typeof mt>[0]["indicators"][number], month = 6) => indicatorLight(mt({ month, indicators: [i] }).indicators[0]!, month)?.light;
  it("green on track, amber behind by 10–20 points or 有可能, red when the forecast misses or behind by more than 20", () => {
    expect(light({ name: "培训人次", target: "≥1200人次", executed: "600人次", expected: "1200人次" })).toBe("green");
    expect(light({ name: "培训人次", target: "≥1200人次", executed: "430人次", expected: "1200人次" })).toBe("amber");
    expect(light({ name: "培训人次", target: "≥1200人次", executed: "200人次", expected: "1200人次" })).toBe("red");
    expect(light({ name: "培训人次", target: "≥1200人次", executed: "600人次", expected: "1000人次" })).toBe("red");
    expect(light({ name: "合格率", l2: "质量指标", target: "≥95%", executed: "96%", expected: "96%", likely: "有可能" })).toBe("amber");
    expect(light({ name: "合格率", l2: "质量指标", target: "≥95%", likely: "完全不可能" })).toBe("red");
    expect(light({ name: "人均成本", l2: "成本指标", target: "≤800元", executed: "900元", expected: "790元" })).toBe("amber");
  });
  it("none while nothing is filled in (a template just inserted)", () => {
    expect(light({ name: "培训人次", target: "≥1200人次" })).toBeUndefined();
  });
});

describe("marking", () => {
  it("marks each indicator's 三级 cell in its light's colour with a note, and clearing gives the cells back", async () => {
    const host = await open("provincial-behind");
    const result = await checkWorkbook(host);
    const lights = monitoringLights(result.forms);
    expect(lights.map((l) => [l.ref, l.light])).toEqual([
      ["E6", "red"],
      ["C11", "green"],
      ["C12", "red"],
      ["C13", "green"],
      ["C14", "green"],
      ["C15", "green"],
      ["C16", "green"],
    ]);
    const ws = host.workbook.getWorksheet("运行监控")!;
    const before = JSON.stringify([ws.getCell("C11").style, ws.getCell("C12").style, ws.getCell("C11").note ?? null]);
    await highlightFindings(host, result.findings, lights);
    const argb = (ref: string): string | undefined => (ws.getCell(ref).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(argb("C11")).toBe(`FF${HIGHLIGHT_COLOURS.ok.slice(1)}`);
    expect(argb("C12")).toBe(`FF${HIGHLIGHT_COLOURS.error.slice(1)}`);
    expect(String(ws.getCell("C12").note)).toContain("【红灯 运行监控】垃圾清运量：全年预计完成“2400吨”达不到年度指标值“≥3000吨”。");
    // E6 carries RUN-01's finding: the finding's note stays, the light does not replace it.
    expect(String(ws.getCell("E6").note)).toContain("RUN-01");
    expect(String(ws.getCell("E6").note)).not.toContain("运行监控】预算执行");
    await host.clearHighlights();
    expect(JSON.stringify([ws.getCell("C11").style, ws.getCell("C12").style, ws.getCell("C11").note ?? null])).toBe(before);
  });

  it("an on-track form gets only green lights and no findings", async () => {
    const host = await open("central-2019-ok");
    const result = await checkWorkbook(host);
    expect(result.findings).toEqual([]);
    expect(new Set(monitoringLights(result.forms).map((l) => l.light))).toEqual(new Set(["green"]));
  });
});
