import rule from "../../../src/rules/catalogue/eva/eva-01-execution-rate";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { qty } from "../builders-eva";

const indicators = [qty("维修次数", "≥50次", "59次", 90, 90)];

ruleTester(rule, {
  valid: [
    { name: "100% = 100 ÷ 100", forms: () => [ps({ indicators })] },
    { name: "86% is 431 ÷ 500 = 86.2% rounded to a whole percent", forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86%", 8.62], indicators })] },
    { name: "money columns blank: nothing to check against", forms: () => [ps({ budget: [null, null, null], execution: [10, "95%", 9.5], indicators })] },
    { name: "zero budget: no rate to compare (EVA-02's concern)", forms: () => [ds({ budget: [0, 0, 0], execution: [10, "100%", 10], indicators })] },
  ],
  invalid: [
    {
      name: "stated rate does not match the money",
      forms: () => [ps({ budget: [100, 500, 431], execution: [10, "90%", 9], indicators })],
      findings: [
        {
          messageId: "rateDiffers",
          severity: "error",
          cells: ["G5", "E5", "D5"],
          message: "G5 填的执行率 90% 与资金数不符：全年执行数 ÷ 全年预算数 = 431 ÷ 500 = 86.2%。请把执行率改为 86.2%。",
        },
      ],
    },
    {
      name: "rate left blank",
      forms: () => [ds({ budget: [100, 500, 431], execution: [10, null, 8.62], indicators })],
      findings: [{ messageId: "rateMissing", severity: "warning", cells: ["G5", "E5", "D5"], message: "G5 的执行率没有填写。按全年执行数 ÷ 全年预算数 = 431 ÷ 500 = 86.2%，请填写 86.2%。" }],
    },
    {
      name: "rate is an error value",
      forms: () => [ps({ budget: [100, 500, 431], execution: [10, "#DIV/0!", 8.62], indicators })],
      findings: [{ messageId: "rateUnreadable", severity: "warning", cells: ["G5", "E5", "D5"], message: "G5 的执行率“#DIV/0!”不是有效的百分数。按全年执行数 ÷ 全年预算数 = 431 ÷ 500 = 86.2%，请填写 86.2%。" }],
    },
  ],
});
