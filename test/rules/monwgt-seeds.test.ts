/**
 * MON, WGT, XDOC-01/02 over the five seeds: exactly the findings judged right, and nothing else.
 * Form rules see every form of a seed, workbook rules all forms of one seed together (each seed
 * is one department's document). The numbers quoted in the heuristics' meta are re-measured
 * here so that they cannot drift from the code.
 */
import type { Form, PerformanceForm } from "../../src/forms/forms";
import { checkForms } from "../../src/rules/engine";
import { getProfile } from "../../src/rules/profiles";
import type { Rule } from "../../src/rules/types";
import { MON_RULES } from "../../src/rules/catalogue/mon";
import { WGT_RULES } from "../../src/rules/catalogue/wgt";
import mon02, { formBudget, moneyAmount, totalCostAmount } from "../../src/rules/catalogue/mon/mon-02-cost-within-budget";
import mon04 from "../../src/rules/catalogue/mon/mon-04-unit-mixup";
import xdoc01 from "../../src/rules/catalogue/xdoc/xdoc-01-copied-indicators";
import xdoc02 from "../../src/rules/catalogue/xdoc/xdoc-02-foreign-text";
import { formsOfSeedText, SEEDS } from "../unit/recognise/helpers";

const RULES: Rule[] = [...MON_RULES, ...WGT_RULES, xdoc01, xdoc02];

const formsBySeed = new Map<string, Form[]>(SEEDS.map((n) => [n, formsOfSeedText(n)]));
const forms = (n: string): Form[] => formsBySeed.get(n)!;
const run = (n: string): string[] => checkForms(forms(n), { rules: RULES }).map((f) => `${f.rule} ${f.severity} ${f.messageId} ${f.cells.map((c) => c.ref).join(",")}`);

describe("MON / WGT / XDOC-01/02 on the seeds", () => {
  it("000: consistent totals pass clean (DT 项目支出 588.50 = ST 合计 = 80 + 433.50 + 75 = the three PTs)", () => {
    expect(run("000")).toEqual([]);
  });

  it("001: the hospital indicator in the car-reform project; every 资金支出计划 is fine", () => {
    expect(run("001")).toEqual(["XDOC-02 info foreignDomain C55"]);
  });

  it("002: Σ 8 projects = 1022 = 项目支出 (clean); the 机关灶 project exceeds its 72万元 and copies 劳务派遣; the elevator goal is the canteen's", () => {
    expect(run("002")).toEqual([
      // Errors first (issue 17), then warnings, then infos.
      "MON-02 error costExceedsBudget E164,C156", // 资金使用率 75万元 in a 72万元 project
      "MON-02 error costExceedsBudget E166,C156", // the copied 劳务派遣48人 >135万元 in the same 72万元 project
      "XDOC-01 warning copiedBlock D165,D166,D167,D168,D169,D170,D171,D172,D173,D140,D141,D142,D143,D144,D145,D146,D147,C148",
      "XDOC-02 info namesOtherProject D166,D167,D169", // 劳务派遣 ×3 in the canteen project
      "XDOC-02 info namesOtherProject B210", // 保障机关灶、职工灶正常运行 as the elevator project's goal
    ]);
  });

  it("003: 附件1's 产出 block adds up to 55 under “(50分)”, 105 in all (one weight defect, reported once); three PS cost targets above the 全年预算数", () => {
    expect(run("003")).toEqual([
      "WGT-01 error blockMismatch B620,G620,G621,G622,F623,F624,F625,F626,F627", // WGT-02's 105 分 attached as related (issue 17)
      "MON-02 error costExceedsBudget E685,D675", // 120万元 vs 101.92
      "MON-02 error costExceedsBudget D744,D733", // 450万元 vs 436.92
      "MON-02 warning costOverByRounding D714,E704", // 120万元 vs 119.48: 0.52 万元, 0.44% — a rounding (issue 17)
    ]);
    const [weights] = checkForms(forms("003"), { rules: RULES });
    expect(weights!.related?.map((r) => `${r.rule} ${r.messageId} ${r.cells[0]!.ref}`)).toEqual(["WGT-02 totalNotProfile F631"]);
  });

  it("004: two unrelated projects share 7 of 9 template indicators", () => {
    expect(run("004")).toEqual(["XDOC-01 warning copiedBlock C167,C168,C169,C171,C172,C174,C175,C104,C105,C106,C108,C109,C111,C112"]);
  });

  it("000, 001 and 004 have no error", () => {
    const errors = (n: string) => checkForms(forms(n), { rules: RULES }).filter((f) => f.severity === "error");
    expect(["000", "001", "004"].map((n) => errors(n).length)).toEqual([0, 0, 0]);
  });

  it("003 under its own region's profile (湖南, national weights) gives the same findings", () => {
    const hunan = checkForms(forms("003"), { rules: RULES, profile: getProfile("hunan")! }).map((f) => f.messageId);
    expect(hunan).toEqual(["blockMismatch", "costExceedsBudget", "costExceedsBudget", "costOverByRounding"]);
  });
});

describe("the measurements quoted in meta.heuristic", () => {
  const perf = (n: string): PerformanceForm[] => forms(n).filter((f): f is PerformanceForm => f.kind === "PT" || f.kind === "PS" || f.kind === "DT" || f.kind === "DS");

  it("MON-02: 13 total-cost indicators in PT/PS (000: 3, 002: 6, 003: 4)", () => {
    const counts = SEEDS.map((n) => perf(n).filter((f) => f.kind === "PT" || f.kind === "PS").flatMap((f) => f.indicators.filter((i) => totalCostAmount(i))).length);
    expect(counts).toEqual([3, 0, 6, 4, 0]);
    expect(mon02.meta.heuristic).toMatch(/13 total-cost indicators/);
  });

  it("MON-04: 24 money amounts compared, ratios to the budget 0.30 … 1.88", () => {
    const ratios = SEEDS.flatMap((n) =>
      perf(n).flatMap((f) => {
        const b = formBudget(f);
        return b ? f.indicators.flatMap((i) => [i.target, i.actual].map((t) => moneyAmount(t?.value)).filter((m) => m !== undefined).map((m) => m.yuan / b.yuan)) : [];
      }),
    );
    expect(ratios).toHaveLength(24);
    expect(Math.min(...ratios)).toBeCloseTo(0.296, 2);
    expect(Math.max(...ratios)).toBeCloseTo(1.875, 2);
    expect(mon04.meta.heuristic).toMatch(/24 money amounts/);
  });

  it("XDOC-01: 88 same-kind project pairs", () => {
    const pairs = SEEDS.map((n) => {
      const p = forms(n).filter((f) => f.kind === "PT" || f.kind === "PS");
      let count = 0;
      p.forEach((a, i) => p.slice(i + 1).forEach((b) => (count += a.kind === b.kind ? 1 : 0)));
      return count;
    });
    expect(pairs).toEqual([3, 36, 28, 6, 15]);
    expect(xdoc01.meta.heuristic).toMatch(/88 same-kind project pairs/);
  });

  it("XDOC-02: 30 project forms", () => {
    expect(SEEDS.map((n) => forms(n).filter((f) => f.kind === "PT" || f.kind === "PS").length).reduce((a, b) => a + b, 0)).toBe(30);
    expect(xdoc02.meta.heuristic).toMatch(/30 project forms/);
  });
});
