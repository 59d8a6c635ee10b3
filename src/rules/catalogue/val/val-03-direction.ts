/**
 * VAL-03 the comparison symbol points the way the indicator's name does: a 反向 indicator
 * (smaller is better: 成本, 费用, 单价, 发生率, 投诉率, 涨幅 …) takes ≤ or <, a 正向 one (rates,
 * counts, 满意度) ≥ or >. “总费用 ≥175万元” asks to spend at least the budget; “合格率 ≤95%”
 * caps quality.
 *
 * Direction by name comes from src/scoring/direction.ts (directionByName), read through
 * clearDirection: 反向 when the name has a cost word, or when a money target sits under a 成本
 * 二级 (then the message says so: the indicator may simply be filed under the wrong category);
 * 正向 only when the name is a rate, a count or a 满意度. directionByName calls every name
 * without a cost word 正向, which would accuse “年检、维修相应时效 ≤10分钟” of pointing the
 * wrong way, so names without a clear cue are not judged. Nor is a 反向 reading that rests on
 * the unit alone (a duration read as a time limit): “供暖周期 ≥120天” is a period that should
 * last, and the unit cannot tell a limit from a period.
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { directionVerdict } from "./heuristics";

export default defineRule({
  meta: {
    id: "VAL-03",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "比较符号应与指标方向一致：反向指标（成本、单价、发生率等）用≤或<，正向指标（比率、数量、满意度）用≥或>。",
      en: "The symbol matches the indicator's direction: smaller-is-better indicators (cost, unit price, incident rate) take ≤ or <, bigger-is-better ones (rates, counts, satisfaction) ≥ or >.",
    },
    heuristic:
      "Direction by name: directionByName (src/scoring/direction.ts) for 反向 (cost words in the name, or a 成本 二级); 正向 only for names ending in 率/比例/满意度 or a count word (次数, 人数, 数量 …) — names with no cue are not judged. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 6 findings — 002: “劳务派遣48人 >135万元” ×2 and “工作认知度的持续影响 ≥98%” ×2, both under 成本 二级; 004: “总成本费用 ≥95%” ×2 under 经济效益. " +
      "Judged: 6 right, 0 false positives (the two 认知度 rows are benefit indicators filed under 社会成本指标: since issue 17 the message says the row is misfiled and offers no flipped symbol, which would cap awareness at ≤98%). " +
      "With the unit-aware directionByName the plain heuristic (every name without a cost word 正向) gives the same 6 on the seeds; the clear-cue restriction guards names without a cue (“保障机关运转 ≤5次”), and a 反向 reading from a duration unit alone is not judged (“供暖周期 ≥120天”).",
    messages: {
      negativeWithLowerBound: {
        "zh-CN": "{ref} 的指标“{name}”越小越好（反向指标），指标值“{text}”却用了“{symbol}”。请改为“{suggested}”；若确实越大越好，请核对指标名称。",
        en: "“{name}” in {ref} is smaller-is-better, but its target “{text}” uses “{symbol}”. Write “{suggested}”, or check the indicator's name if bigger really is better.",
      },
      costCategoryWithLowerBound: {
        "zh-CN": "{ref} 的指标“{name}”列在“{level2}”下，成本类指标越小越好，指标值“{text}”却用了“{symbol}”。请改为“{suggested}”；若它其实是效益或产出指标，请移到相应类别下。",
        en: "“{name}” in {ref} is filed under “{level2}”, and costs are smaller-is-better, but its target “{text}” uses “{symbol}”. Write “{suggested}”, or move the row to the benefit or output category it belongs to.",
      },
      misfiledUnderCost: {
        "zh-CN": "{ref} 的指标“{name}”（指标值“{text}”）不是金额，看不出是成本，却列在“{level2}”下。成本类指标越小越好，而它越大越好：问题在类别，不在符号。请把这一行移到相应的效益或产出指标下。",
        en: "“{name}” in {ref} (target “{text}”) is not an amount and does not read as a cost, yet it is filed under “{level2}”. Costs are smaller-is-better and this one is bigger-is-better: the category is wrong, not the symbol. Move the row to the benefit or output category it belongs to.",
      },
      positiveWithUpperBound: {
        "zh-CN": "{ref} 的指标“{name}”越大越好（正向指标），指标值“{text}”却用了“{symbol}”，等于给它设了上限。请改为“{suggested}”；若确实越小越好，请核对指标名称。",
        en: "“{name}” in {ref} is bigger-is-better, but its target “{text}” uses “{symbol}”, which caps it. Write “{suggested}”, or check the name if smaller really is better.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "quantitative" || t.value.comparator === null) continue;
      const v = t.value;
      const verdict = directionVerdict(ind, v);
      if (!verdict) continue;
      const data = { ref: t.ref, name: verdict.name, text: t.text.trim(), symbol: v.comparator!, suggested: verdict.suggested, level2: ind.level2.value };
      if (verdict.nameDirection === "positive") ctx.report({ messageId: "positiveWithUpperBound", data, cells: cells(t) });
      // Only the category calls it a cost, and the value is no amount (“工作认知度 ≥98%” under
      // 社会成本指标): flipping the symbol would ask to cap awareness. The row is misfiled.
      else if (verdict.misfiled) ctx.report({ messageId: "misfiledUnderCost", data, cells: cells(t, ind.level2) });
      else ctx.report({ messageId: verdict.byCategory ? "costCategoryWithLowerBound" : "negativeWithLowerBound", data, cells: verdict.byCategory ? cells(t, ind.level2) : cells(t) });
    }
  },
});
