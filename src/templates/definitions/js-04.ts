/** 公开04 财政拨款收入支出决算总表: 财政拨款收入 | 支出 by 一般公共预算 / 政府性基金 / 国有资本经营. */
import { amount, label, number, repeat, row, text, type TemplateDefinition } from "../dsl";
import { TABLE_04_LINES } from "./js-lists";
import { jsHeading, jsNotes } from "./js-common";
import { pairByLineNo } from "./js-two-sided";

const EXPENDITURE = ["total", "generalBudget", "governmentFund", "stateCapital"] as const;

export const js04: TemplateDefinition = {
  kind: "JS",
  layout: "04",
  table: "04",
  name: "公开04表 财政拨款收入支出决算总表",
  description: "财政拨款收入（一般公共预算、政府性基金、国有资本经营）与按功能分类的支出左右对照，支出分合计和三类财政拨款。",
  sheetName: () => "公开04表",
  columns: [28, 6, 13, 30, 6, 13, 14, 14, 14],
  printTitleRows: (first) => `${first}:${first + 2}`,
  body: [
    ...jsHeading("04", 4),
    repeat({
      items: "rows",
      header: [
        row(label("收 入", { span: 3 }), label("支 出", { span: 6 })),
        row(
          label("项目"),
          label("行次"),
          label("金额"),
          label("项目"),
          label("行次"),
          label("合计"),
          label("一般公共预算财政拨款"),
          label("政府性基金预算财政拨款"),
          label("国有资本经营预算财政拨款"),
        ),
        row(label("栏次"), label(""), label("1"), label("栏次"), label(""), label("2"), label("3"), label("4"), label("5")),
      ],
      row: row(
        text("in.label", { style: "labelLeft" }),
        number("in.lineNo"),
        amount("in.amounts.amount"),
        text("ex.label", { style: "labelLeft" }),
        number("ex.lineNo"),
        ...EXPENDITURE.map((k) => amount(`ex.amounts.${k}`)),
      ),
    }),
    ...jsNotes("04"),
  ],
  prepare: (input) =>
    pairByLineNo(input, TABLE_04_LINES, [
      { section: "income", keys: ["amount"] },
      { section: "expenditure", keys: EXPENDITURE },
    ]),
};
