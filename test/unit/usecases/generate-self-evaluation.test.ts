/**
 * generateSelfEvaluation: the 分值 distribution (a pure function), the fill data carried over
 * from a target form, and the end-to-end promise — a 自评表 generated from seeds 000 and 002,
 * filled in by a clerk whose targets were met, is recognised as DS/PS and checked without error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { MemoryHost } from "../../../src/hosts/memory";
import { getProfile, PROFILES } from "../../../src/rules/profiles";
import type { Form, ProjectTargetForm } from "../../../src/forms/forms";
import type { Finding } from "../../../src/rules/types";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { scoreWorkbook } from "../../../src/usecases/score-workbook";
import { apportion, distributeWeights, generateSelfEvaluation, partOf, selfEvaluationDraft } from "../../../src/usecases/generate-self-evaluation";
import { cacheResults } from "../../../src/cli/commands/score";
import { fillAsMet } from "../../calc/cases";

const national = getProfile("national")!;

async function seedForms(n: string): Promise<Form[]> {
  const host = await MemoryHost.open(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.xlsx`))));
  return (await recogniseWorkbook(host)).flatMap((s) => s.forms);
}

const sum = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

describe("apportion: points split exactly, in whole points where possible", () => {
  it.each([
    [50, [1, 1, 1], [17, 17, 16]],
    [30, [1, 1], [15, 15]],
    [10, [1], [10]],
    [90, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8]],
    [90, [50, 30], [56, 34]],
    [90, [50, 30, 10], [50, 30, 10]],
    [10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5]],
    [5, [1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]],
    [1, [1, 1, 1], [0.4, 0.3, 0.3]],
    [0.1, [1, 1, 1], [0.04, 0.03, 0.03]],
    [7.5, [1, 1], [4, 3.5]],
    [0, [1, 1], [0, 0]],
  ])("%d over %j → %j", (total, shares, expected) => {
    expect(apportion(total, shares)).toEqual(expected);
  });

  it("always sums to the total, every part within one step of its fair share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 25 }), (total, shares) => {
        const out = apportion(total, shares);
        const all = shares.reduce((a, b) => a + b, 0);
        expect(sum(out)).toBe(total);
        out.forEach((v, i) => expect(Math.abs(v - (total * shares[i]!) / all)).toBeLessThan(1 + 1e-9));
        if (total >= shares.length) expect(out.every(Number.isInteger)).toBe(true);
      }),
    );
  });
});

describe("distributeWeights by profile", () => {
  const rows = (spec: [string, string, number][]) => spec.flatMap(([l1, l2, n]) => Array.from({ length: n }, () => ({ level1: l1, level2: l2 })));

  it("national: 执行率 10, 产出 50, 效益 30, 满意度 10, evenly within each part", () => {
    const d = distributeWeights(rows([["产出指标", "数量指标", 3], ["效益指标", "社会效益指标", 2], ["满意度指标", "服务对象满意度指标", 1]]), national);
    expect(d).toEqual({ execution: 10, indicators: [17, 17, 16, 15, 15, 10], rule: "parts", parts: { output: 50, benefit: 30, satisfaction: 10 } });
  });

  it("national: a 成本 一级 counts inside 产出", () => {
    const d = distributeWeights(rows([["成本指标", "经济成本指标", 3], ["产出指标", "数量指标", 3], ["效益指标", "社会效益指标", 3], ["满意度指标", "服务对象满意度指标", 1]]), national);
    expect(d.indicators).toEqual([9, 9, 8, 8, 8, 8, 10, 10, 10, 10]);
  });

  it("甘肃: 成本 its own part (10), 产出 40", () => {
    const d = distributeWeights(rows([["成本指标", "经济成本指标", 3], ["产出指标", "数量指标", 3], ["效益指标", "社会效益指标", 3], ["满意度指标", "服务对象满意度指标", 1]]), getProfile("gansu")!);
    expect(d.parts).toEqual({ output: 40, cost: 10, benefit: 30, satisfaction: 10 });
    expect(d.indicators).toEqual([4, 3, 3, 14, 13, 13, 10, 10, 10, 10]);
  });

  it("四川: the 90 indicator points evenly over every indicator", () => {
    const d = distributeWeights(rows([["产出指标", "数量指标", 4], ["效益指标", "社会效益指标", 4], ["满意度指标", "服务对象满意度指标", 1]]), getProfile("sichuan")!);
    expect(d).toMatchObject({ rule: "even", indicators: [10, 10, 10, 10, 10, 10, 10, 10, 10] });
  });

  it("a part without indicators is shared out among the others in proportion", () => {
    const d = distributeWeights(rows([["产出指标", "数量指标", 2], ["效益指标", "社会效益指标", 2]]), national);
    expect(d.parts).toEqual({ output: 56, benefit: 34 });
    expect(d.indicators).toEqual([28, 28, 17, 17]);
  });

  it("一级 the profile has no part for (部门管理 …): evenly", () => {
    const d = distributeWeights(rows([["部门管理", "计划制定", 3], ["履职效果", "", 3], ["能力建设", "", 3]]), national);
    expect(d).toMatchObject({ rule: "even", indicators: [10, 10, 10, 10, 10, 10, 10, 10, 10] });
  });

  it("every profile sums to its total", () => {
    for (const p of Object.values(PROFILES)) {
      const d = distributeWeights(rows([["产出指标", "数量指标", 5], ["产出指标", "成本指标", 2], ["效益指标", "社会效益指标", 3], ["满意度指标", "服务对象满意度指标", 2]]), p);
      expect([p.id, sum([d.execution, ...d.indicators])]).toEqual([p.id, p.weights.total]);
    }
  });

  it("parts by 一级, 满意度 also by its 二级", () => {
    expect(partOf("效益指标 (30分)", "社会公众及服务对象满意度", national)).toBe("satisfaction");
    expect(partOf("效果指标", "社会效益指标", national)).toBe("benefit");
    expect(partOf("产出指标", "成本指标", getProfile("gansu")!)).toBe("cost");
    expect(partOf("产出指标", "成本指标", national)).toBe("output");
    expect(partOf("部门管理", "计划制定", national)).toBeNull();
  });
});

describe("selfEvaluationDraft: what a target form carries over", () => {
  it("seed 000 公车平台: header, 年初预算数, indicators as written, 满意度 moved out of 效益, empty rows left out", async () => {
    const pt = (await seedForms("000")).find((f): f is ProjectTargetForm => f.kind === "PT" && f.header.project?.value === "公车平台")!;
    const d = selfEvaluationDraft(pt, national);
    expect(d.kind).toBe("PS");
    expect(d.data).toMatchObject({ year: 2021, unit: "石峰区机关事务服务中心", project: "公车平台", money: { total: { initialBudget: 75 } }, execution: { weight: 10 } });
    expect((d.data.goals as { expected: string }).expected).toMatch(/^根据实际需要对车辆进行加油/);
    expect((d.data.indicators as { level1: string; level3: string; target?: string; weight: number }[]).map((i) => `${i.level1}|${i.level3}|${i.target ?? ""}|${i.weight}`)).toEqual([
      "产出指标|公车平台每月出车次数|50次以上|13",
      "产出指标|公车平台正常运行||13",
      "产出指标|完成时间|2021年12月前|12",
      "产出指标|总费用控制|75万元以内|12",
      "效益指标|统一调配公车，降低公车使用费||15",
      "效益指标|按公车改革要求统一管理公务用车||15",
      "满意度指标|全体机关人员满意度|≥90%|10",
    ]);
    expect(d.data.weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(d.skipped.map((s) => s.name)).toEqual(["无", "无"]);
    expect(d.moved).toEqual([{ row: 17, name: "全体机关人员满意度", from: "效益指标", to: "满意度指标" }]);
    expect(d.remarks).toHaveLength(3);
  });

  it("seed 002: 上年结转 and 其他资金 go into 其他资金", async () => {
    const pt = (await seedForms("002")).find((f): f is ProjectTargetForm => f.kind === "PT")!;
    expect(selfEvaluationDraft(pt, national).data.money).toEqual({ total: { initialBudget: 100 }, fiscal: { initialBudget: 100 }, other: { initialBudget: 0 } });
  });
});

describe("generateSelfEvaluation end to end", () => {
  async function generateFilledAndChecked(n: string) {
    const source = await MemoryHost.open(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.xlsx`))));
    const sourceCheck = await checkWorkbook(source, { profile: national });
    const forms = sourceCheck.forms;
    const host = MemoryHost.empty();
    const generated = await generateSelfEvaluation(host, forms, national);
    await fillAsMet(host, generated.map((g) => g.sheet));
    // The clerk presses 评分 again; exceljs cannot calculate, so the engine's values stand in for a recalculation.
    const scored = await scoreWorkbook(host, national, { notes: false });
    cacheResults(host, scored.forms);
    const check = await checkWorkbook(host, { profile: national });
    /** An error the approved target form has too (same rule, same cell text): carried over, not introduced. */
    const carried = (f: Finding): boolean => {
      const g = generated.find((x) => x.sheet === f.sheet);
      return sourceCheck.findings.some((s) => s.severity === "error" && s.rule === f.rule && s.sheet === g?.source.sheet && s.cells[0]?.text === f.cells[0]?.text);
    };
    const errors = (kinds: string[]) =>
      check.findings
        .filter((f) => f.severity === "error" && !carried(f) && kinds.includes(generated.find((g) => g.sheet === f.sheet)?.kind ?? ""))
        .map((f) => `${f.rule} ${f.sheet}!${f.cells[0]?.ref ?? ""} ${f.message}`);
    return { forms, generated, scored, check, errors };
  }

  it.each(["000", "002"])("seed %s: one DS per DT, one PS per PT, recognised as such", async (n) => {
    const { forms, generated, scored } = await generateFilledAndChecked(n);
    const targets = forms.filter((f) => f.kind === "DT" || f.kind === "PT");
    expect(generated.map((g) => g.kind)).toEqual(targets.map((f) => (f.kind === "DT" ? "DS" : "PS")));
    expect(generated.every((g) => g.scored !== undefined)).toBe(true);
    expect(scored.forms.map((f) => f.kind)).toEqual(generated.map((g) => g.kind));
  });

  it("seed 000: filled in with every target met, the four self-evaluations score 100 and check without error", async () => {
    const { scored, errors } = await generateFilledAndChecked("000");
    for (const f of scored.forms) expect([f.sheet, f.total.computed, f.total.computedGrade]).toEqual([f.sheet, 100, "优"]);
    expect(errors(["DS", "PS"])).toEqual([]);
  });

  it("seed 002: the eight project self-evaluations score 100 and bring no error beyond the targets' own (MON-02 on 机关灶)", async () => {
    const { scored, errors } = await generateFilledAndChecked("002");
    for (const f of scored.forms.filter((x) => x.kind === "PS")) expect([f.sheet, f.total.computed, f.total.computedGrade]).toEqual([f.sheet, 100, "优"]);
    expect(errors(["PS"])).toEqual([]);
  });

  // Known recogniser issue, reported to the lead: on a blank 部门整体自评表 whose 一级 are not
  // 产出/效益/满意度 (seed 002's 部门管理 / 履职效果 / 能力建设) and whose 得分 are still empty,
  // recognise/indicator-table.ts bestMapping prefers the mapping shifted one column left (cost
  // 1.3 against 1.4), so 一级 is read from column A, the actuals go into the 分值 column and
  // STR-02 fires on every row. Remove `.failing` when that is fixed.
  it("seed 002: the department self-evaluation scores 100 and checks without error", async () => {
    const { scored, errors } = await generateFilledAndChecked("002");
    const ds = scored.forms.find((f) => f.kind === "DS")!;
    expect([ds.total.computed, ds.total.computedGrade]).toEqual([100, "优"]);
    expect(errors(["DS"])).toEqual([]);
  });
});
