/**
 * 专项资金支出方向绩效目标表, 湖南 2021 (seed 000 附件3–5): 支出方向（子项）, 所属专项, 项目金额,
 * 项目实施期, 实施期和年度绩效目标, 年度绩效指标 with 湖南's short 二级 names.
 */
import { amount, fixed, label, repeat, row, rows, sheetFrom, tallRow, text, title, titleOr, yearPrefix, type TemplateDefinition } from "../dsl";
import { LEVEL1, LEVEL2_LISTS, skeletonHunan } from "../lists";
import { HINTS, level1Cell, level2Cell, level3Cell, moneyUnitLine, remarkCell, stampedUnit, targetCell } from "./common";

export const ptHunan2021: TemplateDefinition = {
  kind: "PT",
  layout: "hunan-2021",
  profile: "hunan",
  name: "专项资金支出方向绩效目标表（湖南 2021）",
  description: "支出方向（子项）、所属专项、项目金额、项目实施期、实施期/年度绩效目标、年度绩效指标。",
  sheetName: sheetFrom("project", "支出方向绩效目标表"),
  columns: [14, 22, 20, 30, 14, 14],
  body: [
    title(titleOr((m) => `${yearPrefix(m)}专项资金支出方向绩效目标表`)),
    rows(
      row(fixed(stampedUnit("项目主管部门"), { style: "subtitle", span: 3 }), fixed(moneyUnitLine(), { style: "subtitleRight", span: "rest" })),
      row(label("支出方向（子项）"), text("project", { hint: HINTS.project }), label("所属专项"), text("specialFund", { span: "rest" })),
      row(label("项目金额"), amount("money.total"), label("项目实施期"), text("period", { span: "rest", hint: { title: "项目实施期", text: "如 2021 或 2021—2023。" } })),
      tallRow(40, label("实施期绩效目标"), text("goals.longTerm", { span: "rest", hint: HINTS.goal })),
      tallRow(40, label("年度绩效目标"), text("goals.annual", { span: "rest", hint: HINTS.goal })),
    ),
    repeat({
      items: "indicators",
      side: label("年度绩效指标"),
      header: [row(label("一级指标"), label("二级指标"), label("三级指标"), label("指标值"), label("备注"))],
      row: row(level1Cell(LEVEL1), level2Cell(LEVEL2_LISTS.hunan), level3Cell(), targetCell(), remarkCell()),
      group: ["level1", "level2"],
      blank: skeletonHunan,
    }),
  ],
};
