import rule from "../../../src/rules/catalogue/str/str-02-levels-present";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, dt, ptY } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    { name: "merged 一级 cells are filled down", forms: () => [ptY(CLEAN_101)] },
    { name: "department form", forms: () => [dt({ indicators: CLEAN_88 })] },
    { name: "an empty template row (name “无”, no value) is STR-07's", forms: () => [ptY([...CLEAN_101, [null, "社会效益指标", "无", null]])] },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "first rows without 一级",
      forms: () => [ptY([[null, "数量指标", "维修次数", "≥50次"], [null, "质量指标", "验收合格率", "≥95%"], ...CLEAN_101.slice(3)])],
      findings: [
        {
          messageId: "missingLevels",
          severity: "error",
          cells: ["A9", "C9"],
          message: "第 9 行的指标缺少一级指标（A9 是空的）。请补填；合并单元格的类别写在该组第一行即可。",
        },
        { messageId: "missingLevels", cells: ["A10", "C10"] },
      ],
    },
    {
      name: "三级 blank next to a target",
      forms: () => [ptY([["产出指标", "数量指标", "", "≥50次"], ...CLEAN_101.slice(1)])],
      findings: [{ messageId: "missingLevels", cells: ["C9"], message: "第 9 行的指标缺少三级指标（C9 是空的）。请补填；合并单元格的类别写在该组第一行即可。" }],
    },
  ],
});
