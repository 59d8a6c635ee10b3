/**
 * The 指标库: its data is complete and consistent (every entry valid, sourced, its typical target
 * agreeing with its unit and direction), search finds indicators by name and words, and suggest
 * proposes, per project, what its own text calls for and its table lacks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hasIndicators, type PerformanceForm } from "../../../src/forms/forms";
import { MemoryHost } from "../../../src/hosts/memory";
import { AREAS, LIBRARY, LIBRARY_SOURCES, LibraryIndicatorSchema, searchLibrary, similarity, suggestForForm, suggestForForms } from "../../../src/library";
import { parseTargetValue } from "../../../src/values/target-value";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";

async function formsOf(path: string): Promise<PerformanceForm[]> {
  const host = await MemoryHost.open(new Uint8Array(readFileSync(join(__dirname, "../../fixtures", path))));
  return (await recogniseWorkbook(host)).flatMap((s) => s.forms).filter(hasIndicators);
}

describe("the library's data", () => {
  it("holds the 101号 core categories and common indicators for every spending area, each entry valid and sourced", () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(95);
    // Every source cited is one of the library's, and every entry drawn from a published table names one besides the general ones.
    for (const ind of LIBRARY) for (const s of ind.sources) expect(Object.keys(LIBRARY_SOURCES)).toContain(s);
    for (const ind of LIBRARY) expect(() => LibraryIndicatorSchema.parse(ind)).not.toThrow();
    expect(new Set(LIBRARY.map((i) => i.id)).size).toBe(LIBRARY.length);
    for (const area of AREAS) expect({ area, n: LIBRARY.filter((i) => i.areas.includes(area)).length > 0 }).toEqual({ area, n: true });
    // Every category 101号 requires is present and flagged as core.
    const core = LIBRARY.filter((i) => i.core);
    for (const l2 of ["数量指标", "质量指标", "时效指标", "经济成本指标", "服务对象满意度指标"]) expect(core.some((i) => i.level2 === l2)).toBe(true);
    for (const l2 of ["经济成本指标", "社会成本指标", "生态环境成本指标"]) expect(LIBRARY.some((i) => i.level1 === "成本指标" && i.level2 === l2)).toBe(true);
    for (const s of Object.values(LIBRARY_SOURCES)) expect(s.length).toBeGreaterThan(20);
  });

  it("gives each quantitative entry a typical target whose symbol agrees with its direction and whose unit is its own", () => {
    for (const ind of LIBRARY) {
      const t = parseTargetValue(ind.target.replace(/X/g, "10").replace("YYYY年MM月", "2024年12月"));
      if (ind.kind === "定性") {
        expect({ id: ind.id, kind: t.kind }).toEqual({ id: ind.id, kind: "qualitative" });
        continue;
      }
      expect({ id: ind.id, kind: ["quantitative", "deadline"].includes(t.kind) }).toEqual({ id: ind.id, kind: true });
      if (t.kind !== "quantitative") continue;
      const expected = ind.direction === "正向" ? ["≥", ">", "="] : ["≤", "<", "="];
      expect({ id: ind.id, ok: expected.includes(t.comparator ?? "") }).toEqual({ id: ind.id, ok: true });
      expect({ id: ind.id, unit: t.unit.startsWith(ind.unit.replace(/（.*）/, "")) || ind.target.includes(ind.unit) }).toEqual({ id: ind.id, unit: true });
    }
    // 满意度 in %, 成本 as a ceiling (101号).
    for (const ind of LIBRARY.filter((i) => i.level1 === "满意度指标" && i.level3.endsWith("满意度"))) expect(ind.unit).toBe("%");
    // A cost is a ceiling; the only 正向 entries under 成本 are rates of keeping to a standard or a saving.
    for (const ind of LIBRARY.filter((i) => i.level1 === "成本指标" && i.kind === "定量" && i.direction === "正向")) expect([ind.id, ind.unit]).toEqual([ind.id, "%"]);
    expect(LIBRARY.filter((i) => i.level1 === "成本指标" && i.kind === "定量" && i.direction === "反向").length).toBeGreaterThan(5);
  });
});

describe("searchLibrary", () => {
  it("finds every 满意度 indicator for 满意度, the general one first and those named 满意度 before the rest of the category", () => {
    const hits = searchLibrary("满意度");
    expect(hits[0]?.indicator.level3).toBe("服务对象满意度");
    expect(hits.map((h) => h.indicator.id).sort()).toEqual(LIBRARY.filter((i) => i.level1 === "满意度指标").map((i) => i.id).sort());
    expect(hits[hits.length - 1]?.indicator.level3).toBe("有效投诉次数");
  });

  it("needs every word of the query, folds full-width text and ranks the closest name first", () => {
    expect(searchLibrary("培训 合格").map((h) => h.indicator.level3)).toEqual(["培训考核合格率"]);
    expect(searchLibrary("培训合格率")[0]?.indicator.level3).toBe("培训考核合格率");
    expect(searchLibrary("系统　可用")[0]?.indicator.level3).toBe("系统可用率");
    expect(searchLibrary("火星殖民")).toEqual([]);
  });

  it("filters by spending area and limits the count; no words lists the library", () => {
    const edu = searchLibrary("", { area: "教育" });
    expect(edu.length).toBeGreaterThan(2);
    expect(edu.every((h) => h.indicator.areas.includes("教育"))).toBe(true);
    expect(searchLibrary("", { limit: 3 })).toHaveLength(3);
    expect(searchLibrary("")).toHaveLength(LIBRARY.length);
  });

  it("measures name closeness by character bigrams", () => {
    expect(similarity("培训考核合格率", "培训合格率")).toBeGreaterThanOrEqual(0.6);
    expect(similarity("系统可用率", "患者满意度")).toBe(0);
  });
});

describe("suggestForForm", () => {
  it("names the 101号 core categories a project table lacks (seed 001's projects have no 成本指标)", async () => {
    const forms = await formsOf("seeds/001.xlsx");
    const rental = forms.find((f) => f.header.project?.value.includes("租赁费"))!;
    const s = suggestForForm(rental);
    expect(s[0]).toMatchObject({ basis: "core", indicator: { id: "cost-total" } });
    expect(s[0]!.reason).toContain("成本指标");
    expect(rental.indicators.some((i) => i.level2.value.includes("成本"))).toBe(false);
  });

  it("proposes what the project's words call for and its table lacks, never what it already has", async () => {
    const [form] = await formsOf("layouts/national-2020-10-ps.xlsx");
    const s = suggestForForm(form!);
    // 建设补助 for 健身设施: 补助 and 设施 indicators; it already has 成本, 时效 and 满意度 indicators.
    expect(s.every((x) => x.basis === "words")).toBe(true);
    expect(s.map((x) => x.indicator.id)).toEqual(expect.arrayContaining(["subsidy-persons", "sus-lifetime"]));
    expect(s.some((x) => ["成本指标", "满意度指标"].includes(x.indicator.level1) || x.indicator.level2 === "时效指标")).toBe(false);
    for (const x of s) expect(x.reason).toMatch(/^项目内容提到“.+”。$/);
    // Adding a suggested indicator's name to the table removes it from the suggestions.
    const withIt = { ...form!, indicators: [...form!.indicators, { ...form!.indicators[0]!, level3: { ...form!.indicators[0]!.level3, value: "补助发放人数" } }] };
    expect(suggestForForm(withIt).map((x) => x.indicator.id)).not.toContain("subsidy-persons");
  });

  it("gives one entry per target or self-evaluation form, named by its project", async () => {
    const forms = await formsOf("seeds/001.xlsx");
    const all = suggestForForms(forms);
    expect(all).toHaveLength(forms.length);
    expect(all.map((p) => p.name)).toContain("公务用车制度改革费");
  });
});
