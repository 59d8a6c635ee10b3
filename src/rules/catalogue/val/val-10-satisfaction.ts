/**
 * VAL-10 a 满意度 target is a percentage and not below the region profile's floor
 * (`satisfactionFloor`, commonly 80%). A satisfaction indicator is one under 满意度指标 / 服务
 * 对象满意度指标, or one whose name says 满意度/满意率 wherever it is filed. Blank and
 * placeholder values are STR-07's, doubled numbers (≥8080%) VAL-01's, a ≤ VAL-03's.
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { hasDefect, isSatisfactionIndicator } from "./heuristics";

export default defineRule({
  meta: {
    id: "VAL-10",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "满意度指标值应是百分比，且不低于地区要求（通常 80%）。",
      en: "A satisfaction target is a percentage and not below the region's floor (commonly 80%).",
    },
    messages: {
      notPercent: {
        "zh-CN": "{ref} 的满意度指标“{name}”的指标值“{text}”不是百分比。满意度应通过问卷等方式测得，写成百分比，如“≥{floor}%”。",
        en: "The satisfaction target “{text}” of “{name}” in {ref} is not a percentage. Satisfaction is measured (e.g. by survey) and given in %, e.g. “≥{floor}%”.",
      },
      belowFloor: {
        "zh-CN": "{ref} 的满意度指标“{name}”目标为“{text}”，低于{profile}要求的 {floor}%。请把目标提高到不低于 {floor}%，如“≥{floor}%”。",
        en: "The satisfaction target “{text}” of “{name}” in {ref} is below the {floor}% the {profileEn} profile requires. Raise it to at least {floor}%, e.g. “≥{floor}%”.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    const floor = ctx.profile.satisfactionFloor;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind === "empty" || !isSatisfactionIndicator(ind)) continue;
      const v = t.value;
      if (hasDefect(v, "placeholder") || hasDefect(v, "doubled-number")) continue;
      const data = { ref: t.ref, name: ind.level3.value.trim(), text: t.text.trim(), floor, profile: ctx.profile.name["zh-CN"], profileEn: ctx.profile.name.en };
      if (v.kind !== "quantitative" || v.unit !== "%") ctx.report({ messageId: "notPercent", data, cells: cells(t) });
      else if (v.number < floor && (v.comparator === null || v.comparator === "≥" || v.comparator === ">" || v.comparator === "=")) {
        ctx.report({ messageId: "belowFloor", data, cells: cells(t) });
      }
    }
  },
});
