import rule from "../../../src/rules/catalogue/run/run-02-unlikely-without-reason";
import { ruleTester } from "../rule-tester";
import { mt } from "../builders-run";

const waste = { name: "垃圾清运量", target: "≥3000吨", executed: "800吨" };

ruleTester(rule, {
  valid: [
    { name: "forecast meets the target", forms: () => [mt({ month: 6, indicators: [{ ...waste, expected: "3100吨" }] })] },
    { name: "forecast misses, with reason and measures", forms: () => [mt({ month: 6, indicators: [{ ...waste, expected: "2400吨", reason: "雨季清运车辆检修，4月停运两周。", measures: "7月起增开夜间班次，11月底前补足。" }] })] },
    { name: "a 反向 cost under its ceiling meets it", forms: () => [mt({ month: 6, indicators: [{ l2: "成本指标", name: "人均成本", target: "≤800元", executed: "700元", expected: "780元" }] })] },
    { name: "有可能 alone is amber, not a finding", forms: () => [mt({ month: 6, indicators: [{ ...waste, expected: "3000吨", likely: "有可能" }] })] },
    { name: "a form without a 纠偏措施 column needs the reason only", forms: () => [mt({ month: 6, noMeasures: true, indicators: [{ ...waste, expected: "2400吨", reason: "车辆检修。" }] })] },
  ],
  invalid: [
    {
      name: "forecast below a ≥ target, no reason",
      forms: () => [mt({ month: 6, indicators: [{ ...waste, expected: "2400吨" }] })],
      findings: [
        {
          messageId: "forecastNoReason",
          severity: "error",
          cells: ["F8", "G8", "D8"],
          message: "F8“垃圾清运量”全年预计完成“2400吨”，达不到年度指标值“≥3000吨”，但没有填写偏差原因和纠偏措施。请说明完不成的原因，并写明纠偏措施。",
        },
      ],
    },
    {
      name: "forecast above a ≤ ceiling, no reason",
      forms: () => [mt({ month: 6, indicators: [{ l2: "成本指标", name: "人均培训成本", target: "≤800元", executed: "850元", expected: "920元" }] })],
      findings: [{ messageId: "forecastNoReason", cells: ["F8", "G8", "D8"] }],
    },
    {
      name: "a deadline forecast after the target's month",
      forms: () => [mt({ month: 6, indicators: [{ l2: "时效指标", name: "完成时间", target: "2024年10月前", executed: "进行中", expected: "2024年12月" }] })],
      findings: [{ messageId: "forecastNoReason", cells: ["F8", "G8", "D8"] }],
    },
    {
      name: "完全不可能 ticked, no reason",
      forms: () => [mt({ month: 6, indicators: [{ ...waste, expected: "", likely: "完全不可能" }] })],
      findings: [{ messageId: "impossibleNoReason", cells: ["I8", "G8", "D8"] }],
    },
    {
      name: "reason given, measures empty",
      forms: () => [mt({ month: 6, indicators: [{ ...waste, expected: "2400吨", reason: "车辆检修。" }] })],
      findings: [{ messageId: "noMeasures", severity: "warning", cells: ["H8", "F8"] }],
    },
  ],
});
