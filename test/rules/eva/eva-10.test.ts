import rule from "../../../src/rules/catalogue/eva/eva-10-deviation-reason";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit, qty } from "../builders-eva";

ruleTester(rule, {
  valid: [
    { name: "full marks need no reason", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 10, 10)] })] },
    { name: "a real reason", forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "部分达成", 15, 10, "全年仅组织演练2次，少于计划4次；下年度按季度组织演练。")] })] },
    { name: "short but specific", forms: () => [ps({ indicators: [qty("司勤人员", "≥15人", "14人", 10, 9.33, "1人调离")] })] },
  ],
  invalid: [
    {
      name: "below the 分值 with no reason",
      forms: () => [ps({ indicators: [qty("司勤人员", "≥15人", "14人", 10, 9.33)] })],
      findings: [
        {
          messageId: "noDeviation",
          severity: "error",
          cells: ["H10", "I10", "G10"],
          message: "H10“司勤人员”得 9.33 分，低于分值 10 分，但没有填写偏差原因。请在偏差原因分析及改进措施栏写明扣分的原因和改进措施。",
        },
      ],
    },
    {
      name: "seed 003: 有待提高 is no reason",
      forms: () => [ds({ indicators: [benefit("日常基建维修工作开展更加精细高效", "更加精细高效", "更加精细高效", 15, 10, "有待提高")] })],
      findings: [
        {
          messageId: "vagueDeviation",
          severity: "warning",
          cells: ["I10", "H10"],
          message:
            "I10 的偏差原因只写了“有待提高”，没有说明原因和措施。“日常基建维修工作开展更加精细高效”得 10 分（分值 15 分），请写明扣分的具体原因（哪些没有做到、为什么）和下一步的改进措施。",
        },
      ],
    },
    {
      name: "other empty reasons",
      forms: () => [
        ps({
          indicators: [
            benefit("效益A", "全面提升", "部分达成", 15, 10, "无"),
            benefit("效益B", "全面提升", "部分达成", 15, 10, "需进一步加强。"),
            benefit("效益C", "全面提升", "部分达成", 15, 10, "继续努力"),
          ],
        }),
      ],
      findings: [{ messageId: "vagueDeviation", cells: ["I10", "H10"] }, { messageId: "vagueDeviation", cells: ["I11", "H11"] }, { messageId: "vagueDeviation", cells: ["I12", "H12"] }],
    },
  ],
});
