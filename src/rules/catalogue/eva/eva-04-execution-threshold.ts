/**
 * EVA-04 执行率 below the profile's threshold (四川: 90%) needs an explanation. The form has no
 * 偏差原因 cell on the 执行率 row, so an explanation is looked for in the 实际完成情况 text and in
 * every 偏差原因: words about execution (执行率, 预算执行, 支出/支付/执行进度, 结余, 结转, 未支付,
 * 未拨付, 未执行, 资金未…). Profiles without a threshold (national) skip the rule.
 */
import { scoreSelfEvaluation, showPercent } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

const EXPLAINS_EXECUTION = /执行率|预算执行|执行进度|支出进度|支付进度|结余|结转|未支付|未拨付|未执行|资金未|执行偏低|执行较低|执行率低/;

export default defineRule({
  meta: {
    id: "EVA-04",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "执行率低于本地区要求（如四川 90%）时，须说明原因。",
      en: "An execution rate below the region's threshold (e.g. Sichuan 90%) must be explained.",
    },
    messages: {
      belowThreshold: {
        "zh-CN": "{ref} 执行率 {rate}{arithmetic}低于要求的 {threshold}，表中没有说明原因。请在“实际完成情况”或偏差原因栏写明预算执行偏低的原因和改进措施。",
        en: "The execution rate in {ref}, {rate}{arithmeticEn}, is below the required {threshold}, and the form gives no reason. Explain the low execution and what will be done in the achievements or deviation text.",
      },
    },
    heuristic:
      "An explanation is any 实际完成情况 or 偏差原因 text that mentions execution (执行率, 预算执行, 执行/支出/支付进度, 结余, 结转, 未支付, 未拨付, 未执行, 资金未…).",
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const threshold = ctx.profile.executionThreshold;
    if (threshold === null) return;
    const r = scoreSelfEvaluation(form, ctx.profile).execution.result;
    if (r.rate === null || r.rate >= threshold - 1e-9) return;
    const texts = [form.goals.achieved?.value ?? "", ...form.indicators.map((i) => i.deviation?.value ?? "")];
    if (texts.some((t) => EXPLAINS_EXECUTION.test(t))) return;
    const total = form.money.find((m) => m.key === "total");
    const at = form.execution.rate ?? total?.amounts.executed;
    ctx.report({
      messageId: "belowThreshold",
      data: {
        ref: at?.ref ?? "",
        rate: showPercent(r.rate),
        arithmetic: r.rateSource === "money" ? `（${r.rateArithmetic}）` : "",
        arithmeticEn: r.rateSource === "money" ? ` (${r.rateArithmetic})` : "",
        threshold: showPercent(threshold),
      },
      cells: cells(at, total?.amounts.executed, total?.amounts.adjustedBudget),
    });
  },
});
