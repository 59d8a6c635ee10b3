import rule from "../../../src/rules/catalogue/val/val-11-deadline-year";
import { ruleTester } from "../rule-tester";
import { formFrom, pt } from "../builders";
import { CLEAN_101, ptY, ptYRows } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

const deadline = (value: string) => () => [ptY([["产出指标", "时效指标", "完成时间", value]])];

/** A 2024 project form with a 项目实施期 row under the 项目名称 row (indicator rows move down by one). */
function withPeriod(period: string, value: string) {
  const rows = ptYRows([["产出指标", "时效指标", "完成时间", value]]);
  rows.splice(2, 0, ["项目实施期", period]);
  return () => [formFrom("PT", rows)];
}

ruleTester(rule, {
  valid: [
    { name: "deadlines in the budget year", forms: () => [ptY(CLEAN_101), ptY([["产出指标", "时效指标", "完成时间", "2024年6月底前"], [null, "时效指标", "验收时间", "2024-11-30"]])] },
    { name: "within a multi-year project period", forms: withPeriod("2023-2025年", "2025年12月前") },
    { name: "a form without a year is not checked", forms: () => [pt({ indicators: [["产出指标", "时效指标", "完成时间", "2020年12月前"]] })] },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "a deadline in another year",
      forms: deadline("2023年12月前"),
      findings: [
        {
          messageId: "outsideYear",
          severity: "warning",
          cells: ["D9", "A1"],
          message: "D9 的时限“2023年12月前”不在预算年度 2024 年内。请核对年份，本年度指标的时限应在 2024 年内，如“2024年12月前”。",
        },
      ],
    },
    {
      name: "outside the project period",
      forms: withPeriod("2023-2025年", "2026年6月"),
      findings: [{ messageId: "outsidePeriod", cells: ["D10", "A1"], message: "D10 的时限“2026年6月”不在项目实施期（2023-2025年）内。请核对年份。" }],
    },
    {
      name: "no year",
      forms: deadline("12月底前"),
      findings: [{ messageId: "yearMissing", cells: ["D9"], message: "D9 的时限“12月底前”没有写年份。请写明年份，如“2024年12月前”。" }],
    },
    {
      name: "a date that does not exist",
      forms: deadline("2024年13月前"),
      findings: [{ messageId: "invalidDate", cells: ["D9"], message: "D9 的日期“2024年13月前”不存在（月份或日期超出范围）。请核对日期。" }],
    },
  ],
});
