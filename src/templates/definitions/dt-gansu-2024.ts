/**
 * 单位整体支出绩效目标表, 甘肃 2024 (seed 002, first table): 单位名称, 总体目标 as 目标1/2/3,
 * 预算情况 by 支出类型 (基本支出 = 人员经费 + 公用经费, 项目支出) and by 来源类型, and 绩效指标
 * whose first levels are the department's own (部门管理 / 履职效果 / 能力建设).
 */
import { amount, fixed, inMoneyUnit, label, repeat, row, rows, text, title, titleOr, type TemplateDefinition } from "../dsl";
import { LEVEL1_DEPARTMENT } from "../lists";
import { skeletonDepartment } from "../lists";
import { HINTS, goalItem, level1Cell, level2Cell, level3Cell, sumWhenFilled, targetCell, yearLine } from "./common";

export const dtGansu2024: TemplateDefinition = {
  kind: "DT",
  layout: "gansu-2024",
  profile: "gansu",
  name: "单位整体支出绩效目标表（甘肃 2024）",
  description: "单位名称、总体目标（目标1、目标2…）、预算情况（按支出类型分/按来源类型分）、绩效指标（部门管理、履职效果、能力建设）。",
  sheetName: () => "单位整体绩效目标表",
  columns: [14, 16, 26, 26, 16, 14],
  body: [
    title(titleOr(() => "单位整体支出绩效目标表")),
    rows({ cells: [fixed((c) => yearLine(c.model), { style: "caption", span: "rest" })] }),
    rows(row(label("单位名称", { span: 2 }), text("unit", { span: "rest", hint: HINTS.unit }))),
    repeat({
      items: "goals.items",
      side: label("总体目标"),
      row: row(text(".", { span: "rest", show: goalItem, hint: HINTS.goal })),
      min: 3,
    }),
    rows(
      row(label(inMoneyUnit("预算情况\n"), { down: 6 }), label("按支出类型分", { span: 2 }), label("预算金额"), label("按来源类型分"), label("预算金额")),
      row(label("基本支出", { down: 3 }), label("人员经费"), amount("money.personnel"), label("当年财政拨款"), amount("money.fiscal")),
      row(label("公用经费"), amount("money.publicUse"), label("上年结转资金"), amount("money.carryover")),
      row(label("合计"), amount("money.basic", { formula: (c) => sumWhenFilled(c.ref("money.personnel"), c.ref("money.publicUse")) }), label("其他资金"), amount("money.other")),
      row(label("项目支出", { span: 2 }), amount("money.project"), label("收入预算合计"), amount("money.incomeTotal", { formula: (c) => sumWhenFilled(c.ref("money.fiscal"), c.ref("money.carryover"), c.ref("money.other")) })),
      row(fixed("", { span: 3 }), label("支出预算合计"), amount("money.expenseTotal", { formula: (c) => sumWhenFilled(c.ref("money.basic"), c.ref("money.project")) })),
    ),
    repeat({
      items: "indicators",
      side: label("绩效指标"),
      header: [row(label("一级指标"), label("二级指标"), label("三级指标"), label("指标值", { span: "rest" }))],
      row: row(level1Cell(LEVEL1_DEPARTMENT), level2Cell(undefined, { style: "text" }), level3Cell(), targetCell({ span: "rest" })),
      group: ["level1", "level2"],
      blank: skeletonDepartment,
    }),
  ],
};

