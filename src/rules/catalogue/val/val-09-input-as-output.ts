/**
 * VAL-09 money spent presented as an output. A 数量 or 质量 indicator says what the money buys
 * (次数, 面积, 合格率); “资金使用率 100万元”, “全年费用 ≤175万元” or “保障支出 ≥96%” under
 * 数量/质量 only restate the budget — an input — and a reviewer sends them back.
 * Heuristic, on rows whose 二级 is 数量指标 or 质量指标:
 * - amountAsOutput: the value is an amount of money (万元, 元, 元/人);
 * - spendingAsOutput: the name is about money being spent or paid (资金, 经费, 费用, 支出,
 *   预算, 拨款, 专款, 缴纳, 支付, 水费/电费 …; isMoneyName in heuristics.ts).
 * Rows under 成本指标 are costs by definition and are not reported; 时效 rows such as
 * “资金到位率” (seed 001) are not in the catalogue's 数量/质量 scope.
 */
import { hasIndicators } from "../../../forms/forms";
import { canonicalLevel2, cells, ownExample } from "../../support";
import { defineRule } from "../../types";
import { isMoneyName, measuredName, unitClass } from "./heuristics";

export default defineRule({
  meta: {
    id: "VAL-09",
    severity: "warning",
    forms: ["PT", "DT", "PS"],
    description: {
      "zh-CN": "产出的数量、质量指标应考核资金换来的成果，而不是花了多少钱（投入）。",
      en: "Quantity and quality outputs measure what the money buys, not the money spent (an input).",
    },
    heuristic:
      "Rows under 数量指标/质量指标 whose value is money (unit 万元/元…) or whose name is about spending or paying (资金, 经费, 费用, 支出, 预算, 拨款, 专款, 缴纳, 支付, 水费/电费 …). " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 10 findings — 002: 5 (资金使用率 100万元, 全年费用 ≤175万元, 保质保量缴纳水费, 各统办楼、政务中心水费缴纳, 足额缴纳电费); 004: 5 (车辆购置费专款专用率, 相关支出次数 ×2, 保障支出 ×2). " +
      "Judged: 9 right, 1 debatable — “车辆购置费专款专用率” is a fund-management (compliance) indicator rather than an output; still not what 质量指标 asks for. 0 accepted as false.",
    messages: {
      amountAsOutput: {
        "zh-CN": "{ref} 的{level2}“{name}”指标值是金额“{text}”，这是投入（花多少钱），不是产出。请改为考核资金换来的成果，如完成的数量（“{qty}”）或质量（“{qual}”）；金额请放到成本指标。",
        en: "The {level2} indicator “{name}” in {ref} has an amount of money as its target (“{text}”): that is an input, not an output. Measure what the money buys — a quantity (“{qty}”) or a quality (“{qual}”); put amounts under cost.",
      },
      spendingAsOutput: {
        "zh-CN": "{ref} 的{level2}“{name}”考核的是资金的支付或使用，这是投入，不是产出。请改为考核资金换来的成果，如完成的数量（“{qty}”）或质量（“{qual}”）。",
        en: "The {level2} indicator “{name}” in {ref} measures paying or spending money: an input, not an output. Measure what the money buys — a quantity (“{qty}”) or a quality (“{qual}”).",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form) || form.kind === "DS") return;
    for (const ind of form.indicators) {
      const l2 = canonicalLevel2(ind.level2.value)?.name;
      // Any 产出 category: 资金到位率 or 支付率 under 时效 is as much an input as under 数量 (issue 17).
      if (l2 !== "数量指标" && l2 !== "质量指标" && l2 !== "时效指标") continue;
      const t = ind.target;
      const v = t?.value;
      const name = v?.kind === "quantitative" ? measuredName(ind, v) : ind.level3.value.trim();
      const qty = ownExample(form.indicators, "数量指标", ind);
      const qual = ownExample(form.indicators, "质量指标", ind);
      // Examples from the form's own indicators, else neutral ones — never another domain's.
      const data = { ref: ind.level3.ref, name, text: (t?.text ?? "").trim(), level2: ind.level2.value, qty: `${qty.name} ${qty.value}`, qual: `${qual.name} ${qual.value}` };
      if (t && v?.kind === "quantitative" && unitClass(v.unit) === "money") {
        ctx.report({ messageId: "amountAsOutput", data: { ...data, ref: t.ref }, cells: cells(t, ind.level3) });
      } else if (isMoneyName(name)) {
        ctx.report({ messageId: "spendingAsOutput", data, cells: cells(ind.level3, t) });
      }
    }
  },
});
