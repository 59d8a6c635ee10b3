/**
 * Saying what was read, and what was not. For every form: its fields as a flat list — what the
 * field is (in the form's own words), the cell it came from and the value read — and the
 * essential parts the recogniser could not find (`missingParts`, stored on the form as
 * `missing`). The command line (`parse`, `check`) and the pane's "读取到的内容" show both, so a
 * form read only in part never passes for a form checked in full.
 */
import type { Form, Header } from "../forms/forms";
import type { MoneyColumn } from "../forms/money";

export interface ReadField {
  /** Which part of the form: title and header, money, goals, the 执行率 and 总分 rows, indicators, summary rows. */
  part: "header" | "money" | "goals" | "scores" | "indicators" | "rows";
  /** What the field is, in Chinese: "预算年度", "申请单位 / 单位名称", "资金总额（全年预算数）", "三级指标 …". */
  label: string;
  /** A1 address of the cell it was read from. */
  ref: string;
  /** The value as read (numbers as numbers; targets as the whole text). */
  value: string | number | null;
}

const HEADER_NAMES: Record<keyof Header, string> = {
  year: "预算年度",
  unit: "单位",
  topUnit: "一级预算单位",
  implementer: "实施单位",
  office: "归口科室",
  category: "项目类别",
  project: "项目名称",
  specialFund: "所属专项",
  projectCode: "项目编码",
  period: "实施期",
  moneyUnit: "金额单位",
};

const GOAL_NAMES: Record<string, string> = {
  longTerm: "实施期目标",
  annual: "年度目标",
  expected: "预期目标",
  achieved: "实际完成情况",
  use: "资金用途",
};

const COLUMN_NAMES: Record<MoneyColumn, string> = { budget: "预算数", initialBudget: "年初预算数", adjustedBudget: "全年预算数", executed: "全年执行数" };

/** Every field of a form with its label, cell and value, in reading order. */
export function readFields(form: Form): ReadField[] {
  const out: ReadField[] = [];
  let part: ReadField["part"] = "header";
  const push = (label: string, f: { ref: string; value: unknown; text?: string } | undefined): void => {
    if (!f) return;
    const v = f.value;
    out.push({ part, label, ref: f.ref, value: typeof v === "number" || typeof v === "string" ? v : v === null ? null : (f.text ?? "").trim() });
  };
  if (form.title) push("标题", form.title);
  if ("header" in form) for (const [key, name] of Object.entries(HEADER_NAMES) as [keyof Header, string][]) push(name, form.header[key]);
  if (form.kind === "DT" || form.kind === "PT" || form.kind === "DS" || form.kind === "PS") {
    part = "money";
    for (const m of form.money) {
      for (const [c, a] of Object.entries(m.amounts) as [MoneyColumn, (typeof m.amounts)[MoneyColumn]][]) push(`${m.label.value.trim()}（${COLUMN_NAMES[c]}）`, a);
    }
    part = "goals";
    for (const [key, name] of Object.entries(GOAL_NAMES)) push(name, form.goals[key as keyof typeof form.goals] as { ref: string; value: string } | undefined);
    if (form.kind === "DS" || form.kind === "PS") {
      part = "scores";
      push("执行率分值", form.execution.weight);
      push("执行率", form.execution.rate);
      push("执行率得分", form.execution.score);
      push("总分", form.total.score);
      push("等级", form.total.grade);
    }
    part = "indicators";
    for (const ind of form.indicators) {
      const name = ind.level3.value.trim() || `第 ${ind.row} 行`;
      push(`三级指标`, ind.level3);
      if (ind.target) out.push({ part, label: `${name} · 指标值`, ref: ind.target.ref, value: ind.target.value.text.trim() });
      if (ind.actual) out.push({ part, label: `${name} · 实际完成值`, ref: ind.actual.ref, value: ind.actual.value.text.trim() });
      push(`${name} · 分值`, ind.weight);
      push(`${name} · 得分`, ind.score);
    }
  }
  if (form.kind === "ST") {
    part = "rows";
    for (const r of form.rows) push(`${r.direction.value.trim()} · 金额`, r.amount);
    push("合计", form.total);
  }
  return out;
}

/** Layouts whose printed template has no year cell (the year is in the document's title). */
export const LAYOUTS_WITHOUT_YEAR: ReadonlySet<string> = new Set(["hebei"]);

/**
 * The essential parts of a form that could not be read, named for the clerk: a form without
 * them cannot be fully checked (a missing year, unit, amount or goal, no indicator rows).
 */
export function missingParts(form: Form): string[] {
  const missing: string[] = [];
  const filled = (f: { value: unknown } | undefined): boolean => f !== undefined && f.value !== null && String(f.value).trim() !== "";
  switch (form.kind) {
    case "DT":
    case "PT":
    case "DS":
    case "PS": {
      const h = form.header;
      if (!h.year && !LAYOUTS_WITHOUT_YEAR.has(form.layout)) missing.push("预算年度");
      if (!filled(h.unit) && !filled(h.topUnit) && !filled(h.implementer)) missing.push("单位名称");
      if ((form.kind === "PT" || form.kind === "PS") && !filled(h.project)) missing.push("项目名称");
      const amounts = form.money.some((m) => Object.values(m.amounts).some((a) => a !== undefined && a.value !== null));
      if (!amounts) missing.push("资金金额");
      const g = form.goals;
      const goal = [g.annual, g.longTerm, g.expected, ...(g.items ?? [])].some(filled) || (form.kind === "DT" && form.tasks.some((t) => filled(t.goal)));
      if (!goal) missing.push(form.kind === "DS" || form.kind === "PS" ? "年度总体目标" : "绩效目标");
      if (form.indicators.length === 0) missing.push("绩效指标");
      else if (!form.indicators.some((i) => i.target)) missing.push("指标值列");
      if (form.kind === "DS" || form.kind === "PS") {
        if (!form.indicators.some((i) => i.actual)) missing.push("实际完成值列");
        if (!form.indicators.some((i) => i.weight)) missing.push("分值列");
      }
      break;
    }
    case "ST":
      if (form.rows.length === 0) missing.push("支出方向");
      if (!form.total) missing.push("合计");
      break;
    case "JS":
      if (!form.empty && form.lines.length === 0) missing.push("数据行");
      break;
    case "JN":
      if (form.sections.length === 0) missing.push("正文");
      break;
  }
  return missing;
}

/** The sentence every output gives for a form read only in part ("" when nothing is missing). */
export function missingSentence(missing: readonly string[], locale: "zh-CN" | "en" = "zh-CN"): string {
  if (missing.length === 0) return "";
  return locale === "en"
    ? `Not found on this form: ${missing.join(", ")}. Those parts were not checked; see that the labels are on the sheet.`
    : `未读到：${missing.join("、")}。这些部分没有检查，请核对表中是否有这些内容及其标签。`;
}
