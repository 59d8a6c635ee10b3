/**
 * MON-04 元/万元 mix-up between the form's money unit and the amounts written in indicators.
 * An amount in an indicator is compared with the form's own budget (年度资金总额, 资金总额,
 * 全年预算数), both converted to 元:
 *
 * - ≥ 1,000 × the budget: no amount inside a project, not even a unit cost, can be a thousand
 *   times the whole budget. Checked for every money amount in 指标值 and 实际完成值.
 * - ≤ 1/1,000 of the budget: only for total-cost indicators (MON-02's heuristic), where the
 *   total should be of the budget's order; a small unit cost or a single purchase is legitimate.
 *
 * Which side is wrong follows from the units: an amount in 万元 that is far too large was meant
 * in 元, an amount in 元 that is far too small was meant in 万元 (the message gives the value it
 * would then be); when the indicator's unit points the other way (a huge amount in 元 on a form
 * in 元, a tiny total in 万元 on a form in 万元), the header's money unit or the budget cell is
 * the suspect — as it is when a form "in 元" states a budget under 10,000 (no project's budget
 * is that small; it was typed in 万元).
 *
 * The factor 10,000 sits in the middle of either band; anything between 1/1,000 and 1,000 is left
 * alone (MON-02 checks a total cost above the budget).
 *
 * One root cause, one finding: budget systems that export every project of a workbook with its
 * amount in 元 under a label saying 万元 (深圳's 本年度项目金额（万元）) make the same slip on
 * every sheet. When two or more forms of the workbook show the budget in 元 under a 万元 label —
 * an indicator in 万元 about 1/10,000 of it, or a total cost in 元 that equals it — that is one
 * finding for the workbook, listing every budget cell, instead of one per form (and a total cost
 * in 元 equal to the budget's number is then no “万元 written as 元” either: the budget is in 元).
 */
import type { Indicator } from "../../../forms/indicator";
import { hasIndicators, type Form, type PerformanceForm } from "../../../forms/forms";
import { defineWorkbookRule, type Report } from "../../types";
import { cells, cellsOn, fmt } from "../../support";
import { formBudget, inUnit, moneyAmount, totalCostAmount } from "./mon-02-cost-within-budget";

const RATIO = 1_000;

/** "1,000,000" style for messages. */
function times(r: number): string {
  const rounded = r >= 100 ? Math.round(r / 100) * 100 : Math.round(r);
  return rounded.toLocaleString("en-US");
}

const KINDS: readonly Form["kind"][] = ["DT", "PT", "DS", "PS"];

/** Sheets named in a message: the first few, then how many more. */
function sheetList(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => `“${n}”`).join("、");
  return names.length > 3 ? `${shown}等 ${names.length} 张表` : shown;
}

export default defineWorkbookRule({
  meta: {
    id: "MON-04",
    severity: "warning",
    forms: "workbook",
    description: {
      "zh-CN": "指标中的金额与表头金额单位（万元/元）是否混用。",
      en: "Amounts in indicators mixed up between 元 and 万元 against the form's money unit.",
    },
    messages: {
      tooLarge: {
        "zh-CN":
          "指标“{name}”的{column}“{value}”是{budgetLabel} {budget}的约 {times} 倍，项目里的金额不可能这么大，很可能把“元”写成了“万元”（或表头的金额单位与指标不一致）。按“元”计应为 {suggest}。请核对 {ref} 的单位。",
        en: "The {columnEn} “{value}” of indicator “{name}” is about {times} times the {budgetLabelEn} of {budget}; no amount within the project can be that large. Most likely 元 was written as 万元 (or the header's money unit does not match). Read as 元 it would be {suggest}. Check the unit in {ref}.",
      },
      tooSmall: {
        "zh-CN":
          "总成本指标“{name}”的{column}“{value}”只有{budgetLabel} {budget}的约 {times} 分之一，很可能把“万元”写成了“元”（或表头的金额单位与指标不一致）。按“万元”计应为 {suggest}。请核对 {ref} 的单位。",
        en: "The {columnEn} “{value}” of total-cost indicator “{name}” is about 1/{times} of the {budgetLabelEn} of {budget}. Most likely 万元 was written as 元 (or the header's money unit does not match). Read as 万元 it would be {suggest}. Check the unit in {ref}.",
      },
      headerUnit: {
        "zh-CN":
          "指标“{name}”的{column}“{value}”与{budgetLabel} {budget}相差约 {times} 倍，而指标的单位看来没有写错：可能是表头的金额单位“{unit}”应为“{other}”，或{budgetLabel}没有按表头的单位填写。请核对 {budgetRef} 和表头的金额单位。",
        en: "The {columnEn} “{value}” of indicator “{name}” and the {budgetLabelEn} of {budget} differ by a factor of about {times}, and the indicator's unit looks right: the header's money unit “{unit}” may have to be “{other}”, or the budget was not entered in the header's unit. Check {budgetRef} and the header's money unit.",
      },
      workbookInYuan: {
        "zh-CN":
          "本工作簿有 {count} 张表的{budgetLabel}按“元”填写，而标签写的是“万元”：如“{sheet}”的 {budgetRef} 为 {budgetText}，其指标“{name}”的“{value}”按万元计约为它的万分之一。请把这些金额换算成万元（{budgetText} 元 = {inWan} 万元），或把标签的单位改为“元”。涉及{sheets}。",
        en: "{count} forms of this workbook give the {budgetLabelEn} in 元 under a label saying 万元: on “{sheet}”, {budgetRef} holds {budgetText}, and its indicator “{name}” with “{value}” is about 1/10,000 of it read in 万元. Convert these amounts to 万元 ({budgetText} 元 = {inWan} 万元) or change the label's unit to 元. Forms: {sheetsEn}.",
      },
    },
    heuristic:
      "Per workbook, forms whose budget is in 元 under a 万元 label (headerUnit with a 万元 label, or tooSmall whose amount in 元 is 0.2–5 × the budget's number) are reported once when there are two or more. " +
      "Measured on the real 深圳 workbooks (npm run corpus): 159 per-form findings before, 15 workbook findings after (one per workbook; 219 of 291 sheets hold amounts ≥ 10,000 under 本年度项目金额（万元）, e.g. 8,820,620.00 with a total cost of ≤882.062万元: the export writes 元). " +
      "Ratio of the indicator's amount (in 元) to the form's budget (in 元): ≥ 1,000 flags any money amount (even a unit cost cannot be a thousand times the whole budget); ≤ 1/1,000 flags only total-cost indicators (MON-02's heuristic), since small unit costs are normal. " +
      "Measured on the five seeds: 24 money amounts in 指标值/实际完成值 compared (000: 4, 002: 8, 003: 12), ratios to the budget between 0.30 and 1.88; no finding, so no false positive (the seeds hold no real mix-up; the rule is exercised by its tests).",
  },
  checkWorkbook(forms, ctx) {
    /** Per form: its reports, and whether they show the budget in 元 under a 万元 label. */
    const perForm: { form: PerformanceForm; reports: Report[]; inYuan: Report[] }[] = [];
    for (const form of forms) {
      if (!hasIndicators(form) || !KINDS.includes(form.kind)) continue;
      const reports: Report[] = [];
      perForm.push({ form, reports, inYuan: checkForm(form, reports) });
    }
    const yuanForms = perForm.filter((p) => p.inYuan.length > 0);
    if (yuanForms.length >= 2) {
      const first = yuanForms[0]!;
      const budget = formBudget(first.form)!;
      const d = first.inYuan[0]!.data!;
      ctx.report({
        messageId: "workbookInYuan",
        form: first.form,
        data: {
          count: yuanForms.length,
          budgetLabel: budget.label,
          budgetLabelEn: budget.labelEn,
          sheet: first.form.sheet,
          budgetRef: budget.cell.ref,
          budgetText: budget.cell.text.trim(),
          name: d.name ?? "",
          value: d.value ?? "",
          inWan: fmt(budget.cell.value / 10_000, 4),
          sheets: sheetList(yuanForms.map((p) => p.form.sheet)),
          sheetsEn: yuanForms.map((p) => p.form.sheet).slice(0, 3).join(", ") + (yuanForms.length > 3 ? ` and ${yuanForms.length - 3} more` : ""),
        },
        cells: yuanForms.flatMap((p) => {
          const b = formBudget(p.form)!;
          return cellsOn(p.form.sheet, b.cell);
        }),
      });
    }
    for (const p of perForm) {
      for (const r of p.reports) {
        if (yuanForms.length >= 2 && p.inYuan.includes(r)) continue;
        ctx.report({ ...r, form: p.form });
      }
    }
  },
});

/**
 * One form's MON-04 reports, pushed to `out`; returns those that show the budget typed in 元
 * under a 万元 label.
 */
function checkForm(form: PerformanceForm, out: Report[]): Report[] {
  const budgetInYuan: Report[] = [];
  const ctx = { report: (r: Report): void => void out.push(r) };
  const budget = formBudget(form);
  if (!budget) return budgetInYuan;
  for (const ind of form.indicators) {
    for (const column of ["target", "actual"] as const) {
      const traced = ind[column];
      const amount = moneyAmount(traced?.value);
      if (!traced || !amount || amount.yuan <= 0) continue;
      const ratio = amount.yuan / budget.yuan;
      const common = {
        name: ind.level3.value,
        column: column === "target" ? (form.kind === "PS" || form.kind === "DS" ? "年度指标值" : "指标值") : "实际完成值",
        columnEn: column === "target" ? "target" : "actual value",
        value: traced.text.trim(),
        budgetLabel: budget.label,
        budgetLabelEn: budget.labelEn,
        budget: inUnit(budget.yuan, budget.unit),
        ref: traced.ref,
      };
      const inYuan = amount.unit === "元";
      const header = { ...common, unit: budget.unit, other: budget.unit === "元" ? "万元" : "元", budgetRef: budget.cell.ref };
      const headerCells = [...cells(budget.cell, traced), ...cells(form.header.moneyUnit)];
      // A project budget under 10,000 元 is implausible: on a form "in 元" it was typed in 万元.
      const budgetTypedInWan = budget.unit === "元" && budget.cell.value < 10_000;
      if (ratio >= RATIO) {
        if (!inYuan && !budgetTypedInWan) {
          ctx.report({
            messageId: "tooLarge",
            data: { ...common, times: times(ratio), suggest: inUnit(amount.yuan / 10_000, budget.unit) },
            cells: cells(traced, budget.cell),
          });
        } else if (budget.unit === "元") {
          ctx.report({ messageId: "headerUnit", data: { ...header, times: times(ratio) }, cells: headerCells });
        }
      } else if (ratio <= 1 / RATIO && column === "target" && isTotalCost(ind)) {
        if (inYuan) {
          const r: Report = {
            messageId: "tooSmall",
            data: { ...common, times: times(1 / ratio), suggest: inUnit(amount.yuan * 10_000, budget.unit) },
            cells: cells(traced, budget.cell),
          };
          ctx.report(r);
          // The total in 元 equals the budget's number: either the total or the budget is off by 10,000.
          const matches = budget.unit === "万元" && amount.yuan / budget.cell.value >= 0.2 && amount.yuan / budget.cell.value <= 5;
          if (matches) budgetInYuan.push(r);
        } else if (budget.unit === "万元") {
          const r: Report = { messageId: "headerUnit", data: { ...header, times: times(1 / ratio) }, cells: headerCells };
          ctx.report(r);
          budgetInYuan.push(r);
        }
      }
    }
  }
  return budgetInYuan;
}

function isTotalCost(ind: Indicator): boolean {
  return totalCostAmount(ind) !== undefined;
}

