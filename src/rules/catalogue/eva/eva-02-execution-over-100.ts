/**
 * EVA-02 执行率 > 100%: spending above the adjusted budget (全年预算数), or spending against a
 * budget of 0. Computed from the money columns; when they are blank, the stated 执行率 is used.
 */
import { scoreSelfEvaluation, show, showPercent } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-02",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "执行率不应超过 100%：全年执行数不能超过全年预算数。",
      en: "The execution rate must not exceed 100%: spending cannot exceed the full-year budget.",
    },
    messages: {
      overBudget: {
        "zh-CN": "{ref} 全年执行数 {executed} 万元超过全年预算数 {budget} 万元，执行率 {arithmetic}，超过 100%。执行数不能超过调整后的预算：请核对执行数和全年预算数；如预算已调整，请按调整后的预算数填写。",
        en: "Spending in {ref}, {executed}, exceeds the full-year budget {budget}: the rate is {arithmetic}, over 100%. Spending cannot exceed the adjusted budget; check both figures, and enter the adjusted budget if it was changed.",
      },
      statedOver100: {
        "zh-CN": "{ref} 填的执行率 {rate} 超过 100%。执行率不应超过 100%：请核对全年预算数和全年执行数。",
        en: "The execution rate in {ref}, {rate}, is over 100%. It should not be; check the full-year budget and spending.",
      },
      spentWithoutBudget: {
        "zh-CN": "{ref} 全年预算数为 0，却有全年执行数 {executed} 万元。没有预算不能支出：请填写调整后的全年预算数，或核对执行数。",
        en: "The full-year budget in {ref} is 0, yet {executed} was spent. There can be no spending without a budget: enter the adjusted budget or check the spending.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const r = scoreSelfEvaluation(form, ctx.profile).execution.result;
    if (!r.overRun) return;
    const total = form.money.find((m) => m.key === "total");
    const executed = total?.amounts.executed;
    const budget = total?.amounts.adjustedBudget;
    if (r.problem === "zero-budget") {
      ctx.report({ messageId: "spentWithoutBudget", data: { ref: budget?.ref ?? "", executed: show(r.executed ?? 0) }, cells: cells(budget, executed) });
    } else if (r.rateSource === "money") {
      ctx.report({
        messageId: "overBudget",
        data: { ref: executed?.ref ?? "", executed: show(r.executed!), budget: show(r.budget!), arithmetic: r.rateArithmetic },
        cells: cells(executed, budget, form.execution.rate),
      });
    } else if (form.execution.rate) {
      ctx.report({ messageId: "statedOver100", data: { ref: form.execution.rate.ref, rate: showPercent(r.rate!) }, cells: cells(form.execution.rate) });
    }
  },
});
