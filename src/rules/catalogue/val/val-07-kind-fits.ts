/**
 * VAL-07 the kind of value fits the indicator, and the value is a standard rather than a
 * question or an echo of the name:
 * - question: the value asks instead of setting a standard (“发现故障是否及时维修”; the
 *   parser's `question` defect);
 * - copiesName: the value repeats the 三级 name (“节能环保” for 节能环保, “提升政府公信力” for
 *   提升政府公信力): equal after normalising, or one inside the other covering ≥ 60% of it
 *   (copiesName in heuristics.ts);
 * - qualitativeForQuantitative: words where a measure is expected — the 二级 is 数量指标 or
 *   时效指标, or the name is a rate (…率) or a count (…次数, 人数, 数量); 满意度 is VAL-10's;
 * - quantitativeForQualitative: a percentage for a name that asks for a judgement (…性:
 *   “长期使用性 ≥90%”, “规范性 100%”): what is 90% of 长期使用性? Name it a rate or say it in words.
 * One finding per value, in that order. Placeholders are STR-07's; vague words on target forms
 * (提升, 较好) are VAL-08's, which is the more precise message, so VAL-07 leaves those values
 * to it there (on self-evaluations VAL-08 does not run and VAL-07 reports them).
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { copiesName, expectsMeasure, hasDefect, normName, type Expect } from "./heuristics";

const EXPECT_ZH: Record<Expect, string> = { rate: "比率", count: "数量", quantity: "数量指标", timeliness: "时效指标" };
const EXPECT_EN: Record<Expect, string> = { rate: "a rate", count: "a count", quantity: "a quantity indicator", timeliness: "a timeliness indicator" };

/** A quantity written in Chinese numerals (两栋, 三个, 半小时内, 每天一次): measurable, not words. */
const NUMBER_IN_WORDS = /^(?:每[天日周月年季]|约|近)?[零一二两三四五六七八九十百千万半]+(?:个|名|次|栋|处|台|场|人|家|项|份|件|座|间|辆|套|批|期|天|日|周|月|年|小时|分钟|个工作日|工作日)/;

export default defineRule({
  meta: {
    id: "VAL-07",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标值的类型应与指标相符（定量指标用数值，定性指标用文字），不能是问句或照抄指标名称。",
      en: "The target fits the indicator (numbers for quantitative, words for qualitative ones) and is neither a question nor a copy of the name.",
    },
    heuristic:
      "question: the parser's `question` defect (是否, 吗, ?). copiesName: value equal to the 三级 name after normalising, or one inside the other covering ≥ 60% (shorter side ≥ 4 characters). Quantity expected: 二级 数量指标/时效指标, or a name ending in 率/比例/占比 or a count word; judgement expected: a name ending in 性 (then a % value is flagged). " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 23 findings — 002: 17 = 1 question (发现故障是否及时维修), 12 copies of the name (节能环保 ×2, 节能减排, 节约用电, 提升政府公信力, 提供后勤服务保障 …; “提倡节约用水” for 节约用水 and “政务服务水平” for 提升政务服务水平 by containment), 2 words for a quantity (水费缴纳 under 数量指标: 及时缴纳; 出车完成及时性 under 时效指标: 及时), 2 × “后勤服务工作规范性 100%”; 001: 5 × “长期使用性 ≥9090%”; 004: 1 × “结果准确性 ≥98%”. " +
      "Judged: 20 right, 3 debatable, 0 accepted as false — “规范性 100%” ×2 and “准确性 ≥98%” can be read as compliance/accuracy rates; the message asks to name them 规范率/准确率 or state the standard in words, which a reviewer would also ask.",
    messages: {
      question: {
        "zh-CN": "{ref} 的指标值“{text}”写成了问句，没有给出标准。请写明要达到的目标，如“≤24小时”或“及时维修”。",
        en: "The target “{text}” in {ref} is a question, not a standard. State what is to be achieved, e.g. “≤24小时” or “及时维修”.",
      },
      copiesName: {
        "zh-CN": "{ref} 的指标值“{text}”只是重复了指标名称“{name}”，没有写出要达到的标准。请填写可衡量的目标值（定量如“≥95%”，定性如“达到国家标准”“健全”）。",
        en: "The target “{text}” in {ref} only repeats the indicator's name “{name}” and sets no standard. Give a measurable target (“≥95%”, or in words “达到国家标准”, “健全”).",
      },
      qualitativeForQuantitative: {
        "zh-CN": "{ref} 的指标“{name}”是{expectZh}，指标值“{text}”却是文字，无法衡量。请写成“符号＋数值＋单位”，如“{example}”。",
        en: "“{name}” in {ref} is {expectEn}, but its target “{text}” is words and cannot be measured. Write symbol + number + unit, e.g. “{example}”.",
      },
      quantitativeForQualitative: {
        "zh-CN": "{ref} 的指标“{name}”要求的是定性判断，指标值“{text}”却是百分比，看不出衡量的是什么。请改为定性标准（如“{word}”），或把指标名改成比率（如“{rateName}”）。",
        en: "“{name}” in {ref} asks for a judgement in words, but its target “{text}” is a percentage of nothing in particular. State the standard in words (e.g. “{word}”) or rename it as a rate (e.g. “{rateName}”).",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    const targetForm = form.kind === "PT" || form.kind === "DT";
    const year = form.header.year?.value ?? new Date().getFullYear();
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind === "empty" || hasDefect(t.value, "placeholder")) continue;
      const v = t.value;
      const name = ind.level3.value.trim();
      const data = { ref: t.ref, text: t.text.trim(), name };
      if (hasDefect(v, "question")) {
        ctx.report({ messageId: "question", data, cells: cells(t) });
        continue;
      }
      if (v.kind === "qualitative") {
        if (copiesName(v.text, name)) {
          ctx.report({ messageId: "copiesName", data, cells: cells(t, ind.level3) });
          continue;
        }
        const expect = expectsMeasure(ind);
        if (NUMBER_IN_WORDS.test(v.text.trim())) continue; // “两栋”, “半小时内”: a measure, in words
        if (expect === undefined || (targetForm && hasDefect(v, "vague"))) continue;
        const example = expect === "rate" ? "≥95%" : expect === "timeliness" ? `${year}年12月前` : "≥50次";
        ctx.report({ messageId: "qualitativeForQuantitative", data: { ...data, expectZh: EXPECT_ZH[expect], expectEn: EXPECT_EN[expect], example }, cells: cells(t, ind.level3) });
        continue;
      }
      if (v.kind === "quantitative" && v.unit === "%") {
        const n = normName(name);
        if (!/性$/.test(n)) continue;
        const stem = n.replace(/性$/, "");
        ctx.report({ messageId: "quantitativeForQualitative", data: { ...data, word: stem.length <= 4 ? stem : "达到……标准", rateName: `${stem}率` }, cells: cells(t, ind.level3) });
      }
    }
  },
});
