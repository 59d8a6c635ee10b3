import rule from "../../../src/rules/catalogue/mon/mon-02-cost-within-budget";
import { ruleTester } from "../rule-tester";
import { pt, ps } from "../builders";
import { ptu } from "../builders-monwgt";

const cost = (name: string, value: string): (string | null)[] => ["产出指标", "成本指标", name, value];

ruleTester(rule, {
  valid: [
    { name: "总费用控制 80万元以内 in an 80万元 project (seed 000)", forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "80万元以内")] })] },
    { name: "a total cost in 元 converted to the form's 万元", forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "≤800000元")] })] },
    { name: "within the rounding tolerance", forms: () => [pt({ amount: 175, indicators: [cost("全年用电费用", "≤175.01万元")] })] },
    { name: "a unit cost (万元/人) is not compared with the budget", forms: () => [pt({ amount: 10, indicators: [cost("人员经费标准", "≤12万元/人")] })] },
    { name: "a unit cost named 单价 is not compared with the budget", forms: () => [pt({ amount: 100, indicators: [cost("车辆购置单价", "≤120万元")] })] },
    { name: "a cost written as a percentage is not an amount", forms: () => [pt({ amount: 100, indicators: [cost("成本节约率", "≤95%")] })] },
    { name: "a money target outside 成本 is left to other rules", forms: () => [pt({ amount: 72, indicators: [["产出指标", "数量指标", "资金使用", "100万元"]] })] },
    { name: "header in 元: a 万元 cost below the budget", forms: () => [ptu({ amount: 800000, moneyUnit: "元", indicators: [cost("总费用控制", "≤80万元")] })] },
    {
      name: "self-evaluation: compared with the 全年预算数, not the 年初预算数",
      forms: () => [ps({ budget: [433.5, 480.21, 480.21], indicators: [["产出指标", "成本指标", "物业管理及水电气经费", "450万元", "433.5万元", 10, 10]] })],
    },
  ],
  invalid: [
    {
      name: "seed 003: a ceiling over the budget by rounding (120 vs 119.48 万元, 0.44%) is a warning",
      forms: () => [ps({ budget: [80, 119.48, 119.48], indicators: [["产出指标", "成本指标", "公车平台运行经费", "120万元", "119.48万元", 10, 10]] })],
      findings: [
        {
          messageId: "costOverByRounding",
          severity: "warning",
          cells: ["E10", "D5"],
          message: "成本指标“公车平台运行经费”的指标值“120万元”比项目全年预算数 119.48 万元 多 0.52 万元（0.44%），像是取整造成的。总成本不宜高于项目预算：请把 E10 改为不超过 119.48 万元。",
        },
      ],
    },
    {
      name: "over by less than 1% but more than 1 万元 is an error",
      forms: () => [pt({ amount: 500, indicators: [cost("总费用控制", "≤504万元")] })],
      findings: [{ messageId: "costExceedsBudget", severity: "error", cells: ["D9", "C3"] }],
    },
    {
      name: "over by less than 1 万元 but more than 1% is an error",
      forms: () => [pt({ amount: 50, indicators: [cost("总费用控制", "≤50.8万元")] })],
      findings: [{ messageId: "costExceedsBudget", severity: "error", cells: ["D9", "C3"] }],
    },
    {
      name: "seed 002: a 成本指标 of 75万元 in a 72万元 project",
      forms: () => [pt({ amount: 72, indicators: [["成本指标", "经济成本指标", "资金使用率", "75万元"]] })],
      findings: [
        {
          messageId: "costExceedsBudget",
          severity: "error",
          cells: ["D9", "C3"],
          message:
            "成本指标“资金使用率”的指标值“75万元”超过了项目年度资金总额 72 万元。总成本不能高于项目预算：请核对 D9 的金额或预算数；如果这是单价、人均等单位成本，请在指标名称或单位中写明（如“万元/人”）。",
        },
      ],
    },
    {
      name: "named as a total cost outside the 成本 category",
      forms: () => [pt({ amount: 50, indicators: [["产出指标", "数量指标", "项目总成本", "≤60万元"]] })],
      findings: [{ messageId: "costExceedsBudget", cells: ["D9", "C3"], message: /^成本指标“项目总成本”的指标值“≤60万元”超过了项目年度资金总额 50 万元。/ }],
    },
    {
      name: "an amount in 元 is converted for the message",
      forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "≤900000元")] })],
      findings: [{ messageId: "costExceedsBudget", cells: ["D9", "C3"], message: /^成本指标“总费用控制”的指标值“≤900000元”（合 90 万元）超过了项目年度资金总额 80 万元。/ }],
    },
    {
      name: "the upper end of a range counts",
      forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "70-85万元")] })],
      findings: [{ messageId: "costExceedsBudget", cells: ["D9", "C3"] }],
    },
    {
      name: "seed 003: a self-evaluation's 年度指标值 above the 全年预算数",
      forms: () => [ps({ budget: [80, 101.92, 101.92], indicators: [["产出指标", "成本指标", "零星维修购置及各类合同经费", "120万元", "101.92万元", 10, 10]] })],
      findings: [{ messageId: "costExceedsBudget", cells: ["E10", "D5"], message: /^成本指标“零星维修购置及各类合同经费”的指标值“120万元”超过了项目全年预算数 101.92 万元。/ }],
    },
  ],
});
