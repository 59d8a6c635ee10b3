/**
 * 专项资金预算绩效目标汇总表, 湖南 2021 (seed 000 附件2): one row per 支出方向 with its amount
 * and goals, under a 合计 row that sums them.
 */
import { amount, fixed, label, repeat, row, rows, text, title, titleOr, yearPrefix, type TemplateDefinition } from "../dsl";
import { chineseNumber, moneyUnitLine, stampedUnit, sumWhenFilled } from "./common";

export const stHunan2021: TemplateDefinition = {
  kind: "ST",
  layout: "hunan-2021",
  profile: "hunan",
  name: "专项资金预算绩效目标汇总表（湖南 2021）",
  description: "序号、支出方向（子项）、金额、实施期绩效目标、年度绩效目标，合计行自动求和。",
  sheetName: () => "专项资金汇总表",
  columns: [8, 26, 14, 40, 40],
  body: [
    title(titleOr((m) => `${yearPrefix(m)}专项资金预算绩效目标汇总表`)),
    rows(row(fixed(stampedUnit("项目主管部门"), { style: "subtitle", span: 3 }), fixed(moneyUnitLine(), { style: "subtitleRight", span: "rest" }))),
    repeat({
      items: "rows",
      header: [
        row(label("序号"), label("支出方向（子项）"), label("金额"), label("实施期绩效目标"), label("年度绩效目标")),
        row(fixed(""), label("合  计"), amount("total", { formula: (c) => sumWhenFilled(c.column("rows", "amount")) }), fixed(""), fixed("")),
      ],
      row: row(
        text("seq", { style: "center" }),
        text("direction", { hint: { title: "支出方向（子项）", text: "专项资金的支出方向名称，与各支出方向绩效目标表一致。" } }),
        amount("amount"),
        text("longTermGoal"),
        text("annualGoal"),
      ),
      min: 3,
    }),
  ],
  prepare: (input) => {
    const list = Array.isArray(input.rows) ? (input.rows as Record<string, unknown>[]) : [];
    return { model: { ...input, rows: list.map((r, i) => (r.seq === undefined ? { ...r, seq: chineseNumber(i + 1) } : r)) } };
  },
};
