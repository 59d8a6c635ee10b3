import rule from "../../../src/rules/catalogue/jn/jn-05-placeholders";
import { ruleTester } from "../rule-tester";
import { allTables, FULL_NARRATIVE, jsForms, narrative, t01 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "the default tables and the full narrative", forms: () => jsForms(...allTables(), narrative(FULL_NARRATIVE)) },
    { name: "Latin words and single signs are no placeholders (XXL, 2×3, 注*)", forms: () => jsForms(narrative([["十三、预算绩效管理情况说明", "采购XXL号服装2×3套，注*为估算。"]])) },
  ],
  invalid: [
    {
      name: "a placeholder unit name in the part heading over 公开01",
      forms: () => jsForms([["第二部分 上海市普陀区XX局2021年度部门决算表"], [], ...t01()]),
      findings: [{ messageId: "placeholder", severity: "error", cells: ["A1"], message: "单位名称“上海市普陀区XX局”中有未替换的占位符“XX”，请填入实际内容。" }],
    },
    {
      name: "××, 某某 and *** in the narrative, one finding per text",
      forms: () => jsForms(narrative([["一、收入支出决算总体情况说明", "××单位2021年度收支总计170万元。"], ["十三、预算绩效管理情况说明", "某某项目绩效自评得分***分。"]])),
      findings: [
        { messageId: "placeholder", cells: ["A3"], message: "说明“××单位2021年度收支总计170万元。”中有未替换的占位符“××”，请填入实际内容。" },
        { messageId: "placeholder", cells: ["A5"], message: /^说明“某某项目绩效自评得分\*\*\*分。”中有未替换的占位符“某某”/ },
      ],
    },
  ],
});
