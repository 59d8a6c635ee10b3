/**
 * VAL-06 an Excel date serial (44561 = 2021-12-31) where a date was meant: the cell lost its
 * date format, and the clerk and the reviewer see a meaningless number. The parser reads a bare
 * 5-digit integer between 30000 and 60000 as a serial (`excel-date-serial` defect).
 * - under 时效指标, or when the name speaks of a time (时间, 时限, 日期, 期限, 截止, 完成) →
 *   error: a date was meant and is unreadable;
 * - otherwise → warning: it may be a count that lacks its unit (“50000” 人次); the message
 *   asks for either the date or the unit.
 */
import { hasIndicators } from "../../../forms/forms";
import { canonicalLevel2, cells } from "../../support";
import { defineRule } from "../../types";
import { normName } from "./heuristics";

const TIME_NAME = /时间|时限|日期|期限|截止|完成|进度|工期/;

export default defineRule({
  meta: {
    id: "VAL-06",
    severity: "error",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "日期不能显示成 Excel 日期序号（如 44561）。",
      en: "Dates are not shown as Excel date serials (e.g. 44561).",
    },
    heuristic:
      "A bare 5-digit integer 30000–60000 read as a serial by the parser; a date is taken as meant under 时效指标 or when the name says 时间/时限/日期/期限/截止/完成/进度/工期 (error), else the value may be a count without its unit (warning). " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 0 findings — the seeds are text conversions and hold no date serial; the behaviour is tested on built forms.",
    messages: {
      dateSerial: {
        "zh-CN": "{ref} 的“{text}”是 Excel 的日期序号，表示 {date}，单元格丢失了日期格式。请改写成“{date}前”，或把单元格设为日期格式。",
        en: "“{text}” in {ref} is an Excel date serial for {date}; the cell lost its date format. Write “{date}前” or format the cell as a date.",
      },
      maybeDateSerial: {
        "zh-CN": "{ref} 的指标值“{text}”没有单位，看起来像 Excel 日期序号（{date}）。如果是日期，请写成“{date}前”；如果是数量，请加上单位（如“{text}人次”）。",
        en: "The target “{text}” in {ref} has no unit and looks like an Excel date serial ({date}). If it is a date write “{date}前”; if it is a quantity add its unit (e.g. “{text}人次”).",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "deadline" || !t.value.defects.some((d) => d.code === "excel-date-serial")) continue;
      const v = t.value;
      const date = `${v.year ?? ""}年${v.month ?? ""}月${v.day ?? ""}日`;
      const dateMeant = canonicalLevel2(ind.level2.value)?.name === "时效指标" || TIME_NAME.test(normName(ind.level3.value));
      const data = { ref: t.ref, text: t.text.trim(), date };
      if (dateMeant) ctx.report({ messageId: "dateSerial", severity: "error", data, cells: cells(t) });
      else ctx.report({ messageId: "maybeDateSerial", severity: "warning", data, cells: cells(t) });
    }
  },
});
