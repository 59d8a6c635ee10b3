import rule from "../../../src/rules/catalogue/eva/eva-09-grade";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit, qty } from "../builders-eva";

const ninety = [qty("维修次数", "≥50次", "59次", 50, 50), benefit("应急处置能力", "全面提升", "部分达成", 40, 30, "演练不足")];
const eighty = [qty("维修次数", "≥50次", "59次", 50, 50), benefit("应急处置能力", "全面提升", "未完成", 40, 20, "项目延期")];

ruleTester(rule, {
  valid: [
    { name: "90 is 优", forms: () => [ps({ indicators: ninety, total: [100, 90, "优"] })] },
    { name: "80 is 良, written 等级：良好", forms: () => [ps({ indicators: eighty, total: [100, 80, "等级：良好"] })] },
    { name: "no 等级 cell", forms: () => [ps({ indicators: ninety, total: [100, 90, null] })] },
  ],
  invalid: [
    {
      name: "85 written 优",
      forms: () => [ds({ indicators: [qty("维修次数", "≥50次", "59次", 50, 50), benefit("应急处置能力", "全面提升", "部分达成", 40, 25, "演练不足")], total: [100, 85, "优"] })],
      findings: [
        {
          messageId: "gradeDiffers",
          severity: "error",
          cells: ["I12", "H12"],
          message: "I12 等级填“优”，但总分 85 分对应的等级是“良”（优 ≥ 90 分，良 80–90 分，中 60–80 分，差 < 60 分）。请改为“良”。",
        },
      ],
    },
    {
      name: "unreadable 等级",
      forms: () => [ps({ indicators: ninety, total: [100, 90, "等级：待定"] })],
      findings: [{ messageId: "gradeUnreadable", severity: "warning", message: "I12 的等级“待定”无法识别。等级应填 优、良、中 或 差；总分 90 分对应“优”。" }],
    },
    {
      name: "consistent as written, but the corrected scores change the grade",
      forms: () => [ps({ indicators: [qty("司勤人员", "15人", "14人", 50, 50), benefit("应急处置能力", "全面提升", "部分达成", 40, 30, "演练不足")], total: [100, 90, "优"] })],
      findings: [
        {
          messageId: "gradeAfterCorrection",
          severity: "warning",
          message: "按计分规则重新计算，总分应为 86.67 分，对应等级“良”，与 I12 的“优”不同。改正各项得分后，请把等级一并改为“良”。",
        },
      ],
    },
  ],
});
