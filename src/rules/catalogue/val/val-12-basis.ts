/**
 * VAL-12 指标值确定依据, where the form has that column (河北 layouts, seeds 001 and 004): each
 * row names its basis — 计划标准, 行业标准, 历史标准, 其他标准 — or a document, contract or
 * plan it comes from.
 * - missing: the cell is blank;
 * - copiesName: the cell repeats the 三级 name (seed 004 does this on every row) — compared
 *   with copiesName (equal after normalising, or one inside the other covering ≥ 60%);
 * - notStandard: text that names no standard and no source (see STANDARD_BASIS).
 * When every row of a table has the same problem (the whole column blank, or the whole column
 * a copy of the names) it is reported once for the table, with all the column's cells, rather
 * than once per row. Empty template rows are STR-07's and skipped.
 */
import type { Indicator } from "../../../forms/indicator";
import { FORM_KIND_NAMES, hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { copiesName, isEmptyTemplateRow, normName } from "./heuristics";

/** Words of a standard basis or of a source a basis may cite. */
const STANDARD_BASIS =
  /标准|规定|办法|制度|文件|合同|协议|规划|计划|方案|历史|往年|上年|以前年度|预算|测算|行业|实际|需求|要求|政策|通知|意见|批复|统计|经验|定额|规范|条例|指南|任务|考核|数据|指标库|参照|依据|按照|根据|法$|法》/;

type Problem = "ok" | "missing" | "copiesName" | "notStandard";

function classify(ind: Indicator): Problem {
  const basis = ind.basis?.value.trim() ?? "";
  if (basis === "") return "missing";
  if (copiesName(basis, ind.level3.value)) return "copiesName";
  return STANDARD_BASIS.test(normName(basis)) ? "ok" : "notStandard";
}

export default defineRule({
  meta: {
    id: "VAL-12",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "有“指标值确定依据”一列时，应逐项写明依据（计划标准、行业标准、历史标准或其他标准）。",
      en: "Where the form has a basis column, each row states its basis (plan, industry, historical or other standard).",
    },
    heuristic:
      "Checked only where the indicator table has a 指标值确定依据 column. Blank → missing; equal to the 三级 name after normalising, or one inside the other covering ≥ 60% → copy; otherwise text must contain a standard or source word (标准, 规定, 办法, 文件, 合同, 计划, 方案, 历史, 上年, 预算, 测算, 行业, 依据 …). A whole column with one problem is one finding per table. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 15 findings — 001: 9 tables with the whole column blank (27 cells); 004: 6 tables whose column repeats the 三级 names (54 cells, incl. “设备购置类项目持续使用时间（年）” against the truncated name “…（年”). " +
      "Judged: all 15 right, 0 false positives; no seed has a non-standard basis text, so notStandard is tested on built forms only.",
    messages: {
      columnEmpty: {
        "zh-CN": "“{title}”的“指标值确定依据”一列（{first} 至 {last}）全部没有填写。请逐项写明依据：计划标准、行业标准、历史标准或其他标准（可注明具体文件）。",
        en: "The basis column of “{titleEn}” ({first} to {last}) is entirely blank. State each row's basis: plan, industry, historical or other standard (naming the document if any).",
      },
      columnCopiesNames: {
        "zh-CN": "“{title}”的“指标值确定依据”一列（{first} 至 {last}）只是重复了三级指标名称，没有写出依据。请逐项改为计划标准、行业标准、历史标准或其他标准（可注明具体文件）。",
        en: "The basis column of “{titleEn}” ({first} to {last}) only repeats the indicator names. State each row's basis: plan, industry, historical or other standard (naming the document if any).",
      },
      missing: {
        "zh-CN": "{ref} 没有填写指标值确定依据（三级指标“{name}”）。请写明依据：计划标准、行业标准、历史标准或其他标准。",
        en: "{ref} gives no basis for the target of “{name}”. State it: plan, industry, historical or other standard.",
      },
      copiesName: {
        "zh-CN": "{ref} 的指标值确定依据“{basis}”只是重复了三级指标名称，没有写出依据。请改为计划标准、行业标准、历史标准或其他标准。",
        en: "The basis “{basis}” in {ref} only repeats the indicator's name. State the basis: plan, industry, historical or other standard.",
      },
      notStandard: {
        "zh-CN": "{ref} 的指标值确定依据“{basis}”看不出是哪种依据。请写明计划标准、行业标准、历史标准或其他标准（可注明具体文件）。",
        en: "The basis “{basis}” in {ref} names no kind of standard. State plan, industry, historical or other standard (naming the document if any).",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    const rows = form.indicators.filter((ind) => ind.basis !== undefined && !isEmptyTemplateRow(ind));
    if (rows.length === 0) return;
    const problems = rows.map(classify);
    const first = rows[0]!.basis!;
    const last = rows[rows.length - 1]!.basis!;
    const whole = { title: form.title?.value || FORM_KIND_NAMES[form.kind].zh, titleEn: form.title?.value || FORM_KIND_NAMES[form.kind].en, first: first.ref, last: last.ref };
    const all = (p: Problem): boolean => rows.length >= 2 && problems.every((x) => x === p);
    if (all("missing")) {
      ctx.report({ messageId: "columnEmpty", data: whole, cells: cells(...rows.map((r) => r.basis)) });
      return;
    }
    if (all("copiesName")) {
      ctx.report({ messageId: "columnCopiesNames", data: whole, cells: cells(...rows.map((r) => r.basis)) });
      return;
    }
    rows.forEach((ind, i) => {
      const p = problems[i];
      if (p === "ok" || p === undefined) return;
      const data = { ref: ind.basis!.ref, name: ind.level3.value.trim(), basis: ind.basis!.value.trim() };
      ctx.report({ messageId: p, data, cells: cells(ind.basis, ind.level3) });
    });
  },
});
