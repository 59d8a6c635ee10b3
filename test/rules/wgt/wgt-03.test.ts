import rule from "../../../src/rules/catalogue/wgt/wgt-03-part-weights";
import { ruleTester } from "../rule-tester";
import { ds, ps } from "../builders";
import { scored, scoredRows } from "../builders-monwgt";

const LABELS = { output: 50, benefit: 30, satisfaction: 10 };

/** 甘肃 2024 style: 成本指标 as its own 一级. */
const withCostPart = (output: number, cost: number, benefit: number, satisfaction: number): (string | number | null)[][] => [
  scored(`产出指标 (${output}分)`, "数量指标", "服务次数", output),
  scored(`成本指标 (${cost}分)`, "经济成本指标", "总费用控制", cost),
  scored(`效益指标 (${benefit}分)`, "社会效益指标", "服务保障", benefit),
  scored(`满意度指标 (${satisfaction}分)`, "服务对象满意度指标", "满意度", satisfaction),
];

ruleTester(rule, {
  valid: [
    { name: "national 10 / 50 / 30 / 10", forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [30], satisfaction: [10] }, LABELS) })] },
    { name: "without headings' points: the parts' sums are used", forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [15, 15], satisfaction: [10] }) })] },
    {
      name: "a heading that states the profile's 50 while its points make 55 is WGT-01's business",
      forms: () => [ds({ indicators: scoredRows({ output: [5, 5, 5, 5, 5, 10, 10, 10], benefit: [15, 15], satisfaction: [10] }, LABELS) })],
    },
    { name: "四川 (free): only the 执行率 matters", profile: "sichuan", forms: () => [ps({ indicators: scoredRows({ output: [20, 20], benefit: [40], satisfaction: [10] }) })] },
    { name: "甘肃: 成本 as its own part, 40 / 10 / 30 / 10", profile: "gansu", forms: () => [ps({ indicators: withCostPart(40, 10, 30, 10) })] },
    { name: "甘肃: 成本 kept inside 产出 is compared with 40 + 10", profile: "gansu", forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [30], satisfaction: [10] }, LABELS) })] },
    { name: "national: a separate 成本 heading counts as 产出 (40 + 10)", forms: () => [ps({ indicators: withCostPart(40, 10, 30, 10) })] },
    {
      name: "department form with its own 一级 (部门管理 / 履职效果) is not compared",
      forms: () => [ds({ indicators: [scored("部门管理", "预算编制", "预算编制规范性", 45), scored("履职效果", "重点工作", "重点工作完成率", 45)] })],
    },
  ],
  invalid: [
    {
      name: "执行率 20 points: a warning; 产出 then short of 50: information",
      forms: () => [ps({ execution: [20, "100%", 20], indicators: scoredRows({ output: [20, 20], benefit: [30], satisfaction: [10] }) })],
      findings: [
        {
          messageId: "executionWeight",
          severity: "warning",
          cells: ["F5"],
          message: "预算执行率的分值是 20 分，全国通用（财预〔2020〕10号）规定为 10 分。执行率分值一般固定不变，请把 F5 改为 10 分，并相应调整指标分值。",
        },
        { messageId: "partWeight", severity: "info", cells: ["B10", "G10", "G11"], message: /^一级指标“产出指标”共 40 分，全国通用（财预〔2020〕10号）的权重是 50 分。/ },
      ],
    },
    {
      name: "headings designed 60 / 20 / 10",
      forms: () => [ps({ indicators: scoredRows({ output: [30, 30], benefit: [20], satisfaction: [10] }, { output: 60, benefit: 20, satisfaction: 10 }) })],
      findings: [
        {
          messageId: "partWeight",
          severity: "info",
          cells: ["B10"],
          message: "一级指标“产出指标”共 60 分，全国通用（财预〔2020〕10号）的权重是 50 分。财预〔2020〕10号规定一级指标权重原则上统一设置、特殊情况可适当调整；如无特殊原因，请按 50 分设置（见 B10）。",
        },
        { messageId: "partWeight", severity: "info", cells: ["B12"], message: /^一级指标“效益指标”共 20 分，全国通用（财预〔2020〕10号）的权重是 30 分。/ },
      ],
    },
    {
      name: "四川: the 执行率 still has 10 points",
      profile: "sichuan",
      forms: () => [ps({ execution: [15, "100%", 15], indicators: scoredRows({ output: [40, 15], benefit: [20], satisfaction: [10] }) })],
      findings: [{ messageId: "executionWeight", severity: "warning", cells: ["F5"], message: /^预算执行率的分值是 15 分，四川规定为 10 分。/ }],
    },
    {
      name: "甘肃: 成本 20 and 效益 20",
      profile: "gansu",
      forms: () => [ps({ indicators: withCostPart(40, 20, 20, 10) })],
      findings: [
        { messageId: "partWeight", cells: ["B11"], message: /^一级指标“成本指标”共 20 分，甘肃的权重是 10 分。/ },
        { messageId: "partWeight", cells: ["B12"], message: /^一级指标“效益指标”共 20 分，甘肃的权重是 30 分。/ },
      ],
    },
  ],
});
