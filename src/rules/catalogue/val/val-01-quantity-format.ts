/**
 * VAL-01 a quantitative 指标值 reads as [symbol] number [unit]. Built on the parser's defects
 * (src/values/target-value.ts):
 * - doubled-number (`≥9090%及以上` where ≥90% was meant), malformed-number (`1.2.3万元`),
 *   conflicting-comparators (`≥50次以内`) → error: the number or its direction is wrong as
 *   written, and scoring would use a wrong target;
 * - latex (`$\geq 95\%$` left by a PDF converter), unit-in-words (`≥100百分比`),
 *   redundant-words (`≥90%及以上`) → warning: the value reads correctly but is not written the
 *   standard way; the message gives the standard form;
 * - multiple-numbers (`80 个部门 30000 份`) → warning: only the first quantity can be scored.
 * One finding per defect kind and cell; the doubled-number suggestion already repairs the
 * redundant words / LaTeX of the same value, so those are not reported again.
 */
import { hasIndicators } from "../../../forms/forms";
import { formatNumber } from "../../../values/numbers";
import { cells } from "../../support";
import { defineRule } from "../../types";
import type { Indicator } from "../../../forms/indicator";
import type { QuantitativeValue } from "../../../values/target-value";
import { directionVerdict } from "./heuristics";

const STYLE_PROBLEMS: Record<string, [string, string]> = {
  latex: ["含有从 PDF 转换留下的公式代码（如 \\geq、$）", "contains formula code left by a PDF conversion (\\geq, $)"],
  "unit-in-words": ["用文字写了百分号", "writes the percent sign in words"],
  "redundant-words": ["在符号后又写了意思相同的“及以上”“以内”等文字", "repeats the symbol in words (及以上, 以内)"],
};

/** The repaired value, with its symbol turned round where VAL-03 finds it points the wrong way. */
function rightWay(ind: Indicator, v: QuantitativeValue, repaired: string): string {
  const verdict = directionVerdict(ind, v);
  return verdict && !verdict.misfiled ? verdict.suggested : repaired;
}

const DOTTED_DATE = /(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}/;

export default defineRule({
  meta: {
    id: "VAL-01",
    severity: "error",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "定量指标值应写成“符号＋数字＋单位”（如“≥90%”），数字不能写错或重复。",
      en: "A quantitative target is written [symbol] number [unit] (e.g. “≥90%”), with a well-formed number.",
    },
    messages: {
      doubledNumber: {
        "zh-CN": "{ref} 的指标值“{text}”数字重复，应为“{suggested}”。请改为规范写法。",
        en: "The target “{text}” in {ref} has its number written twice ({written} for {meant}); it should read “{suggested}”. Correct it.",
      },
      malformedNumber: {
        "zh-CN": "{ref} 的指标值“{text}”中的数字写法有误，读不出数值。请改成“符号＋数字＋单位”的写法，如“≥95%”。",
        en: "The number in the target “{text}” in {ref} is malformed and cannot be read. Write it as symbol + number + unit, e.g. “≥95%”.",
      },
      conflictingComparators: {
        "zh-CN": "{ref} 的指标值“{text}”前后矛盾：符号与文字一个表示下限、一个表示上限。请确认后只保留一种，写成“≥数值”或“≤数值”。",
        en: "The target “{text}” in {ref} contradicts itself: the symbol and the words set a lower and an upper bound. Keep one, as “≥ value” or “≤ value”.",
      },
      nonStandard: {
        "zh-CN": "{ref} 的指标值“{text}”{problem}，应写成“{suggested}”。请改为规范写法。",
        en: "The target “{text}” in {ref} {problemEn}; it should read “{suggested}”. Correct it.",
      },
      multipleNumbers: {
        "zh-CN": "{ref} 的指标值“{text}”里写了多个数量（{quantities}），评分时只能按第一个计算。请拆成多个指标，每个指标一个目标值。",
        en: "The target “{text}” in {ref} holds several quantities ({quantities}); only the first can be scored. Split it into one indicator per quantity.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind === "empty") continue;
      const v = t.value;
      const codes = new Set(v.defects.map((d) => d.code));
      const base = { ref: t.ref, text: t.text.trim() };
      const at = cells(t);
      // A date or a date range written with dots (“2023.1.1-2025.12.31”) is a period, not a malformed number.
      if (codes.has("malformed-number") && !DOTTED_DATE.test(v.text)) ctx.report({ messageId: "malformedNumber", severity: "error", data: base, cells: at });
      if (codes.has("conflicting-comparators")) ctx.report({ messageId: "conflictingComparators", severity: "error", data: base, cells: at });
      const doubled = v.defects.find((d) => d.code === "doubled-number");
      if (doubled && v.kind === "quantitative") {
        const written = formatNumber(v.number);
        const meant = /^(-?\d+(?:\.\d+)?)\1$/.exec(written.replace(/^-/, ""))?.[1] ?? written;
        const suggested = doubled.suggested === undefined ? undefined : rightWay(ind, v, doubled.suggested);
        const fix = suggested ? { fix: { ref: t.ref, value: suggested, from: t.text } } : {};
        ctx.report({ messageId: "doubledNumber", severity: "error", data: { ...base, suggested: suggested ?? "", written, meant }, cells: at, ...fix });
      } else {
        const style = v.defects.filter((d) => d.code in STYLE_PROBLEMS);
        const repaired = style.find((d) => d.suggested !== undefined)?.suggested;
        const suggested = repaired === undefined || v.kind !== "quantitative" ? repaired : rightWay(ind, v, repaired);
        if (style.length > 0 && suggested !== undefined) {
          ctx.report({
            messageId: "nonStandard",
            severity: "warning",
            data: { ...base, suggested, problem: style.map((d) => STYLE_PROBLEMS[d.code]![0]).join("，"), problemEn: style.map((d) => STYLE_PROBLEMS[d.code]![1]).join(" and ") },
            cells: at,
          });
        }
      }
      if (codes.has("multiple-numbers") && v.kind === "quantitative") {
        const quantities = [{ number: v.number, unit: v.unit }, ...(v.more ?? [])].map((q) => `${formatNumber(q.number)}${q.unit}`).join("、");
        ctx.report({ messageId: "multipleNumbers", severity: "warning", data: { ...base, quantities }, cells: at });
      }
    }
  },
});
