/**
 * JS-03 (§5, third identity): 收入总计 = 支出总计 on 公开01 — and on 公开04, where the income
 * 总计 (金额) must equal the expenditure 总计's 合计 column. Blank on both sides is not
 * checked; blank on one side counts as 0. Tolerance 0.01.
 */
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { amount, columnKeys, sameAmount, stated, tableName, tableNameEn, twoSided } from "./tables";

export default defineRule({
  meta: {
    id: "JS-03",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "收入总计应等于支出总计（公开01表、公开04表）。",
      en: "The income grand total must equal the expenditure grand total (tables 01 and 04).",
    },
    messages: {
      totalsDiffer: {
        "zh-CN": "{table}收入总计 {income} 万元不等于支出总计 {expenditure} 万元，相差 {diff} 万元。",
        en: "{tableEn}: the income grand total {income} does not equal the expenditure grand total {expenditure}; the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || (form.table !== "01" && form.table !== "04")) return;
    const income = twoSided(form, "income")?.grand;
    const expenditure = twoSided(form, "expenditure")?.grand;
    if (!income || !expenditure) return;
    // The first column of each side: 金额, or 合计 where 04 splits the expenditure by fund.
    const ik = columnKeys(form, "income")[0];
    const ek = columnKeys(form, "expenditure").find((k) => k === "total" || k === "amount") ?? columnKeys(form, "expenditure")[0];
    if (ik === undefined || ek === undefined) return;
    const a = income.amounts[ik];
    const b = expenditure.amounts[ek];
    if (!stated(a) && !stated(b)) return;
    if (sameAmount(amount(a), amount(b), ctx.profile.moneyTolerancePerAddend)) return;
    ctx.report({
      messageId: "totalsDiffer",
      data: { table: tableName(form), tableEn: tableNameEn(form), income: fmt(amount(a)), expenditure: fmt(amount(b)), diff: fmt(amount(a) - amount(b)) },
      cells: cells(a, b),
    });
  },
});
