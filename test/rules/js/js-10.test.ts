import rule from "../../../src/rules/catalogue/js/js-10-expenditure-01-equals-03";
import { ruleTester } from "../rule-tester";
import { LINES_03, jsForms, t01, t02, t03 } from "../builders-js";

const total03 = (row: (string | number | null)[]) => LINES_03.map((l) => (l[1] === "合计" ? row : l));

ruleTester(rule, {
  valid: [
    { name: "01 本年支出合计 = 03 合计", forms: () => jsForms(t01(), t03()) },
    { name: "03 missing", forms: () => jsForms(t01(), t02()) },
  ],
  invalid: [
    {
      name: "03 合计 differs",
      forms: () => jsForms(t01(), t03(total03([null, "合计", 171, 80, 91, null, null, null]))),
      findings: [{ messageId: "totalDiffers", severity: "error", cells: ["F13", "C24"], message: "公开01表本年支出合计 170 万元不等于公开03表合计 171 万元（公开03表 C24），相差 -1 万元。" }],
    },
    {
      name: "the same figure 0.01 apart in the two tables: a warning on the last digit",
      forms: () => jsForms(t01(), t03(total03([null, "合计", 170.01, 80, 90.01, null, null, null]))),
      findings: [{ messageId: "totalTail", severity: "warning", cells: ["F13", "C24"], message: "公开01表本年支出合计 170 万元与公开03表合计 170.01 万元（公开03表 C24）相差 -0.01 万元：同一数字在两张表中应完全一致，请核对尾数。" }],
    },
  ],
});
