/**
 * EVA-11 A 正向 (or 等于) target exceeded by more than the profile's overshootRatio (A ÷ T > 1.2)
 * and still at full marks: the target was probably set too low, and 财预〔2020〕10号 asks the
 * evaluator to account for it. Each quantity of a multi-quantity value is checked on its own.
 */
import { EXACT, scoreSelfEvaluation, show, showQuantity } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-11",
    severity: "warning",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "实际完成值远超指标值（超过 1.2 倍）仍得满分，说明指标值可能定得过低。",
      en: "An actual far above its target (more than 1.2 times) at full marks suggests the target was set too low.",
    },
    messages: {
      overshoot: {
        "zh-CN": "{ref}“{name}”实际完成 {actual}，是指标值 {target} 的 {ratio} 倍（{arithmetic}，超过 {limit} 倍），仍得满分。指标值可能定得过低：请说明超额完成的原因，酌情扣分，并在下一年度合理提高指标值。",
        en: "“{name}” ({ref}) achieved {actual}, {ratio} times its target {target} ({arithmetic}, more than {limit} times), and still scores full marks. The target was probably set too low: explain the overshoot, consider deducting points, and raise the target next year.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const limit = ctx.profile.overshootRatio;
    for (const e of scoreSelfEvaluation(form, ctx.profile).indicators) {
      const r = e.result;
      if (r.kind !== "computed" || (r.formula !== "positive" && r.formula !== "equal")) continue;
      const stated = e.stated.score;
      if (stated === null || stated < r.weight - ctx.profile.scoreTolerance - EXACT) continue;
      const ind = e.indicator;
      for (const p of r.parts) {
        if (p.overshoot === null || p.overshoot <= limit + 1e-9) continue;
        ctx.report({
          messageId: "overshoot",
          data: {
            ref: ind.actual!.ref,
            name: e.name,
            actual: p.actualText,
            target: showQuantity(p.target, p.unit),
            ratio: show(p.overshoot),
            arithmetic: `${show(p.actual)} ÷ ${show(p.target)} = ${show(p.overshoot)}`,
            limit: show(limit),
          },
          cells: cells(ind.actual, ind.target, ind.score),
        });
      }
    }
  },
});
