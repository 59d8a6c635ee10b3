import rule from "../../../src/rules/catalogue/wgt/wgt-02-total-points";
import { ruleTester } from "../rule-tester";
import { ds, ps } from "../builders";
import { scoredRows } from "../builders-monwgt";

ruleTester(rule, {
  valid: [
    { name: "10 + 50 + 30 + 10 = 100", forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [30], satisfaction: [10] }) })] },
    { name: "四川: 10 + 90 shared freely", profile: "sichuan", forms: () => [ps({ indicators: scoredRows({ output: [40, 20], benefit: [20], satisfaction: [10] }) })] },
    { name: "no points at all", forms: () => [ps({ indicators: [["产出指标", "数量指标", "次数", "50次", "59次", null, null]] })] },
  ],
  invalid: [
    {
      name: "seed 003 附件1: the points make 105 although the 总分 row says 100",
      forms: () => [ds({ indicators: scoredRows({ output: [5, 5, 5, 5, 5, 10, 10, 10], benefit: [15, 15], satisfaction: [10] }), total: [100, 92, "优"] })],
      findings: [
        {
          messageId: "totalNotProfile",
          severity: "error",
          cells: ["G21", "F5"],
          message: "执行率分值 10 分加各指标分值 95 分，合计 105 分，但按全国通用（财预〔2020〕10号）的方案，自评表满分应为 100 分。请调整各指标分值，使合计为 100 分；总分行在 G21。",
        },
      ],
    },
    {
      name: "points short of 100 and no 总分 row: shown at the 执行率 分值",
      forms: () => [ps({ indicators: scoredRows({ output: [20, 20], benefit: [30], satisfaction: [10] }) })],
      findings: [{ messageId: "totalNotProfile", cells: ["F5"], message: /^执行率分值 10 分加各指标分值 80 分，合计 90 分/ }],
    },
  ],
});
