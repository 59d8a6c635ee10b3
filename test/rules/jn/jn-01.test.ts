import rule from "../../../src/rules/catalogue/jn/jn-01-sections";
import { ruleTester } from "../rule-tester";
import { allTables, FULL_NARRATIVE, jsForms, narrative, narrativeWithout, t01, t02, t04, t05, t06, t07, t08, t09 } from "../builders-js";

/** The nine default tables fill rows 1–121; the narrative's title is row 123. */
const TITLE = "A123";

ruleTester(rule, {
  valid: [
    { name: "every section there, with all nine tables", forms: () => jsForms(...allTables(), narrative(FULL_NARRATIVE)) },
    { name: "the narrative alone: sections only", forms: () => jsForms(narrative(FULL_NARRATIVE)) },
    {
      name: "机关运行经费, 政府采购 and 国有资产 as parts of “其他重要事项” count",
      forms: () =>
        jsForms(
          narrative([
            ...narrativeWithout(/机关运行经费|政府采购|国有资产/),
            ["十四、其他重要事项的情况说明", "（一）机关运行经费支出情况", "机关运行经费支出20万元。", "（二）政府采购支出情况", "政府采购支出0万元。", "（三）国有资产占有使用情况", "共有车辆5辆。"],
          ]),
        ),
    },
    { name: "tables alone: nothing to check", forms: () => jsForms(...allTables()) },
  ],
  invalid: [
    {
      name: "no section on 政府采购 and the 05 section without its 结构 part",
      forms: () =>
        jsForms(
          ...allTables(),
          narrative(
            narrativeWithout(/政府采购/).map((s) => (/^五、/.test(s[0]!) ? s.filter((l) => !/结构|主要用于以下方面/.test(l)) : s)),
          ),
        ),
      findings: [
        { messageId: "subsectionMissing", severity: "warning", cells: [TITLE], message: "决算情况说明的“一般公共预算财政拨款支出决算情况”部分缺少“一般公共预算财政拨款支出决算结构情况”，请补充。" },
        { messageId: "sectionMissing", severity: "warning", cells: [TITLE], message: "决算情况说明缺少“政府采购支出情况”部分，请补充。" },
      ],
    },
    {
      name: "no section on the 三公 table: named with the table it explains",
      forms: () => jsForms(narrative(narrativeWithout(/三公/))),
      findings: [{ messageId: "sectionMissing", cells: ["A1"], message: "决算情况说明缺少““三公”经费支出决算情况”部分（说明公开07表），请补充。" }],
    },
    {
      name: "a package of eight tables: 公开03 not found",
      forms: () => jsForms(t01(), t02(), t04(), t05(), t06(), t07(), t08(), t09(), narrative(FULL_NARRATIVE)),
      findings: [{ messageId: "tableMissing", severity: "warning", message: "决算公开表中未找到公开03表“支出决算表”（或其表样未能识别），请核对九张表是否齐全。" }],
    },
  ],
});
