import rule from "../../../src/rules/catalogue/wgt/wgt-05-dominant-indicator";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { scoredRows } from "../builders-monwgt";

ruleTester(rule, {
  valid: [
    { name: "points spread over several indicators", forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [30], satisfaction: [10] }) })] },
    { name: "exactly half is not more than half", forms: () => [ps({ indicators: scoredRows({ output: [50], benefit: [30], satisfaction: [10] }) })] },
  ],
  invalid: [
    {
      name: "one indicator with 60 of 100 points",
      forms: () => [ps({ indicators: scoredRows({ output: [60], benefit: [20], satisfaction: [10] }) })],
      findings: [
        {
          messageId: "dominant",
          severity: "info",
          cells: ["G10", "D10"],
          message: "指标“产出1”的分值是 60 分，占全部 100 分的 60%，超过一半。评价结果几乎只取决于这一个指标，建议把分值分配到多个指标（见 G10）。",
        },
      ],
    },
  ],
});
