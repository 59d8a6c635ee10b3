/** 公开03 支出决算表: expenditure by 功能分类 code: 基本支出, 项目支出, 上缴上级, 经营, 对附属单位补助. */
import { label, row } from "../dsl";
import { codeTable } from "./js-common";

const COLUMNS = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

export const js03 = codeTable({
  table: "03",
  description: "按功能分类科目列示本年支出合计及基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出。",
  amountWidths: [14, 13, 13, 13, 13, 16],
  header: (project, codes) => [row(project, ...COLUMNS.map((c) => label(c, { down: 2 }))), row(...codes)],
  keys: ["total", "basic", "project", "toSuperior", "operating", "toAffiliated"],
});
