import rule from "../../../src/rules/catalogue/js/js-11-fiscal-04-equals-05-08-09";
import { ruleTester } from "../rule-tester";
import { LINES_05, jsForms, t04, t05, t08, t09, type Rows } from "../builders-js";

const total05 = (row: (string | number | null)[]) => LINES_05.map((l) => (l[1] === "合计" ? row : l));

/** A 04 without per-fund columns (one 金额 column each side). */
const t04Plain = (spent: number): Rows => [
  ["财政拨款收入支出决算总表"],
  ["项目", "行次", "金额", "项目", "行次", "金额"],
  ["一般公共预算财政拨款", 1, spent, "一般公共服务支出", 32, spent],
  ["本年收入合计", 27, spent, "本年支出合计", 58, spent],
  ["总计", 32, spent, "总计", 64, spent],
];

ruleTester(rule, {
  valid: [
    { name: "04 by fund = 05, empty 08, empty 09", forms: () => jsForms(t04(), t05(), t08(), t09()) },
    { name: "08 and 09 missing: only 05 compared", forms: () => jsForms(t04(), t05()) },
    { name: "04 without fund columns = 05 + 08 + 09", forms: () => jsForms(t04Plain(150), t05(), t08(), t09()) },
    { name: "04 without fund columns, 08 missing: not compared", forms: () => jsForms(t04Plain(160), t05(), t09()) },
  ],
  invalid: [
    {
      name: "05 合计 ≠ 04 一般公共预算财政拨款",
      forms: () => jsForms(t04(), t05(total05([null, "合计", 151, 80, 71])), t08(), t09()),
      findings: [
        {
          messageId: "fundDiffers",
          severity: "error",
          cells: ["G8", "C21"],
          message: "公开04表本年支出合计的“一般公共预算财政拨款” 150 万元不等于公开05表合计 151 万元（公开05表 C21），相差 -1 万元。",
        },
      ],
    },
    {
      name: "05 合计 0.01 above 04 一般公共预算财政拨款: a warning on the last digit",
      forms: () => jsForms(t04(), t05(total05([null, "合计", 150.01, 80, 70.01])), t08(), t09()),
      findings: [
        {
          messageId: "fundTail",
          severity: "warning",
          cells: ["G8", "C21"],
          message: "公开04表本年支出合计的“一般公共预算财政拨款” 150 万元与公开05表合计 150.01 万元（公开05表 C21）相差 -0.01 万元：同一数字在两张表中应完全一致，请核对尾数。",
        },
      ],
    },
    {
      name: "08 states spending that 04 does not show",
      forms: () => jsForms(t04(), t05(), t08([[null, "合计", null, 10, 10, 4, 6, null], ["212", "城乡社区支出", null, 10, 10, 4, 6, null]]), t09()),
      findings: [{ messageId: "fundDiffers", cells: ["H8", "E36"], message: "公开04表本年支出合计的“政府性基金预算财政拨款” 0 万元不等于公开08表合计 10 万元（公开08表 E36），相差 -10 万元。" }],
    },
    {
      name: "04 states 政府性基金 spending while 08 is empty (本表无数据)",
      forms: () => jsForms(t04({ expenditure: [["一、一般公共服务支出", 130, 120, 10, null], ["九、卫生健康支出", 30, 30, null, null]] }), t05(), t08(), t09()),
      findings: [{ messageId: "fundDiffers", cells: ["H8", "E36"], message: "公开04表本年支出合计的“政府性基金预算财政拨款” 10 万元不等于公开08表合计 0 万元（公开08表 E36），相差 10 万元。" }],
    },
    {
      name: "04 without fund columns ≠ 05 + 08 + 09",
      forms: () => jsForms(t04Plain(160), t05(), t08(), t09()),
      findings: [{ messageId: "totalDiffers", cells: ["F4", "C12"], message: "公开04表本年支出合计 160 万元不等于公开05、08、09表合计之和 150 万元，相差 10 万元。" }],
    },
  ],
});
