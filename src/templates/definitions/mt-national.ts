/**
 * 项目支出绩效运行监控表 (national wording, after 财预〔2019〕136号's 项目支出绩效目标执行监控表):
 * 项目名称, 主管部门, 实施单位, the money table (年初预算数 | 1–N月执行数 | 1–N月执行率 |
 * 全年预计执行数), 年度总体目标, and per indicator the approved 年度指标值 with 1–N月执行情况,
 * 全年预计完成, 偏差原因, 纠偏措施 and 完成目标可能性. Made from a recognised 目标表, the targets are
 * filled and the monitoring columns left for the clerk.
 */
import { amount, fixed, label, repeat, row, rows, str, tallRow, text, title, titleOr, yearPrefix, type Ctx, type TemplateDefinition } from "../dsl";
import { LEVEL1, LEVEL2_LISTS, skeletonOld } from "../lists";
import { HINTS, level1Cell, level2Cell, level3Cell, moneyUnitLine, remarkCell, targetCell } from "./common";

const LIKELIHOOD = ["确定能", "有可能", "完全不可能"] as const;

/** "1-6月" from the data's month; "1-  月" for the clerk to fill when there is none. */
function upTo(ctx: Ctx): string {
  const m = ctx.model.month;
  if (typeof m === "number") {
    ctx.use("month");
    return `1-${m}月`;
  }
  return "1-  月";
}

const EXECUTED_HINT = { title: "执行情况", text: "截至监控月底实际完成的数，与年度指标值同单位，如 45次、92%；定性指标写进展。" };
const EXPECTED_HINT = { title: "全年预计完成", text: "按目前进度预计全年能完成的数。低于年度指标值时须填写偏差原因和纠偏措施。" };
const REASON_HINT = { title: "偏差原因", text: "执行进度慢于时间进度或预计完不成目标时，说明原因（经费、制度、人员、硬件条件或其他）。" };
const MEASURES_HINT = { title: "纠偏措施", text: "说明下一步采取的措施及完成时间。" };

function rateFormula(c: Ctx, line: string): string | undefined {
  const b = c.ref(`funds.${line}.budget`);
  const e = c.ref(`funds.${line}.executed`);
  return b && e ? `=IF(OR(${b}="",${e}="",${b}=0),"",${e}/${b})` : undefined;
}

function fundsRow(labelText: string, line: string): ReturnType<typeof row> {
  return row(
    label(labelText, { span: 2 }),
    amount(`funds.${line}.budget`, { span: 2 }),
    amount(`funds.${line}.executed`, { span: 2 }),
    { style: "rate", span: 2, text: "", formula: (c) => rateFormula(c, line) },
    amount(`funds.${line}.expected`, { span: "rest" }),
  );
}

export const mtNational: TemplateDefinition = {
  kind: "MT",
  layout: "national",
  name: "项目支出绩效运行监控表（全国通用）",
  description: "项目名称、主管部门、实施单位、项目资金（年初预算数、1–N月执行数与执行率、全年预计执行数）、年度总体目标、绩效指标（年度指标值、1–N月执行情况、全年预计完成、偏差原因、纠偏措施、完成目标可能性）。",
  sheetName: (m) => (str(m.project).trim() ? `${str(m.project).trim()}监控` : "绩效运行监控表"),
  columns: [12, 14, 20, 14, 14, 14, 22, 22, 12, 12],
  body: [
    title(titleOr((m) => `${yearPrefix(m, "年度")}项目支出绩效运行监控表`)),
    rows(
      row(fixed((c) => `（${typeof c.model.year === "number" ? c.model.year : "    "}年度，截至${typeof c.model.month === "number" ? c.model.month : "  "}月底）`, { style: "caption", span: 7 }), fixed(moneyUnitLine(), { style: "subtitleRight", span: "rest" })),
      row(label("项目名称", { span: 2 }), text("project", { span: 5, hint: HINTS.project }), label("项目编码"), text("projectCode", { span: "rest", style: "center" })),
      row(label("主管部门", { span: 2 }), text("unit", { span: 4, hint: HINTS.unit }), label("实施单位"), text("implementer", { span: "rest" })),
      row(label("项目资金", { span: 2 }), label("年初预算数", { span: 2 }), label((c) => `${upTo(c)}执行数`, { span: 2 }), label((c) => `${upTo(c)}执行率`, { span: 2 }), label("全年预计执行数", { span: "rest" })),
      fundsRow("年度资金总额", "total"),
      fundsRow("其中：财政拨款", "fiscal"),
      fundsRow("上年结转资金", "carryover"),
      fundsRow("其他资金", "other"),
      tallRow(40, label("年度总体目标", { span: 2 }), text("goals.annual", { span: "rest", hint: HINTS.goal })),
    ),
    repeat({
      items: "indicators",
      header: [
        row(
          label("一级指标"),
          label("二级指标"),
          label("三级指标"),
          label("年度指标值"),
          label((c) => `${upTo(c)}执行情况`),
          label("全年预计完成"),
          label("偏差原因"),
          label("纠偏措施"),
          label("完成目标可能性"),
          label("备注"),
        ),
      ],
      row: row(
        level1Cell(LEVEL1),
        level2Cell(LEVEL2_LISTS.old),
        level3Cell(),
        targetCell(),
        text("executed", { style: "center", hint: EXECUTED_HINT }),
        text("expected", { style: "center", hint: EXPECTED_HINT }),
        text("reason", { hint: REASON_HINT }),
        text("measures", { hint: MEASURES_HINT }),
        text("likelihood", { style: "center", list: { items: LIKELIHOOD, prompt: "完成目标可能性：确定能、有可能或完全不可能。" } }),
        remarkCell(),
      ),
      group: ["level1", "level2"],
      blank: () => skeletonOld(),
    }),
  ],
};
