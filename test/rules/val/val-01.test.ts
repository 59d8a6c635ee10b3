import rule from "../../../src/rules/catalogue/val/val-01-quantity-format";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const one = (value: string) => () => [ptY([["产出指标", "质量指标", "验收合格率", value]])];

ruleTester(rule, {
  valid: [
    { name: "a date range written with dots is a period, not a malformed number", forms: () => [ptY([["产出指标", "时效指标", "服务期限", "服务期限2023.1.1-2025.12.31"]])] },
    { name: "standard values", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    { name: "written comparators (50次以上, 控制在100万元以内, 2021年12月前)", forms: () => [ptY([["产出指标", "数量指标", "维修次数", "50次以上"], [null, "成本指标", "总费用", "控制在100万元以内"], [null, "时效指标", "完成时间", "2021年12月前"]])] },
    { name: "full-width digits and signs", forms: one("≥９５％") },
    { name: "a range", forms: one("90%-95%") },
    { name: "seeds 000 and 004", forms: () => [...formsOfSeedText("000"), ...formsOfSeedText("004")] },
  ],
  invalid: [
    {
      name: "≥9090%及以上: the number written twice",
      forms: one("≥9090%及以上"),
      findings: [{ messageId: "doubledNumber", severity: "error", cells: ["D9"], message: "D9 的指标值“≥9090%及以上”数字重复，应为“≥90%”。请改为规范写法。" }],
    },
    {
      name: "LaTeX left by a PDF conversion (seed 002)",
      forms: one("$\\geq 95\\%$"),
      findings: [
        {
          messageId: "nonStandard",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标值“$\\geq 95\\%$”含有从 PDF 转换留下的公式代码（如 \\geq、$），应写成“≥95%”。请改为规范写法。",
        },
      ],
    },
    {
      name: "≥100百分比: the percent sign in words",
      forms: one("≥100百分比"),
      findings: [{ messageId: "nonStandard", severity: "warning", cells: ["D9"], message: "D9 的指标值“≥100百分比”用文字写了百分号，应写成“≥100%”。请改为规范写法。" }],
    },
    {
      name: "≥90%及以上: the symbol repeated in words",
      forms: one("≥90%及以上"),
      findings: [{ messageId: "nonStandard", severity: "warning", message: /在符号后又写了意思相同的“及以上”“以内”等文字，应写成“≥90%”/ }],
    },
    {
      name: "≥50次以内: symbol and words contradict",
      forms: one("≥50次以内"),
      findings: [
        {
          messageId: "conflictingComparators",
          severity: "error",
          message: "D9 的指标值“≥50次以内”前后矛盾：符号与文字一个表示下限、一个表示上限。请确认后只保留一种，写成“≥数值”或“≤数值”。",
        },
      ],
    },
    {
      name: "a malformed number",
      forms: one("≥1.2.3万元"),
      findings: [{ messageId: "malformedNumber", severity: "error", message: "D9 的指标值“≥1.2.3万元”中的数字写法有误，读不出数值。请改成“符号＋数字＋单位”的写法，如“≥95%”。" }],
    },
    {
      name: "several quantities in one cell (seed 003)",
      forms: () => [ps({ indicators: [["产出指标", "数量指标", "文印中心服务部门、资料打印", "80 个部门 30000 份", "80 个部门 35000 份", 10, 10]] })],
      findings: [
        {
          messageId: "multipleNumbers",
          severity: "warning",
          cells: ["E10"],
          message: "E10 的指标值“80 个部门 30000 份”里写了多个数量（80个部门、30000份），评分时只能按第一个计算。请拆成多个指标，每个指标一个目标值。",
        },
      ],
    },
    {
      name: "seed 001: all 27 doubled values are errors with the suggested value",
      forms: () => formsOfSeedText("001"),
      findings: [39, 53, 67, 81, 95, 109, 123, 137, 151].flatMap((r) => [
        { messageId: "doubledNumber", severity: "error" as const, cells: [`E${r}`], message: `E${r} 的指标值“≥9090%及以上”数字重复，应为“≥90%”。请改为规范写法。` },
        { messageId: "doubledNumber", severity: "error" as const, cells: [`E${r + 1}`], message: `E${r + 1} 的指标值“≥9090%及以上”数字重复，应为“≥90%”。请改为规范写法。` },
        { messageId: "doubledNumber", severity: "error" as const, cells: [`E${r + 2}`], message: `E${r + 2} 的指标值“≥8080%及以上”数字重复，应为“≥80%”。请改为规范写法。` },
      ]),
    },
  ],
});
