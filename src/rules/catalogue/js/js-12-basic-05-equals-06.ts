/**
 * JS-12 (§5, "Across tables", fourth): 公开05 基本支出 (合计 row) = 公开06 total.
 *
 * 06's total is its 合计 / 基本支出合计 line where the layout has one, else 人员经费合计 +
 * 公用经费合计, else the sum of its economic classes (301, 302, 303, …). Reported on 公开05; the
 * 06 cells join the finding when both share a sheet and are named in the message always.
 * Either table missing: not checked. Tolerance 0.01 per stated addend of 06's total.
 */
import type { TracedNumber } from "../../../forms/traced";
import { defineWorkbookRule } from "../../types";
import { fmt } from "../../support";
import { amount, cellsOn, lineName, stated, tablesOf, totalLine, where, whereEn, type JsTable } from "./tables";

function detailTotal(t06: JsTable): { value: number; fields: TracedNumber[]; how: string; howEn: string } | undefined {
  const totals = t06.lines.filter((l) => !l.code && /合计$/.test(lineName(l)));
  const all = totals.find((l) => !/人员经费|公用经费/.test(lineName(l)));
  if (all?.amounts.amount) return { value: amount(all.amounts.amount), fields: [all.amounts.amount], how: lineName(all), howEn: lineName(all) };
  const groups = totals.map((l) => l.amounts.amount).filter((n): n is TracedNumber => n !== undefined);
  if (groups.length > 0) {
    return { value: groups.reduce((s, n) => s + amount(n), 0), fields: groups, how: "人员经费合计 + 公用经费合计", howEn: "personnel + public-use totals" };
  }
  const classes = t06.lines.filter((l) => l.code && l.code.value.length === 3).map((l) => l.amounts.amount).filter(stated);
  if (classes.length === 0) return t06.empty ? { value: 0, fields: [], how: "各经济分类之和", howEn: "sum of the classes" } : undefined;
  return { value: classes.reduce((s, n) => s + n.value, 0), fields: classes, how: "各经济分类之和", howEn: "sum of the classes" };
}

export default defineWorkbookRule({
  meta: {
    id: "JS-12",
    severity: "error",
    forms: "workbook",
    description: {
      "zh-CN": "公开05表合计行的基本支出应等于公开06表基本支出合计（人员经费 + 公用经费）。",
      en: "The basic expenditure on the total line of table 05 must equal the total of table 06 (personnel + public-use).",
    },
    messages: {
      basicDiffers: {
        "zh-CN": "公开05表合计行的基本支出 {a} 万元不等于公开06表{how} {b} 万元（{whereB}），相差 {diff} 万元。",
        en: "The basic expenditure on the total line of table 05 ({a}) does not equal table 06's {howEn} ({b}, {whereBEn}); the difference is {diff}.",
      },
    },
  },
  checkWorkbook(forms, ctx) {
    const { "05": t05, "06": t06 } = tablesOf(forms);
    if (!t05 || !t06) return;
    const line = totalLine(t05);
    const a = line?.amounts.basic;
    if (!line || !a) return;
    const b = detailTotal(t06);
    if (!b) return;
    const statedB = b.fields.filter(stated);
    if (!stated(a) && statedB.length === 0) return;
    if (Math.abs(amount(a) - b.value) <= ctx.profile.moneyTolerancePerAddend * Math.max(1, statedB.length) + 1e-9) return;
    const refs = statedB.map((f) => where(t06, f, t05)).join("、") || where(t06, undefined, t05);
    const refsEn = statedB.map((f) => whereEn(t06, f, t05)).join(", ") || whereEn(t06, undefined, t05);
    ctx.report({
      form: t05,
      messageId: "basicDiffers",
      data: { a: fmt(amount(a)), b: fmt(b.value), how: b.how, howEn: b.howEn, whereB: refs, whereBEn: refsEn, diff: fmt(amount(a) - b.value) },
      cells: cellsOn(t05, { form: t05, field: a }, ...statedB.map((field) => ({ form: t06, field }))),
    });
  },
});
