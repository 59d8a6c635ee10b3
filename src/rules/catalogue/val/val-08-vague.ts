/**
 * VAL-08 vague wording instead of a standard, where the indicator asks for a measure:
 *
 * - vague: “提升”, “明显”, “较好”, “进一步加强”, and also “良好”, “得到保障”, “相对减少”,
 *   “及时” say which way things should move but not how far. The parser marks the degree words
 *   (`vague` defect; its list is in src/values/target-value.ts) only when they carry no number;
 *   the others are listed here. Reported on output indicators (产出: 数量, 质量, 时效, 成本) and
 *   on indicators whose name is a rate or a count or whose 指标值类型 is 定量 — the catalogue's
 *   “vague wording for a quantitative target”. Not on a qualitative 效益 indicator described in
 *   words (“居民生活环境 — 明显改善”, “社会效益 — 显著”): there a graded word is the accepted
 *   定性 form (财预〔2020〕10号 scores 定性 indicators by degree of achievement; the 深圳
 *   template's own instruction gives “显著/明显/一般” for 社会效益, defined in 指标解释).
 * - approximate: a number hedged with “约”, “大约”, “左右”, “上下”, “将近” sets neither a
 *   floor nor a ceiling (“约500人”: is 480 met?). Reported on every indicator.
 *
 * A value that merely repeats the indicator's name is VAL-07's (“copy of the name” says more).
 */
import type { Indicator } from "../../../forms/indicator";
import { formatTargetValue, type QuantitativeValue } from "../../../values/target-value";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { copiesName, expectsMeasure, hasDefect, isOutputIndicator } from "./heuristics";

/** The vague words the parser found, taken from its message (“…用了“提升”“提高”等模糊表述…”). */
function vagueWords(message: string): string[] {
  const m = /用了((?:“[^”]+”)+)等/.exec(message);
  return m?.[1] ? [...m[1].matchAll(/“([^”]+)”/g)].map((x) => x[1]!) : [];
}

/** Vague words the parser's degree list does not hold (issue 17). */
const MORE_VAGUE = ["良好", "得到保障", "相对减少", "相对", "及时"];

/** Does the indicator ask for a measure (so vague words cannot be checked against it)? */
function asksForMeasure(ind: Indicator): boolean {
  if (ind.valueType && /定量/.test(ind.valueType.value)) return true;
  if (ind.valueType && /定性/.test(ind.valueType.value)) return false;
  return isOutputIndicator(ind) || expectsMeasure(ind) !== undefined;
}

/** 约 / 大约 / 左右 … around the number (not the 约 of 节约, 签约, 制约 …). */
export function approximateWord(v: QuantitativeValue): string | undefined {
  const before = (v.subject ?? "").trim();
  const m = /(?:^|[^节签制契预合公条集履践违])(大约|大概|约|将近|接近)$/.exec(before);
  if (m?.[1]) return m[1];
  const after = (v.note ?? "").trim();
  const n = /^(左右|上下|许)/.exec(after);
  return n?.[1];
}

export default defineRule({
  meta: {
    id: "VAL-08",
    severity: "warning",
    forms: ["PT", "DT"],
    description: {
      "zh-CN": "需要衡量的指标，指标值不能用“提升”“明显”“较好”“约”等模糊表述代替可衡量的标准。",
      en: "A target that asks for a measure is not vague wording (提升, 明显, 较好, 约) instead of a measurable standard.",
    },
    heuristic:
      "Issue 17, on the real 深圳 申报表 (npm run corpus): 182 findings before (明显 ×62, 得到提升 ×62, 得到提高 ×22 on 社会效益 rows the template itself fills with graded words), 68 after — vague words on output rows (良好, 提升 under 质量/时效/成本), approximate numbers (约500人). Seed 002: 提高接待质量 (社会效益) no longer reported; 及时 / 及时足额 on 时效 and 数量 rows are (VAL-07 shows the first two). " +
      "The parser's `vague` defect: a value without any number containing a degree word (提升, 提高, 明显, 显著, 较好, 进一步, 改善, 优化, 加强, 增强 …). Values that copy the 三级 name are left to VAL-07. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 1 finding — 002 “提高接待质量” (社会效益指标). Judged right; 0 false positives. " +
      "(The 11 vague values of seed 003 — 全面提升, 更加精细高效, 优化 — are on self-evaluations, outside this rule's forms; seed 002's “提升政府公信力” copies its name and is VAL-07's.)",
    messages: {
      vague: {
        "zh-CN": "{ref} 的指标值“{text}”用了“{words}”这样的模糊表述，没有可衡量的标准，年终无法判断是否完成。请写成明确的目标值：定量如“≥95%”，定性如“达到国家标准”。",
        en: "The target “{text}” in {ref} uses vague wording (“{words}”) with no measurable standard, so nobody can tell at year end whether it was met. Give a clear target: “≥95%”, or in words “达到国家标准”.",
      },
      approximate: {
        "zh-CN": "{ref} 的指标值“{text}”用了“{word}”，只是一个大概的数，既不是下限也不是上限，年终无法判断是否完成。请去掉“{word}”，写成“{lower}”或“{upper}”。",
        en: "The target “{text}” in {ref} is hedged with “{word}”: an approximate number is neither a floor nor a ceiling, so nobody can tell at year end whether it was met. Drop “{word}” and write “{lower}” or “{upper}”.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PT" && form.kind !== "DT") return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t) continue;
      const v = t.value;
      if (v.kind === "quantitative") {
        const word = approximateWord(v);
        if (word === undefined) continue;
        const bare = { ...v, subject: undefined, note: undefined };
        ctx.report({
          messageId: "approximate",
          data: { ref: t.ref, text: t.text.trim(), word, lower: formatTargetValue({ ...bare, comparator: "≥" }), upper: formatTargetValue({ ...bare, comparator: "≤" }) },
          cells: cells(t),
        });
        continue;
      }
      if (v.kind !== "qualitative" || hasDefect(v, "question") || copiesName(v.text, ind.level3.value) || !asksForMeasure(ind)) continue;
      const vague = v.defects.find((d) => d.code === "vague");
      const words = [...(vague ? vagueWords(vague.message) : []), ...MORE_VAGUE.filter((w) => v.text.includes(w) && !(w === "相对" && v.text.includes("相对减少")))];
      if (words.length === 0) continue;
      ctx.report({ messageId: "vague", data: { ref: t.ref, text: t.text.trim(), words: words.join("”“") }, cells: cells(t) });
    }
  },
});
