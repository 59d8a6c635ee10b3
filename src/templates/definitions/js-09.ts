/** 公开09 国有资本经营预算财政拨款支出决算表: 本年支出 合计 = 基本支出 + 项目支出. */
import { label, row } from "../dsl";
import { codeTable } from "./js-common";

export const js09 = codeTable({
  table: "09",
  description: "按功能分类科目列示国有资本经营预算财政拨款本年支出合计、基本支出、项目支出；无数据时说明原因。",
  amountWidths: [16, 16, 16],
  header: (project, codes) => [row(project, label("本年支出", { span: 3 })), row(...codes, label("合计"), label("基本支出"), label("项目支出"))],
  keys: ["total", "basic", "project"],
});
