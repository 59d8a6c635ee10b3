/**
 * JN-04 The year and the unit in the titles and headings are the report's own. A 决算 package is
 * one unit's one year; a title or heading naming another year (“第三部分 …2023年度部门决算情况
 * 说明” in a 2024 report), a 国有资产 date “截至2023年12月31日”, or a table header naming another
 * unit is a copy of last year's (or another unit's) text left behind.
 *
 * The report's year is the year its titles and its 说明 name most often (comparisons such as
 * “与2023年度相比” left out); its unit is the unit its titles and headers name most often. A
 * name with placeholders (XX, ××) is JN-05's, not compared here.
 */
import { normLabel, toHalfWidth } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";
import { narratives, PLACEHOLDER, quote, reportYear, yearsIn } from "./texts";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

const unitKey = (s: string): string => normLabel(s).replace(/[（(]本级[)）]$/, "");

export default defineWorkbookRule({
  meta: {
    id: "JN-04",
    severity: "error",
    forms: "workbook",
    description: text("标题、表头和说明中的年度与单位应与本决算一致（不得沿用上年或其他单位的文字）。", "The year and unit in titles, table headers and the narrative must be the report's own (not last year's or another unit's)."),
    messages: {
      titleYear: text("“{quote}”中的年度为 {year} 年，而本决算为 {report} 年度，请改正。", "“{quote}” names {year}, but this is the {report} report; correct it."),
      headingYear: text("说明标题“{quote}”中的年度为 {year} 年，而本决算为 {report} 年度，请核对。", "The heading “{quote}” names {year}, but this is the {report} report; check it."),
      asOfYear: text("说明中“{quote}”的日期不在本决算年度（{report} 年）末，请核对。", "“{quote}” is not the end of the report's year ({report}); check it."),
      unitDiffers: text("“{quote}”中的单位为“{unit}”，而本决算其他标题和表头为“{report}”，请核对。", "“{quote}” names the unit “{unit}”, but the other titles and headers name “{report}”; check it."),
    },
    hints: {
      titleYear: text("常见于沿用上年模板后漏改年份。", "Usually last year's template with the year left unchanged."),
    },
  },
  checkWorkbook(forms, ctx) {
    const report = reportYear(forms);
    const jsjn = forms.filter((f) => f.kind === "JS" || f.kind === "JN");
    if (report !== undefined) {
      for (const f of jsjn) {
        if (f.kind !== "JS" && f.kind !== "JN") continue;
        const y = f.header.year;
        if (y && y.value !== report) ctx.report({ form: f, messageId: "titleYear", data: { quote: quote(y.text), year: y.value, report }, cells: cells(y) });
      }
      for (const n of narratives(forms)) {
        for (const s of n.sections) {
          if (s.level !== 0) {
            const other = yearsIn(s.heading.value).find((y) => y.year !== report);
            if (other) ctx.report({ form: n, messageId: "headingYear", data: { quote: quote(s.heading.value), year: other.year, report }, cells: cells(s.heading) });
          }
          for (const p of s.paragraphs) {
            const h = toHalfWidth(p.value);
            for (const m of h.matchAll(/(截至|截止)(到)?\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g)) {
              if (Number(m[3]) === report) continue;
              ctx.report({ form: n, messageId: "asOfYear", severity: "warning", data: { quote: quote(m[0]), report }, cells: cells(p) });
            }
          }
        }
      }
    }

    // Units: the one named most often is the report's.
    const named = jsjn.flatMap((f) => (f.kind === "JS" || f.kind === "JN") && f.header.unit && !new RegExp(PLACEHOLDER.source).test(f.header.unit.value) ? [{ f, u: f.header.unit }] : []);
    const count = new Map<string, number>();
    for (const { u } of named) count.set(unitKey(u.value), (count.get(unitKey(u.value)) ?? 0) + 1);
    const ranked = [...count].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2 || ranked[0]![1] === ranked[1]![1]) return;
    const main = ranked[0]![0];
    const shown = named.find(({ u }) => unitKey(u.value) === main)!.u.value;
    for (const { f, u } of named) {
      if (unitKey(u.value) === main) continue;
      ctx.report({ form: f, messageId: "unitDiffers", severity: "warning", data: { quote: quote(u.text), unit: u.value, report: shown }, cells: cells(u) });
    }
  },
});
