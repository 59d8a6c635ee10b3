/**
 * 项目支出绩效目标表, 甘肃 2024 (seed 002): 项目名称, 主管部门及代码, 实施单位, 项目资金
 * (年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金), 总体目标 as 目标1/2/3, and 绩效指标
 * in the 财预〔2021〕101号 framework with 成本指标 first.
 */
import { amount, inMoneyUnit, label, repeat, row, rows, str, text, title, titleOr, fixed, type TemplateDefinition } from "../dsl";
import { LEVEL1, LEVEL2_LISTS, skeleton101 } from "../lists";
import { HINTS, goalItem, level1Cell, level2Cell, level3Cell, sumWhenFilled, targetCell, yearLine } from "./common";

export const ptGansu2024: TemplateDefinition = {
  kind: "PT",
  layout: "gansu-2024",
  profile: "gansu",
  name: "项目支出绩效目标表（甘肃 2024）",
  description: "项目名称、主管部门及代码、实施单位、项目资金（年度资金总额及来源）、总体目标（目标1、目标2…）、绩效指标（成本指标在前）。",
  sheetName: (m) => str(m.project).trim() || "项目绩效目标表",
  columns: [14, 20, 22, 30, 18],
  body: [
    title(titleOr(() => "项目支出绩效目标表")),
    rows(
      { cells: [fixed((c) => yearLine(c.model), { style: "caption", span: "rest" })] },
      row(label("项目名称"), text("project", { span: "rest", hint: HINTS.project })),
      row(label("主管部门及代码"), text("unit", { hint: HINTS.unit }), label("实施单位"), text("implementer", { span: "rest" })),
      row(label(inMoneyUnit("项目资金\n"), { down: 4 }), label("年度资金总额:"), amount("money.total", { span: "rest", formula: (c) => sumWhenFilled(c.ref("money.fiscal"), c.ref("money.carryover"), c.ref("money.other")) })),
      row(label("其中:当年财政拨款"), amount("money.fiscal", { span: "rest" })),
      row(label("上年结转资金"), amount("money.carryover", { span: "rest" })),
      row(label("其他资金"), amount("money.other", { span: "rest" })),
    ),
    repeat({
      items: "goals.items",
      side: label("总体目标"),
      row: row(text(".", { span: "rest", show: goalItem, hint: HINTS.goal })),
      min: 3,
    }),
    repeat({
      items: "indicators",
      side: label("绩效指标"),
      header: [row(label("一级指标"), label("二级指标"), label("三级指标"), label("指标值"))],
      row: row(level1Cell(LEVEL1), level2Cell(LEVEL2_LISTS["101"]), level3Cell(), targetCell()),
      group: ["level1", "level2"],
      blank: skeleton101,
    }),
  ],
};

