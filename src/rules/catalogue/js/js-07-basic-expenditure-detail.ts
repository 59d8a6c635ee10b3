/**
 * JS-07 (§5, seventh identity): 公开06 基本支出 = 人员经费 (301 工资福利支出 + 303 对个人和家庭的
 * 补助) + 公用经费 (302 商品和服务支出 + the other economic classes: 307, 309, 310, 399 …), and
 * each class = Σ its items (30101 … under 301).
 *
 * Classes are told apart by code, as the identity defines them (30[13] → 人员经费, any other →
 * 公用经费), not by the column group they sit in. Checked: each class with item lines = Σ items;
 * 人员经费合计 = Σ its classes; 公用经费合计 = Σ its classes; a 合计 / 基本支出合计 line, where the
 * layout has one, = 人员经费合计 + 公用经费合计. Blank cells count as 0; a line is not checked when
 * it and its parts are all blank. Tolerance 0.01 per stated addend (303 30.45 over items adding
 * to 30.44 in seed 003 is a rounding difference, silent).
 */
import type { AccountsLine } from "../../../forms/forms";
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, lineName, stated, tableName, tableNameEn } from "./tables";

const isPersonnel = (code: string): boolean => /^30[13]/.test(code);

export default defineRule({
  meta: {
    id: "JS-07",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "公开06表：基本支出 = 人员经费（301 + 303）+ 公用经费（302 及其他经济分类）；每个经济分类类级 = Σ 其款级。",
      en: "Table 06: basic expenditure = personnel (301 + 303) + public-use expenses (302 and the other classes); each economic class = Σ its items.",
    },
    messages: {
      classDiffers: {
        "zh-CN": "{table}：{code} {name} {total} 万元不等于其下各款之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}: {code} {name} {total} does not equal the sum of its items, {sum}; the difference is {diff}.",
      },
      groupDiffers: {
        "zh-CN": "{table}：{name} {total} 万元不等于{classes}之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}: {name} {total} does not equal the sum of {classes}, {sum}; the difference is {diff}.",
      },
      basicDiffers: {
        "zh-CN": "{table}：{name} {total} 万元不等于人员经费合计与公用经费合计之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}: {name} {total} does not equal 人员经费合计 plus 公用经费合计, {sum}; the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || form.table !== "06") return;
    const tol = ctx.profile.moneyTolerancePerAddend;
    const base = { table: tableName(form), tableEn: tableNameEn(form) };
    const coded = form.lines.filter((l): l is AccountsLine & { code: NonNullable<AccountsLine["code"]> } => l.code !== undefined);
    const classes = coded.filter((l) => l.code.value.length === 3);

    for (const c of classes) {
      const items = coded.filter((l) => l.code.value.length === 5 && l.code.value.startsWith(c.code.value));
      if (items.length === 0) continue;
      const own = c.amounts.amount;
      const parts = items.map((i) => i.amounts.amount).filter(stated);
      if (!stated(own) && parts.length === 0) continue;
      const m = addsUp(own, parts, tol);
      if (m.ok) continue;
      ctx.report({
        messageId: "classDiffers",
        data: { ...base, code: c.code.value, name: lineName(c), total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) },
        cells: cells(own ?? c.label, ...parts),
      });
    }

    const totals = form.lines.filter((l) => !l.code && /合计$/.test(lineName(l)));
    const personnel = totals.find((l) => /人员经费/.test(lineName(l)));
    const publicUse = totals.find((l) => /公用经费/.test(lineName(l)));
    const groups: [AccountsLine | undefined, AccountsLine[]][] = [
      [personnel, classes.filter((c) => isPersonnel(c.code.value))],
      [publicUse, classes.filter((c) => !isPersonnel(c.code.value))],
    ];
    for (const [line, members] of groups) {
      if (!line || members.length === 0) continue;
      const own = line.amounts.amount;
      const parts = members.map((c) => c.amounts.amount).filter(stated);
      if (!stated(own) && parts.length === 0) continue;
      const m = addsUp(own, parts, tol);
      if (m.ok) continue;
      ctx.report({
        messageId: "groupDiffers",
        data: { ...base, name: lineName(line), classes: members.map((c) => c.code?.value ?? "").join(" + "), total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) },
        cells: cells(own ?? line.label, ...parts),
      });
    }

    const basic = totals.find((l) => l !== personnel && l !== publicUse);
    if (basic && (personnel || publicUse)) {
      const own = basic.amounts.amount;
      const parts = [personnel?.amounts.amount, publicUse?.amounts.amount].filter(stated);
      if (stated(own) || parts.length > 0) {
        const m = addsUp(own, parts, tol);
        if (!m.ok) {
          ctx.report({
            messageId: "basicDiffers",
            data: { ...base, name: lineName(basic), total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) },
            cells: cells(own ?? basic.label, ...parts),
          });
        }
      }
    }
  },
});
