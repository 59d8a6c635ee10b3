/**
 * 项目支出绩效目标表, 河北 (seed 001, 2020, and seed 004, 2025): 项目编码, 预算规模及资金用途,
 * 资金支出计划 (3/6/10/12月底, cumulative %), 绩效目标, and indicators with 绩效指标描述 and
 * 指标值确定依据.
 */
import { amount, fixed, label, repeat, row, rows, tallRow, text, title, titleOr, yearPrefix, str, type TemplateDefinition } from "../dsl";
import { LEVEL1_HEBEI, LEVEL2_LISTS, skeletonOld } from "../lists";
import { HINTS, basisCell, level1Cell, level2Cell, level3Cell, moneyUnitLine, targetCell } from "./common";

const PLAN_HINT = { title: "资金支出计划", text: "截至该月底累计支出占预算的百分比（只填数字），逐月不减少，12月底为 100。" };

export const ptHebei: TemplateDefinition = {
  kind: "PT",
  layout: "hebei",
  profile: "hebei",
  name: "项目支出绩效目标表（河北）",
  description: "项目编码、预算规模及资金用途、资金支出计划（3/6/10/12月底）、绩效目标、绩效指标描述、指标值确定依据。",
  sheetName: (m) => str(m.project).trim() || "项目绩效目标表",
  columns: [12, 14, 20, 16, 16, 14, 16],
  body: [
    title(titleOr((m) => `${yearPrefix(m)}${str(m.project).trim() || "项目支出"}绩效目标表`)),
    rows(
      row(text("unit", { style: "subtitle", span: 5 }), fixed(moneyUnitLine("单位"), { style: "subtitleRight", span: "rest" })),
      row(label("项目编码"), text("projectCode", { span: 2, style: "center" }), label("项目名称"), text("project", { span: "rest", hint: HINTS.project })),
      row(label("预算规模及资金用途", { down: 2 }), label("预算数"), amount("money.total"), label("其中：财政资金"), amount("money.fiscal"), label("其他资金"), amount("money.other")),
      tallRow(32, text("goals.use", { span: "rest", hint: { title: "资金用途", text: "说明资金的具体用途。" } })),
      row(label("资金支出计划（%）", { down: 2 }), label("3月底"), label("6月底"), label("10月底", { span: 2 }), label("12月底", { span: 2 })),
      row(
        amount("spendingPlan.3", { style: "points", hint: PLAN_HINT }),
        amount("spendingPlan.6", { style: "points", hint: PLAN_HINT }),
        amount("spendingPlan.10", { style: "points", span: 2, hint: PLAN_HINT }),
        amount("spendingPlan.12", { style: "points", span: 2, hint: PLAN_HINT }),
      ),
      tallRow(40, label("绩效目标"), text("goals.annual", { span: "rest", hint: HINTS.goal })),
    ),
    repeat({
      items: "indicators",
      header: [row(label("一级指标"), label("二级指标"), label("三级指标"), label("绩效指标描述", { span: 2 }), label("指标值"), label("指标值确定依据"))],
      row: row(level1Cell(LEVEL1_HEBEI), level2Cell(LEVEL2_LISTS.old), level3Cell(), text("description", { span: 2, hint: HINTS.description }), targetCell(), basisCell()),
      group: ["level1", "level2"],
      blank: () => skeletonOld("效益指标"),
    }),
  ],
};
