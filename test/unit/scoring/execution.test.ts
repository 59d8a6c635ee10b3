/** 执行率 and its score: every branch, with the arithmetic the clerk reads. */
import { executionRate, scoreExecution } from "../../../src/scoring/execution";

describe("scoreExecution", () => {
  it("100%: full marks", () => {
    const r = scoreExecution({ weight: 10, budget: 119.48, executed: 119.48 });
    expect(r).toMatchObject({ rate: 1, rateSource: "money", score: 10, overRun: false, arithmetic: "119.48 ÷ 119.48 = 100%；10 × 100% = 10" });
    expect(r.problem).toBeUndefined();
    expect(r.explanation["zh-CN"]).toBe("执行率 = 全年执行数 ÷ 全年预算数 = 119.48 ÷ 119.48 = 100%。得分 = 分值 × 执行率 = 10 × 100% = 10 分。");
  });

  it("below 100%: W × rate, full precision (the 8.62 a form rounds to 9)", () => {
    const r = scoreExecution({ weight: 10, budget: 500, executed: 431 });
    expect(r.rate).toBeCloseTo(0.862, 12);
    expect(r.score).toBeCloseTo(8.62, 12);
    expect(r.arithmetic).toBe("431 ÷ 500 = 86.2%；10 × 86.2% = 8.62");
  });

  it("over 100%: noted, score capped at W", () => {
    const r = scoreExecution({ weight: 10, budget: 100, executed: 120 });
    expect(r).toMatchObject({ rate: 1.2, overRun: true, score: 10, scoreArithmetic: "10 × 100% = 10" });
    expect(r.explanation["zh-CN"]).toContain("执行率超过 100%，得分以分值为上限；");
  });

  it("zero budget: no rate, no score; spending against it is an overrun", () => {
    expect(scoreExecution({ weight: 10, budget: 0, executed: 0 })).toMatchObject({ rate: null, score: null, overRun: false, problem: "zero-budget" });
    const spent = scoreExecution({ weight: 10, budget: 0, executed: 5 });
    expect(spent).toMatchObject({ rate: null, score: null, overRun: true, problem: "zero-budget" });
    expect(spent.explanation["zh-CN"]).toBe("全年预算数为 0，却执行了 5 万元：没有预算的支出，执行率无法计算。");
    expect(executionRate(0, 5)).toBeNull();
  });

  it("money blank: the stated rate is used, and said so", () => {
    const r = scoreExecution({ weight: 10, budget: null, executed: null, statedRate: 0.95 });
    expect(r).toMatchObject({ rate: 0.95, rateSource: "stated", score: 9.5 });
    expect(r.explanation["zh-CN"]).toBe("执行率按表中所填 95% 计算（全年预算数或执行数没有填写）。得分 = 分值 × 执行率 = 10 × 95% = 9.5 分。");
  });

  it("nothing to go on", () => {
    expect(scoreExecution({ weight: 10, budget: null, executed: 5 })).toMatchObject({ rate: null, score: null, problem: "no-budget" });
    expect(scoreExecution({ weight: 10, budget: 5, executed: null })).toMatchObject({ rate: null, score: null, problem: "no-executed" });
    expect(scoreExecution({ weight: null, budget: 5, executed: 5 })).toMatchObject({ rate: 1, score: null, problem: "no-weight" });
  });
});
