import rule from "../../../src/rules/catalogue/eva/eva-11-overshoot";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { cost, qty } from "../builders-eva";

ruleTester(rule, {
  valid: [
    { name: "1.18 times (59 of 50)", forms: () => [ps({ indicators: [qty("零星维修次数", "50 次", "59 次", 10, 10)] })] },
    { name: "exactly 1.2 times", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "60次", 10, 10)] })] },
    { name: "overshoot, but points already deducted", forms: () => [ps({ indicators: [qty("派单次数", "≥1000次", "1346次", 10, 8, "目标偏低，已酌情扣分")] })] },
    { name: "反向 far below the ceiling is saving, not overshoot", forms: () => [ps({ indicators: [cost("维修费", "≤100万元", "50万元", 10, 10)] })] },
    { name: "a part of a multi-quantity value within 1.2", forms: () => [ps({ indicators: [qty("文印", "80 个部门 30000 份", "80 个部门 35000 份", 10, 10)] })] },
  ],
  invalid: [
    {
      name: "seed 003: 1346 of 1000 次 at full marks",
      forms: () => [ds({ indicators: [qty("公车平台“网上派单”次数", "1000 次", "1346 次", 5, 5)] })],
      findings: [
        {
          messageId: "overshoot",
          severity: "warning",
          cells: ["F10", "E10", "H10"],
          message:
            "F10“公车平台“网上派单”次数”实际完成 1346次，是指标值 1000次 的 1.35 倍（1346 ÷ 1000 = 1.35，超过 1.2 倍），仍得满分。指标值可能定得过低：请说明超额完成的原因，酌情扣分，并在下一年度合理提高指标值。",
        },
      ],
    },
    {
      name: "one quantity of two overshoots",
      forms: () => [ps({ indicators: [qty("文印", "80 个部门 30000 份", "80 个部门 40000 份", 10, 10)] })],
      findings: [{ messageId: "overshoot", message: /^F10“文印”实际完成 40000份，是指标值 30000份 的 1\.33 倍（40000 ÷ 30000 = 1\.33，超过 1\.2 倍）/ }],
    },
    {
      name: "a rounded full score counts as full",
      forms: () => [ps({ indicators: [qty("满意度", "≥60%", "95%", 10, 9.6)] })],
      findings: [{ messageId: "overshoot", message: /是指标值 60% 的 1\.58 倍/ }],
    },
  ],
});
