import rule from "../../../src/rules/catalogue/run/run-03-against-direction";
import { ruleTester } from "../rule-tester";
import { mt } from "../builders-run";

const cost = { l2: "成本指标", name: "人均培训成本", target: "≤800元" };

ruleTester(rule, {
  valid: [
    { name: "a cost under its ceiling", forms: () => [mt({ month: 6, indicators: [{ ...cost, executed: "760元", expected: "790元" }] })] },
    { name: "a cost past its ceiling, explained and forecast honestly", forms: () => [mt({ month: 6, indicators: [{ ...cost, executed: "950元", expected: "900元", reason: "上半年集中采购教材，下半年摊薄。" }] })] },
    { name: "values written as numbers", forms: () => [mt({ month: 6, indicators: [{ l2: "质量指标", name: "合格率", target: "≥95%", executed: "96%", expected: "96%" }] })] },
  ],
  invalid: [
    {
      name: "past the ceiling but forecast to meet it",
      forms: () => [mt({ month: 6, indicators: [{ ...cost, executed: "950元", expected: "780元" }] })],
      findings: [
        {
          messageId: "ceilingPassed",
          cells: ["E8", "F8", "D8"],
          message: "E8“人均培训成本”的年度指标值为“≤800元”（越低越好），截至目前已是“950元”，超过上限，但全年预计仍为“780元”。请核实执行数；确实超出的，修改全年预计并填写偏差原因。",
        },
      ],
    },
    {
      name: "past the ceiling, no reason",
      forms: () => [mt({ month: 6, indicators: [{ ...cost, executed: "950元", expected: "" }] })],
      findings: [{ messageId: "ceilingPassedNoReason", cells: ["E8", "D8"] }],
    },
    {
      name: "the opposite symbol in the forecast",
      forms: () => [mt({ month: 6, indicators: [{ l2: "质量指标", name: "合格率", target: "≥95%", executed: "96%", expected: "≤90%" }] })],
      findings: [{ messageId: "oppositeSymbol", cells: ["F8", "D8"], message: /写成“≤90%”，比较符号与年度指标值“≥95%”相反/ }],
    },
  ],
});
