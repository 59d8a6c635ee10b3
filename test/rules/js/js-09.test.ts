import rule from "../../../src/rules/catalogue/js/js-09-income-01-equals-02";
import { ruleTester } from "../rule-tester";
import { LINES_02, jsForms, jsFormsOn, t01, t02, t03 } from "../builders-js";

const total02 = (row: (string | number | null)[]) => LINES_02.map((l) => (l[1] === "合计" ? row : l));

ruleTester(rule, {
  valid: [
    { name: "01 本年收入合计 = 02 合计, source by source", forms: () => jsForms(t01(), t02()) },
    { name: "02 missing: nothing to compare", forms: () => jsForms(t01(), t03()) },
    { name: "on two sheets", forms: () => [...jsFormsOn("公开01表", t01()), ...jsFormsOn("公开02表", t02())] },
  ],
  invalid: [
    {
      name: "02 合计 states a 事业收入 that 01 does not have",
      forms: () => jsForms(t01(), t02(total02([null, "合计", 175, 150, null, 5, null, null, 20]))),
      findings: [
        { messageId: "sourceDiffers", severity: "error", cells: ["C9", "F24"], message: "公开01表事业收入 0 万元不等于公开02表合计行的事业收入 5 万元（公开02表 F24），相差 -5 万元。" },
        { messageId: "totalDiffers", severity: "error", cells: ["C13", "C24"], message: "公开01表本年收入合计 170 万元不等于公开02表合计 175 万元（公开02表 C24），相差 -5 万元。" },
      ],
    },
    {
      name: "the 财政拨款 lines of 01 together against 02 财政拨款收入",
      forms: () => jsForms(t01(), t02(total02([null, "合计", 170, 140, null, null, null, null, 30]))),
      findings: [
        { messageId: "sourceDiffers", cells: ["C5", "D24"], message: /^公开01表财政拨款收入 150 万元不等于公开02表合计行的财政拨款收入 140 万元/ },
        { messageId: "sourceDiffers", cells: ["C12", "I24"], message: /^公开01表其他收入 20 万元不等于公开02表合计行的其他收入 30 万元/ },
      ],
    },
    {
      name: "tables on two sheets: the 02 cell is named in the message, not among the cells",
      forms: () => [...jsFormsOn("公开01表", t01()), ...jsFormsOn("公开02表", t02(total02([null, "合计", 171, 150, null, null, null, null, 21])))],
      findings: [
        { messageId: "sourceDiffers", cells: ["C12"], message: /（公开02表 I6）/ },
        { messageId: "totalDiffers", cells: ["C13"], message: "公开01表本年收入合计 170 万元不等于公开02表合计 171 万元（公开02表 C6），相差 -1 万元。" },
      ],
    },
    {
      name: "the same total 0.01 apart: a warning on the last digit (the sources within 0.01 per line stay silent)",
      forms: () => jsForms(t01(), t02(total02([null, "合计", 170.01, 150.01, null, null, null, null, 20]))),
      findings: [{ messageId: "totalTail", severity: "warning", cells: ["C13", "C24"], message: "公开01表本年收入合计 170 万元与公开02表合计 170.01 万元（公开02表 C24）相差 -0.01 万元：同一数字在两张表中应完全一致，请核对尾数。" }],
    },
  ],
});
