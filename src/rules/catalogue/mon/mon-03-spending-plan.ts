/**
 * MON-03 资金支出计划（%） is cumulative: the share spent by 3月底 / 6月底 / 10月底 / 12月底 never
 * goes down and reaches 100 at the end of the year.
 *
 * Blank steps mean "nothing planned by then" and are skipped: blank, 100, 100, 100 and
 * blank, blank, blank, 100 are both fine (seed 001). A blank 12月底 after a step that already
 * reached 100 is fine too. Two common slips get their own message: per-period shares that add
 * up to 100 (25, 25, 25, 25) and fractions (0.25, 0.5, 1).
 */
import type { SpendingPlanStep } from "../../../forms/money";
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";

type Filled = SpendingPlanStep & { percent: { value: number } };

const TOLERANCE = 0.01;

export default defineRule({
  meta: {
    id: "MON-03",
    severity: "error",
    forms: ["PT"],
    description: {
      "zh-CN": "资金支出计划是累计比例：各期不减少，到 12月底为 100%。",
      en: "The spending plan is cumulative: it never decreases and reaches 100% by the end of December.",
    },
    messages: {
      decreases: {
        "zh-CN": "资金支出计划是累计进度，后一期不能低于前一期：{label} 填的是 {value}%，低于 {prevLabel} 的 {prev}%。请核对 {ref}。",
        en: "The spending plan is cumulative, so a later step cannot be lower than an earlier one: {label} says {value}%, less than {prev}% at {prevLabel}. Check {ref}.",
      },
      notEnding100: {
        "zh-CN": "资金支出计划到 {label} 应累计达到 100%，现在填的是 {value}%。请核对 {ref}，全年资金应在年底前全部支出。",
        en: "The spending plan should reach 100% by {label}; it says {value}%. Check {ref}: the whole budget is to be spent by the end of the year.",
      },
      endsBlank: {
        "zh-CN": "资金支出计划的 {label} 没有填写，而到 {lastLabel} 只累计支出 {value}%。全年资金应在年底前全部支出，请在 {ref} 填写 100%。",
        en: "The spending plan's {label} step is blank and only {value}% is planned by {lastLabel}. The whole budget is to be spent by the end of the year: enter 100% in {ref}.",
      },
      outOfRange: {
        "zh-CN": "资金支出计划 {label} 填的是 {value}%，累计支出比例只能在 0% 到 100% 之间。请核对 {ref}。",
        en: "The spending plan's {label} step says {value}%; a cumulative share must lie between 0% and 100%. Check {ref}.",
      },
      notCumulative: {
        "zh-CN": "资金支出计划各期填的是 {values}，加起来正好 100%，像是每期各自的支出比例。这一栏应填累计比例（如 25、50、75、100），12月底为 100%。请改写 {ref} 起的各期数值。",
        en: "The spending plan says {valuesEn}, which adds up to 100%: these look like each period's own share. The row asks for cumulative shares (e.g. 25, 50, 75, 100), reaching 100 at the end of December. Rewrite the steps from {ref}.",
      },
      fractions: {
        "zh-CN": "资金支出计划填的是 {values}，像是把百分比写成了小数（1 表示 100%）。请按百分数填写（如 25、50、75、100），12月底为 100%。请改写 {ref} 起的各期数值。",
        en: "The spending plan says {valuesEn}, which looks like fractions (1 meaning 100%). Enter percentages (e.g. 25, 50, 75, 100), reaching 100 at the end of December, from {ref} on.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PT" || form.spendingPlan.length === 0) return;
    const steps = form.spendingPlan.every((s) => s.month !== null) ? [...form.spendingPlan].sort((a, b) => a.month! - b.month!) : form.spendingPlan;
    const filled = steps.filter((s): s is Filled => s.percent.value !== null);
    const first = filled[0];
    const lastFilled = filled[filled.length - 1];
    if (!first || !lastFilled) return;
    const values = filled.map((s) => `${s.label} ${fmt(s.percent.value)}%`).join("、");
    const valuesEn = filled.map((s) => `${s.label} ${fmt(s.percent.value)}%`).join(", ");
    const allCells = cells(...filled.map((s) => s.percent));

    const max = Math.max(...filled.map((s) => s.percent.value));
    if (max <= 1 && Math.abs(lastFilled.percent.value - 1) <= 1e-9) {
      const written = filled.map((s) => `${s.label} ${fmt(s.percent.value)}`);
      ctx.report({ messageId: "fractions", data: { values: written.join("、"), valuesEn: written.join(", "), ref: first.percent.ref }, cells: allCells });
      return;
    }

    let outOfRange = false;
    for (const s of filled) {
      if (s.percent.value >= -TOLERANCE && s.percent.value <= 100 + TOLERANCE) continue;
      outOfRange = true;
      ctx.report({ messageId: "outOfRange", data: { label: s.label, value: fmt(s.percent.value), ref: s.percent.ref }, cells: cells(s.percent) });
    }
    if (outOfRange) return;

    const decreasing = filled.some((s, i) => i > 0 && s.percent.value < filled[i - 1]!.percent.value - TOLERANCE);
    const last = steps[steps.length - 1]!;
    const endsAt100 = Math.abs(lastFilled.percent.value - 100) <= TOLERANCE;
    const sum = filled.reduce((a, s) => a + s.percent.value, 0);
    if ((decreasing || !endsAt100) && filled.length >= 2 && Math.abs(sum - 100) <= TOLERANCE) {
      ctx.report({ messageId: "notCumulative", data: { values, valuesEn, ref: first.percent.ref }, cells: allCells });
      return;
    }

    filled.forEach((s, i) => {
      const prev = filled[i - 1];
      if (!prev || s.percent.value >= prev.percent.value - TOLERANCE) return;
      ctx.report({
        messageId: "decreases",
        data: { label: s.label, value: fmt(s.percent.value), prevLabel: prev.label, prev: fmt(prev.percent.value), ref: s.percent.ref },
        cells: cells(s.percent, prev.percent),
      });
    });

    if (endsAt100) return;
    if (last.percent.value === null) {
      ctx.report({
        messageId: "endsBlank",
        data: { label: last.label, lastLabel: lastFilled.label, value: fmt(lastFilled.percent.value), ref: last.percent.ref },
        cells: cells(last.percent, lastFilled.percent),
      });
    } else {
      ctx.report({ messageId: "notEnding100", data: { label: last.label, value: fmt(last.percent.value), ref: last.percent.ref }, cells: cells(last.percent) });
    }
  },
});
