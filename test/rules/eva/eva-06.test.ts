import rule from "../../../src/rules/catalogue/eva/eva-06-qualitative-band";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit } from "../builders-eva";

ruleTester(rule, {
  valid: [
    { name: "copy of the target at 80%", forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "全面提升", 15, 12, "演练不足")] })] },
    { name: "部分达成 wording in its band", forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "部分达成年度指标并具有一定效果", 15, 10, "演练不足")] })] },
    { name: "未完成 wording in its band", forms: () => [ds({ indicators: [benefit("应急处置能力", "全面提升", "未完成", 15, 6, "项目延期")] })] },
    { name: "no wording: the score chooses the band", forms: () => [ps({ indicators: [benefit("疫情防控相关知识", "宣传到位", "共同战“疫”", 5, 2, "宣传不足")] })] },
    { name: "11.6 rounded to 12 at the band edge is a rounding", forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "部分达成", 15, 12, "演练不足")] })] },
    { name: "定量 is EVA-05's", forms: () => [ps({ indicators: [["产出指标", "数量指标", "维修次数", "≥50次", "59次", 10, 3]] })] },
  ],
  invalid: [
    {
      name: "部分达成 wording scored as 达成",
      forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "部分达成年度指标并具有一定效果", 15, 14, "演练不足")] })],
      findings: [
        {
          messageId: "outsideBand",
          severity: "error",
          cells: ["H10", "F10", "E10"],
          message:
            "H10“应急处置能力”的实际完成值“部分达成年度指标并具有一定效果”表示“部分达成年度指标并具有一定效果”，得分应在 9 分至不足 12 分，表中填 14 分（属于“达成年度指标”档）。请调整得分，或如实改写实际完成值。",
        },
      ],
    },
    {
      name: "达成 wording scored low",
      forms: () => [ds({ indicators: [benefit("制度建设", "健全", "已完成制度修订", 10, 5, "宣传不足")] })],
      findings: [{ messageId: "outsideBand", message: "H10“制度建设”的实际完成值“已完成制度修订”表示“达成年度指标”，得分应在 8–10 分，表中填 5 分（属于“未达成年度指标且效果较差”档）。请调整得分，或如实改写实际完成值。" }],
    },
    {
      name: "seed 003: the actual copies the target but the score is in the 部分达成 band",
      forms: () => [ps({ indicators: [benefit("日常基建维修工作开展更加精细高效", "更加精细高效", "更加精细高效", 15, 10, "有待提高")] })],
      findings: [
        {
          messageId: "copyOutsideBand",
          severity: "warning",
          cells: ["H10", "F10", "E10"],
          message:
            "H10“日常基建维修工作开展更加精细高效”的实际完成值“更加精细高效”与年度指标值相同，表示已“达成年度指标”，得分应在 12–15 分；表中只给了 10 分（属于“部分达成年度指标并具有一定效果”档）。请在实际完成值中如实写明完成了什么、哪些没有达到，使实际完成情况与所给得分相符。",
        },
      ],
    },
  ],
});
