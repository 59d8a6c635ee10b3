import rule from "../../../src/rules/catalogue/eva/eva-02-execution-over-100";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { qty } from "../builders-eva";

const indicators = [qty("维修次数", "≥50次", "59次", 90, 90)];

ruleTester(rule, {
  valid: [
    { name: "exactly 100%", forms: () => [ps({ indicators })] },
    { name: "below 100%", forms: () => [ps({ budget: [100, 500, 431], execution: [10, "86.2%", 8.62], indicators })] },
    { name: "zero budget, nothing spent", forms: () => [ds({ budget: [0, 0, 0], execution: [10, null, null], indicators })] },
  ],
  invalid: [
    {
      name: "spending above the adjusted budget",
      forms: () => [ps({ budget: [100, 100, 120], execution: [10, "120%", 10], indicators })],
      findings: [
        {
          messageId: "overBudget",
          severity: "error",
          cells: ["E5", "D5", "G5"],
          message:
            "E5 全年执行数 120 万元超过全年预算数 100 万元，执行率 120 ÷ 100 = 120%，超过 100%。执行数不能超过调整后的预算：请核对执行数和全年预算数；如预算已调整，请按调整后的预算数填写。",
        },
      ],
    },
    {
      name: "spending against a zero budget",
      forms: () => [ds({ budget: [0, 0, 5], execution: [10, null, null], indicators })],
      findings: [{ messageId: "spentWithoutBudget", cells: ["D5", "E5"], message: "D5 全年预算数为 0，却有全年执行数 5 万元。没有预算不能支出：请填写调整后的全年预算数，或核对执行数。" }],
    },
    {
      name: "money blank, stated rate over 100%",
      forms: () => [ps({ budget: [null, null, null], execution: [10, "105%", 10], indicators })],
      findings: [{ messageId: "statedOver100", cells: ["G5"], message: "G5 填的执行率 105% 超过 100%。执行率不应超过 100%：请核对全年预算数和全年执行数。" }],
    },
  ],
});
