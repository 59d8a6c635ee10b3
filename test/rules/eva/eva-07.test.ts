import rule from "../../../src/rules/catalogue/eva/eva-07-score-range";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit, qty } from "../builders-eva";

ruleTester(rule, {
  valid: [
    { name: "0 and W are both allowed", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, 10), benefit("应急处置能力", "全面提升", "未完成", 15, 0, "项目取消")] })] },
    { name: "no 分值: nothing to compare with (WGT-04's)", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", null, 10)] })] },
  ],
  invalid: [
    {
      name: "score above the 分值",
      forms: () => [ps({ indicators: [qty("司勤人员", "≥15人", "14人", 10, 12)] })],
      findings: [{ messageId: "overWeight", severity: "error", cells: ["H10", "G10"], message: "H10“司勤人员”的得分 12 分超过了分值 10 分。得分不能超过分值，请改正（按规则应为 9.33 分）。" }],
    },
    {
      name: "negative score",
      forms: () => [ds({ indicators: [benefit("应急处置能力", "全面提升", "未完成", 15, -2, "项目取消")] })],
      findings: [{ messageId: "negative", message: "H10“应急处置能力”的得分 -2 分是负数。得分应在 0 到分值 15 分之间，请改正。" }],
    },
    {
      name: "score blank",
      forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, null)] })],
      findings: [{ messageId: "scoreMissing", severity: "warning", cells: ["H10", "G10"], message: "H10“维修次数”有分值 10 分，但没有填得分。请填写得分（按规则应为 10 分）。" }],
    },
    {
      name: "score in words",
      forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "全面提升", 15, "满分")] })],
      findings: [{ messageId: "notANumber", severity: "error", message: "H10“应急处置能力”的得分“满分”不是数字。请填写 0 到 15 分之间的数字。" }],
    },
  ],
});
