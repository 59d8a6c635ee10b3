/** 公开05 一般公共预算财政拨款支出决算表: 本年支出 小计 = 基本支出 + 项目支出, by 功能分类 code. */
import { label, row } from "../dsl";
import { codeTable } from "./js-common";

export const js05 = codeTable({
  table: "05",
  description: "按功能分类科目列示一般公共预算财政拨款本年支出小计、基本支出、项目支出。",
  amountWidths: [16, 16, 16],
  header: (project, codes) => [row(project, label("本年支出", { span: 3 })), row(...codes, label("小计"), label("基本支出"), label("项目支出"))],
  keys: ["total", "basic", "project"],
});
