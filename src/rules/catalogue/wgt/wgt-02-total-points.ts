/**
 * WGT-02 执行率 分值 + Σ indicator 分值 = the profile's total (100 everywhere we know of).
 * Computed from the points themselves, whatever the 总分 row says (WGT-01 checks that row).
 */
import { defineRule } from "../../types";
import { cells, fmt, WEIGHTS_CAUSE } from "../../support";

const TOLERANCE = 1e-6;

export default defineRule({
  meta: {
    id: "WGT-02",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "执行率分值加各指标分值应等于满分（按地区方案，一般为 100 分）。",
      en: "The execution rate's points plus all indicator points must equal the full score of the region profile (100).",
    },
    messages: {
      totalNotProfile: {
        "zh-CN": "执行率分值 {execution} 分加各指标分值 {indicators} 分，合计 {sum} 分，但按{profile}的方案，自评表满分应为 {total} 分。请调整各指标分值，使合计为 {total} 分；总分行在 {ref}。",
        en: "The execution rate's {execution} points plus the indicators' {indicators} make {sum}, but under the profile “{profileEn}” a self-evaluation is scored out of {total}. Adjust the indicator points so that they add up to {total}; the 总分 row is at {ref}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const weighted = form.indicators.filter((i) => i.weight?.value !== null && i.weight?.value !== undefined);
    if (weighted.length === 0) return;
    const execution = form.execution.weight?.value ?? 0;
    const indicators = weighted.reduce((a, i) => a + i.weight!.value!, 0);
    const sum = execution + indicators;
    const total = ctx.profile.weights.total;
    if (Math.abs(sum - total) <= TOLERANCE) return;
    const first = form.total.weight ?? form.execution.weight ?? weighted[0]!.weight;
    ctx.report({
      messageId: "totalNotProfile",
      data: {
        execution: fmt(execution),
        indicators: fmt(indicators),
        sum: fmt(sum),
        total: fmt(total),
        profile: ctx.profile.name["zh-CN"],
        profileEn: ctx.profile.name.en,
        ref: first!.ref,
      },
      cells: cells(first, form.execution.weight),
      cause: WEIGHTS_CAUSE,
    });
  },
});
