/**
 * EVA-05 A 定量 or 时效 indicator's stated score must match its formula (scoring engine:
 * 正向 / 反向 ratio or linear per profile / 等于 / deadline). Differences within the profile's
 * scoreTolerance are roundings and pass. Scores below 0 or above the 分值 are EVA-07's; blank
 * scores too.
 *
 * Never a request to raise the unit's own score (issue 17): a stated score above the formula's is
 * an error with the corrected score; a stated score below it is a recalculation discrepancy
 * (warning) asking to check the figures or state why points were taken off — 财预〔2020〕10号
 * lets an evaluator deduct (e.g. for a target set too low) — and nothing at all when the 偏差原因
 * column already explains it.
 */
import { EXACT, scoreSelfEvaluation, show } from "../../../scoring";
import { defineRule } from "../../types";
import { cells, nonEmpty } from "../../support";

const DIRECTION_ZH = { positive: "正向指标", negative: "反向指标", equal: "等于型指标" } as const;
const DIRECTION_EN = { positive: "bigger-is-better", negative: "smaller-is-better", equal: "“equals”" } as const;

export default defineRule({
  meta: {
    id: "EVA-05",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "定量指标的得分应符合计分公式（正向、反向、等于、时效）。",
      en: "A quantitative indicator's score must follow its formula (bigger-is-better, smaller-is-better, equals, deadline).",
    },
    messages: {
      scoreDiffers: {
        "zh-CN": "{ref}“{name}”的得分有误。按{how}计算：{arithmetic} 分，表中填 {stated} 分。请把得分改为 {computed} 分{deviationNote}。{directionNote}",
        en: "The score of “{name}” in {ref} is wrong. As a {howEn}: {arithmetic}, but the form says {stated}. Change the score to {computed}{deviationNoteEn}.{directionNoteEn}",
      },
      scoreBelowFormula: {
        "zh-CN": "{ref}“{name}”的得分与计分公式不一致：按{how}计算为 {arithmetic} 分，表中填 {stated} 分，低了 {gap} 分。请核对实际完成值、指标值和分值；如是有意扣分，请在偏差原因栏写明扣分理由。{directionNote}",
        en: "The score of “{name}” in {ref} does not follow the formula: as a {howEn}, {arithmetic}, but the form says {stated}, {gap} lower. Check the actual value, the target and the weight; if points were deducted on purpose, give the reason in the deviation column.{directionNoteEn}",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    for (const e of scoreSelfEvaluation(form, ctx.profile).indicators) {
      const r = e.result;
      if (r.kind !== "computed" || e.check !== "differs") continue;
      const stated = e.stated.score!;
      if (stated < 0 || stated > r.weight + EXACT) continue; // EVA-07
      const ind = e.indicator;
      const needsDeviation = r.score < r.weight - EXACT && !nonEmpty(ind.deviation);
      const byName = r.directionSource === "name";
      const targetText = ind.target?.text.trim() ?? "";
      const below = stated < r.score;
      if (below && nonEmpty(ind.deviation)) continue; // a deduction the unit explains
      ctx.report({
        messageId: below ? "scoreBelowFormula" : "scoreDiffers",
        ...(below ? { severity: "warning" as const } : {}),
        data: {
          ref: ind.score!.ref,
          name: e.name,
          how: r.how["zh-CN"],
          howEn: r.how.en,
          arithmetic: r.arithmetic,
          stated: show(stated),
          computed: show(r.score),
          gap: show(r.score - stated),
          deviationNote: needsDeviation ? "，并在偏差原因栏说明未达到目标的原因" : "",
          deviationNoteEn: needsDeviation ? ", and explain in the deviation column why the target was missed" : "",
          directionNote: byName
            ? `（指标值“${targetText}”没有比较符号，按指标名称判断为${DIRECTION_ZH[r.direction]}；如判断不对，请在指标值前补上 ≥ 或 ≤。）`
            : "",
          directionNoteEn: byName
            ? ` (The target “${targetText}” has no comparison symbol, so it was judged ${DIRECTION_EN[r.direction]} by its name; if that is wrong, add ≥ or ≤ to the target.)`
            : "",
        },
        cells: cells(ind.score, ind.actual, ind.target, ind.weight),
      });
    }
  },
});
