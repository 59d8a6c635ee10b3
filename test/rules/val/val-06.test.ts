import rule from "../../../src/rules/catalogue/val/val-06-date-serial";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "dates written as text, and numbers with units", forms: () => [ptY(CLEAN_101), ptY([["产出指标", "数量指标", "接待人次", "28000人次"], [null, "时效指标", "完成时间", "2021-12-31"]])] },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "a date cell that lost its format, under 时效指标",
      forms: rows(["产出指标", "时效指标", "完成时间", "44561"]),
      findings: [
        {
          messageId: "dateSerial",
          severity: "error",
          cells: ["D9"],
          message: "D9 的“44561”是 Excel 的日期序号，表示 2021年12月31日，单元格丢失了日期格式。请改写成“2021年12月31日前”，或把单元格设为日期格式。",
        },
      ],
    },
    {
      name: "a time name elsewhere",
      forms: rows(["效益指标", "社会效益指标", "项目完成时间", "45291"]),
      findings: [{ messageId: "dateSerial", severity: "error", message: /表示 2023年12月31日/ }],
    },
    {
      name: "a bare 5-digit number under 数量: maybe a count without its unit",
      forms: rows(["产出指标", "数量指标", "接待人次", "45000"]),
      findings: [
        {
          messageId: "maybeDateSerial",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标值“45000”没有单位，看起来像 Excel 日期序号（2023年3月15日）。如果是日期，请写成“2023年3月15日前”；如果是数量，请加上单位（如“45000人次”）。",
        },
      ],
    },
  ],
});
