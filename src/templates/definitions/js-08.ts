/** 公开08 政府性基金预算财政拨款收入支出决算表: 年初结转和结余, 本年收入, 本年支出, 年末结转和结余. */
import { label, row } from "../dsl";
import { codeTable } from "./js-common";

export const js08 = codeTable({
  table: "08",
  description: "按功能分类科目列示政府性基金预算财政拨款年初结转和结余、本年收入、本年支出（小计、基本支出、项目支出）、年末结转和结余；无数据时说明原因。",
  amountWidths: [14, 12, 12, 12, 12, 14],
  header: (project, codes) => [
    row(project, label("年初结转和结余", { down: 2 }), label("本年收入", { down: 2 }), label("本年支出", { span: 3 }), label("年末结转和结余", { down: 2 })),
    row(...codes, label("小计"), label("基本支出"), label("项目支出")),
  ],
  keys: ["opening", "income", "expenditure", "basic", "project", "closing"],
});
