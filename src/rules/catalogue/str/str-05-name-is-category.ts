/**
 * STR-05 a 三级 name that only repeats a category name (满意度, 服务对象满意度, 社会效益,
 * 数量指标) or is a placeholder (无, *, xx, 指标1) says nothing about what is measured.
 *
 * Heuristic: the 三级 name (normalised: no spaces, trailing punctuation or bracketed unit) is
 * a category name when canonicalLevel1/canonicalLevel2 recognise it — the same vocabulary that
 * recognises the category columns — or when it equals the row's own 一级/二级 text (department
 * forms with their own categories). Placeholders: see isPlaceholderName. A placeholder name
 * next to a blank 指标值 is an empty template row and left to STR-07.
 */
import { canonicalLevel1, canonicalLevel2, cells, NEUTRAL_EXAMPLES, ownExample } from "../../support";
import { defineRule } from "../../types";
import { isBlankValue, isPlaceholderName, normName } from "../val/heuristics";

/** The 二级 whose example stands for a 一级 written as a 三级 name. */
const LEVEL1_EXAMPLE: Record<string, string> = { 产出指标: "数量指标", 效益指标: "社会效益指标", 满意度指标: "服务对象满意度指标" };

export default defineRule({
  meta: {
    id: "STR-05",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "三级指标名称不应只是重复类别名称（如“满意度”），也不应是占位符（如“无”“xx”）。",
      en: "An indicator name does not merely repeat a category name (“满意度”) and is no placeholder (“无”, “xx”).",
    },
    heuristic:
      "三级 name (normalised) recognised by canonicalLevel1/canonicalLevel2 — the vocabulary of the category columns — or equal to the row's own 一级/二级 text; placeholder names by isPlaceholderName (无, *, xx, —, 待定, 指标1); a placeholder name with a blank 指标值 is left to STR-07. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 7 findings — 001: 5 × “服务对象满意度” under 服务对象满意度指标; 004: 2 × “满意度”. " +
      "Judged: all 7 right (the name says nothing the 二级 does not; the 001 description column names the group — 租赁方, 就餐职工 — which belongs in the name), 0 false positives. " +
      "The 8 “无” rows of seed 000 have blank values and are reported by STR-07 instead.",
    messages: {
      categoryName: {
        "zh-CN": "{ref} 的三级指标“{name}”只是重复了指标类别的名称，看不出具体考核什么。请写成具体的指标名称，如“{example}”。",
        en: "The indicator name “{name}” in {ref} only repeats a category name and does not say what is measured. Name the indicator itself, e.g. “{example}”.",
      },
      satisfactionName: {
        "zh-CN": "{ref} 的三级指标“{name}”没有写明是谁的满意度。请写明服务对象，如“租赁方满意度”“就餐职工满意度”。",
        en: "The indicator “{name}” in {ref} does not say whose satisfaction is measured. Name the group served, e.g. “租赁方满意度”, “就餐职工满意度”.",
      },
      placeholderName: {
        "zh-CN": "{ref} 的三级指标“{name}”是占位符，不是指标名称。请填写具体的指标名称，或删除这一行。",
        en: "The indicator name “{name}” in {ref} is a placeholder. Write the indicator's real name or delete the row.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "DT" && form.kind !== "PT" && form.kind !== "DS" && form.kind !== "PS") return;
    for (const ind of form.indicators) {
      const name = ind.level3.value.trim();
      if (name === "") continue;
      const data = { ref: ind.level3.ref, name };
      if (isPlaceholderName(name)) {
        if (!isBlankValue(ind.target?.value)) ctx.report({ messageId: "placeholderName", data, cells: cells(ind.level3) });
        continue;
      }
      const n = normName(name);
      const category = canonicalLevel2(n)?.name ?? canonicalLevel1(n) ?? (n === normName(ind.level2.value) || n === normName(ind.level1.value) ? n : undefined);
      if (category === undefined) continue;
      if (category === "服务对象满意度指标" || category === "满意度指标") {
        ctx.report({ messageId: "satisfactionName", data, cells: cells(ind.level3, ind.level2) });
        continue;
      }
      // The form's own indicator of that category when it has one, else a neutral name (issue 17).
      const l2 = canonicalLevel2(ind.level2.value)?.name ?? LEVEL1_EXAMPLE[category] ?? category;
      const example = ownExample(form.indicators, NEUTRAL_EXAMPLES[l2] ? l2 : "数量指标", ind).name;
      ctx.report({ messageId: "categoryName", data: { ...data, example }, cells: cells(ind.level3, ind.level2) });
    }
  },
});
