/**
 * Seed 003 (株洲市石峰区机关事务服务中心, 2021): one 部门整体 and four 项目 self-evaluations.
 * Every place where a stated score, subtotal or 总分 differs from the rules, and by how much.
 *
 * Verdicts (what a reviewer would say):
 * - 公车平台经费 H710 "公车平台司勤人员" 15 人 → 14 人 scored 10: a real error, 14 ÷ 15 × 10 = 9.33.
 *   With it the project's total is 91.33, not 92 (still 优).
 * - 公车平台经费 执行率得分: the cell is blank in this copy (the 得分 column is missing from the
 *   table's header too — probably lost in the PDF conversion); by the rules it is 10, and the
 *   stated 总分 92 counts it.
 * - 部门整体 总分 G631: the scores add up to 97 (执行率 10 + 产出 55 + 效益 22 + 满意度 10), not
 *   92. The 产出 分值 add up to 55 against the heading's 50; 92 is the sum with 产出 capped at 50.
 *   The error is in the 分值 (WGT-01), and the 总分 hides it.
 * - 定性 rows whose 实际完成值 repeats the 年度指标值 ("全面提升" → "全面提升"), which claims the
 *   target was reached, yet scored 10 of 15 (the 部分达成 band): seven rows, 2 points below the
 *   达成 band each. Either the actual or the score is wrong; the 偏差原因 "有待提高" says the score
 *   is meant, so the actual should say what was not achieved.
 * Everything else — 执行率 100% everywhere, the 成本 ceilings, the 2021年12月 deadlines, 满意度
 * 95% ≥ 90% — agrees with the rules.
 */
import { scoreSelfEvaluation, show } from "../../../src/scoring";
import { getProfile } from "../../../src/rules/profiles";
import { isSelfEvaluation } from "../../../src/forms/forms";
import { formsOfSeedText } from "../recognise/helpers";

function signed(n: number): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${show(Math.abs(n))}`;
}

function differences(profileId: string): string[] {
  const profile = getProfile(profileId)!;
  const out: string[] = [];
  for (const form of formsOfSeedText("003").filter(isSelfEvaluation)) {
    const who = form.kind === "DS" ? "部门整体" : form.header.project?.value ?? "?";
    const s = scoreSelfEvaluation(form, profile);
    const e = s.execution;
    if (e.rateCheck === "differs") out.push(`${who} ${form.execution.rate!.ref} 执行率: stated ${show(e.stated.rate! * 100)}%, rules ${show(e.result.rate! * 100)}%`);
    if (e.scoreCheck === "differs" || e.scoreCheck === "rounding") out.push(`${who} ${form.execution.score!.ref} 执行率得分: stated ${show(e.stated.score!)}, rules ${show(e.result.score!)} (${signed(e.scoreDifference!)})`);
    if (e.scoreCheck === "no-stated-score") out.push(`${who} 执行率得分: blank, rules ${show(e.result.score!)}`);
    for (const i of s.indicators) {
      if (i.check === "differs" || i.check === "rounding") out.push(`${who} ${i.indicator.score!.ref} ${i.name}: stated ${show(i.stated.score!)}, rules ${show(i.computed!)} (${signed(i.difference!)})`);
      if (i.check === "outside-band" && i.result.kind === "band") {
        out.push(`${who} ${i.indicator.score!.ref} ${i.name}: stated ${show(i.stated.score!)}, band ${show(i.result.allowed!.min)}–${show(i.result.allowed!.max)} (${signed(i.difference!)})`);
      }
    }
    for (const b of s.blocks) {
      if (b.statedWeight !== null && Math.abs(b.weight - b.statedWeight) > 1e-9) out.push(`${who} ${b.name} 分值: heading ${show(b.statedWeight)}, sum ${show(b.weight)} (${signed(b.weight - b.statedWeight)})`);
    }
    const t = s.total;
    const stated = t.stated.score!;
    if (Math.abs(stated - t.statedSum) > 1e-9) out.push(`${who} ${form.total.score!.ref} 总分: stated ${show(stated)}, sum of the stated scores ${show(t.statedSum)} (${signed(stated - t.statedSum)})`);
    if (Math.abs(stated - t.computed) > 1e-9) out.push(`${who} ${form.total.score!.ref} 总分: stated ${show(stated)}, rules ${show(t.computed)} (${signed(stated - t.computed)}), grade ${t.statedGrade} → ${t.gradeOfComputed}`);
  }
  return out;
}

describe("seed 003: stated scores against the rules", () => {
  const expected = [
    "部门整体 H629 日常基建维修工作开展更加精细高效: stated 10, band 12–15 (−2)",
    "部门整体 产出指标 分值: heading 50, sum 55 (+5)",
    "部门整体 G631 总分: stated 92, sum of the stated scores 97 (−5)",
    "部门整体 G631 总分: stated 92, rules 97 (−5), grade 优 → 优",
    "物业管理及水电气经费 H657 完善安保体系建设，改进工作模式，全面提升应急处置能力: stated 10, band 12–15 (−2)",
    "物业管理及水电气经费 H658 日常基建维修工作开展更加精细高效: stated 10, band 12–15 (−2)",
    "零星维修购置及各类合同经费 H686 完善安保体系建设, 改进工作模式, 全面提升应急处置: stated 10, band 12–15 (−2)",
    "公车平台经费 执行率得分: blank, rules 10",
    "公车平台经费 H710 公车平台司勤人员: stated 10, rules 9.33 (+0.67)",
    "公车平台经费 I716 全面实现“网上派单”智能化: stated 10, band 12–15 (−2)",
    "公车平台经费 G718 总分: stated 92, rules 91.33 (+0.67), grade 优 → 优",
    "工程改造项目及机关服务后勤保障工作经费等 H745 完善安保体系建设，改进工作模式，全面提升应急处置能力: stated 10, band 12–15 (−2)",
    "工程改造项目及机关服务后勤保障工作经费等 H746 日常基建维修工作开展更加精细高效: stated 10, band 12–15 (−2)",
  ];

  it("national profile (反向 by ratio)", () => {
    expect(differences("national")).toEqual(expected);
  });

  it("the linear 反向 variant changes nothing here: every 成本 actual is within its ceiling", () => {
    expect(differences("hebei")).toEqual(expected);
  });

  it("explains the one formula error in words", () => {
    const form = formsOfSeedText("003").filter(isSelfEvaluation).find((f) => f.header.project?.value === "公车平台经费")!;
    const row = scoreSelfEvaluation(form, getProfile("national")!).indicators.find((i) => i.name === "公车平台司勤人员")!;
    expect(row.explanation["zh-CN"]).toBe(
      "正向指标（越大越好；指标值未写比较符号，按指标名称判断）：实际完成 14人，未达到指标值 15人，按完成比例计分：14 ÷ 15 × 10 = 9.33 分。表中填 10 分，相差 0.67 分。",
    );
  });
});
