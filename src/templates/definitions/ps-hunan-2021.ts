/**
 * 项目支出绩效自评表, 湖南 2021 (seed 003 附件2): 部门名称, 专项名称 and 支出方向名称（子项目）,
 * 项目总投资, 项目总实施期, 年度项目资金 with 执行率 and its score, 年度总体目标, 绩效指标 with
 * live scoring formulas, 总分 and 等级.
 */
import { amount, inMoneyUnit, label, rows, row, str, text, title, titleOr, yearPrefix, type TemplateDefinition } from "../dsl";
import { HINTS } from "./common";
import { goalsBlock, indicatorBlock, moneyBlock, prepareSelfEvaluation } from "./self-evaluation";

export const psHunan2021: TemplateDefinition = {
  kind: "PS",
  layout: "hunan-2021",
  name: "项目支出绩效自评表（湖南 2021）",
  description: "部门名称、专项名称与支出方向（子项目）、项目总投资、项目总实施期、年度项目资金（执行率及得分）、年度总体目标、绩效指标（自动计分）、总分与等级。",
  sheetName: (m) => str(m.project).trim() || "项目自评表",
  columns: [12, 17, 13, 24, 15, 12, 10, 10, 24],
  body: [
    title(titleOr((m) => `${yearPrefix(m, "年度")}项目支出绩效自评表`)),
    rows(
      row(label("部门名称"), text("unit", { span: "rest", hint: HINTS.unit })),
      row(label("项目支出名称", { down: 2 }), label("专项名称"), text("project", { span: 2, hint: HINTS.project }), label(inMoneyUnit("项目总投资", "\n（")), amount("investment.total", { span: "rest" })),
      row(label("支出方向名称（子项目）"), text("subProject", { span: 2 }), label(inMoneyUnit("其中：财政拨款", "\n（")), amount("investment.fiscal", { span: "rest" })),
      row(label("项目总实施期", { span: 2 }), text("period", { span: "rest", hint: { title: "项目总实施期", text: "如 2021 年度，或 2021—2023 年。" } })),
      ...moneyBlock("年度项目资金\n"),
      ...goalsBlock(),
    ),
    ...indicatorBlock(),
  ],
  profile: "hunan",
  prepare: prepareSelfEvaluation,
};
