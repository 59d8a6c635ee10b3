import rule from "../../../src/rules/catalogue/js/js-06-function-codes-roll-up";
import { ruleTester } from "../rule-tester";
import { LINES_02, LINES_03, LINES_05, jsForms, t02, t03, t05, t08, t09, type Rows } from "../builders-js";

const patch = (lines: Rows, key: string, row: (string | number | null)[]): Rows => lines.map((l) => (l[0] === key || (l[0] === null && l[1] === key) ? row : l));

ruleTester(rule, {
  valid: [
    { name: "02, 03, 05 roll up in every column", forms: () => jsForms(t02(), t03(), t05()) },
    { name: "08, 09 empty", forms: () => jsForms(t08(), t09()) },
    // As seed 003's 公开03: 合计 项目支出 1,138.54 over classes adding to 1,138.53.
    { name: "合计 within 0.01 per stated 类", forms: () => jsForms(t03(patch(LINES_03, "合计", [null, "合计", 170, 80, 90.01, null, null, null]))) },
    { name: "a 类 listed without 款 lines is not checked", forms: () => jsForms(t05([[null, "合计", 150, 80, 70], ["201", "一般公共服务支出", 120, 80, 40], ["210", "卫生健康支出", 30, null, 30]])) },
  ],
  invalid: [
    {
      name: "03: a 类 ≠ Σ its 款, and 合计 ≠ Σ 类",
      forms: () => jsForms(t03(patch(LINES_03, "201", ["201", "一般公共服务支出", 121, 80, 40, null, null, null]))),
      findings: [
        { messageId: "totalDiffers", severity: "error", cells: ["C6", "C7", "C11", "C14"], message: "公开03表“本年支出合计”列：合计 170 万元不等于各类之和 171 万元（201 121 + 210 30 + 229 20），相差 -1 万元。" },
        { messageId: "parentDiffers", cells: ["C7", "C8"], message: "公开03表“本年支出合计”列：类 201 一般公共服务支出 121 万元不等于其下各款之和 120 万元（20103 120），相差 1 万元。" },
      ],
    },
    {
      name: "05: a 款 ≠ Σ its 项 (基本支出 column)",
      forms: () => jsForms(t05(patch(LINES_05, "2010301", ["2010301", "行政运行", 81, 81, null]))),
      findings: [
        { messageId: "parentDiffers", cells: ["C8", "C9", "C10"], message: /^公开05表“本年支出小计”列：款 20103 政府办公厅\(室\)及相关机构事务 120 万元不等于其下各项之和 121 万元（2010301 81 \+ 2010302 40）/ },
        { messageId: "parentDiffers", cells: ["D8", "D9"], message: /“基本支出”列：款 20103 .* 80 万元不等于其下各项之和 81 万元/ },
      ],
    },
    {
      name: "02: the 其他收入 column of 合计 ≠ Σ 类",
      forms: () => jsForms(t02(patch(LINES_02, "合计", [null, "合计", 170, 150, null, null, null, null, 25]))),
      findings: [{ messageId: "totalDiffers", cells: ["I6", "I14"], message: "公开02表“其他收入”列：合计 25 万元不等于各类之和 20 万元（229 20），相差 5 万元。" }],
    },
  ],
});
