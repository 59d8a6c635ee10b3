/**
 * VAL-11 a 时效 deadline lies in the budget year (header.year) or, for multi-year projects,
 * within the project period (项目实施期 “2021-2023”). “2020年12月前” on a 2021 form, or
 * “2022年6月底” on a one-year 2021 project, is a typo or a copied form.
 * Also: a deadline without a year (“12月底前”) when the form has one, and a date that does
 * not exist (“2021年13月”) — warnings, since the target cannot be checked as written.
 * A year read only from the project code (the year the project entered the library) is a lower
 * bound: only deadlines before it are reported.
 * Values read from an Excel date serial are VAL-06's. Forms without a year are not checked
 * (STR-01 reports the missing year).
 */
import type { Form } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";

function periodYears(form: Extract<Form, { kind: "PT" | "DT" | "PS" }>): [number, number] | undefined {
  const p = form.header.period?.value;
  if (!p) return undefined;
  const years = [...p.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  if (years.length === 0) return undefined;
  return [Math.min(...years), Math.max(...years)];
}

export default defineRule({
  meta: {
    id: "VAL-11",
    severity: "warning",
    forms: ["PT", "DT", "PS"],
    description: {
      "zh-CN": "时效指标的时限应在预算年度（或项目实施期）内。",
      en: "Deadlines lie within the budget year (or the project period).",
    },
    messages: {
      outsideYear: {
        "zh-CN": "{ref} 的时限“{text}”不在预算年度 {year} 年内。请核对年份，本年度指标的时限应在 {year} 年内，如“{year}年12月前”。",
        en: "The deadline “{text}” in {ref} is outside the budget year {year}. Check the year; this year's targets end within {year}, e.g. “{year}年12月前”.",
      },
      outsidePeriod: {
        "zh-CN": "{ref} 的时限“{text}”不在项目实施期（{period}）内。请核对年份。",
        en: "The deadline “{text}” in {ref} is outside the project period ({period}). Check the year.",
      },
      yearMissing: {
        "zh-CN": "{ref} 的时限“{text}”没有写年份。请写明年份，如“{year}年12月前”。",
        en: "The deadline “{text}” in {ref} has no year. Add it, e.g. “{year}年12月前”.",
      },
      invalidDate: {
        "zh-CN": "{ref} 的日期“{text}”不存在（月份或日期超出范围）。请核对日期。",
        en: "The date “{text}” in {ref} does not exist (month or day out of range). Check it.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PT" && form.kind !== "DT" && form.kind !== "PS") return;
    const year = form.header.year?.value;
    const period = periodYears(form);
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "deadline") continue;
      const v = t.value;
      if (v.defects.some((d) => d.code === "excel-date-serial")) continue;
      const data = { ref: t.ref, text: t.text.trim(), year: year ?? "", period: form.header.period?.value ?? "" };
      if (v.defects.some((d) => d.code === "invalid-date")) {
        ctx.report({ messageId: "invalidDate", data, cells: cells(t) });
        continue;
      }
      if (year === undefined) continue;
      // A year read from the project code is the year the project entered the library: the
      // budget year may be later (a multi-year project), so only a deadline before it is wrong.
      if (form.header.year?.from === "code") {
        if (v.year !== undefined && v.year < year) ctx.report({ messageId: "outsideYear", data, cells: cells(t, form.header.year) });
        continue;
      }
      if (v.year === undefined) {
        ctx.report({ messageId: "yearMissing", data, cells: cells(t) });
        continue;
      }
      if (v.year === year) continue;
      const multiYear = period !== undefined && period[1] > period[0];
      if (multiYear && v.year >= period[0] && v.year <= period[1]) continue;
      ctx.report({ messageId: multiYear ? "outsidePeriod" : "outsideYear", data, cells: cells(t, form.header.year) });
    }
  },
});
