/**
 * EVA-03 执行率得分 = 分值 × min(执行率, 1). A stated score beyond the profile's scoreTolerance
 * is an error; within it (8.62 written as 9) a warning, as the catalogue's E/W says; a blank
 * score next to a computable one a warning with the value to enter. The rate is the one computed
 * from the money columns, or the stated one when they are blank.
 */
import { scoreSelfEvaluation, show } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-03",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "执行率得分应等于分值 × 执行率（执行率超过 100% 的按 100% 计）。",
      en: "The execution score must equal points × rate (a rate over 100% counts as 100%).",
    },
    messages: {
      scoreDiffers: {
        "zh-CN": "{ref} 执行率得分填 {stated} 分，但分值 × 执行率 = {arithmetic} 分，相差 {diff} 分。请改为 {computed} 分。",
        en: "The execution score in {ref} is {stated}, but points × rate = {arithmetic}, {diff} off. Change it to {computed}.",
      },
      scoreBelow: {
        "zh-CN": "{ref} 执行率得分填 {stated} 分，而分值 × 执行率 = {arithmetic} 分，低了 {diff} 分。请核对全年预算数、全年执行数和分值；如是有意扣分，请写明理由。",
        en: "The execution score in {ref} is {stated}, while points × rate = {arithmetic}, {diff} lower. Check the budget, the amount spent and the points; if points were deducted on purpose, say why.",
      },
      scoreRounded: {
        "zh-CN": "{ref} 执行率得分 {stated} 分是 {arithmetic} 分取整后的结果，相差 {diff} 分，在允许的取整误差（{tolerance} 分）以内。如要求按实际计算，请改为 {computed} 分。",
        en: "The execution score in {ref}, {stated}, is {arithmetic} rounded, {diff} off, within the rounding tolerance ({tolerance}). If exact scores are required, enter {computed}.",
      },
      scoreMissing: {
        "zh-CN": "{ref} 所在的执行率一行没有填得分。分值 × 执行率 = {arithmetic} 分，请填写 {computed} 分。",
        en: "The execution row at {ref} has no score. Points × rate = {arithmetic}; enter {computed}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const e = scoreSelfEvaluation(form, ctx.profile).execution;
    if (e.result.score === null) return;
    const data = { arithmetic: e.result.scoreArithmetic, computed: show(e.result.score), tolerance: show(ctx.profile.scoreTolerance) };
    const score = form.execution.score;
    // Never a request to raise the unit's own score (issue 17): below the formula is a discrepancy
    // to check (warning), and a rounding down is left alone.
    const below = e.stated.score !== null && e.stated.score !== undefined && e.result.score !== null && e.stated.score < e.result.score;
    if (e.scoreCheck === "rounding" && below) return;
    if (e.scoreCheck === "differs" || e.scoreCheck === "rounding") {
      ctx.report({
        messageId: e.scoreCheck === "rounding" ? "scoreRounded" : below ? "scoreBelow" : "scoreDiffers",
        severity: e.scoreCheck === "differs" && !below ? "error" : "warning",
        data: { ...data, ref: score!.ref, stated: show(e.stated.score!), diff: show(Math.abs(e.scoreDifference!)) },
        cells: cells(score, form.execution.weight, form.execution.rate),
      });
    } else if (e.scoreCheck === "no-stated-score") {
      const at = score ?? form.execution.rate ?? form.execution.weight;
      ctx.report({ messageId: "scoreMissing", severity: "warning", data: { ...data, ref: at?.ref ?? "" }, cells: cells(at, form.execution.weight, form.execution.rate) });
    }
  },
});
