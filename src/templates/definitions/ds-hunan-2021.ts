/**
 * 部门整体支出绩效自评表, 湖南 2021 (seed 003 附件1): 部门名称, 资金情况 with 执行率 and its
 * score, 年度总体目标, 绩效指标 with live scoring formulas, 总分 and 等级.
 */
import { label, rows, row, text, title, titleOr, yearPrefix, type TemplateDefinition } from "../dsl";
import { HINTS } from "./common";
import { goalsBlock, indicatorBlock, moneyBlock, prepareSelfEvaluation } from "./self-evaluation";

export const dsHunan2021: TemplateDefinition = {
  kind: "DS",
  layout: "hunan-2021",
  name: "部门整体支出绩效自评表（湖南 2021）",
  description: "部门名称、资金情况（年初预算数、全年预算数、全年执行数、执行率及得分）、年度总体目标、绩效指标（自动计分）、总分与等级。",
  sheetName: () => "部门整体自评表",
  columns: [12, 17, 13, 24, 15, 12, 10, 10, 24],
  body: [
    title(titleOr((m) => `${yearPrefix(m, "年度")}部门整体支出绩效自评表`)),
    rows(row(label("部门名称"), text("unit", { span: "rest", hint: HINTS.unit })), ...moneyBlock("资金情况\n"), ...goalsBlock()),
    ...indicatorBlock(),
  ],
  profile: "hunan",
  prepare: prepareSelfEvaluation,
};
