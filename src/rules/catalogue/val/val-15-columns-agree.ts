/**
 * VAL-15 the columns around a target agree with it (issue 17), where the layout has them:
 * - 计量单位 / 度量单位 column: it holds a unit (not a number, a symbol, 定量/定性 or a sentence),
 *   and that unit measures the same kind of thing as the unit written in the value itself
 *   (column “万元”, value “95%”);
 * - 指标方向 / 指标性质 column saying 正向 or 反向: the value's own comparison symbol points the
 *   same way (反向 with “≥” or “=”, 正向 with “≤”).
 */
import { hasIndicators } from "../../../forms/forms";
import { parseTargetValue } from "../../../values/target-value";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { unitClass, UNIT_CLASS_EN, UNIT_CLASS_ZH } from "./heuristics";

/** What a unit column may hold without being a unit: nothing to say. */
const NO_UNIT = /^(?:无|\/|—|-|–|不适用|)$/;
const PERCENT_WORDS = /^(?:百分比|百分率|百分点)$/;

/** Not a unit: a number, a comparison, the value type or direction, or a phrase. */
function notAUnit(u: string): boolean {
  return /[\d≥≤<>=＞＜＝]/.test(u) || /^(?:定量|定性|正向|反向|是|否)$/.test(u) || u.length > 8;
}

function classOf(u: string): ReturnType<typeof unitClass> {
  return PERCENT_WORDS.test(u) ? "percent" : unitClass(u);
}

export default defineRule({
  meta: {
    id: "VAL-15",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "计量单位列、指标方向列应与指标值一致：单位列写的是单位且与指标值自带的单位同类，正向/反向与比较符号方向一致。",
      en: "The unit and direction columns agree with the target: the unit column holds a unit of the same kind as the value's own, and 正向/反向 points the way of the comparison symbol.",
    },
    heuristic:
      "Unit column: not a unit when it holds a digit or a comparison symbol, 定量/定性/正向/反向, or more than 8 characters; contradicting when the value's own unit (parsed from its cell) is of another class (money, percent, time, count, other) than the column's. Direction column: 反向 with ≥ > =, 正向 with ≤ <, read from the value's own cell. " +
      "Measured: 0 findings on the seeds (no such columns), the layout corpus (四川, 河北, 安徽 … layouts with 计量单位 and 指标方向 columns, filled correctly) and the real forms; exercised by its tests.",
    messages: {
      notAUnit: {
        "zh-CN": "{ref} 的计量单位“{unit}”不是计量单位。请只写单位（如“%”“万元”“个”“天”），数值和符号写在指标值里。",
        en: "The unit column in {ref} holds “{unit}”, which is not a unit. Write the unit only (%, 万元, 个, 天); the number and symbol belong in the target.",
      },
      unitContradicts: {
        "zh-CN": "{ref} 的指标值“{text}”自带的单位是{valueClass}（“{valueUnit}”），而计量单位列（{unitRef}）写的是{columnClass}（“{unit}”），两者矛盾。请统一为同一个单位。",
        en: "The target “{text}” in {ref} carries {valueClassEn} (“{valueUnit}”), but the unit column ({unitRef}) says {columnClassEn} (“{unit}”). Use one unit.",
      },
      directionContradicts: {
        "zh-CN": "{ref} 的指标值“{text}”用了“{symbol}”，而指标方向（{directionRef}）为“{direction}”：{why}请核对符号或方向。",
        en: "The target “{text}” in {ref} uses “{symbol}”, but the direction column ({directionRef}) says {direction}: {whyEn} Check the symbol or the direction.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind === "empty") continue;
      // The value's own cell (a target split over columns is handed to rules as one text).
      const own = parseTargetValue(t.parts?.find((p) => p.role === "value")?.text ?? t.text);
      const u = ind.unit?.value.replace(/^[(（]|[)）]$/g, "").trim() ?? "";
      if (ind.unit && !NO_UNIT.test(u)) {
        if (notAUnit(u)) {
          ctx.report({ messageId: "notAUnit", data: { ref: ind.unit.ref, unit: u }, cells: cells(ind.unit, t) });
        } else if (own.kind === "quantitative" && own.unit.trim() !== "") {
          const valueClass = classOf(own.unit.trim());
          const columnClass = classOf(u);
          if (valueClass !== columnClass && valueClass !== "other" && columnClass !== "other") {
            ctx.report({
              messageId: "unitContradicts",
              data: {
                ref: t.ref,
                text: t.text.trim(),
                valueUnit: own.unit.trim(),
                unit: u,
                unitRef: ind.unit.ref,
                valueClass: UNIT_CLASS_ZH[valueClass],
                columnClass: UNIT_CLASS_ZH[columnClass],
                valueClassEn: UNIT_CLASS_EN[valueClass],
                columnClassEn: UNIT_CLASS_EN[columnClass],
              },
              cells: cells(t, ind.unit),
            });
          }
        }
      }
      const d = ind.direction?.value.trim() ?? "";
      if (own.kind === "quantitative" && own.comparator !== null && (d === "正向" || d === "反向")) {
        const c = own.comparator;
        const wrong = d === "反向" ? c === "≥" || c === ">" || c === "=" : c === "≤" || c === "<";
        if (!wrong) continue;
        const why = d === "反向" ? "反向指标越小越好，应写上限（≤）。" : "正向指标越大越好，应写下限（≥）。";
        const whyEn = d === "反向" ? "smaller is better, so the target is a ceiling (≤)." : "bigger is better, so the target is a floor (≥).";
        ctx.report({
          messageId: "directionContradicts",
          data: { ref: t.ref, text: t.text.trim(), symbol: c, direction: d, directionRef: ind.direction!.ref, why, whyEn },
          cells: cells(t, ind.direction),
        });
      }
    }
  },
});
