/**
 * EVA-08 总分 = 执行率得分 + Σ indicator scores, as stated on the form (a blank 执行率得分 counts
 * as its computed value; EVA-03 reports the blank). Differences within the profile's
 * scoreTolerance are roundings. The forms state no score subtotals per 一级, so the subtotals
 * appear in the message as the parts of the sum; when the stated 总分 equals the sum with a block
 * capped at its heading's points ("产出指标 (50分)" whose 分值 add up to 55), the message says so:
 * the 分值 are what is wrong (WGT-01 reports them), and the 总分 hides it.
 */
import { scoreSelfEvaluation, show } from "../../../scoring";
import { defineRule } from "../../types";
import { cells, WEIGHTS_CAUSE } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-08",
    severity: "error",
    forms: ["PS", "DS"],
    description: { "zh-CN": "总分应等于执行率得分与各项指标得分之和。", en: "The total must equal the execution score plus every indicator's score." },
    messages: {
      totalDiffers: {
        "zh-CN": "{ref} 总分填 {stated} 分，但各项得分相加为 {parts} = {sum} 分，相差 {diff} 分。请核对总分和各项得分。",
        en: "The total in {ref} is {stated}, but the scores add up to {partsEn} = {sum}, {diff} off. Check the total and the scores.",
      },
      totalDiffersCapped: {
        "zh-CN": "{ref} 总分填 {stated} 分，但各项得分相加为 {parts} = {sum} 分，相差 {diff} 分。{stated} 分正是把{capped}后的结果。请先改正这些指标的分值，使其合计等于标明的分值，再重新计算各项得分和总分。",
        en: "The total in {ref} is {stated}, but the scores add up to {partsEn} = {sum}, {diff} off. {stated} is what you get by {cappedEn}. Correct those indicators' points so they add up to the heading, then rescore and re-add.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const s = scoreSelfEvaluation(form, ctx.profile);
    const stated = s.total.stated.score;
    if (stated === null || !form.total.score) return;
    const diff = stated - s.total.statedSum;
    if (Math.abs(diff) <= ctx.profile.scoreTolerance + 1e-9) return;
    const execNote = s.total.statedSumUsesComputedExecution ? { zh: "（未填，按计算值）", en: " (blank; computed value)" } : { zh: "", en: "" };
    const [exec, ...blocks] = s.total.statedSumParts;
    const parts = [`执行率 ${show(exec!.value)}${execNote.zh}`, ...blocks.map((p) => `${p.label} ${show(p.value)}`)].join(" + ");
    const partsEn = [`execution ${show(exec!.value)}${execNote.en}`, ...blocks.map((p) => `${p.label} ${show(p.value)}`)].join(" + ");
    const over = s.blocks.filter((b) => b.statedWeight !== null && b.statedScore > b.statedWeight + 1e-9);
    const capped = over.length > 0 && Math.abs(s.total.cappedSum - stated) <= 1e-6;
    const data: Record<string, string> = { ref: form.total.score.ref, stated: show(stated), sum: show(s.total.statedSum), diff: show(Math.abs(diff)), parts, partsEn };
    if (capped) {
      data.capped = over.map((b) => `${b.name}按标明的 ${show(b.statedWeight!)} 分封顶（其各项分值合计 ${show(b.weight)} 分，得分合计 ${show(b.statedScore)} 分）`).join("、");
      data.cappedEn = over.map((b) => `capping ${b.name} at its stated ${show(b.statedWeight!)} (its points add up to ${show(b.weight)}, its scores to ${show(b.statedScore)})`).join(" and ");
    }
    // A total that only the capped block explains is the weight defect seen again: one cause with WGT-01/02.
    ctx.report({ messageId: capped ? "totalDiffersCapped" : "totalDiffers", data, cells: cells(form.total.score, form.execution.score), ...(capped ? { cause: WEIGHTS_CAUSE } : {}) });
  },
});
