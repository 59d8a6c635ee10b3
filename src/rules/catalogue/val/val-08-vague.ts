/**
 * VAL-08 vague wording instead of a standard: “提升”, “明显”, “较好”, “进一步加强” say which
 * way things should move but not how far, so nobody can tell at year end whether the target
 * was met. The parser marks such values (`vague` defect; its word list is in
 * src/values/target-value.ts) only when they carry no number.
 * Reported on every indicator of the target forms, not only rates and counts: a qualitative
 * target also needs a checkable standard (“达到国家卫生安全标准”, “健全”). A value that merely
 * repeats the indicator's name is VAL-07's (“copy of the name” says more), so it is not
 * reported here again.
 */
import { cells } from "../../support";
import { defineRule } from "../../types";
import { copiesName } from "./heuristics";

/** The vague words the parser found, taken from its message (“…用了“提升”“提高”等模糊表述…”). */
function vagueWords(message: string): string[] {
  const m = /用了((?:“[^”]+”)+)等/.exec(message);
  return m?.[1] ? [...m[1].matchAll(/“([^”]+)”/g)].map((x) => x[1]!) : [];
}

export default defineRule({
  meta: {
    id: "VAL-08",
    severity: "warning",
    forms: ["PT", "DT"],
    description: {
      "zh-CN": "指标值不能用“提升”“明显”“较好”等模糊表述代替可衡量的标准。",
      en: "A target is not vague wording (提升, 明显, 较好) instead of a measurable standard.",
    },
    heuristic:
      "The parser's `vague` defect: a value without any number containing a degree word (提升, 提高, 明显, 显著, 较好, 进一步, 改善, 优化, 加强, 增强 …). Values that copy the 三级 name are left to VAL-07. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 1 finding — 002 “提高接待质量” (社会效益指标). Judged right; 0 false positives. " +
      "(The 11 vague values of seed 003 — 全面提升, 更加精细高效, 优化 — are on self-evaluations, outside this rule's forms; seed 002's “提升政府公信力” copies its name and is VAL-07's.)",
    messages: {
      vague: {
        "zh-CN": "{ref} 的指标值“{text}”用了“{words}”这样的模糊表述，没有可衡量的标准，年终无法判断是否完成。请写成明确的目标值：定量如“≥95%”，定性如“达到国家标准”。",
        en: "The target “{text}” in {ref} uses vague wording (“{words}”) with no measurable standard, so nobody can tell at year end whether it was met. Give a clear target: “≥95%”, or in words “达到国家标准”.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PT" && form.kind !== "DT") return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "qualitative") continue;
      const vague = t.value.defects.find((d) => d.code === "vague");
      if (!vague || copiesName(t.value.text, ind.level3.value)) continue;
      const words = vagueWords(vague.message);
      ctx.report({ messageId: "vague", data: { ref: t.ref, text: t.text.trim(), words: words.length > 0 ? words.join("”“") : t.text.trim() }, cells: cells(t) });
    }
  },
});
