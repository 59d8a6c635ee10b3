/**
 * JS-01 (domain reference §5, first identity): 收入总计 = 本年收入合计 + 使用非财政拨款结余 +
 * 年初结转和结余, on the income side of 公开01. 公开04 (财政拨款收入支出决算总表) has the same
 * shape — 总计 = 本年收入合计 + 年初财政拨款结转和结余 — and is checked the same way.
 *
 * The addends are the lines between 本年收入合计 and 总计 whose label names a balance (结余,
 * 结转, older layouts' 用事业基金弥补收支差额); lines under such a line (04: 一般公共预算 /
 * 政府性基金 / 国有资本经营财政拨款 under 年初财政拨款结转和结余) are its breakdown and stand
 * in for it when the balance line itself is blank. Blank cells count as 0; a blank 总计 is not
 * checked (nothing is stated). Tolerance 0.01 per stated addend.
 */
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, columnKeys, headAmounts, lineName, partsText, stated, tableName, tableNameEn, twoSided } from "./tables";

export default defineRule({
  meta: {
    id: "JS-01",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "收入总计应等于本年收入合计 + 使用非财政拨款结余 + 年初结转和结余（公开01表；公开04表同理）。",
      en: "The income grand total must equal 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (table 01; table 04 alike).",
    },
    messages: {
      incomeGrandTotal: {
        "zh-CN": "{table}收入总计 {total} 万元不等于本年收入合计与结转结余之和 {sum} 万元（{parts}），相差 {diff} 万元。",
        en: "{tableEn}: the income grand total {total} does not equal 本年收入合计 plus the balances, {sum} ({parts}); the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || (form.table !== "01" && form.table !== "04")) return;
    const side = twoSided(form, "income");
    if (!side?.grand) return;
    for (const key of columnKeys(form, "income")) {
      const total = side.grand.amounts[key];
      if (!stated(total)) continue;
      const parts = [{ name: lineName(side.subtotal), n: side.subtotal.amounts[key] }];
      for (const h of side.heads) for (const n of headAmounts(h, key)) parts.push({ name: lineName(h.line), n });
      const m = addsUp(total, parts.map((p) => p.n), ctx.profile.moneyTolerancePerAddend);
      if (m.ok) continue;
      ctx.report({
        messageId: "incomeGrandTotal",
        data: { table: tableName(form), tableEn: tableNameEn(form), total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff), parts: partsText(parts) },
        cells: cells(total, ...parts.map((p) => p.n).filter(stated)),
      });
    }
  },
});
