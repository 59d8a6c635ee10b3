/**
 * WGT-04 Every 分值 is a number above 0: the 执行率 row's and each indicator's. An indicator
 * with 0 points (or none) cannot be scored and is dead weight in the table. Forms where no
 * indicator has points at all are left to the other rules (their 分值 column was not read).
 */
import type { TracedNumber } from "../../../forms/traced";
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";

export default defineRule({
  meta: {
    id: "WGT-04",
    severity: "error",
    forms: ["PS", "DS"],
    description: { "zh-CN": "每个分值都应是大于 0 的数。", en: "Every weight must be a number above 0." },
    messages: {
      notPositive: {
        "zh-CN": "“{name}”的分值是 {weight}，分值必须大于 0。请在 {ref} 填写这一项的分值，或删去这一指标并把分值分给其他指标。",
        en: "“{name}” carries {weight} points; every weight must be above 0. Enter its points in {ref}, or remove the indicator and give its points to the others.",
      },
      missing: {
        "zh-CN": "“{name}”没有填分值。每个指标都要有大于 0 的分值才能评分，请在 {ref} 填写。",
        en: "“{name}” has no points. Every indicator needs a weight above 0 to be scored: fill in {ref}.",
      },
      notANumber: {
        "zh-CN": "“{name}”的分值“{text}”不是数字，无法计分。请在 {ref} 填写一个大于 0 的数。",
        en: "The weight “{text}” of “{name}” is not a number and cannot be scored. Enter a number above 0 in {ref}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    if (!form.indicators.some((i) => i.weight?.value !== null && i.weight?.value !== undefined)) return;
    const checkOne = (name: string, w: TracedNumber | undefined): void => {
      if (!w) return;
      if (w.value === null) {
        const blank = w.text.trim() === "";
        ctx.report({ messageId: blank ? "missing" : "notANumber", data: { name, text: w.text.trim(), ref: w.ref }, cells: cells(w) });
      } else if (w.value <= 0) {
        ctx.report({ messageId: "notPositive", data: { name, weight: fmt(w.value), ref: w.ref }, cells: cells(w) });
      }
    };
    checkOne("预算执行率", form.execution.weight);
    for (const ind of form.indicators) checkOne(ind.level3.value, ind.weight);
  },
});
