import rule from "../../../src/rules/catalogue/eva/eva-05-quantitative-score";
import { checkForms } from "../../../src/rules/engine";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit, cost, qty } from "../builders-eva";

ruleTester(rule, {
  valid: [
    { name: "正向 met, full marks", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, 10)] })] },
    { name: "正向 missed, scored by the formula", forms: () => [ps({ indicators: [qty("司勤人员", "≥15人", "14人", 10, 9.33, "1人调离")] })] },
    { name: "9.33 written as 9: a rounding within tolerance", forms: () => [ps({ indicators: [qty("司勤人员", "≥15人", "14人", 10, 9, "1人调离")] })] },
    { name: "反向 ratio (national)", forms: () => [ps({ indicators: [cost("维修费", "≤100万元", "150万元", 10, 6.67, "材料涨价")] })] },
    { name: "反向 linear (hebei)", profile: "hebei", forms: () => [ps({ indicators: [cost("维修费", "≤100万元", "150万元", 10, 5, "材料涨价")] })] },
    { name: "等于 0", forms: () => [ds({ indicators: [["产出指标", "质量指标", "安全事故", "=0起", "0起", 10, 10]] })] },
    { name: "deadline met", forms: () => [ps({ indicators: [["产出指标", "时效指标", "完成时限", "2021年12月前", "2021年11月", 10, 10]] })] },
    { name: "定性 is EVA-06's", forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "全面提升", 15, 3)] })] },
    { name: "a score above the 分值 is EVA-07's", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, 12)] })] },
    { name: "a score below the formula's with the deduction explained (issue 17: never ask to raise it)", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, 8, "目标设置偏低，自行扣2分")] })] },
    { name: "blank actual is EVA-12's", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", null, 10, 10)] })] },
  ],
  invalid: [
    {
      name: "seed 003: 15 人 → 14 人 scored full (no symbol: direction by name)",
      forms: () => [ps({ indicators: [qty("公车平台司勤人员", "15 人", "14 人", 10, 10)] })],
      findings: [
        {
          messageId: "scoreDiffers",
          severity: "error",
          cells: ["H10", "F10", "E10", "G10"],
          message:
            "H10“公车平台司勤人员”的得分有误。按正向指标计算：14 ÷ 15 × 10 = 9.33 分，表中填 10 分。请把得分改为 9.33 分，并在偏差原因栏说明未达到目标的原因。（指标值“15 人”没有比较符号，按指标名称判断为正向指标；如判断不对，请在指标值前补上 ≥ 或 ≤。）",
        },
      ],
    },
    {
      name: "正向 by symbol, reason already given",
      forms: () => [ds({ indicators: [qty("司勤人员", "≥15人", "12人", 10, 10, "2人调离，1人退休")] })],
      findings: [{ messageId: "scoreDiffers", message: "H10“司勤人员”的得分有误。按正向指标计算：12 ÷ 15 × 10 = 8 分，表中填 10 分。请把得分改为 8 分。" }],
    },
    {
      name: "反向 linear under hebei: the ratio score is too high",
      profile: "hebei",
      forms: () => [ps({ indicators: [cost("维修费", "≤100万元", "150万元", 10, 6.67, "材料涨价")] })],
      findings: [{ messageId: "scoreDiffers", message: "H10“维修费”的得分有误。按反向指标（线性法）计算：10 × (1 − (150 − 100) ÷ 100) = 5 分，表中填 6.67 分。请把得分改为 5 分。" }],
    },
    {
      name: "等于 0 missed but scored",
      forms: () => [ps({ indicators: [["产出指标", "质量指标", "安全事故", "=0起", "2起", 10, 10, "夜间施工未设围挡"]] })],
      findings: [{ messageId: "scoreDiffers", message: "H10“安全事故”的得分有误。按等于型指标（指标值为 0）计算：2 > 0 → 0 分，表中填 10 分。请把得分改为 0 分。" }],
    },
    {
      name: "deadline missed but scored",
      forms: () => [ps({ indicators: [["产出指标", "时效指标", "完成时限", "2021年12月前", "2022年3月", 10, 10]] })],
      findings: [
        {
          messageId: "scoreDiffers",
          message: "H10“完成时限”的得分有误。按时效指标计算：2022年3月 > 2021年12月 → 0 分，表中填 10 分。请把得分改为 0 分，并在偏差原因栏说明未达到目标的原因。",
        },
      ],
    },
    {
      name: "a score below the formula's, unexplained: a recalculation discrepancy, never “raise it to X” (issue 17)",
      forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, 8)] })],
      findings: [
        {
          messageId: "scoreBelowFormula",
          severity: "warning",
          cells: ["H10", "F10", "E10", "G10"],
          message: "H10“维修次数”的得分与计分公式不一致：按正向指标计算为 59 ≥ 50 → 10 分，表中填 8 分，低了 2 分。请核对实际完成值、指标值和分值；如是有意扣分，请在偏差原因栏写明扣分理由。",
        },
      ],
    },
  ],
});

describe("EVA-05 never asks the unit to raise its own score", () => {
  it("no message of a score below the formula's names a higher score to write", () => {
    const fs = checkForms([ps({ indicators: [qty("维修次数", "≥50次", "40次", 10, 5), qty("司勤人员", "≥15人", "15人", 10, 9)] })], { rules: [rule] });
    expect(fs.map((f) => f.messageId)).toEqual(["scoreBelowFormula", "scoreBelowFormula"]);
    for (const f of fs) expect(f.message).not.toMatch(/请把得分改为/);
  });
});

describe("EVA-05 in English", () => {
  it("names the cell, the formula and the fix", () => {
    const [f] = checkForms([ps({ indicators: [qty("公车平台司勤人员", "15 人", "14 人", 10, 10)] })], { rules: [rule], locale: "en" });
    expect(f?.message).toBe(
      "The score of “公车平台司勤人员” in H10 is wrong. As a bigger-is-better indicator: 14 ÷ 15 × 10 = 9.33, but the form says 10. Change the score to 9.33, and explain in the deviation column why the target was missed. (The target “15 人” has no comparison symbol, so it was judged bigger-is-better by its name; if that is wrong, add ≥ or ≤ to the target.)",
    );
  });
});
