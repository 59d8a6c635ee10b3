/**
 * EVA-09 等级 matches 总分 under the profile's bands (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60).
 * The stated 总分 decides (the sum of the scores when it is blank). An unreadable 等级 is a
 * warning. When the scores, corrected by the rules, give a total of another grade, a warning
 * says the 等级 must change with them.
 */
import { gradeOf, scoreSelfEvaluation, show } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-09",
    severity: "error",
    forms: ["PS", "DS"],
    description: { "zh-CN": "等级应与总分相符（优 ≥ 90，良 80–90，中 60–80，差 < 60）。", en: "The grade must match the total (excellent ≥ 90, good 80–90, fair 60–80, poor < 60)." },
    messages: {
      gradeDiffers: {
        "zh-CN": "{ref} 等级填“{stated}”，但总分 {total} 分对应的等级是“{expected}”（{bands}）。请改为“{expected}”。",
        en: "The grade in {ref} is “{stated}”, but a total of {total} is “{expected}” ({bandsEn}). Change it to “{expected}”.",
      },
      gradeUnreadable: {
        "zh-CN": "{ref} 的等级“{text}”无法识别。等级应填 优、良、中 或 差；总分 {total} 分对应“{expected}”。",
        en: "The grade in {ref}, “{text}”, is not one of 优, 良, 中, 差; a total of {total} is “{expected}”.",
      },
      gradeAfterCorrection: {
        "zh-CN": "按计分规则重新计算，总分应为 {computed} 分，对应等级“{expected}”，与 {ref} 的“{stated}”不同。改正各项得分后，请把等级一并改为“{expected}”。",
        en: "Rescored by the rules, the total is {computed}, grade “{expected}”, not the “{stated}” in {ref}. When the scores are corrected, change the grade to “{expected}” too.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const grade = form.total.grade;
    if (!grade) return;
    const s = scoreSelfEvaluation(form, ctx.profile);
    const total = s.total.stated.score ?? s.total.statedSum;
    const expected = s.total.gradeOfStated;
    const g = ctx.profile.grades;
    const bands = `优 ≥ ${g.excellent} 分，良 ${g.good}–${g.excellent} 分，中 ${g.fair}–${g.good} 分，差 < ${g.fair} 分`;
    const bandsEn = `excellent ≥ ${g.excellent}, good ${g.good}–${g.excellent}, fair ${g.fair}–${g.good}, poor < ${g.fair}`;
    const data = { ref: grade.ref, total: show(total), expected, text: grade.value.trim() || grade.text.trim(), bands, bandsEn };
    const stated = s.total.statedGrade;
    if (stated === null) {
      ctx.report({ messageId: "gradeUnreadable", severity: "warning", data, cells: cells(grade, form.total.score) });
      return;
    }
    if (stated !== expected) {
      ctx.report({ messageId: "gradeDiffers", data: { ...data, stated }, cells: cells(grade, form.total.score) });
      return;
    }
    const corrected = gradeOf(s.total.computed, g);
    if (corrected !== stated && Math.abs(s.total.computed - total) > ctx.profile.scoreTolerance) {
      ctx.report({
        messageId: "gradeAfterCorrection",
        severity: "warning",
        data: { ...data, stated, expected: corrected, computed: show(s.total.computed) },
        cells: cells(grade, form.total.score),
      });
    }
  },
});
