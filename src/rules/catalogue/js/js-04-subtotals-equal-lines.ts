/**
 * JS-04 (§5, fourth identity): on 公开01 each 合计 = Σ its lines — 本年收入合计 = Σ the income
 * lines above it (财政拨款收入 … 其他收入), 本年支出合计 = Σ the 功能分类 lines above it (一般公共
 * 服务支出 … ), in every amount column. 公开04 has the same two 合计 (and per-fund columns) and
 * is checked the same way; where a balance line of 01/04 is itself stated and has breakdown
 * lines under it (04: 年初/年末财政拨款结转和结余 over 一般公共预算 / 政府性基金 / 国有资本经营),
 * it must equal their sum too.
 *
 * "其中：" lines are parts of the line above and are not added. Blank cells count as 0; a 合计
 * is not checked when it and all its lines are blank. Tolerance 0.01 per stated addend.
 */
import { normLabel } from "../../../recognise/labels";
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, columnKeys, columnLabel, lineName, stated, tableName, tableNameEn, twoSided } from "./tables";

const SIDES: Record<string, { zh: string; en: string }> = { income: { zh: "收入", en: "income" }, expenditure: { zh: "支出", en: "expenditure" } };

export default defineRule({
  meta: {
    id: "JS-04",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "本年收入合计、本年支出合计（及结转结余行）应等于其所列各行之和（公开01表、公开04表，逐列）。",
      en: "本年收入合计 and 本年支出合计 (and the balance lines) must equal the sum of their lines (tables 01 and 04, column by column).",
    },
    messages: {
      subtotalDiffers: {
        "zh-CN": "{table}{column}{line} {total} 万元不等于其上各{side}行之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}{columnEn}: {line} {total} does not equal the sum of the {sideEn} lines above it, {sum}; the difference is {diff}.",
      },
      balanceDiffers: {
        "zh-CN": "{table}{column}{line} {total} 万元不等于其下各行之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}{columnEn}: {line} {total} does not equal the sum of the lines under it, {sum}; the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || (form.table !== "01" && form.table !== "04")) return;
    const tol = ctx.profile.moneyTolerancePerAddend;
    for (const section of ["income", "expenditure"]) {
      const side = twoSided(form, section);
      if (!side) continue;
      const keys = columnKeys(form, section);
      const lines = side.above.filter((l) => !/^其中/.test(normLabel(l.label.value)));
      for (const key of keys) {
        const label = columnLabel(form, section, key);
        const column = keys.length > 1 ? { column: `“${label}”列`, columnEn: `, column “${label}”` } : { column: "", columnEn: "" };
        const base = { table: tableName(form), tableEn: tableNameEn(form), ...column };
        const total = side.subtotal.amounts[key];
        const parts = lines.map((l) => l.amounts[key]).filter(stated);
        if (stated(total) || parts.length > 0) {
          const m = addsUp(total, parts, tol);
          if (!m.ok) {
            ctx.report({
              messageId: "subtotalDiffers",
              data: { ...base, line: lineName(side.subtotal), side: SIDES[section]!.zh, sideEn: SIDES[section]!.en, total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) },
              cells: cells(total ?? side.subtotal.label, ...parts),
            });
          }
        }
        for (const h of side.heads) {
          const own = h.line.amounts[key];
          const subs = h.subs.map((s) => s.amounts[key]).filter(stated);
          if (!stated(own) || subs.length === 0) continue;
          const m = addsUp(own, subs, tol);
          if (m.ok) continue;
          ctx.report({
            messageId: "balanceDiffers",
            data: { ...base, line: lineName(h.line), total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) },
            cells: cells(own, ...subs),
          });
        }
      }
    }
  },
});
