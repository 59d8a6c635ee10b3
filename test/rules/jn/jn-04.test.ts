import rule from "../../../src/rules/catalogue/jn/jn-04-year-and-unit";
import { ruleTester } from "../rule-tester";
import { FULL_NARRATIVE, jsForms, narrative, t01, t02, type Rows } from "../builders-js";

/** "第二部分 <单位>2021年度部门决算表" over 公开01, as the published documents print it. */
const part = (unit: string, year = 2021): Rows => [[`第二部分 ${unit}${year}年度部门决算表`], [], ...t01()];
/** 公开02 with an “编制单位：” line under its title. */
const t02Of = (unit: string): Rows => {
  const rows = t02();
  return [rows[0]!, [`编制单位：${unit}`], ...rows.slice(1)];
};
const UNIT = "石峰区机关事务服务中心";

ruleTester(rule, {
  valid: [
    { name: "tables and narrative of one year and one unit", forms: () => jsForms(part(UNIT), t02Of(UNIT), narrative(FULL_NARRATIVE, `${UNIT}2021年度部门决算情况说明`)) },
    { name: "“与2020年度相比” is last year's comparison, not the report's year", forms: () => jsForms(narrative([["一、收入支出决算总体情况说明", "2021年度收支总计170万元，与2020年度相比减少30万元，主要原因是厉行节约。"]])) },
    { name: "one unit named twice as often as a differently written one is compared; equal counts are not", forms: () => jsForms(part(UNIT), narrative(FULL_NARRATIVE, "石峰区机关事务中心2021年度部门决算情况说明")) },
  ],
  invalid: [
    {
      name: "the narrative's title names last year",
      forms: () => jsForms(part(UNIT), narrative(FULL_NARRATIVE, `第三部分 ${UNIT}2020年度部门决算情况说明`)),
      findings: [
        {
          messageId: "titleYear",
          severity: "error",
          cells: ["A21"],
          message: `“第三部分 ${UNIT}2020年度部门决算情况说明”中的年度为 2020 年，而本决算为 2021 年度，请改正。`,
        },
      ],
    },
    {
      name: "the 国有资产 date is last year's end",
      forms: () => jsForms(narrative(FULL_NARRATIVE.map((s) => s.map((l) => l.replace("截至2021年12月31日", "截至2020年12月31日"))))),
      findings: [{ messageId: "asOfYear", severity: "warning", message: "说明中“截至2020年12月31日”的日期不在本决算年度（2021 年）末，请核对。" }],
    },
    {
      name: "a table header names another unit",
      forms: () => jsForms(part(UNIT), t02Of("株洲市石峰区财政局"), narrative(FULL_NARRATIVE, `${UNIT}2021年度部门决算情况说明`)),
      findings: [{ messageId: "unitDiffers", severity: "warning", message: `“编制单位：株洲市石峰区财政局”中的单位为“株洲市石峰区财政局”，而本决算其他标题和表头为“${UNIT}”，请核对。` }],
    },
  ],
});
