/**
 * VAL-05 a percentage lies in 0–100: a rate cannot exceed 100% or be negative. Growth rates
 * (增长率, 增幅, 涨幅, 同比, 提高 …) can, and are exempt. A doubled number (≥9090%) is VAL-01's
 * error and not reported again here.
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { hasDefect, measuredName, normName } from "./heuristics";

const GROWTH = /增长|增幅|涨幅|增速|增加|增量|提高|提升|上升|同比|环比|超额|变化|变动/;

export default defineRule({
  meta: {
    id: "VAL-05",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "百分比应在 0–100% 之间（增长率等除外）。",
      en: "Percentages lie between 0 and 100% (growth rates excepted).",
    },
    messages: {
      above100: {
        "zh-CN": "{ref} 的指标值“{text}”超过了 100%。“{name}”不是增长率，比率不会超过 100%，请核对数值。",
        en: "The target “{text}” in {ref} exceeds 100%. “{name}” is no growth rate and cannot exceed 100%; check the number.",
      },
      negative: {
        "zh-CN": "{ref} 的指标值“{text}”是负的百分比。“{name}”不是增减变化率，不会小于 0，请核对数值。",
        en: "The target “{text}” in {ref} is a negative percentage. “{name}” is no rate of change and cannot be below 0; check the number.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "quantitative" || t.value.unit !== "%" || hasDefect(t.value, "doubled-number")) continue;
      const v = t.value;
      const name = measuredName(ind, v);
      if (GROWTH.test(normName(name))) continue;
      const data = { ref: t.ref, text: t.text.trim(), name };
      const hi = Math.max(v.number, v.upper ?? v.number);
      const lo = Math.min(v.number, v.upper ?? v.number);
      if (hi > 100) ctx.report({ messageId: "above100", data, cells: cells(t) });
      else if (lo < 0) ctx.report({ messageId: "negative", data, cells: cells(t) });
    }
  },
});
