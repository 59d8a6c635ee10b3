/** 公开02 收入决算表: income by 功能分类 code and by source (财政拨款, 上级补助, 事业, 经营 …). */
import { label, row } from "../dsl";
import { codeTable } from "./js-common";

const COLUMNS = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];

export const js02 = codeTable({
  table: "02",
  description: "按功能分类科目列示本年收入合计及财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入。",
  amountWidths: [13, 13, 12, 12, 12, 14, 12],
  header: (project, codes) => [row(project, ...COLUMNS.map((c) => label(c, { down: 2 }))), row(...codes)],
  keys: ["total", "fiscal", "superiorGrant", "service", "operating", "affiliated", "other"],
});
