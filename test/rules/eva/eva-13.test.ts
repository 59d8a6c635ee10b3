import rule from "../../../src/rules/catalogue/eva/eva-13-differs-from-targets";
import { ruleTester } from "../rule-tester";
import { ps, ds, pt } from "../builders";
import { dt, ptWithWeights, qty } from "../builders-eva";

const approved = [
  ["产出指标", "数量指标", "维修次数", "≥50次"],
  ["产出指标", "质量指标", "验收合格率", "100%"],
];

ruleTester(rule, {
  valid: [
    {
      name: "same indicators and targets (a missing ≥ is VAL-02's, not a change)",
      forms: () => [pt({ project: "维修项目", indicators: approved }, "目标表"), ps({ project: "维修项目", indicators: [qty("维修次数", "50 次", "59次", 45, 45), ["产出指标", "质量指标", "验收合格率", "100%", "100%", 45, 45]] }, "自评表")],
    },
    {
      name: "different projects are not compared",
      forms: () => [pt({ project: "维修项目", indicators: approved }, "目标表"), ps({ project: "保洁项目", indicators: [qty("保洁面积", "≥5000平方米", "5000平方米", 90, 90)] }, "自评表")],
    },
    { name: "no target form in the workbook", forms: () => [ps({ project: "维修项目", indicators: [qty("维修次数", "≥60次", "59次", 90, 88.5, "材料延期")] })] },
    {
      name: "a name cut short by a PDF conversion still matches",
      forms: () => [
        pt({ project: "维修项目", indicators: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]] }, "目标表"),
        ps({ project: "维修项目", indicators: [["满意度指标", "服务对象满意度指标", "服务对象满意", "≥90%", "95%", 90, 90]] }, "自评表"),
      ],
    },
  ],
  invalid: [
    {
      name: "target changed, indicator added, indicator dropped",
      forms: () => [
        pt({ project: "维修项目", indicators: approved }, "目标表"),
        ps({ project: "维修项目", indicators: [qty("维修次数", "≥40次", "45次", 45, 45), qty("巡查次数", "≥12次", "12次", 45, 45)] }, "自评表"),
      ],
      findings: [
        // Sorted by sheet: the target form comes first in the workbook.
        { messageId: "indicatorDropped", cells: ["C10"], message: "批复的绩效目标表 C10“验收合格率”（100%）在自评表（自评表，维修项目）中没有评价。请在自评表中补上这一指标，或说明取消的依据。" },
        {
          messageId: "targetChanged",
          severity: "warning",
          cells: ["E10"],
          message: "E10“维修次数”的年度指标值“≥40次”与批复的绩效目标表（目标表 D9）中的“≥50次”不同。自评应按批复的指标值评价；如目标确已调整，请附上调整依据。",
        },
        { messageId: "indicatorAdded", cells: ["D11"], message: "D11“巡查次数”不在批复的绩效目标表（目标表，维修项目）中。自评应评价批复的指标；如确需新增，请说明依据。" },
      ],
    },
    {
      name: "分值 changed from a target form that states them",
      forms: () => [
        ptWithWeights({ project: "维修项目", indicators: [["产出指标", "数量指标", "维修次数", "≥50次", "50"]] }, "目标表"),
        ps({ project: "维修项目", indicators: [qty("维修次数", "≥50次", "59次", 90, 90)] }, "自评表"),
      ],
      findings: [{ messageId: "weightChanged", cells: ["G10"], message: "G10“维修次数”的分值 90 分与绩效目标表（目标表 E9）中的 50 分不同。请按目标表的分值评价，或说明调整依据。" }],
    },
    {
      name: "department: DS against DT of the same unit",
      forms: () => [
        dt({ unit: "测试局", indicators: [["产出指标", "数量指标", "会议场次", "≥250场次"]] }, "部门目标"),
        ds({ indicators: [qty("会议场次", "≥200场次", "260场次", 90, 90)] }, "部门自评"),
      ],
      findings: [{ messageId: "targetChanged", message: "E10“会议场次”的年度指标值“≥200场次”与批复的绩效目标表（部门目标 D7）中的“≥250场次”不同。自评应按批复的指标值评价；如目标确已调整，请附上调整依据。" }],
    },
  ],
});
