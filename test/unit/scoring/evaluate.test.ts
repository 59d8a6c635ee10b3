/**
 * scoreSelfEvaluation on whole forms built through the real recogniser: per-indicator checks
 * against the stated scores, rounding within the profile's tolerance, subtotals, 总分, 等级.
 */
import { gradeOf, readGrade, scoreSelfEvaluation } from "../../../src/scoring/evaluate";
import { getProfile } from "../../../src/rules/profiles";
import { ps, ds } from "../../rules/builders";
import { benefit, cost, qty } from "../../rules/builders-eva";

const national = getProfile("national")!;
const hebei = getProfile("hebei")!;

describe("scoreSelfEvaluation", () => {
  const form = ps({
    budget: [100, 500, 431],
    execution: [10, "86.2%", 9],
    indicators: [
      qty("维修次数", "≥50次", "59次", 20, 20),
      qty("司勤人员", "15人", "14人", 20, 20),
      cost("维修费", "≤100万元", "110万元", 20, 18.18, "材料涨价"),
      benefit("应急处置能力", "全面提升", "部分达成年度指标并具有一定效果", 20, 14, "演练次数不足"),
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", 10, 10],
    ],
    total: [100, 91.18, "优"],
  });

  it("checks each indicator against its stated score", () => {
    const s = scoreSelfEvaluation(form, national);
    expect(s.indicators.map((e) => [e.name, e.check, e.computed === null ? null : Number(e.computed.toFixed(2)), e.difference === null ? null : Number(e.difference.toFixed(2)) + 0])).toEqual([
      ["维修次数", "match", 20, 0],
      ["司勤人员", "differs", 18.67, 1.33],
      ["维修费", "match", 18.18, 0],
      ["应急处置能力", "in-band", null, 0],
      ["满意度", "match", 10, 0],
    ]);
    expect(s.indicators[1]!.explanation["zh-CN"]).toBe(
      "正向指标（越大越好；指标值未写比较符号，按指标名称判断）：实际完成 14人，未达到指标值 15人，按完成比例计分：14 ÷ 15 × 20 = 18.67 分。表中填 20 分，相差 1.33 分。",
    );
  });

  it("a rounded score within the tolerance is a rounding, not a difference (8.62 written as 9)", () => {
    const s = scoreSelfEvaluation(form, national);
    expect(s.execution).toMatchObject({ rateCheck: "match", scoreCheck: "rounding" });
    expect(s.execution.scoreDifference).toBeCloseTo(0.38, 10);
    expect(s.execution.explanation["zh-CN"]).toBe(
      "执行率 = 全年执行数 ÷ 全年预算数 = 431 ÷ 500 = 86.2%。得分 = 分值 × 执行率 = 10 × 86.2% = 8.62 分。表中得分填 9 分，相差 0.38 分（取整差）。",
    );
  });

  it("uses the profile's 反向 variant (hebei: linear)", () => {
    const ratio = scoreSelfEvaluation(form, national).indicators[2]!;
    const linear = scoreSelfEvaluation(form, hebei).indicators[2]!;
    expect(ratio.computed).toBeCloseTo(2000 / 110, 10);
    expect(linear.computed).toBeCloseTo(18, 10);
    expect(linear.check).toBe("rounding");
    expect(linear.explanation["zh-CN"]).toContain("20 × (1 − (110 − 100) ÷ 100) = 18 分。表中填 18.18 分，相差 0.18 分（取整差，在允许范围内）。");
  });

  it("adds subtotals per 一级, the stated sum, the computed total and grades", () => {
    const s = scoreSelfEvaluation(form, national);
    expect(s.blocks.map((b) => [b.name, b.weight, b.statedScore, Number(b.score.toFixed(2))])).toEqual([
      ["产出指标", 60, 58.18, 56.85],
      ["效益指标", 20, 14, 14],
      ["满意度指标", 10, 10, 10],
    ]);
    expect(s.total.statedSum).toBeCloseTo(91.18, 10);
    expect(s.total.statedSumParts.map((p) => p.label)).toEqual(["执行率", "产出指标", "效益指标", "满意度指标"]);
    expect(s.total.computed).toBeCloseTo(8.62 + 20 + 280 / 15 + 2000 / 110 + 14 + 10, 10);
    expect([s.total.gradeOfStated, s.total.gradeOfComputed, s.total.statedGrade]).toEqual(["优", "良", "优"]);
    expect(s.total.explanation["zh-CN"]).toBe(
      "表中各项得分之和：执行率 9 + 产出指标 58.18 + 效益指标 14 + 满意度指标 10 = 91.18 分（总分填 91.18 分）；按规则计算的总分 89.47 分，等级“良”。",
    );
  });

  it("a blank 执行率得分 counts as its computed value in the stated sum", () => {
    const s = scoreSelfEvaluation(ds({ execution: [10, "100%", null], indicators: [qty("维修次数", "≥50次", "59次", 90, 90)], total: [100, 100, "优"] }), national);
    expect(s.execution.scoreCheck).toBe("no-stated-score");
    expect(s.total).toMatchObject({ statedSum: 100, statedSumUsesComputedExecution: true, computed: 100 });
  });

  it("caps a block at its stated points in cappedSum (the seed 003 DS case)", () => {
    const f = ds({
      indicators: [
        ["产出指标 (50分)", "数量指标", "次数A", "50次", "59次", 30, 30],
        [null, "数量指标", "次数B", "50次", "59次", 25, 25],
        ["效益指标 (30分)", "社会效益指标", "效益", "全面提升", "全面提升", 30, 30],
        ["满意度指标 (10分)", "服务对象满意度指标", "满意度", "≥90%", "95%", 10, 10],
      ],
      total: [100, 100, "优"],
    });
    const s = scoreSelfEvaluation(f, national);
    expect(s.blocks.map((b) => [b.name, b.statedWeight, b.weight])).toEqual([
      ["产出指标", 50, 55],
      ["效益指标", 30, 30],
      ["满意度指标", 10, 10],
    ]);
    expect([s.total.statedSum, s.total.cappedSum]).toEqual([105, 100]);
  });

  it("caches per form and profile", () => {
    expect(scoreSelfEvaluation(form, national)).toBe(scoreSelfEvaluation(form, national));
    expect(scoreSelfEvaluation(form, hebei)).not.toBe(scoreSelfEvaluation(form, national));
  });
});

describe("grades", () => {
  it("bands at 90 / 80 / 60, compared at two decimals", () => {
    const g = national.grades;
    expect([100, 90, 89.999, 89.99, 80, 79.99, 60, 59.99, 0].map((t) => gradeOf(t, g))).toEqual(["优", "优", "优", "良", "良", "中", "中", "差", "差"]);
  });

  it("reads what forms write", () => {
    expect(["优", "等级：优", "等级: 良好", "中等", "合格", "差", "不合格", "A"].map(readGrade)).toEqual(["优", "优", "良", "中", "中", "差", "差", null]);
  });
});
