/**
 * 部门整体支出绩效目标表, 湖南 2021 (seed 000 附件1): 部门名称, 年度预算申请 by 收入性质 and
 * 支出性质, 部门职责概述, 年度重点工作计划, and 年度绩效指标 with 湖南's short 二级 names.
 */
import { amount, fixed, inMoneyUnit, label, repeat, row, rows, tallRow, text, title, titleOr, yearPrefix, type TemplateDefinition } from "../dsl";
import { LEVEL1, LEVEL2_LISTS, skeletonHunan } from "../lists";
import { HINTS, level1Cell, level2Cell, level3Cell, remarkCell, sumWhenFilled, targetCell } from "./common";

export const dtHunan2021: TemplateDefinition = {
  kind: "DT",
  layout: "hunan-2021",
  profile: "hunan",
  name: "部门整体支出绩效目标表（湖南 2021）",
  description: "部门名称、年度预算申请（按收入性质/支出性质分）、部门职责概述、年度重点工作计划、年度绩效指标。",
  sheetName: () => "部门整体绩效目标表",
  columns: [14, 22, 20, 30, 14, 14],
  body: [
    title(titleOr((m) => `${yearPrefix(m)}部门整体支出绩效目标表`)),
    rows(
      { cells: [fixed("填报单位：（盖章）", { style: "subtitle", span: "rest" })] },
      row(label("部门名称"), text("unit", { span: "rest", hint: HINTS.unit })),
      row(label(inMoneyUnit("年度预算申请\n"), { down: 5 }), label("资金总额"), amount("money.total", { span: "rest", formula: (c) => sumWhenFilled(c.ref("money.fiscal"), c.ref("money.governmentFund"), c.ref("money.other")) })),
      row(label("按收入性质分", { span: 2 }), label("按支出性质分", { span: "rest" })),
      row(label("其中：一般公共预算拨款"), amount("money.fiscal"), label("其中：基本支出"), amount("money.basic", { span: 2 })),
      row(label("政府性基金拨款"), amount("money.governmentFund"), label("项目支出"), amount("money.project", { span: 2 })),
      row(label("其他资金"), amount("money.other"), fixed("", { span: "rest" })),
      tallRow(60, label("部门职责概述"), text("duties", { span: "rest", hint: { title: "部门职责概述", text: "按“三定”方案概括部门（单位）的主要职责。" } })),
    ),
    repeat({
      items: "tasks",
      side: label("年度重点\n工作计划"),
      header: [row(label("事项"), label("责任单位/科室"), label("工作目标", { span: "rest" }))],
      row: row(text("name"), text("owner"), text("goal", { span: "rest" })),
      min: 3,
    }),
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

