/**
 * The live formulas: exact strings (what the templates write), the portable function subset,
 * and — through a small evaluator with Excel's semantics — the same results as the engine on
 * generated cases.
 */
import fc from "fast-check";
import {
  executionRateFormula,
  executionScoreFormula,
  gradeFormula,
  indicatorScoreFormula,
  numberFromCell,
  subtotalFormula,
  totalScoreFormula,
} from "../../../src/scoring/formulas";
import { scoreQuantity } from "../../../src/scoring/indicator-score";
import { scoreExecution } from "../../../src/scoring/execution";
import { gradeOf } from "../../../src/scoring/evaluate";
import { roundTo } from "../../../src/scoring/format";
import { evaluateFormula, functionsUsed, type Cells } from "./formula-eval";

const PORTABLE = new Set(["IF", "IFERROR", "MIN", "MAX", "SUM", "ROUND", "ABS", "ISNUMBER", "VALUE", "SUBSTITUTE", "AND", "OR"]);
const READ_F12_人 =
  'IF(ISNUMBER(F12),F12,VALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(F12," ",""),"　",""),",",""),"≥",""),"≤",""),">",""),"<",""),"=",""),"人","")))';

describe("formula strings", () => {
  it("执行率, guarded against a zero or blank budget", () => {
    expect(executionRateFormula({ budget: "D5", executed: "E5" })).toBe('=IFERROR(IF(D5=0,"",E5/D5),"")');
  });

  it("执行率得分 from the rate cell or from the money", () => {
    expect(executionScoreFormula({ weight: "F5", rate: "G5" })).toBe('=IFERROR(IF(G5="","",ROUND(F5*MAX(0,MIN(G5,1)),2)),"")');
    expect(executionScoreFormula({ weight: 10, budget: "D5", executed: "E5" })).toBe('=IFERROR(IF(D5=0,"",ROUND(10*MAX(0,MIN(E5/D5,1)),2)),"")');
  });

  it("reads a number out of a text cell", () => {
    expect(numberFromCell("F12", "人")).toBe(READ_F12_人);
    expect(numberFromCell("F12", "%")).toMatch(/^IF\(ISNUMBER\(F12\),IF\(ABS\(F12\)<=1\.5,F12\*100,F12\),VALUE\(/);
  });

  it("正向 with an embedded target", () => {
    const A = READ_F12_人;
    expect(indicatorScoreFormula({ direction: "positive", target: 15, actual: "F12", unit: "人", weight: "G12" })).toBe(
      `=IF(F12="","",IFERROR(ROUND(IF(${A}>=15,G12,G12*MAX(0,${A})/15),2),""))`,
    );
  });

  it("反向 ratio and linear, 等于 with T = 0", () => {
    const A = numberFromCell("F12", "万元");
    expect(indicatorScoreFormula({ direction: "negative", target: 450, actual: "F12", unit: "万元", weight: 10 })).toBe(
      `=IF(F12="","",IFERROR(ROUND(IF(${A}<=450,10,10*450/${A}),2),""))`,
    );
    expect(indicatorScoreFormula({ direction: "negative", variant: "linear", target: 450, actual: "F12", unit: "万元", weight: 10 })).toBe(
      `=IF(F12="","",IFERROR(ROUND(IF(${A}<=450,10,MAX(0,10*(1-(${A}-450)/450))),2),""))`,
    );
    const B = numberFromCell("F12", "起");
    expect(indicatorScoreFormula({ direction: "equal", target: 0, actual: "F12", unit: "起", weight: "G12" })).toBe(
      `=IF(F12="","",IFERROR(ROUND(IF(MAX(0,${B})<=0,G12,0),2),""))`,
    );
  });

  it("subtotals, 总分 and 等级", () => {
    expect(subtotalFormula("H12:H19")).toBe("=ROUND(SUM(H12:H19),2)");
    expect(totalScoreFormula(["H5", "H12:H24"])).toBe("=ROUND(SUM(H5,H12:H24),2)");
    expect(gradeFormula("H30")).toBe('=IF(H30="","",IF(ROUND(H30,2)>=90,"优",IF(ROUND(H30,2)>=80,"良",IF(ROUND(H30,2)>=60,"中","差"))))');
    expect(gradeFormula("H30", { excellent: 85, good: 75, fair: 60 })).toContain(">=85,\"优\"");
  });

  it("uses only functions Excel, WPS and LibreOffice evaluate alike", () => {
    const all = [
      executionRateFormula({ budget: "D5", executed: "E5" }),
      executionScoreFormula({ weight: "F5", rate: "G5" }),
      indicatorScoreFormula({ direction: "positive", target: "E12", actual: "F12", unit: "%", weight: "G12" }),
      indicatorScoreFormula({ direction: "negative", variant: "linear", target: "E12", actual: "F12", weight: "G12" }),
      indicatorScoreFormula({ direction: "equal", target: "E12", actual: "F12", weight: "G12" }),
      subtotalFormula(["H12", "H13"]),
      gradeFormula("H30"),
    ];
    for (const f of all) for (const fn of functionsUsed(f)) expect(PORTABLE.has(fn) ? fn : `not portable: ${fn}`).toBe(fn);
  });
});

describe("formulas compute what the engine computes", () => {
  const direction = fc.constantFrom("positive" as const, "negative" as const, "equal" as const);
  const variant = fc.constantFrom("ratio" as const, "linear" as const);
  const amount = fc.integer({ min: 0, max: 200_000 }).map((n) => n / 100);
  const weight = fc.integer({ min: 1, max: 30 });
  const unit = fc.constantFrom("人", "次", "万元", "%", "");
  const written = fc.constantFrom("number", "text", "spaced", "symbol");

  it("indicator scores (embedded target and target cell)", () => {
    fc.assert(
      fc.property(direction, variant, amount, amount, weight, unit, written, fc.boolean(), (d, v, T, A, W, u, how, targetInCell) => {
        const actualCell = how === "number" ? A : how === "text" ? `${A}${u}` : how === "spaced" ? ` ${A} ${u}` : `≥${A}${u}`;
        const cells: Cells = { F12: actualCell, G12: W, E12: `${d === "negative" ? "≤" : d === "equal" ? "=" : "≥"}${T}${u}` };
        const formula = indicatorScoreFormula({ direction: d, variant: v, target: targetInCell ? "E12" : T, actual: "F12", unit: u, weight: "G12" });
        // A number cell under a percentage unit ≤ 1.5 is a fraction: the engine reads it the same way.
        const actual = how === "number" && u === "%" && Math.abs(A) <= 1.5 ? A * 100 : A;
        const engine = scoreQuantity({ direction: d, variant: v, target: T, actual, weight: W });
        const want = engine.score === null ? "" : roundTo(engine.score, 2);
        const got = evaluateFormula(formula, cells);
        if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
        else expect(got).toBe(want);
      }),
    );
  });

  it("blank or unreadable actual gives a blank score, not a wrong number", () => {
    const f = indicatorScoreFormula({ direction: "positive", target: 15, actual: "F12", unit: "人", weight: "G12" });
    expect(evaluateFormula(f, { F12: null, G12: 10 })).toBe("");
    expect(evaluateFormula(f, { F12: "已完成", G12: 10 })).toBe("");
    expect(evaluateFormula(f, { F12: "14 次", G12: 10 })).toBe("");
    expect(evaluateFormula(f, { F12: "14 人", G12: 10 })).toBe(9.33);
    expect(evaluateFormula(f, { F12: "1,346人", G12: 10 })).toBe(10);
  });

  it("执行率 and its score", () => {
    fc.assert(
      fc.property(amount, amount, weight, (budget, executed, W) => {
        const cells: Cells = { D5: budget, E5: executed, F5: W };
        const engine = scoreExecution({ weight: W, budget, executed });
        const rate = evaluateFormula(executionRateFormula({ budget: "D5", executed: "E5" }), cells);
        cells.G5 = rate as number | string;
        const score = evaluateFormula(executionScoreFormula({ weight: "F5", rate: "G5" }), cells);
        const direct = evaluateFormula(executionScoreFormula({ weight: "F5", budget: "D5", executed: "E5" }), cells);
        if (engine.rate === null) {
          expect([rate, score, direct]).toEqual(["", "", ""]);
        } else {
          expect(rate).toBeCloseTo(engine.rate, 12);
          expect(score).toBeCloseTo(roundTo(engine.score!, 2), 9);
          expect(direct).toBeCloseTo(roundTo(engine.score!, 2), 9);
        }
      }),
    );
    expect(evaluateFormula(executionRateFormula({ budget: "D5", executed: "E5" }), { D5: null, E5: 3 })).toBe("");
  });

  it("等级", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), (t) => {
        expect(evaluateFormula(gradeFormula("H30"), { H30: t })).toBe(gradeOf(t, { excellent: 90, good: 80, fair: 60 }));
      }),
    );
    expect(evaluateFormula(gradeFormula("H30"), { H30: null })).toBe("");
  });
});
