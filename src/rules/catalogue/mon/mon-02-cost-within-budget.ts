/**
 * MON-02 A total-cost 成本指标 must not exceed the project's budget: "总费用控制 ≤ 80万元" in
 * an 80万元 project is fine, a 成本指标 of 75万元 in a 72万元 project is not. Targets compare
 * with the 年度资金总额 / 项目金额 (PT); self-evaluations with the 全年预算数 (PS).
 *
 * Not checked here: ST rows carry no indicators (their amounts are tied to the project tables
 * by MON-05), and DT/DS are not in the catalogue's forms for this rule.
 *
 * The total-cost heuristic (also used by MON-04) is exported from this module.
 */
import type { PerformanceForm } from "../../../forms/forms";
import type { Indicator } from "../../../forms/indicator";
import type { TracedNumber } from "../../../forms/traced";
import type { TargetValue } from "../../../values/target-value";
import { defineRule } from "../../types";
import { canonicalLevel1, canonicalLevel2, cells, fmt } from "../../support";

/** Money units a value may be written in, as multiples of 元. "万元/人" is not one: it is a unit cost. */
export const MONEY_UNIT_YUAN: Readonly<Record<string, number>> = { 元: 1, 千元: 1_000, 万元: 10_000, 百万元: 1_000_000, 亿元: 100_000_000 };

/** A money amount written in a value: its number (upper end of a range), unit and worth in 元. */
export interface MoneyAmount {
  number: number;
  unit: string;
  yuan: number;
}

export function moneyAmount(v: TargetValue | undefined): MoneyAmount | undefined {
  if (!v || v.kind !== "quantitative") return undefined;
  const factor = MONEY_UNIT_YUAN[v.unit.trim()];
  if (factor === undefined) return undefined;
  const number = v.upper ?? v.number;
  return { number, unit: v.unit.trim(), yuan: number * factor };
}

/** Names that announce a cost per unit rather than a total: 单价, 人均, 每人, 补助标准, 定额 … */
export const UNIT_COST_NAME = /单价|单位成本|单笔|单次|人均|户均|均价|平均|每(?:人|次|户|辆|台|件|个|平方|亩|天|日|年|月|场|批|份|名|套|间)|标准|定额/;

/** Names that announce a total cost wherever the indicator sits: 总费用控制, 总成本, 成本控制 … */
export const TOTAL_COST_NAME = /总(?:费用|成本|投入|经费|金额|造价|投资)|(?:费用|成本|经费|支出)控制|控制(?:费用|成本)/;

/** Is the indicator a 成本 indicator: under a 成本 一级 or 二级, or named as a total cost? */
export function isCostIndicator(ind: Indicator): boolean {
  if (canonicalLevel1(ind.level1.value) === "成本指标") return true;
  const l2 = canonicalLevel2(ind.level2.value)?.name ?? ind.level2.value;
  if (/成本/.test(l2)) return true;
  return TOTAL_COST_NAME.test(ind.level3.value.replace(/\s+/g, ""));
}

/**
 * A total-cost indicator: a 成本 indicator whose target is a sum of money (unit 元/万元, no "/人")
 * and whose name does not announce a unit cost. Returns the amount, or undefined.
 */
export function totalCostAmount(ind: Indicator): MoneyAmount | undefined {
  if (!isCostIndicator(ind)) return undefined;
  if (UNIT_COST_NAME.test(ind.level3.value.replace(/\s+/g, ""))) return undefined;
  return moneyAmount(ind.target?.value);
}

/** The project's (or department's) budget a money indicator is compared with. */
export interface FormBudget {
  cell: TracedNumber & { value: number };
  /** The amount in 元. */
  yuan: number;
  /** The form's money unit (万元 unless the form says 元). */
  unit: string;
  label: string;
  labelEn: string;
}

function withValue(n: TracedNumber | undefined): (TracedNumber & { value: number }) | undefined {
  return n && n.value !== null ? (n as TracedNumber & { value: number }) : undefined;
}

/** 年度资金总额 (PT), 资金总额 (DT), 全年预算数 (PS, DS; 年初预算数 when the 全年 column is blank). */
export function formBudget(form: PerformanceForm): FormBudget | undefined {
  const unit = form.header.moneyUnit?.value ?? "万元";
  const factor = MONEY_UNIT_YUAN[unit] ?? 10_000;
  const line = (key: string) => form.money.find((m) => m.key === key);
  let cell: (TracedNumber & { value: number }) | undefined;
  let label = "年度资金总额";
  let labelEn = "annual budget";
  if (form.kind === "PS" || form.kind === "DS") {
    const total = line("total");
    cell = withValue(total?.amounts.adjustedBudget);
    label = "全年预算数";
    labelEn = "full-year budget";
    if (!cell || cell.value === 0) {
      const initial = withValue(total?.amounts.initialBudget);
      if (initial && initial.value !== 0) {
        cell = initial;
        label = "年初预算数";
        labelEn = "initial budget";
      }
    }
    if (!cell && form.kind === "PS") {
      cell = withValue(form.investment.total);
      label = "项目总投资";
      labelEn = "total investment";
    }
  } else {
    cell = withValue(line("total")?.amounts.budget);
    if (!cell && form.kind === "DT") cell = withValue(line("incomeTotal")?.amounts.budget) ?? withValue(line("expenseTotal")?.amounts.budget);
    if (form.kind === "DT") {
      label = "资金总额";
      labelEn = "total budget";
    }
  }
  if (!cell || cell.value <= 0) return undefined;
  return { cell, yuan: cell.value * factor, unit, label, labelEn };
}

/** An amount in the form's unit, with the unit: "80 万元". */
export function inUnit(yuan: number, unit: string): string {
  return `${fmt(yuan / (MONEY_UNIT_YUAN[unit] ?? 10_000), 4)} ${unit}`;
}

/** A cost over the budget by at most this share and this amount is a rounding, not a breach (warning). */
export const ROUNDING_SHARE = 0.01;
export const ROUNDING_YUAN = 10_000;

export default defineRule({
  meta: {
    id: "MON-02",
    severity: "error",
    forms: ["PT", "PS"],
    description: {
      "zh-CN": "总成本类的成本指标（如“总费用控制 ≤ X万元”）不能超过项目预算。",
      en: "A total-cost indicator (e.g. total spending ≤ X) must not exceed the project's budget.",
    },
    messages: {
      costExceedsBudget: {
        "zh-CN":
          "成本指标“{name}”的指标值“{value}”{converted}超过了项目{budgetLabel} {budget}。总成本不能高于项目预算：请核对 {ref} 的金额或预算数；如果这是单价、人均等单位成本，请在指标名称或单位中写明（如“万元/人”）。",
        en: "The cost indicator “{name}” is set at “{value}”{convertedEn}, more than the project's {budgetLabelEn} of {budget}. A total cost cannot exceed the budget: check the amount in {ref} or the budget; if it is a unit cost (per person, per item), say so in the name or the unit (e.g. “万元/人”).",
      },
      costOverByRounding: {
        "zh-CN":
          "成本指标“{name}”的指标值“{value}”{converted}比项目{budgetLabel} {budget} 多 {over}（{percent}），像是取整造成的。总成本不宜高于项目预算：请把 {ref} 改为不超过 {budget}。",
        en: "The cost indicator “{name}” is set at “{value}”{convertedEn}, {over} ({percent}) above the project's {budgetLabelEn} of {budget} — most likely rounding. A total cost should not exceed the budget: set {ref} to at most {budget}.",
      },
    },
    heuristic:
      "Total cost vs unit cost: an indicator counts as a total cost when it is a 成本 indicator (一级 or 二级 says 成本, or the name says 总费用/总成本/成本控制 …), its target is a plain sum of money (unit exactly 元/千元/万元/亿元 — \"万元/人\" is a unit cost) and its name has no unit-cost word (单价, 人均, 平均, 每人/每次 …, 标准, 定额). " +
      "Measured on the five seeds: 13 total-cost indicators in PT/PS (000: 3, 002: 6, 003: 4 PS; 001 and 004 have no 成本 indicator with a money value — 004's are percentages). " +
      "Severity: an error when the cost exceeds the budget by more than the profile's rounding margin (1% and 1 万元 by default); within it (a ceiling rounded up, 120 vs 119.48 万元) a warning — a reviewer asks for it to be fixed but does not send the form back for it. " +
      "5 findings, all judged right: 002 机关灶 project (72万元) — 资金使用率 75万元 and the copied 劳务派遣48人 >135万元; 003 PS — 年度指标值 120万元 vs 全年预算数 101.92 and 119.48, 450万元 vs 436.92 (targets above the adjusted budget). No false positive; 000's 80 / 433.50 / 75万元以内 in projects of the same amounts pass.",
  },
  check(form, ctx) {
    if (form.kind !== "PT" && form.kind !== "PS") return;
    const budget = formBudget(form);
    if (!budget) return;
    const tolerance = ctx.profile.moneyTolerancePerAddend * (MONEY_UNIT_YUAN[budget.unit] ?? 10_000);
    for (const ind of form.indicators) {
      const amount = totalCostAmount(ind);
      if (!amount || !ind.target) continue;
      if (amount.yuan <= budget.yuan + tolerance) continue;
      const converted = amount.unit === budget.unit ? "" : `（合 ${inUnit(amount.yuan, budget.unit)}）`;
      const over = amount.yuan - budget.yuan;
      const rounding = over <= budget.yuan * ROUNDING_SHARE && over <= ROUNDING_YUAN;
      ctx.report({
        messageId: rounding ? "costOverByRounding" : "costExceedsBudget",
        ...(rounding ? { severity: "warning" as const } : {}),
        data: {
          over: inUnit(over, budget.unit),
          percent: `${fmt((over / budget.yuan) * 100)}%`,
          name: ind.level3.value,
          value: ind.target.text.trim(),
          converted,
          convertedEn: amount.unit === budget.unit ? "" : ` (= ${inUnit(amount.yuan, budget.unit)})`,
          budgetLabel: budget.label,
          budgetLabelEn: budget.labelEn,
          budget: inUnit(budget.yuan, budget.unit),
          ref: ind.target.ref,
        },
        cells: cells(ind.target, budget.cell),
      });
    }
  },
});
