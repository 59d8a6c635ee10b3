import rule from "../../../src/rules/catalogue/eva/eva-03-execution-score";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { qty } from "../builders-eva";

const indicators = [qty("维修次数", "≥50次", "59次", 90, 90)];

ruleTester(rule, {
  valid: [
    { name: "8.62 rounded down to 8: against the unit, nothing to ask (issue 17)", forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86.2%", 8.5], indicators })] },
    { name: "10 × 100% = 10", forms: () => [ps({ indicators })] },
    { name: "10 × 86.2% = 8.62 written exactly", forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86.2%", 8.62], indicators })] },
    { name: "over 100% capped at the 分值", forms: () => [ps({ budget: [100, 100, 120], execution: [10, "120%", 10], indicators })] },
    { name: "money blank: the stated rate is used", forms: () => [ds({ budget: [null, null, null], execution: [10, "95%", 9.5], indicators })] },
    { name: "zero budget: no score to check", forms: () => [ds({ budget: [0, 0, 0], execution: [10, null, 10], indicators })] },
  ],
  invalid: [
    {
      name: "score above 分值 × 执行率",
      forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86.2%", 10], indicators })],
      findings: [{ messageId: "scoreDiffers", severity: "error", cells: ["H5", "F5", "G5"], message: "H5 执行率得分填 10 分，但分值 × 执行率 = 10 × 86.2% = 8.62 分，相差 1.38 分。请改为 8.62 分。" }],
    },
    {
      name: "score below 分值 × 执行率: a discrepancy to check, never “raise it” (issue 17)",
      forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86.2%", 7], indicators })],
      findings: [
        {
          messageId: "scoreBelow",
          severity: "warning",
          cells: ["H5", "F5", "G5"],
          message: "H5 执行率得分填 7 分，而分值 × 执行率 = 10 × 86.2% = 8.62 分，低了 1.62 分。请核对全年预算数、全年执行数和分值；如是有意扣分，请写明理由。",
        },
      ],
    },
    {
      name: "a rate over 100% earns no more than the 分值",
      forms: () => [ps({ budget: [100, 100, 120], execution: [10, "120%", 12], indicators })],
      findings: [{ messageId: "scoreDiffers", severity: "error", message: "H5 执行率得分填 12 分，但分值 × 执行率 = 10 × 100% = 10 分，相差 2 分。请改为 10 分。" }],
    },
    {
      name: "8.62 rounded to 9: a warning",
      forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86.2%", 9], indicators })],
      findings: [
        {
          messageId: "scoreRounded",
          severity: "warning",
          cells: ["H5", "F5", "G5"],
          message: "H5 执行率得分 9 分是 10 × 86.2% = 8.62 分取整后的结果，相差 0.38 分，在允许的取整误差（0.5 分）以内。如要求按实际计算，请改为 8.62 分。",
        },
      ],
    },
    {
      name: "score left blank",
      forms: () => [ds({ execution: [10, "100%", null], indicators })],
      findings: [{ messageId: "scoreMissing", severity: "warning", cells: ["H5", "F5", "G5"], message: "H5 所在的执行率一行没有填得分。分值 × 执行率 = 10 × 100% = 10 分，请填写 10 分。" }],
    },
  ],
});
