import rule from "../../../src/rules/catalogue/js/js-05-total-column-equals-parts";
import { ruleTester } from "../rule-tester";
import { LINES_02, LINES_03, LINES_05, jsForms, t02, t03, t04, t05, t08, t09, type Rows } from "../builders-js";

/** A copy of `lines` with the line of that name (or code) changed. */
const patch = (lines: Rows, key: string, row: (string | number | null)[]): Rows => lines.map((l) => (l[0] === key || (l[0] === null && l[1] === key) ? row : l));

ruleTester(rule, {
  valid: [
    { name: "03, 05 row by row", forms: () => jsForms(t03(), t05()) },
    { name: "02: 本年收入合计 = Σ sources", forms: () => jsForms(t02()) },
    { name: "04: 合计 = Σ fund columns", forms: () => jsForms(t04()) },
    { name: "08, 09 empty", forms: () => jsForms(t08(), t09()) },
    { name: "08 with data", forms: () => jsForms(t08([[null, "合计", 2, 10, 10, 4, 6, 2], ["212", "城乡社区支出", 2, 10, 10, 4, 6, 2]])) },
    // Seed 003, 公开03 合计: 1,474.07 against 335.54 + 1,138.54 = 1,474.08.
    { name: "a rounding difference of 0.01 per stated addend", forms: () => jsForms(t03(patch(LINES_03, "合计", [null, "合计", 1474.07, 335.54, 1138.54, null, null, null]))) },
  ],
  invalid: [
    {
      name: "03: 合计 ≠ 基本 + 项目",
      forms: () => jsForms(t03(patch(LINES_03, "合计", [null, "合计", 170, 81, 90, null, null, null]))),
      findings: [
        {
          messageId: "expenditureColumns",
          severity: "error",
          cells: ["C6", "D6", "E6"],
          message: "公开03表“合计”行：本年支出合计 170 万元不等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和 171 万元，相差 -1 万元。",
        },
      ],
    },
    {
      name: "05: a 项 line",
      forms: () => jsForms(t05(patch(LINES_05, "2010302", ["2010302", "一般行政管理事务", 40, null, 41]))),
      findings: [{ messageId: "expenditureColumns", cells: ["C10", "E10"], message: "公开05表“2010302 一般行政管理事务”行：本年支出小计 40 万元不等于基本支出、项目支出之和 41 万元，相差 -1 万元。" }],
    },
    {
      name: "02: 本年收入合计 ≠ Σ sources",
      forms: () => jsForms(t02(patch(LINES_02, "229", ["229", "其他支出", 20, null, null, 5, null, null, 20]))),
      findings: [
        {
          messageId: "incomeColumns",
          cells: ["C14", "F14", "I14"],
          message: "公开02表“229 其他支出”行：本年收入合计 20 万元不等于各收入来源（财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入）之和 25 万元，相差 -5 万元。",
        },
      ],
    },
    {
      name: "04: 合计 ≠ Σ fund columns on a class line, and so on 本年支出合计 and 总计",
      forms: () => jsForms(t04({ expenditure: [["一、一般公共服务支出", 120, 100, 10, null]] })),
      findings: [
        { messageId: "fundColumns", cells: ["F5", "G5", "H5"], message: "公开04表“一般公共服务支出”行：合计 120 万元不等于三类财政拨款（一般公共预算财政拨款、政府性基金预算财政拨款、国有资本经营预算财政拨款）之和 110 万元，相差 10 万元。" },
        { messageId: "fundColumns", cells: ["F8", "G8", "H8"] },
        { messageId: "fundColumns", cells: ["F13", "G13", "H13"] },
      ],
    },
    {
      name: "08: 本年支出小计 blank while 基本 and 项目 are stated",
      forms: () => jsForms(t08([[null, "合计", null, 10, null, 4, 6, null]])),
      findings: [{ messageId: "expenditureColumns", cells: ["E6", "F6", "G6"], message: /^公开08表“合计”行：本年支出小计 0 万元不等于基本支出、项目支出之和 10 万元/ }],
    },
    {
      name: "09: 合计 ≠ 基本 + 项目",
      forms: () => jsForms(t09([[null, "合计", 5, 1, 3]])),
      findings: [{ messageId: "expenditureColumns", cells: ["C6", "D6", "E6"] }],
    },
  ],
});
