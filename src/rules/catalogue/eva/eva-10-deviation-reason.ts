/**
 * EVA-10 A score below the 分值 needs a 偏差原因分析及改进措施. Blank → error. A "reason" that
 * says nothing — 有待提高, 有待加强, 需进一步提升, 无, 略, 同上 … on its own — is a warning: it
 * names neither the cause of the lost points nor a measure.
 */
import { EXACT, scoreSelfEvaluation, show } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

const EMPTY_REASON =
  /^(?:无|暂无|没有|略|同上|见上|待定|有待(?:进一步)?(?:提高|提升|加强|改进|完善)|(?:仍|还|尚)?(?:需|需要|有待)(?:进一步|继续)?(?:提高|提升|加强|改进|完善|努力)|继续(?:努力|加强|改进|提高)|进一步(?:提高|提升|加强|改进|完善))$/;

export default defineRule({
  meta: {
    id: "EVA-10",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "得分低于分值的指标，应填写偏差原因分析及改进措施。",
      en: "An indicator scored below its points needs the reason for the deviation and the measures taken.",
    },
    messages: {
      noDeviation: {
        "zh-CN": "{ref}“{name}”得 {stated} 分，低于分值 {weight} 分，但没有填写偏差原因。请在偏差原因分析及改进措施栏写明扣分的原因和改进措施。",
        en: "“{name}” scores {stated} in {ref}, below its {weight} points, but no reason is given. Write why points were lost and what will be done in the deviation column.",
      },
      vagueDeviation: {
        "zh-CN": "{ref} 的偏差原因只写了“{text}”，没有说明原因和措施。“{name}”得 {stated} 分（分值 {weight} 分），请写明扣分的具体原因（哪些没有做到、为什么）和下一步的改进措施。",
        en: "The deviation reason in {ref} only says “{text}”, which gives neither cause nor measure. “{name}” scores {stated} of {weight}: say what was not achieved and why, and what will be done next.",
      },
    },
    heuristic: "A reason is empty when, without spaces and punctuation, it is only 无/暂无/略/同上/待定 or a bare call to improve (有待提高, 需进一步加强, 继续努力 …).",
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    for (const e of scoreSelfEvaluation(form, ctx.profile).indicators) {
      const { weight, score } = e.stated;
      if (weight === null || score === null || score < 0 || score >= weight - EXACT) continue;
      const ind = e.indicator;
      const data = { ref: ind.score!.ref, name: e.name, stated: show(score), weight: show(weight) };
      const text = ind.deviation?.value.trim() ?? "";
      if (text === "") {
        ctx.report({ messageId: "noDeviation", data, cells: cells(ind.score, ind.deviation, ind.weight) });
      } else if (EMPTY_REASON.test(text.replace(/[\s\u3000。.!！;；,，、]/g, ""))) {
        ctx.report({ messageId: "vagueDeviation", severity: "warning", data: { ...data, ref: ind.deviation!.ref, text }, cells: cells(ind.deviation, ind.score) });
      }
    }
  },
});
