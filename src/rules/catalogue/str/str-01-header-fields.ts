/**
 * STR-01 header fields present: the budget year, the unit (and the project for project forms),
 * the money, and the goal text. A reviewer sends back a form that does not say whose, for which
 * year, how much and what for.
 *
 * Per form:
 * - DT: year, 部门名称, an amount (资金总额 or any money line), a goal (年度/总体目标, or the
 *   工作目标 of the 年度重点工作计划 — the 湖南 2021 layout has no separate goal cell);
 * - PT: year, unit, 项目名称, 资金总额 (预算数), a goal (年度/实施期/总体目标);
 * - ST: year, 主管部门, 合计, and per 支出方向 row its amount and a goal;
 * - DS/PS: year, unit (PS: 项目名称), 资金总额 in some column, the 预期目标.
 * The 河北 layout (seeds 001, 004) has no year cell in the table at all — the year is in the
 * document's title, outside the form — so a missing year is not reported there.
 * Missing fields are pointed at the form's title cell (or at the blank amount cell when the
 * label is there and the number is not).
 */
import { FORM_KIND_NAMES, type Form } from "../../../forms/forms";
import type { MoneyLine } from "../../../forms/money";
import type { TracedText } from "../../../forms/traced";
import { LAYOUTS_WITHOUT_YEAR } from "../../../recognise/read-summary";
import { cells, nonEmpty } from "../../support";
import { defineRule, type FindingCell, type RuleContext } from "../../types";


function anchor(form: Form): FindingCell[] {
  if (form.title) return cells(form.title);
  if ("indicators" in form && form.indicators[0]) return cells(form.indicators[0].level1);
  return [];
}

function titleOf(form: Form): string {
  return form.title?.value || FORM_KIND_NAMES[form.kind].zh;
}

function titleEn(form: Form): string {
  return form.title?.value || FORM_KIND_NAMES[form.kind].en;
}

function anyAmount(lines: readonly MoneyLine[]): boolean {
  return lines.some((l) => Object.values(l.amounts).some((a) => a !== undefined && a.value !== null));
}

export default defineRule({
  meta: {
    id: "STR-01",
    severity: "error",
    forms: ["DT", "ST", "PT", "DS", "PS"],
    description: {
      "zh-CN": "表头应写明预算年度、单位（项目表还有项目名称）、资金金额和绩效目标。",
      en: "The form's header states the budget year, the unit (and project), the amount and the goal.",
    },
    messages: {
      missingYear: {
        "zh-CN": "“{title}”没有写预算年度。请在标题或表头注明年度（如“2024年”），否则无法核对时效指标是否在本年度内。",
        en: "“{titleEn}” does not state its budget year. Add the year to the title or header (e.g. “2024年”); without it deadlines cannot be checked.",
      },
      missingUnit: {
        "zh-CN": "“{title}”没有填写{unitLabel}。请填写单位全称。",
        en: "“{titleEn}” does not name the {unitLabelEn}. Fill in the unit's full name.",
      },
      missingProject: {
        "zh-CN": "“{title}”没有填写项目名称。请填写项目（支出方向）的名称。",
        en: "“{titleEn}” does not name the project. Fill in the project (spending line) name.",
      },
      missingAmount: {
        "zh-CN": "“{title}”没有填写资金金额。请填写年度资金总额（万元）。",
        en: "“{titleEn}” states no amount. Fill in the year's total funding (万元).",
      },
      blankAmount: {
        "zh-CN": "{ref} 的{label}是空的。请填写金额（万元）。",
        en: "The {label} in {ref} is blank. Fill in the amount (万元).",
      },
      missingGoal: {
        "zh-CN": "“{title}”没有填写{goalLabel}。请写明本年度要达到的绩效目标。",
        en: "“{titleEn}” has no {goalLabelEn}. State the performance goal for the year.",
      },
      missingRowAmount: {
        "zh-CN": "支出方向“{direction}”的金额（{ref}）是空的。请填写这一支出方向的金额。",
        en: "The amount of the spending line “{direction}” ({ref}) is blank. Fill in its amount.",
      },
      missingRowGoal: {
        "zh-CN": "支出方向“{direction}”的年度绩效目标（{ref}）是空的。请补上这一支出方向的目标。",
        en: "The annual goal of the spending line “{direction}” ({ref}) is blank. Add its goal.",
      },
    },
  },
  check(form, ctx) {
    const base = { title: titleOf(form), titleEn: titleEn(form) };
    const here = anchor(form);
    const missing = (messageId: string, data: Record<string, string> = {}): void => ctx.report({ messageId, data: { ...base, ...data }, cells: here });

    if (form.kind === "JS" || form.kind === "JN" || form.kind === "MT") return;
    if (!form.header.year && !LAYOUTS_WITHOUT_YEAR.has(form.layout)) missing("missingYear");
    // 一级预算单位 or 实施单位 name the unit too where the form has no 主管部门 / 申请单位 cell (山东).
    const h = form.header;
    if (!nonEmpty(h.unit) && !nonEmpty(h.topUnit) && !(form.kind !== "DT" && form.kind !== "DS" && nonEmpty(h.implementer))) {
      const [unitLabel, unitLabelEn] =
        form.kind === "DT" || form.kind === "DS" ? ["部门（单位）名称", "department"] : form.kind === "ST" ? ["项目主管部门", "supervising department"] : ["主管部门或实施单位", "supervising or implementing unit"];
      missing("missingUnit", { unitLabel, unitLabelEn });
    }

    if (form.kind === "ST") {
      checkSummary(form, ctx, missing);
      return;
    }
    if ((form.kind === "PT" || form.kind === "PS") && !nonEmpty(form.header.project)) missing("missingProject");

    const total = form.money.find((m) => m.key === "total");
    const blank = total ? Object.values(total.amounts).find((a) => a !== undefined && a.value === null && a.text.trim() === "") : undefined;
    const stated = form.kind === "DT" ? anyAmount(form.money) : total !== undefined && anyAmount([total]);
    if (!stated) {
      if (blank && total) ctx.report({ messageId: "blankAmount", data: { ref: blank.ref, label: total.label.value }, cells: cells(blank) });
      else missing("missingAmount");
    }

    const g = form.goals;
    if (form.kind === "DS" || form.kind === "PS") {
      if (!nonEmpty(g.expected) && !nonEmpty(g.annual)) missing("missingGoal", { goalLabel: "年度总体目标（预期目标）", goalLabelEn: "expected annual goal" });
      return;
    }
    const goalTexts: (TracedText | undefined)[] = [g.annual, g.longTerm, ...(g.items ?? [])];
    if (form.kind === "DT") goalTexts.push(...form.tasks.map((t) => t.goal));
    if (!goalTexts.some(nonEmpty)) missing("missingGoal", { goalLabel: "年度绩效目标", goalLabelEn: "annual goal" });
  },
});

function checkSummary(form: Extract<Form, { kind: "ST" }>, ctx: RuleContext, missing: (id: string) => void): void {
  if (!form.total || form.total.value === null) {
    if (form.rows.length === 0 || form.rows.every((r) => r.amount.value === null)) missing("missingAmount");
  }
  for (const row of form.rows) {
    const data = { ref: row.direction.ref, direction: row.direction.value };
    if (row.amount.value === null) ctx.report({ messageId: "missingRowAmount", data: { ...data, ref: row.amount.ref }, cells: cells(row.amount, row.direction) });
    if (!nonEmpty(row.annualGoal) && !nonEmpty(row.longTermGoal)) {
      const goal = row.annualGoal ?? row.direction;
      ctx.report({ messageId: "missingRowGoal", data: { ...data, ref: goal.ref }, cells: cells(goal, row.direction) });
    }
  }
}
