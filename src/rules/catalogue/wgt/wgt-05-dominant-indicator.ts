/**
 * WGT-05 One indicator holds more than half of all points (执行率 + indicators): the evaluation
 * then hangs on a single measure. Information for the clerk, not an error.
 */
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";

export default defineRule({
  meta: {
    id: "WGT-05",
    severity: "info",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "单个指标的分值超过全部分值的一半。",
      en: "A single indicator holds more than half of all points.",
    },
    messages: {
      dominant: {
        "zh-CN": "指标“{name}”的分值是 {weight} 分，占全部 {total} 分的 {share}%，超过一半。评价结果几乎只取决于这一个指标，建议把分值分配到多个指标（见 {ref}）。",
        en: "Indicator “{name}” carries {weight} of all {total} points ({share}%), more than half. The evaluation then hangs on this one measure; consider spreading the points over several indicators (see {ref}).",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const weighted = form.indicators.filter((i) => i.weight?.value !== null && i.weight?.value !== undefined);
    const total = (form.execution.weight?.value ?? 0) + weighted.reduce((a, i) => a + Math.max(0, i.weight!.value!), 0);
    if (total <= 0) return;
    for (const ind of weighted) {
      const w = ind.weight!.value!;
      if (w <= total / 2) continue;
      ctx.report({
        messageId: "dominant",
        data: { name: ind.level3.value, weight: fmt(w), total: fmt(total), share: fmt((w / total) * 100, 1), ref: ind.weight!.ref },
        cells: cells(ind.weight, ind.level3),
      });
    }
  },
});
