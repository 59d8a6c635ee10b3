import rule from "../../../src/rules/catalogue/wgt/wgt-04-positive-weights";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { scored, scoredRows } from "../builders-monwgt";

ruleTester(rule, {
  valid: [
    { name: "every weight above 0", forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [30], satisfaction: [10] }) })] },
    { name: "no 分值 filled at all (left to other rules)", forms: () => [ps({ indicators: [scored("产出指标", "数量指标", "次数", null, null)] })] },
    { name: "decimal weights", forms: () => [ps({ indicators: [scored("产出指标", "数量指标", "次数", 0.5), scored(null, "质量指标", "合格率", 89.5)] })] },
  ],
  invalid: [
    {
      name: "a weight of 0",
      forms: () => [ps({ indicators: [scored("产出指标", "数量指标", "维修次数", 50), scored(null, "质量指标", "维修合格率", 0)] })],
      findings: [
        {
          messageId: "notPositive",
          severity: "error",
          cells: ["G11"],
          message: "“维修合格率”的分值是 0，分值必须大于 0。请在 G11 填写这一项的分值，或删去这一指标并把分值分给其他指标。",
        },
      ],
    },
    {
      name: "a blank weight among filled ones",
      forms: () => [ps({ indicators: [scored("产出指标", "数量指标", "维修次数", 50), scored(null, "质量指标", "维修合格率", null)] })],
      findings: [{ messageId: "missing", cells: ["G11"], message: "“维修合格率”没有填分值。每个指标都要有大于 0 的分值才能评分，请在 G11 填写。" }],
    },
    {
      name: "a weight that is not a number",
      forms: () => [ps({ indicators: [scored("产出指标", "数量指标", "维修次数", 50), scored(null, "质量指标", "维修合格率", "十分")] })],
      findings: [{ messageId: "notANumber", cells: ["G11"], message: "“维修合格率”的分值“十分”不是数字，无法计分。请在 G11 填写一个大于 0 的数。" }],
    },
    {
      name: "a negative weight and the 执行率 with 0",
      forms: () => [ps({ execution: [0, "100%", 0], indicators: [scored("产出指标", "数量指标", "维修次数", 60), scored(null, "质量指标", "维修合格率", -5)] })],
      findings: [
        { messageId: "notPositive", cells: ["F5"], message: /^“预算执行率”的分值是 0，/ },
        { messageId: "notPositive", cells: ["G11"], message: /^“维修合格率”的分值是 -5，/ },
      ],
    },
  ],
});
