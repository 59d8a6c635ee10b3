import rule from "../../../src/rules/catalogue/str/str-04-coverage";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { CLEAN_101, CLEAN_88, dt, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    { name: "101号 set with 成本", forms: () => [ptY(CLEAN_101)], profile: "gansu" },
    { name: "88号 set without 成本 under the national profile", forms: () => [ptY(CLEAN_88.filter((r) => r[1] !== "成本指标"))] },
    { name: "时效 alone stands for 质量 or 时效", forms: () => [ptY(CLEAN_101.filter((r) => r[1] !== "质量指标"))] },
    { name: "a department's own categories are not checked", forms: () => [dt({ indicators: [["部门管理", "计划制定", "工作计划制定健全性", "健全"]] })] },
    {
      name: "self-evaluation with every category",
      forms: () => [
        ps({
          indicators: [
            ["产出指标", "数量指标", "维修次数", "50次", "59次", 20, 20],
            [null, "时效指标", "完成时间", "2021年12月", "2021年12月", 30, 30],
            ["效益指标", "社会效益指标", "环境改善", "改善", "改善", 30, 30],
            ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "95%", 10, 10],
          ],
        }),
      ],
    },
    {
      name: "满意度 rows the template holds, marked 不适用: waived, not missing (深圳 template)",
      forms: () => [ptY([...CLEAN_88.filter((r) => r[0] !== "满意度指标"), ["满意度指标", "服务对象满意度指标", "不适用", "不适用"], [null, "其他满意度", "不适用", "不适用"]])],
    },
    { name: "seeds 000, 002, 003, 004", forms: () => ["000", "002", "003", "004"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "a 数量 row marked 不适用 does not waive 数量: every project delivers something",
      forms: () => [ptY([["产出指标", "数量指标", "不适用", "不适用"], ...CLEAN_88.slice(1)])],
      findings: [{ messageId: "missingQuantity", cells: ["A9"] }],
    },
    {
      name: "no 数量指标, only 时效 (seed 001's pattern)",
      forms: () => [ptY([["产出指标", "时效指标", "资金到位率", "≥90%"], ["效果指标", "可持续影响指标", "长期使用性", "长期"], ["满意度指标", "服务对象满意度指标", "租赁方满意度", "≥80%"]])],
      findings: [
        {
          messageId: "missingQuantity",
          severity: "warning",
          cells: ["A9"],
          message: "“2024年项目支出绩效目标表”的产出指标（A9）下没有数量指标。请补充一个数量指标，写明要完成多少（如“××完成数量 ≥N项”）。",
        },
      ],
    },
    {
      name: "only 数量 under 产出, no 效益, no 满意度",
      forms: () => [ptY([["产出指标", "数量指标", "维修次数", "≥50次"]])],
      findings: [
        { messageId: "missingBenefit", cells: ["A1"], message: "“2024年项目支出绩效目标表”没有效益指标。请补充经济、社会、生态效益或可持续影响方面的指标。" },
        { messageId: "missingSatisfaction", cells: ["A1"], message: "“2024年项目支出绩效目标表”没有满意度指标。请补充服务对象满意度指标（如“服务对象满意度 ≥90%”）。" },
        { messageId: "missingQualityOrTimeliness", cells: ["A9"], message: /下既没有质量指标，也没有时效指标/ },
      ],
    },
    {
      name: "no 产出 at all",
      forms: () => [ptY(CLEAN_101.slice(3))],
      findings: [{ messageId: "missingOutput", cells: ["A1"], message: "“2024年项目支出绩效目标表”没有产出指标。请至少设置一个数量指标，以及一个质量或时效指标。" }],
    },
    {
      name: "no 成本 under a profile that takes 101号 only",
      profile: "gansu",
      forms: () => [ptY(CLEAN_101.filter((r) => r[0] !== "成本指标"), { amount: 80, fiscal: 80 })],
      findings: [
        {
          messageId: "missingCost",
          cells: ["A1"],
          message: "“2024年项目支出绩效目标表”没有成本指标，而甘肃采用101号指标体系，要求设置成本指标。请补充经济成本等指标（如“项目总成本 ≤80万元”）。",
        },
      ],
    },
    {
      name: "empty template rows do not count (“无” under 效益)",
      forms: () => [ptY([...CLEAN_101.filter((r) => r[0] !== "效益指标"), ["效益指标", "经济效益指标", "无", null]])],
      findings: [{ messageId: "missingBenefit", cells: ["A1"] }],
    },
    {
      name: "seed 001: every table lacks 数量 or 质量/时效",
      forms: () => formsOfSeedText("001"),
      findings: [
        { messageId: "missingQuantity", cells: ["A39"] },
        { messageId: "missingQualityOrTimeliness", cells: ["A53"] },
        ...["A67", "A81", "A95", "A109", "A123", "A137", "A151"].map((ref) => ({ messageId: "missingQuantity", cells: [ref] })),
      ],
    },
  ],
});
