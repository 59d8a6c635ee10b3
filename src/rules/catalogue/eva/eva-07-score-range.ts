/**
 * EVA-07 0 ≤ 得分 ≤ 分值 for every indicator, and a number. A blank score beside a 分值 is a
 * warning (with the engine's score when it computes one).
 */
import { EXACT, scoreSelfEvaluation, show } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-07",
    severity: "error",
    forms: ["PS", "DS"],
    description: { "zh-CN": "每项得分应在 0 到分值之间。", en: "Every score must lie between 0 and the indicator's points." },
    messages: {
      negative: {
        "zh-CN": "{ref}“{name}”的得分 {stated} 分是负数。得分应在 0 到分值 {weight} 分之间，请改正{suggestion}。",
        en: "The score of “{name}” in {ref}, {stated}, is negative. Scores lie between 0 and the points ({weight}); correct it{suggestionEn}.",
      },
      overWeight: {
        "zh-CN": "{ref}“{name}”的得分 {stated} 分超过了分值 {weight} 分。得分不能超过分值，请改正{suggestion}。",
        en: "The score of “{name}” in {ref}, {stated}, is more than its points ({weight}). A score cannot exceed the points; correct it{suggestionEn}.",
      },
      notANumber: {
        "zh-CN": "{ref}“{name}”的得分“{text}”不是数字。请填写 0 到 {weight} 分之间的数字{suggestion}。",
        en: "The score of “{name}” in {ref}, “{text}”, is not a number. Enter a number from 0 to {weight}{suggestionEn}.",
      },
      scoreMissing: {
        "zh-CN": "{ref}“{name}”有分值 {weight} 分，但没有填得分。请填写得分{suggestion}。",
        en: "“{name}” has {weight} points but no score in {ref}. Enter the score{suggestionEn}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    for (const e of scoreSelfEvaluation(form, ctx.profile).indicators) {
      const ind = e.indicator;
      const weight = e.stated.weight;
      if (weight === null || !ind.score) continue;
      const suggestion = e.computed !== null ? `（按规则应为 ${show(e.computed)} 分）` : "";
      const suggestionEn = e.computed !== null ? ` (by the rules: ${show(e.computed)})` : "";
      const data = { ref: ind.score.ref, name: e.name, weight: show(weight), suggestion, suggestionEn };
      const stated = e.stated.score;
      if (stated === null) {
        const text = ind.score.text.trim();
        if (text === "") ctx.report({ messageId: "scoreMissing", severity: "warning", data, cells: cells(ind.score, ind.weight) });
        else ctx.report({ messageId: "notANumber", data: { ...data, text }, cells: cells(ind.score, ind.weight) });
      } else if (stated < 0) {
        ctx.report({ messageId: "negative", data: { ...data, stated: show(stated) }, cells: cells(ind.score, ind.weight) });
      } else if (stated > weight + EXACT) {
        ctx.report({ messageId: "overWeight", data: { ...data, stated: show(stated) }, cells: cells(ind.score, ind.weight) });
      }
    }
  },
});
