import rule from "../../../src/rules/catalogue/eva/eva-08-total-sum";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit, qty } from "../builders-eva";

const indicators = [qty("维修次数", "≥50次", "59次", 50, 50), benefit("应急处置能力", "全面提升", "部分达成", 40, 30, "演练不足")];

ruleTester(rule, {
  valid: [
    { name: "10 + 50 + 30 = 90", forms: () => [ps({ indicators, total: [100, 90, "优"] })] },
    { name: "a rounded total (89.6 written 90) is within tolerance", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59次", 50, 49.6), indicators[1]!], total: [100, 90, "优"] })] },
    { name: "blank 执行率得分 counts as its computed value", forms: () => [ps({ execution: [10, "100%", null], indicators, total: [100, 90, "优"] })] },
    { name: "no 总分 row", forms: () => [ps({ indicators })] },
  ],
  invalid: [
    {
      name: "total is not the sum",
      forms: () => [ps({ indicators, total: [100, 95, "优"] })],
      findings: [
        {
          messageId: "totalDiffers",
          severity: "error",
          cells: ["H12", "H5"],
          message: "H12 总分填 95 分，但各项得分相加为 执行率 10 + 产出指标 50 + 效益指标 30 = 90 分，相差 5 分。请核对总分和各项得分。",
        },
      ],
    },
    {
      name: "seed 003 DS: 总分 is the sum with 产出 capped at its stated 50",
      forms: () => [
        ds({
          indicators: [
            ["产出指标 (50分)", "数量指标", "次数A", "≥50次", "59次", 30, 30],
            [null, "数量指标", "次数B", "≥50次", "59次", 25, 25],
            ["效益指标 (30分)", "社会效益指标", "效益", "全面提升", "全面提升", 30, 22, "演练不足"],
            ["满意度指标 (10分)", "服务对象满意度指标", "满意度", "≥90%", "95%", 10, 10],
          ],
          total: [100, 92, "优"],
        }),
      ],
      findings: [
        {
          messageId: "totalDiffersCapped",
          message:
            "H14 总分填 92 分，但各项得分相加为 执行率 10 + 产出指标 55 + 效益指标 22 + 满意度指标 10 = 97 分，相差 5 分。92 分正是把产出指标按标明的 50 分封顶（其各项分值合计 55 分，得分合计 55 分）后的结果。请先改正这些指标的分值，使其合计等于标明的分值，再重新计算各项得分和总分。",
        },
      ],
    },
    {
      name: "blank 执行率得分 shown as computed in the sum",
      forms: () => [ps({ execution: [10, "100%", null], indicators, total: [100, 80, "良"] })],
      findings: [{ messageId: "totalDiffers", message: "H12 总分填 80 分，但各项得分相加为 执行率 10（未填，按计算值） + 产出指标 50 + 效益指标 30 = 90 分，相差 10 分。请核对总分和各项得分。" }],
    },
  ],
});
