/**
 * JS-02 (§5, second identity): 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余, on the
 * expenditure side of 公开01; 公开04 alike (总计 = 本年支出合计 + 年末财政拨款结转和结余), in
 * every amount column it has (合计, 一般公共预算, 政府性基金, 国有资本经营).
 *
 * Addends as in JS-01: the balance lines between 本年支出合计 and 总计, a blank balance line
 * replaced by its breakdown lines. Tolerance 0.01 per stated addend.
 */
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, columnKeys, columnLabel, headAmounts, lineName, partsText, stated, tableName, tableNameEn, twoSided } from "./tables";

export default defineRule({
  meta: {
    id: "JS-02",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "支出总计应等于本年支出合计 + 结余分配 + 年末结转和结余（公开01表；公开04表同理，逐列）。",
      en: "The expenditure grand total must equal 本年支出合计 + 结余分配 + 年末结转和结余 (table 01; table 04 alike, column by column).",
    },
    messages: {
      expenditureGrandTotal: {
        "zh-CN": "{table}{column}支出总计 {total} 万元不等于本年支出合计与结余之和 {sum} 万元（{parts}），相差 {diff} 万元。",
        en: "{tableEn}{columnEn}: the expenditure grand total {total} does not equal 本年支出合计 plus the balances, {sum} ({parts}); the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || (form.table !== "01" && form.table !== "04")) return;
    const side = twoSided(form, "expenditure");
    if (!side?.grand) return;
    const keys = columnKeys(form, "expenditure");
    for (const key of keys) {
      const total = side.grand.amounts[key];
      if (!stated(total)) continue;
      const parts = [{ name: lineName(side.subtotal), n: side.subtotal.amounts[key] }];
      for (const h of side.heads) for (const n of headAmounts(h, key)) parts.push({ name: lineName(h.line), n });
      const m = addsUp(total, parts.map((p) => p.n), ctx.profile.moneyTolerancePerAddend);
      if (m.ok) continue;
      const label = columnLabel(form, "expenditure", key);
      ctx.report({
        messageId: "expenditureGrandTotal",
        data: {
          table: tableName(form),
          tableEn: tableNameEn(form),
          column: keys.length > 1 ? `“${label}”列` : "",
          columnEn: keys.length > 1 ? `, column “${label}”` : "",
          total: fmt(m.total),
          sum: fmt(m.sum),
          diff: fmt(m.diff),
          parts: partsText(parts),
        },
        cells: cells(total, ...parts.map((p) => p.n).filter(stated)),
      });
    }
  },
});
