/**
 * EVA-14 年度总体目标: the 实际完成情况 must say what was achieved — not be blank, and not be a
 * copy of the 预期目标 (compared without spaces and punctuation).
 */
import { defineRule } from "../../types";
import { cells } from "../../support";

function plain(s: string): string {
  return s.replace(/[\s\u3000"“”'‘’,，。.、;；:：!！?？()（）]/g, "");
}

export default defineRule({
  meta: {
    id: "EVA-14",
    severity: "warning",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "年度总体目标的实际完成情况应如实填写，不能空着，也不能照抄预期目标。",
      en: "The achievements against the annual goal must be written out: not blank, not a copy of the expected goal.",
    },
    messages: {
      achievedEmpty: {
        "zh-CN": "{ref} 填了预期目标，但实际完成情况是空的。请写明全年实际完成了哪些工作、达到了什么效果，与预期目标逐项对应。",
        en: "The expected goal in {ref} is filled in but the achievements are blank. Write what was actually done and achieved during the year, item by item against the goal.",
      },
      achievedCopiesExpected: {
        "zh-CN": "{ref} 的实际完成情况与 {expectedRef} 的预期目标一字不差。实际完成情况应写明全年实际完成了什么（数量、质量、时效和效果），不能照抄预期目标。",
        en: "The achievements in {ref} repeat the expected goal in {expectedRef} word for word. Describe what was actually achieved (quantity, quality, timeliness, effect) instead of copying the goal.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const { expected, achieved } = form.goals;
    if (!expected || plain(expected.value) === "") return;
    if (!achieved || plain(achieved.value) === "") {
      ctx.report({ messageId: "achievedEmpty", data: { ref: expected.ref }, cells: cells(achieved, expected) });
      return;
    }
    if (plain(achieved.value) === plain(expected.value)) {
      ctx.report({ messageId: "achievedCopiesExpected", data: { ref: achieved.ref, expectedRef: expected.ref }, cells: cells(achieved, expected) });
    }
  },
});
