/**
 * VAL-02 a quantitative target carries a comparison symbol: “95%” does not say whether 95% is
 * the floor (≥) or the ceiling (≤), and scoring has to guess. Ranges (“90%-95%”) and values
 * with a comparing word (“50次以上”, “7个工作日内”) have one. Deadlines are VAL-11's.
 * When the name makes the direction clear (clearDirection: a rate, count or 满意度 is 正向; a
 * cost, 单价, 发生率 …, a time limit in 天/小时, or money under a 成本 二级 is 反向) and the unit
 * fits that reading (a rate in %, a count in a count unit), the message gives the corrected
 * value; otherwise it offers both. Values holding several quantities are VAL-01's.
 *
 * Not asked for (issue 17): a period or term stated as a length (“项目实施周期 12个月”, “服务期限
 * 365天”, “1年”) — it is neither a floor nor a ceiling; a rate at 100% (“验收合格率 100%”,
 * “成本控制率 100%”) — a rate cannot exceed 100%, so the bare value already says “all of it”
 * and a symbol adds nothing (for a cost-control rate ≤100% or ≥100% would even be wrong advice);
 * and an amount to deliver under 数量指标 (“1处”, “13个”, “3台”, “14.3公顷”) — the 数量 target
 * is the quantity the project delivers, read as “完成 N” by every scoring method (正向: full
 * marks at A ≥ T), written bare in the domain's own examples (“100次/辆”) and in the templates'
 * instructions (深圳: “资助企业数量，指标值为‘100家’”).
 */
import { hasIndicators } from "../../../forms/forms";
import { formatTargetValue, type QuantitativeValue } from "../../../values/target-value";
import { canonicalLevel2, cells } from "../../support";
import { defineRule } from "../../types";
import { clearDirection, hasDefect, measuredName, unitClass, type ClearDirection } from "./heuristics";

/** Is the clear direction's reading consistent with the unit (a rate in %, a count in a count)? */
function unitAgrees(d: ClearDirection, unit: string): boolean {
  const cls = unitClass(unit);
  if (d.why === "rate") return cls === "percent";
  if (d.why === "count") return cls === "count" || cls === "other" || cls === "none";
  return true;
}

/** A period or term stated as a length: by its name, or by a whole budget year (12个月, 365天, 1年). */
const PERIOD_NAME = /周期|期限|期间|服务期|租期|租赁期|实施期|合同期|工期|时段|时间段|年限|有效期|运行时间|开放时间|覆盖时间/;

export function isPeriod(name: string, v: QuantitativeValue): boolean {
  const unit = v.unit.replace(/\s+/g, "");
  if (PERIOD_NAME.test(name) && /^(?:个?月|年|天|日|周|个工作日|工作日|小时|学期)$/.test(unit)) return true;
  return (/^个?月$/.test(unit) && v.number === 12) || (/^[天日]$/.test(unit) && (v.number === 365 || v.number === 366)) || (unit === "年" && v.number === 1);
}

/**
 * An amount to deliver written bare under 数量指标: a count (1处, 13个) or a physical quantity
 * (14.3公顷, 60公里) — not a rate, money or a time, which say more than “how much is delivered”.
 */
export function isDeliveryAmount(level2: string, v: QuantitativeValue): boolean {
  if (canonicalLevel2(level2)?.name !== "数量指标") return false;
  const cls = unitClass(v.unit);
  return cls === "count" || cls === "other";
}

function withComparator(v: QuantitativeValue, comparator: QuantitativeValue["comparator"]): string {
  return formatTargetValue({ ...v, comparator, note: undefined });
}

export default defineRule({
  meta: {
    id: "VAL-02",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "定量指标值应带比较符号（≥、>、=、≤、<），说明是下限还是上限。",
      en: "A quantitative target carries a comparison symbol (≥ > = ≤ <) saying whether it is a floor or a ceiling.",
    },
    heuristic:
      "Issue 17, on the real 深圳 申报表 (npm run corpus): 353 findings before, 121 after leaving alone rates at 100% (≈ 60) and amounts to deliver under 数量 (1处, 1栋, 13个 … ≈ 170); seeds 002 and 003 lose 100次/辆, 28000人/次, 7部 and the 50 次 / 250 场次 of 003's self-evaluations for the same reason. " +
      "The finding itself needs no judgement (a quantitative value without symbol, range or comparing word); the suggested symbol does: clearDirection (heuristics.ts, on top of directionByName) and a unit that fits its reading, else both symbols are offered. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 47 findings — 002: 27, 003: 16 (self-evaluation targets such as “50 次”, “450 万元”), 004: 4; 33 with a suggested symbol (18 正向, 8 反向 by name, 5 time limits, 2 money under 成本), 14 with both offered (70辆, 12个月, 100% of a …性 name, 资金使用率 100万元 …). " +
      "Judged: all 47 findings right; of the 33 suggestions none points the wrong way (“资金使用率 75万元” under 经济成本指标 gets “≤75万元”, right for a cost ceiling though the name is wrong — VAL-04 says so).",
    messages: {
      missingSymbolPositive: {
        "zh-CN": "{ref} 的指标值“{text}”没有比较符号。“{name}”越大越好（正向指标），应写成“{suggested}”。",
        en: "The target “{text}” in {ref} has no comparison symbol. “{name}” is bigger-is-better; write “{suggested}”.",
      },
      missingSymbolNegative: {
        "zh-CN": "{ref} 的指标值“{text}”没有比较符号。“{name}”越小越好（反向指标），应写成“{suggested}”。",
        en: "The target “{text}” in {ref} has no comparison symbol. “{name}” is smaller-is-better; write “{suggested}”.",
      },
      missingSymbolTimeLimit: {
        "zh-CN": "{ref} 的指标值“{text}”没有比较符号。“{name}”的目标是一个时限，越短越好，应写成“{suggested}”。",
        en: "The target “{text}” in {ref} has no comparison symbol. The target of “{name}” is a time limit, shorter is better; write “{suggested}”.",
      },
      missingSymbolCost: {
        "zh-CN": "{ref} 的指标值“{text}”没有比较符号。“{name}”列在“{level2}”下，成本越低越好，应写成“{suggested}”。",
        en: "The target “{text}” in {ref} has no comparison symbol. “{name}” is filed under “{level2}”, and lower cost is better; write “{suggested}”.",
      },
      missingSymbol: {
        "zh-CN": "{ref} 的指标值“{text}”没有比较符号，看不出是下限还是上限。请加上符号，如“{lower}”（越大越好）或“{upper}”（越小越好）。",
        en: "The target “{text}” in {ref} has no comparison symbol, so it is unclear whether it is a floor or a ceiling. Add one, e.g. “{lower}” (bigger is better) or “{upper}” (smaller is better).",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "quantitative") continue;
      const v = t.value;
      if (v.comparator !== null || v.upper !== undefined || hasDefect(v, "multiple-numbers")) continue;
      const name = measuredName(ind, v);
      if (isPeriod(name, v)) continue;
      // “满意率达95%”, “达到90%”: reaching a value is a floor, written in words.
      if (/(?:达到?|不低于|不少于|至少)$/.test((v.subject ?? "").trim())) continue;
      const clear = clearDirection(name, ind.level2.value, v.unit);
      if (v.unit.trim() === "%" && v.number === 100 && clear?.direction !== "negative") continue;
      if (isDeliveryAmount(ind.level2.value, v)) continue;
      const base = { ref: t.ref, text: t.text.trim(), name };
      if (clear === undefined || !unitAgrees(clear, v.unit)) {
        ctx.report({ messageId: "missingSymbol", data: { ...base, lower: withComparator(v, "≥"), upper: withComparator(v, "≤") }, cells: cells(t) });
        continue;
      }
      const negative = clear.direction === "negative";
      const comparator = negative ? "≤" : "≥";
      const messageId = !negative ? "missingSymbolPositive" : clear.why === "unit" ? "missingSymbolTimeLimit" : clear.why === "category" ? "missingSymbolCost" : "missingSymbolNegative";
      const suggested = withComparator(v, comparator);
      ctx.report({ messageId, data: { ...base, suggested, level2: ind.level2.value }, cells: cells(t), fix: { ref: t.ref, value: suggested, from: t.text } });
    }
  },
});
