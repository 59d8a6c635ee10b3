/**
 * MON-01 资金总额 = Σ sources, per column: 财政拨款 + 上年结转 + 其他资金 (and 政府性基金 where
 * the form has it) must add up to the 资金总额 / 合计 line, in every money column the form has
 * (预算数; or 年初预算数 / 全年预算数 / 全年执行数). Blank source cells count as 0; a column
 * where every source is blank is not checked (the form states only the total there).
 */
import type { MoneyColumn, MoneyLine } from "../../../forms/money";
import { defineRule } from "../../types";
import { cells, fmt, sumMatches } from "../../support";

const SOURCE_KEYS = ["fiscal", "specialAccount", "governmentFund", "unitFunds", "carryover", "other"] as const;
const COLUMN_NAMES: Record<MoneyColumn, string> = { budget: "预算数", initialBudget: "年初预算数", adjustedBudget: "全年预算数", executed: "全年执行数" };
const COLUMN_NAMES_EN: Record<MoneyColumn, string> = { budget: "budget", initialBudget: "initial budget", adjustedBudget: "full-year budget", executed: "full-year spending" };

export default defineRule({
  meta: {
    id: "MON-01",
    severity: "error",
    forms: ["PT", "DT", "PS", "DS"],
    description: { "zh-CN": "资金总额应等于各资金来源之和（财政拨款 + 上年结转 + 其他资金），逐列核对。", en: "The total must equal the sum of its sources, column by column." },
    messages: {
      sourcesDoNotAddUp: {
        "zh-CN": "{column}的资金总额 {total} 万元不等于各来源之和 {sum} 万元（{parts}），相差 {diff} 万元。请核对 {ref} 和各来源金额。",
        en: "The {columnEn} total {total} does not equal the sum of its sources {sum} ({partsEn}); the difference is {diff}. Check {ref} and the source amounts.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PT" && form.kind !== "DT" && form.kind !== "PS" && form.kind !== "DS") return;
    const total = form.money.find((m) => m.key === "total");
    if (!total) return;
    const sources = form.money.filter((m): m is MoneyLine => (SOURCE_KEYS as readonly string[]).includes(m.key));
    for (const column of Object.keys(total.amounts) as MoneyColumn[]) {
      const t = total.amounts[column];
      if (!t || t.value === null) continue;
      const parts = sources.map((s) => s.amounts[column]).filter((a) => a !== undefined);
      if (parts.length === 0 || parts.every((p) => p.value === null)) continue;
      const values = parts.map((p) => p.value ?? 0);
      const m = sumMatches(t.value, values, ctx.profile.moneyTolerancePerAddend);
      if (m.ok) continue;
      const named = sources.filter((s) => s.amounts[column]).map((s) => `${s.label.value} ${fmt(s.amounts[column]!.value ?? 0)}`);
      ctx.report({
        messageId: "sourcesDoNotAddUp",
        data: {
          column: COLUMN_NAMES[column],
          columnEn: COLUMN_NAMES_EN[column],
          total: fmt(t.value),
          sum: fmt(m.sum),
          diff: fmt(m.diff),
          parts: named.join(" + "),
          partsEn: named.join(" + "),
          ref: t.ref,
        },
        cells: cells(t, ...parts),
        fix: { ref: t.ref, value: Number(fmt(m.sum, 6)), from: t.text },
      });
    }
  },
});
