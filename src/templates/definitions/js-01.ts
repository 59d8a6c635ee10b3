/** 公开01 收入支出决算总表: 收入 | 支出 side by side, with 行次; 收入总计 = 支出总计. */
import { amount, label, number, repeat, row, text, type TemplateDefinition } from "../dsl";
import { TABLE_01_LINES } from "./js-lists";
import { jsHeading, jsNotes } from "./js-common";
import { pairByLineNo } from "./js-two-sided";

export const js01: TemplateDefinition = {
  kind: "JS",
  layout: "01",
  table: "01",
  name: "公开01表 收入支出决算总表",
  description: "收入（财政拨款、上级补助、事业、经营、其他收入，年初结转和结余）与支出（按功能分类，结余分配，年末结转和结余）左右对照，各有行次。",
  sheetName: () => "公开01表",
  columns: [34, 7, 15, 34, 7, 15],
  printTitleRows: (first) => `${first}:${first + 2}`,
  body: [
    ...jsHeading("01", 3),
    repeat({
      items: "rows",
      header: [
        row(label("收入", { span: 3 }), label("支出", { span: 3 })),
        row(label("项目"), label("行次"), label("金额"), label("项目"), label("行次"), label("金额")),
        row(label("栏次"), label(""), label("1"), label("栏次"), label(""), label("2")),
      ],
      row: row(
        text("in.label", { style: "labelLeft" }),
        number("in.lineNo"),
        amount("in.amounts.amount"),
        text("ex.label", { style: "labelLeft" }),
        number("ex.lineNo"),
        amount("ex.amounts.amount"),
      ),
    }),
    ...jsNotes("01"),
  ],
  prepare: (input) =>
    pairByLineNo(input, TABLE_01_LINES, [
      { section: "income", keys: ["amount"] },
      { section: "expenditure", keys: ["amount"] },
    ]),
};
