import rule from "../../../src/rules/catalogue/mon/mon-04-unit-mixup";
import { ruleTester } from "../rule-tester";
import { pt, ps } from "../builders";
import { dt, ptu } from "../builders-monwgt";

const cost = (name: string, value: string): (string | null)[] => ["产出指标", "成本指标", name, value];

ruleTester(rule, {
  valid: [
    { name: "a total cost of the budget's order", forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "80万元以内")] })] },
    { name: "the same amount written in 元", forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "≤800000元")] })] },
    { name: "a cost per transaction (单笔业务经办成本, 四川 layout) is a unit cost", forms: () => [pt({ amount: 320, indicators: [cost("单笔业务经办成本", "≤60元")] })] },
    { name: "a small unit cost (单价) is normal", forms: () => [pt({ amount: 80, indicators: [cost("办公用品单价", "≤50元")] })] },
    { name: "a small amount outside 成本 is not a total", forms: () => [pt({ amount: 80, indicators: [["产出指标", "数量指标", "单次维修费用", "500元"]] })] },
    { name: "a per-person amount is not a plain money unit", forms: () => [pt({ amount: 80, indicators: [cost("人均补助", "≤50元/人")] })] },
    { name: "a form in 元 with amounts in 元", forms: () => [ptu({ amount: 800000, moneyUnit: "元", indicators: [cost("总费用控制", "≤800000元")] })] },
    { name: "department table: 588.50万元以内 against 资金总额 917.49 (seed 000)", forms: () => [dt({ total: 917.49, basic: 328.99, project: 588.5, indicators: [cost("总费用控制", "588.50万元以内")] })] },
    { name: "a cost 1.9 times the budget is MON-02's business, not a unit slip", forms: () => [pt({ amount: 72, indicators: [cost("劳务派遣48人", ">135万元")] })] },
  ],
  invalid: [
    {
      name: "a workbook whose every budget is in 元 under a 万元 label: one finding, every budget cell listed",
      forms: () => [
        pt({ amount: 800000, indicators: [cost("总费用控制", "≤80万元")] }, "项目1"),
        pt({ amount: 128500, indicators: [cost("总成本", "128500元")] }, "项目2"),
        pt({ amount: 3000, indicators: [cost("出具评估报告总成本", "≤0.3万元")] }, "项目3"),
      ],
      findings: [
        {
          messageId: "workbookInYuan",
          cells: ["C3", "C3", "C3"],
          message:
            "本工作簿有 3 张表的年度资金总额按“元”填写，而标签写的是“万元”：如“项目1”的 C3 为 800000，其指标“总费用控制”的“≤80万元”按万元计约为它的万分之一。请把这些金额换算成万元（800000 元 = 80 万元），或把标签的单位改为“元”。涉及“项目1”、“项目2”、“项目3”。",
        },
      ],
    },
    {
      name: "an amount in 万元 ten thousand times the budget: 元 written as 万元",
      forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "≤800000万元")] })],
      findings: [
        {
          messageId: "tooLarge",
          severity: "warning",
          cells: ["D9", "C3"],
          message:
            "指标“总费用控制”的指标值“≤800000万元”是年度资金总额 80 万元的约 10,000 倍，项目里的金额不可能这么大，很可能把“元”写成了“万元”（或表头的金额单位与指标不一致）。按“元”计应为 80 万元。请核对 D9 的单位。",
        },
      ],
    },
    {
      name: "even a unit cost cannot be a thousand times the budget",
      forms: () => [pt({ amount: 10, indicators: [cost("设备单价", "≤20000万元")] })],
      findings: [{ messageId: "tooLarge", cells: ["D9", "C3"], message: /约 2,000 倍.*按“元”计应为 2 万元。/ }],
    },
    {
      name: "a total cost in 元 ten thousand times too small: 万元 written as 元",
      forms: () => [pt({ amount: 80, indicators: [cost("总费用控制", "≤80元")] })],
      findings: [
        {
          messageId: "tooSmall",
          cells: ["D9", "C3"],
          message:
            "总成本指标“总费用控制”的指标值“≤80元”只有年度资金总额 80 万元的约 10,000 分之一，很可能把“万元”写成了“元”（或表头的金额单位与指标不一致）。按“万元”计应为 80 万元。请核对 D9 的单位。",
        },
      ],
    },
    {
      name: "the header says 万元 but the budget was typed in 元",
      forms: () => [pt({ amount: 800000, indicators: [cost("总费用控制", "≤80万元")] })],
      findings: [
        {
          messageId: "headerUnit",
          cells: ["C3", "D9", "A3"],
          message:
            "指标“总费用控制”的指标值“≤80万元”与年度资金总额 800000 万元相差约 10,000 倍，而指标的单位看来没有写错：可能是表头的金额单位“万元”应为“元”，或年度资金总额没有按表头的单位填写。请核对 C3 和表头的金额单位。",
        },
      ],
    },
    {
      name: "a form in 元 with a budget typed in 万元",
      forms: () => [ptu({ amount: 80, moneyUnit: "元", indicators: [cost("总费用控制", "≤80万元")] })],
      findings: [{ messageId: "headerUnit", cells: ["C4", "D10", "A2"], message: /可能是表头的金额单位“元”应为“万元”/ }],
    },
    {
      name: "self-evaluation: an actual value in 万元 that was meant in 元",
      forms: () => [ps({ budget: [80, 101.92, 101.92], indicators: [["产出指标", "成本指标", "零星维修经费", "≤101.92万元", "1019200万元", 10, 10]] })],
      findings: [{ messageId: "tooLarge", cells: ["F10", "D5"], message: /^指标“零星维修经费”的实际完成值“1019200万元”是全年预算数 101.92 万元的约 10,000 倍/ }],
    },
  ],
});
