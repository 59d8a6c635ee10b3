import rule from "../../../src/rules/catalogue/js/js-12-basic-05-equals-06";
import { ruleTester } from "../rule-tester";
import { LINES_05, jsForms, t05, t06 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "05 基本支出 = 人员经费合计 + 公用经费合计", forms: () => jsForms(t05(), t06()) },
    { name: "06 with a 合计 line", forms: () => jsForms(t05(), t06({ basicTotal: 80 })) },
    { name: "06 missing", forms: () => jsForms(t05()) },
    { name: "within 0.01 per stated addend", forms: () => jsForms(t05(LINES_05.map((l) => (l[1] === "合计" ? [null, "合计", 150.02, 80.02, 70] : l))), t06()) },
  ],
  invalid: [
    {
      name: "06 totals add to more than 05 基本支出",
      forms: () => jsForms(t05(), t06({ personnelTotal: 61 })),
      findings: [
        {
          messageId: "basicDiffers",
          severity: "error",
          cells: ["D6", "C24", "F24"],
          message: "公开05表合计行的基本支出 80 万元不等于公开06表人员经费合计 + 公用经费合计 81 万元（公开06表 C24、公开06表 F24），相差 -1 万元。",
        },
      ],
    },
    {
      name: "06's own 合计 line is the one compared",
      forms: () => jsForms(t05(), t06({ basicTotal: 79 })),
      findings: [{ messageId: "basicDiffers", cells: ["D6", "C25"], message: "公开05表合计行的基本支出 80 万元不等于公开06表合计 79 万元（公开06表 C25），相差 1 万元。" }],
    },
  ],
});
