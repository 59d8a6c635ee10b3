/**
 * scoreIndicator: one indicator as written on a form — the value parsed, the direction decided,
 * units matched, multiple quantities split, deadlines and 定性 bands — with the explanation the
 * clerk reads.
 */
import { bandOfScore, bandOfWording, inTargetUnit, scoreIndicator, type ComputedScore, type IndicatorScore, type ScoreOptions } from "../../../src/scoring/indicator-score";
import { indicator, type IndicatorSpec } from "./helpers";

const ratio: ScoreOptions = { reverseScoring: "ratio" };
const linear: ScoreOptions = { reverseScoring: "linear" };

function computed(spec: IndicatorSpec, options = ratio): ComputedScore {
  const r = scoreIndicator(indicator(spec), options);
  if (r.kind !== "computed") throw new Error(`expected a computed score, got ${r.kind}: ${r.explanation["zh-CN"]}`);
  return r;
}

function kindAndReason(r: IndicatorScore): string {
  return r.kind === "unscored" ? `unscored:${r.reason}` : r.kind;
}

describe("定量 indicators", () => {
  it("正向 by symbol, met", () => {
    const r = computed({ name: "维修次数", target: "≥50次", actual: "59次", weight: 10 });
    expect(r).toMatchObject({ formula: "positive", direction: "positive", directionSource: "symbol", score: 10, met: true, arithmetic: "59 ≥ 50 → 10" });
    expect(r.explanation["zh-CN"]).toBe("正向指标（越大越好）：实际完成 59次，达到指标值 50次，得满分 10 分。");
    expect(r.how["zh-CN"]).toBe("正向指标");
  });

  it("正向 by name (no symbol), missed: the seed's 15人 → 14人", () => {
    const r = computed({ name: "公车平台司勤人员", target: "15 人", actual: "14 人", weight: 10 });
    expect(r).toMatchObject({ formula: "positive", directionSource: "name", met: false, arithmetic: "14 ÷ 15 × 10 = 9.33" });
    expect(r.score).toBeCloseTo(9.3333333, 6);
    expect(r.explanation["zh-CN"]).toBe(
      "正向指标（越大越好；指标值未写比较符号，按指标名称判断）：实际完成 14人，未达到指标值 15人，按完成比例计分：14 ÷ 15 × 10 = 9.33 分。",
    );
    expect(r.explanation.en).toBe(
      "Bigger-is-better indicator; no comparison symbol, so judged by the indicator's name: actual 14人 falls short of the target 15人; scored in proportion: 14 ÷ 15 × 10 = 9.33.",
    );
  });

  it("反向 under 成本指标 by name, both variants", () => {
    const spec = { level2: "成本指标", name: "物业管理及水电气经费", target: "450 万元", actual: "480.21 万元", weight: 10 };
    const r = computed(spec);
    expect(r).toMatchObject({ formula: "negative-ratio", direction: "negative", directionSource: "name", variant: "ratio", arithmetic: "450 ÷ 480.21 × 10 = 9.37" });
    expect(r.how["zh-CN"]).toBe("反向指标（比例法）");
    const l = computed(spec, linear);
    expect(l).toMatchObject({ formula: "negative-linear", variant: "linear", arithmetic: "10 × (1 − (480.21 − 450) ÷ 450) = 9.33" });
    expect(l.explanation["zh-CN"]).toContain("按线性法（分值 × (1 − 超出部分 ÷ 指标值)，超出一倍及以上得 0 分）计分");
  });

  it("反向 by symbol, met", () => {
    expect(computed({ name: "投诉率", target: "≤5%", actual: "3%", weight: 5 })).toMatchObject({ formula: "negative-ratio", score: 5, met: true });
  });

  it("等于 with T = 0", () => {
    expect(computed({ name: "安全事故", target: "=0起", actual: "0起", weight: 5 })).toMatchObject({ formula: "equal-zero", score: 5, met: true });
    const r = computed({ name: "安全事故", target: "=0起", actual: "1起", weight: 5 });
    expect(r).toMatchObject({ formula: "equal-zero", score: 0, met: false });
    expect(r.explanation["zh-CN"]).toBe("等于型指标（指标值为 0）：指标值为 0，实际 1起 大于 0，得 0 分。");
  });

  it("a negative actual counts as 0, and says so", () => {
    const r = computed({ name: "增长额", target: "≥10万元", actual: "-2万元", weight: 10 });
    expect(r.score).toBe(0);
    expect(r.explanation["zh-CN"]).toContain("（实际值为负数，按 0 计）");
  });

  it("percentages: a bare fraction meets a percentage target", () => {
    expect(computed({ level1: "满意度指标", level2: "服务对象满意度指标", name: "满意度", target: "≥90%", actual: "0.95", weight: 10 })).toMatchObject({ score: 10, met: true });
    expect(computed({ name: "满意度", target: "≥90%", actual: "85", weight: 10 }).score).toBeCloseTo((10 * 85) / 90, 10);
  });

  it("units convert within money and time", () => {
    const money = computed({ level2: "成本指标", name: "维修费", target: "≤5万元", actual: "60000元", weight: 10 });
    expect(money.arithmetic).toBe("5 ÷ 6 × 10 = 8.33");
    expect(money.explanation["zh-CN"]).toContain("实际 60000元（6万元），超过指标值 5万元");
    expect(computed({ level2: "时效指标", name: "响应时间", target: "≤2小时", actual: "90分钟", weight: 5 })).toMatchObject({ score: 5, met: true });
    expect(inTargetUnit({ number: 3, unit: "场" }, "场次", 2)).toBe(3);
    expect(inTargetUnit({ number: 3, unit: "个部门" }, "部门", 2)).toBe(3);
    expect(inTargetUnit({ number: 3, unit: "人" }, "次", 2)).toBeNull();
    expect(inTargetUnit({ number: 3, unit: "万元" }, "小时", 2)).toBeNull();
  });

  it("a range: 正向 against its lower end, 反向 against its upper end", () => {
    expect(computed({ name: "覆盖率", target: "90%-95%", actual: "91%", weight: 10 })).toMatchObject({ met: true, score: 10 });
    expect(computed({ level2: "成本指标", name: "单价", target: "90-100元", actual: "95元", weight: 10 })).toMatchObject({ met: true, score: 10 });
  });

  it("several quantities: each unit compared with its own, equal shares of W", () => {
    const met = computed({ name: "文印中心服务部门、资料打印", target: "80 个部门 30000 份", actual: "80 个部门 35000 份", weight: 10 });
    expect(met).toMatchObject({ score: 10, met: true });
    expect(met.parts.map((p) => [p.target, p.unit, p.actual, p.weight, p.score])).toEqual([
      [80, "个部门", 80, 5, 5],
      [30000, "份", 35000, 5, 5],
    ]);
    const missed = computed({ name: "文印", target: "80 个部门 30000 份", actual: "35000 份 70 个部门", weight: 10 });
    expect(missed.score).toBeCloseTo(5 * (70 / 80) + 5, 10);
    expect(missed.arithmetic).toBe("70 ÷ 80 × 5 = 4.38；35000 ≥ 30000 → 5；4.38 + 5 = 9.38");
    expect(missed.explanation["zh-CN"]).toContain("指标值含 2 个数量，各占分值的 1/2（5 分）");
  });

  it("leaves the indicator unscored, saying why", () => {
    const cases: [IndicatorSpec, string][] = [
      [{ target: "≥50次", weight: 10 }, "unscored:no-actual"],
      [{ target: "≥50次", actual: "", weight: 10 }, "unscored:no-actual"],
      [{ target: "≥50次", actual: "已完成", weight: 10 }, "unscored:actual-not-numeric"],
      [{ target: "≥50次", actual: "50人", weight: 10 }, "unscored:units-differ"],
      [{ target: "80个部门 30000份", actual: "80个部门", weight: 10 }, "unscored:units-differ"],
      [{ target: "≥50次", actual: "40次" }, "unscored:no-weight"],
      [{ target: "≥-5%", actual: "-8%", weight: 10 }, "unscored:target-not-positive"],
      [{ target: "", actual: "40次", weight: 10 }, "unscored:no-target"],
      [{ level2: "时效指标", name: "完成时间", target: "2021年12月前", actual: "很快", weight: 10 }, "unscored:actual-not-date"],
    ];
    expect(cases.map(([spec]) => kindAndReason(scoreIndicator(indicator(spec), ratio)))).toEqual(cases.map(([, want]) => want));
    const r = scoreIndicator(indicator({ target: "≥50次", actual: "已完成", weight: 10 }), ratio);
    expect(r.explanation["zh-CN"]).toBe("年度指标值是定量的（≥50次），实际完成值“已完成”却不是数值，无法按公式计分。");
  });
});

describe("时效 indicators", () => {
  const spec = { level2: "时效指标", name: "各项工作完成时限", weight: 10 };

  it("done by the deadline: full marks", () => {
    const r = computed({ ...spec, target: "2021 年 12 月", actual: "2021 年 12 月" });
    expect(r).toMatchObject({ formula: "deadline", score: 10, met: true, arithmetic: "2021年12月 ≤ 2021年12月 → 10" });
    expect(r.explanation["zh-CN"]).toBe("时效指标：实际完成时间 2021年12月，不晚于期限 2021年12月，得满分 10 分。");
    expect(computed({ ...spec, target: "2021年12月前", actual: "2021年11月20日" })).toMatchObject({ score: 10, met: true });
    expect(computed({ ...spec, target: "2021年12月底前", actual: "12月" })).toMatchObject({ score: 10, met: true });
  });

  it("later: 0", () => {
    const r = computed({ ...spec, target: "2021年12月前", actual: "2022年3月" });
    expect(r).toMatchObject({ score: 0, met: false, arithmetic: "2022年3月 > 2021年12月 → 0" });
    expect(r.explanation["zh-CN"]).toBe("时效指标：实际完成时间 2022年3月，晚于期限 2021年12月，未按期完成，得 0 分（逾期不得分）。");
  });

  it("in words", () => {
    expect(computed({ ...spec, target: "2021年12月前", actual: "按时完成" })).toMatchObject({ score: 10, met: true });
    expect(computed({ ...spec, target: "2021年12月前", actual: "延期完成" })).toMatchObject({ score: 0, met: false });
    expect(computed({ ...spec, target: "2021年12月前", actual: "未完成" })).toMatchObject({ score: 0, met: false });
  });
});

describe("定性 indicators: bands, not formulas", () => {
  const q = (actual: string, score: number | null, target = "全面提升") =>
    scoreIndicator(indicator({ level1: "效益指标", level2: "社会效益指标", name: "应急处置能力", target, actual, weight: 15, score }), ratio);

  it("band from the actual's wording", () => {
    expect(q("部分达成年度指标并具有一定效果", 10)).toMatchObject({ kind: "band", band: "partial", bandSource: "wording", allowed: { min: 9, max: 12, maxInclusive: false } });
    expect(q("未达成年度指标且效果较差", 5)).toMatchObject({ band: "not-achieved", bandSource: "wording", allowed: { min: 0, max: 9 } });
    expect(q("达成年度指标", 15)).toMatchObject({ band: "achieved", bandSource: "wording", allowed: { min: 12, max: 15, maxInclusive: true } });
  });

  it("an actual that copies the target claims 达成", () => {
    const r = q("全面提升", 10);
    expect(r).toMatchObject({ band: "achieved", bandSource: "copy", statedBand: "partial" });
    expect(r.explanation["zh-CN"]).toBe("定性指标不按公式计分：实际完成值“全面提升”与年度指标值相同，即表示“达成年度指标”，得分应在 12–15 分（分值的 80%–100%）。");
  });

  it("otherwise the stated score picks the band", () => {
    expect(q("共同战“疫”", 10)).toMatchObject({ band: "partial", bandSource: "stated-score" });
    expect(q("共同战“疫”", null)).toMatchObject({ band: null, bandSource: null, allowed: null });
    expect(q("共同战“疫”", null).explanation["zh-CN"]).toBe(
      "定性指标不按公式计分，由评价人按完成情况选档：达成年度指标 12–15 分；部分达成年度指标并具有一定效果 9 分至不足 12 分；未达成年度指标且效果较差 0 分至不足 9 分。",
    );
  });

  it("band edges: 80% is 达成, 60% is 部分达成", () => {
    expect([bandOfScore(12, 15), bandOfScore(11.99, 15), bandOfScore(9, 15), bandOfScore(8.99, 15), bandOfScore(0, 15)]).toEqual(["achieved", "partial", "partial", "not-achieved", "not-achieved"]);
  });

  it("wording with a number is not read as a band", () => {
    expect(bandOfWording("完成了80%", "全面完成")).toBeNull();
    expect(bandOfWording("基本完成", undefined)).toEqual({ band: "partial", source: "wording" });
    expect(bandOfWording("全 面 提 升。", "全面提升")).toEqual({ band: "achieved", source: "copy" });
  });
});
