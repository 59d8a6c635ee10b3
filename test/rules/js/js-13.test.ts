import rule from "../../../src/rules/catalogue/js/js-13-class-lines-agree";
import { ruleTester } from "../rule-tester";
import { EXPENDITURE_01, LINES_03, jsForms, t01, t03, t04, t05, t08, t09 } from "../builders-js";

const exp01 = (name: string, v: number | null) => EXPENDITURE_01.map(([l, x]): [string, number | string | null] => [l, l === name ? v : x]);

ruleTester(rule, {
  valid: [
    { name: "01 classes = 03 类 rows", forms: () => jsForms(t01(), t03()) },
    { name: "04 classes by fund = 05 类 rows, 08 and 09 empty", forms: () => jsForms(t04(), t05(), t08(), t09()) },
    { name: "detail tables missing", forms: () => jsForms(t01(), t04()) },
    {
      name: "names match across brackets and “支出”",
      forms: () =>
        jsForms(
          t04({ expenditure: [["一、一般公共服务支出", 150, 150, null, null]] }),
          t05([
            [null, "合计", 150, 80, 70],
            ["201", "一般公共服务", 150, 80, 70],
          ]),
        ),
    },
  ],
  invalid: [
    {
      name: "01 卫生健康支出 ≠ 03 类 210",
      forms: () => jsForms(t01({ expenditure: exp01("九、卫生健康支出", 31) }), t03()),
      findings: [
        {
          messageId: "classDiffers",
          severity: "error",
          cells: ["F7", "C29"],
          message: "公开01表“卫生健康支出” 31 万元不等于公开03表类级 210 30 万元（公开03表 C29），相差 1 万元。",
        },
      ],
    },
    {
      name: "a class in 01 that 03 lacks, a class in 03 that 01 lacks (warnings)",
      forms: () =>
        jsForms(
          t01({ expenditure: [...exp01("二十三、其他支出", null), ["十一、城乡社区支出", 20]] }),
          t03([
            ...LINES_03.filter((l) => !String(l[0] ?? "").startsWith("229")),
            ["213", "农林水支出", 20, null, 20, null, null, null],
          ]),
        ),
      findings: [
        { messageId: "classMissingInDetail", severity: "warning", cells: ["F10"], message: "公开01表列有“城乡社区支出” 20 万元，但公开03表没有这一类级科目。" },
        { messageId: "classMissingInSummary", severity: "warning", cells: ["C32"], message: "公开03表有类级科目 213 农林水支出 20 万元，但公开01表没有这一类支出的金额。" },
      ],
    },
    {
      name: "the same class 0.01 apart in 04 and 05 (上海 2024 test file: 社会保障和就业 326.71 / 326.72): a warning on the last digit",
      forms: () => jsForms(t04({ expenditure: [["一、一般公共服务支出", 120, 120, null, null], ["九、卫生健康支出", 30.01, 30.01, null, null]] }), t05(), t08(), t09()),
      findings: [
        {
          messageId: "classTail",
          severity: "warning",
          cells: ["G6", "C26"],
          message: "公开04表“一般公共预算财政拨款”“卫生健康支出” 30.01 万元与公开05表类级 210 30 万元（公开05表 C26）相差 0.01 万元：同一数字在两张表中应完全一致，请核对尾数。",
        },
      ],
    },
    {
      name: "04 一般公共预算 by class ≠ 05 类 rows",
      forms: () => jsForms(t04({ expenditure: [["一、一般公共服务支出", 110, 110, null, null], ["九、卫生健康支出", 40, 40, null, null]] }), t05(), t08(), t09()),
      findings: [
        { messageId: "classDiffers", cells: ["G5", "C22"], message: "公开04表“一般公共预算财政拨款”“一般公共服务支出” 110 万元不等于公开05表类级 201 120 万元（公开05表 C22），相差 -10 万元。" },
        { messageId: "classDiffers", cells: ["G6", "C26"] },
      ],
    },
    {
      name: "04 政府性基金 by class while 08 is empty",
      forms: () => jsForms(t04({ expenditure: [["一、一般公共服务支出", 130, 120, 10, null], ["九、卫生健康支出", 30, 30, null, null]] }), t05(), t08(), t09()),
      findings: [{ messageId: "classMissingInDetail", severity: "warning", cells: ["H5"], message: "公开04表“政府性基金预算财政拨款”列有“一般公共服务支出” 10 万元，但公开08表没有这一类级科目。" }],
    },
  ],
});
