/**
 * JS-10 (§5, "Across tables", second): 公开01 本年支出合计 = 公开03 合计 (本年支出合计 column).
 *
 * A workbook rule, reported on 公开01 (the 03 cell joins the finding's cells when both tables
 * share a sheet, and is named in the message always). Either table missing: not checked. Blank
 * counts as 0; both blank is not checked. Tolerance 0.01. The class lines of 01 against the 类
 * rows of 03 are JS-13.
 */
import { defineWorkbookRule } from "../../types";
import { fmt } from "../../support";
import { amount, cellsOn, columnKeys, sameFigure, stated, tablesOf, totalLine, twoSided, where, whereEn } from "./tables";

export default defineWorkbookRule({
  meta: {
    id: "JS-10",
    severity: "error",
    forms: "workbook",
    description: {
      "zh-CN": "公开01表本年支出合计应等于公开03表合计。",
      en: "本年支出合计 of table 01 must equal the total of table 03.",
    },
    messages: {
      totalTail: {
        "zh-CN": "公开01表本年支出合计 {a} 万元与公开03表合计 {b} 万元（{whereB}）相差 {diff} 万元：同一数字在两张表中应完全一致，请核对尾数。",
        en: "本年支出合计 of table 01 ({a}) and the total of table 03 ({b}, {whereBEn}) differ by {diff}: one figure must print the same in both tables; check the last digit.",
      },
      totalDiffers: {
        "zh-CN": "公开01表本年支出合计 {a} 万元不等于公开03表合计 {b} 万元（{whereB}），相差 {diff} 万元。",
        en: "本年支出合计 of table 01 ({a}) does not equal the total of table 03 ({b}, {whereBEn}); the difference is {diff}.",
      },
    },
  },
  checkWorkbook(forms, ctx) {
    const { "01": t01, "03": t03 } = tablesOf(forms);
    if (!t01 || !t03) return;
    const side = twoSided(t01, "expenditure");
    const total03 = totalLine(t03);
    const key01 = columnKeys(t01, "expenditure")[0];
    if (!side || !total03 || key01 === undefined) return;
    const a = side.subtotal.amounts[key01];
    const b = total03.amounts.total;
    if (!stated(a) && !stated(b)) return;
    const same = sameFigure(amount(a), amount(b), ctx.profile.moneyTolerancePerAddend);
    if (same === "same") return;
    ctx.report({
      form: t01,
      messageId: same === "tail" ? "totalTail" : "totalDiffers",
      ...(same === "tail" ? { severity: "warning" as const } : {}),
      data: { a: fmt(amount(a)), b: fmt(amount(b)), whereB: where(t03, b, t01), whereBEn: whereEn(t03, b, t01), diff: fmt(amount(a) - amount(b)) },
      cells: cellsOn(t01, { form: t01, field: a ?? side.subtotal.label }, { form: t03, field: b }),
    });
  },
});
