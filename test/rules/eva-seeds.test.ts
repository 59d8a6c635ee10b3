/**
 * The EVA rules over seed 003's five self-evaluations (one 部门整体 DS, four 项目 PS). The list
 * is exact: every finding is a real problem of the published forms, with the verdict beside it;
 * everything the rules leave alone is right (100% execution, full scores where targets were met,
 * 成本 within their ceilings, deadlines met, grades matching the totals).
 */
import { checkForms } from "../../src/rules/engine";
import { EVA_RULES } from "../../src/rules/catalogue/eva";
import { getProfile } from "../../src/rules/profiles";
import { isSelfEvaluation } from "../../src/forms/forms";
import { formsOfSeedText } from "../unit/recognise/helpers";

const forms = formsOfSeedText("003");

function run(profile = "national", locale: "zh-CN" | "en" = "zh-CN") {
  return checkForms(forms, { rules: EVA_RULES, profile: getProfile(profile)!, locale });
}

describe("EVA rules on seed 003", () => {
  it("reads one DS and four PS", () => {
    expect(forms.filter(isSelfEvaluation).map((f) => f.kind)).toEqual(["DS", "PS", "PS", "PS", "PS"]);
  });

  it("finds exactly these problems", () => {
    const found = run().map((f) => `${f.rule} ${f.severity} ${f.messageId} ${f.cells[0]?.ref}`);
    expect(found).toEqual([
      // Errors first (issue 17): 部门整体 (DS), then 公车平台经费 (PS).
      "EVA-08 error totalDiffersCapped G631", // 总分 92 ≠ Σ 97; 92 = 产出 capped at its stated 50 (its 分值 add up to 55).
      "EVA-05 error scoreDiffers H710", // 司勤人员 15 人 → 14 人 scored 10: 14 ÷ 15 × 10 = 9.33.
      // 部门整体 (DS)
      "EVA-11 warning overshoot F622", // 公车平台“网上派单”次数 1346 of 1000 次 = 1.35 > 1.2 at full marks: target set too low.
      "EVA-10 warning vagueDeviation I628", // 12 of 15 with only “有待提高”: no cause, no measure.
      "EVA-06 warning copyOutsideBand H629", // actual repeats the target (达成) but 10 of 15 is the 部分达成 band.
      "EVA-10 warning vagueDeviation I629",
      // 物业管理及水电气经费 (PS)
      "EVA-06 warning copyOutsideBand H657",
      "EVA-10 warning vagueDeviation I657",
      "EVA-06 warning copyOutsideBand H658",
      "EVA-10 warning vagueDeviation I658",
      // 零星维修购置及各类合同经费 (PS)
      "EVA-06 warning copyOutsideBand H686",
      "EVA-10 warning vagueDeviation I686",
      "EVA-10 warning vagueDeviation I687", // 13 of 15 is in the 达成 band (no EVA-06), but the reason is still empty.
      // 公车平台经费 (PS)
      "EVA-03 warning scoreMissing H704", // 执行率得分 blank (column lost in the copy); by the rules 10.
      "EVA-14 warning achievedCopiesExpected F707", // 实际完成情况 = 预期目标 word for word.
      "EVA-11 warning overshoot F709", // 1346 of 1000 次 again.
      "EVA-10 warning vagueDeviation J715",
      "EVA-06 warning copyOutsideBand I716",
      "EVA-10 warning vagueDeviation J716",
      // 工程改造项目及机关服务后勤保障工作经费等 (PS)
      "EVA-06 warning copyOutsideBand H745",
      "EVA-10 warning vagueDeviation I745",
      "EVA-06 warning copyOutsideBand H746",
      "EVA-10 warning vagueDeviation I746",
    ]);
  });

  it("reports only two errors, both arithmetic", () => {
    expect(run().filter((f) => f.severity === "error").map((f) => f.message)).toEqual([
      "G631 总分填 92 分，但各项得分相加为 执行率 10 + 产出指标 55 + 效益指标 22 + 满意度指标 10 = 97 分，相差 5 分。92 分正是把产出指标按标明的 50 分封顶（其各项分值合计 55 分，得分合计 55 分）后的结果。请先改正这些指标的分值，使其合计等于标明的分值，再重新计算各项得分和总分。",
      "H710“公车平台司勤人员”的得分有误。按正向指标计算：14 ÷ 15 × 10 = 9.33 分，表中填 10 分。请把得分改为 9.33 分，并在偏差原因栏说明未达到目标的原因。（指标值“15 人”没有比较符号，按指标名称判断为正向指标；如判断不对，请在指标值前补上 ≥ 或 ≤。）",
    ]);
  });

  it("says what the overshoot is", () => {
    const overshoots = run().filter((f) => f.rule === "EVA-11");
    expect(overshoots.map((f) => f.message)).toEqual([
      "F622“公车平台“网上派单”次数”实际完成 1346次，是指标值 1000次 的 1.35 倍（1346 ÷ 1000 = 1.35，超过 1.2 倍），仍得满分。指标值可能定得过低：请说明超额完成的原因，酌情扣分，并在下一年度合理提高指标值。",
      "F709“公车平台“网上派单”次数”实际完成 1346次，是指标值 1000次 的 1.35 倍（1346 ÷ 1000 = 1.35，超过 1.2 倍），仍得满分。指标值可能定得过低：请说明超额完成的原因，酌情扣分，并在下一年度合理提高指标值。",
    ]);
  });

  it("finds the same under the linear 反向 variant and in English", () => {
    const ids = (fs: ReturnType<typeof run>) => fs.map((f) => `${f.rule} ${f.messageId} ${f.cells[0]?.ref}`);
    expect(ids(run("hebei"))).toEqual(ids(run()));
    const en = run("national", "en");
    expect(en.find((f) => f.rule === "EVA-08")?.message).toBe(
      "The total in G631 is 92, but the scores add up to execution 10 + 产出指标 55 + 效益指标 22 + 满意度指标 10 = 97, 5 off. 92 is what you get by capping 产出指标 at its stated 50 (its points add up to 55, its scores to 55). Correct those indicators' points so they add up to the heading, then rescore and re-add.",
    );
  });

  it("with 四川's 90% threshold nothing more: every 执行率 is 100%", () => {
    const extra = run("sichuan").filter((f) => f.rule === "EVA-04");
    expect(extra).toEqual([]);
  });
});
