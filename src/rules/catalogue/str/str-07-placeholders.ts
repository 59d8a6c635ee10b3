/**
 * STR-07 placeholders and empty template rows: what a clerk leaves when the template is not
 * filled in.
 * - 指标值 that is a placeholder (`*`, `**`, `xx`, `≥xx%`, `—`, 待定; the parser's `placeholder`
 *   defect) → error: the form is not finished.
 * - 指标值 blank next to a real 三级 name → error: the indicator has no target to evaluate.
 * - 三级 blank or a placeholder (无, *, xx) and 指标值 blank → warning: an empty template row
 *   (seed 000 writes “无” under 经济效益 / 生态效益); fill it in or delete it.
 * Only forms whose indicator table has a 指标值 column are checked; in self-evaluations the
 * column is the 年度指标值 (the 实际完成值 is EVA-12's).
 */
import { cells } from "../../support";
import { defineRule } from "../../types";
import { hasDefect, isBlankValue, isPlaceholderName } from "../val/heuristics";

export default defineRule({
  meta: {
    id: "STR-07",
    severity: "error",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标值不能是占位符（*、xx）或空白；没有填写的模板行应补全或删除。",
      en: "Targets are no placeholders (*, xx) and not blank; unfilled template rows are completed or deleted.",
    },
    messages: {
      placeholderValue: {
        "zh-CN": "{ref} 的指标值“{text}”是占位符，还没有填写实际目标。请填写具体的指标值（如“≥95%”），不需要的指标请删除这一行。",
        en: "The target “{text}” in {ref} is a placeholder. Fill in the real target (e.g. “≥95%”) or delete the row.",
      },
      missingValue: {
        "zh-CN": "{ref} 没有填写指标值（三级指标“{name}”）。请填写可衡量的目标值（定量如“≥95%”，定性如“达到国家标准”）；不适用的指标请删除这一行。",
        en: "{ref} has no target for “{name}”. Fill in a measurable target (“≥95%”, or in words “达到国家标准”); delete the row if it does not apply.",
      },
      emptyRow: {
        "zh-CN": "第 {row} 行是没有填写的模板行（三级指标{nameShown}，指标值为空）。请填写完整，或删除这一行。",
        en: "Row {row} is an unfilled template row (indicator name {nameShownEn}, no target). Complete it or delete it.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "DT" && form.kind !== "PT" && form.kind !== "DS" && form.kind !== "PS") return;
    for (const ind of form.indicators) {
      const target = ind.target;
      if (!target) continue;
      const name = ind.level3.value.trim();
      const noName = name === "" || isPlaceholderName(name);
      if (hasDefect(target.value, "placeholder")) {
        ctx.report({ messageId: "placeholderValue", severity: "error", data: { ref: target.ref, text: target.text.trim() }, cells: cells(target, ind.level3) });
      } else if (isBlankValue(target.value)) {
        if (noName) {
          ctx.report({
            messageId: "emptyRow",
            severity: "warning",
            data: { row: ind.row, nameShown: name === "" ? "为空" : `为“${name}”`, nameShownEn: name === "" ? "blank" : `“${name}”` },
            cells: cells(ind.level3, target),
          });
        } else {
          ctx.report({ messageId: "missingValue", severity: "error", data: { ref: target.ref, name }, cells: cells(target, ind.level3) });
        }
      }
    }
  },
});
