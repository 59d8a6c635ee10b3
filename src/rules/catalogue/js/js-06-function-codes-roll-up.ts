/**
 * JS-06 (§5, sixth identity): 功能分类科目 codes roll up — each 类 (3 digits, 201) = Σ its 款
 * (5 digits, 20103…), each 款 = Σ its 项 (7 digits, 2010301…), and 合计 = Σ 类 — in every amount
 * column of the code tables 02, 03, 05, 08, 09.
 *
 * A line's children are the lines whose code extends its code by one level (20103 under 201,
 * 2010301 under 20103), wherever they sit in the table. A 类 listed without any 款 line (or a
 * 款 without 项) is not checked: there is nothing to add. Blank cells count as 0; a line is not
 * checked when it and all its children are blank. Tolerance 0.01 per stated addend — so 公开03's
 * 合计 项目支出 1,138.54 over 类 lines adding to 1,138.53 is a rounding difference, silent (the
 * tables' own note: 金额单位转换时可能存在尾数误差).
 */
import type { AccountsLine } from "../../../forms/forms";
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, codeLevel, columnLabel, lineName, stated, tableName, tableNameEn, totalLine } from "./tables";

const LEVEL_NAMES = { 1: ["类", "款"], 2: ["款", "项"] } as const;
const LEVEL_NAMES_EN = { 1: ["class", "sub-class"], 2: ["sub-class", "item"] } as const;

export default defineRule({
  meta: {
    id: "JS-06",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "功能分类科目逐级汇总：类 = Σ 款，款 = Σ 项，合计 = Σ 类（公开02、03、05、08、09表，逐列）。",
      en: "功能分类 codes roll up: class = Σ sub-classes, sub-class = Σ items, total = Σ classes (tables 02, 03, 05, 08, 09, column by column).",
    },
    messages: {
      parentDiffers: {
        "zh-CN": "{table}{column}：{level} {code} {name} {total} 万元不等于其下各{childLevel}之和 {sum} 万元（{children}），相差 {diff} 万元。",
        en: "{tableEn}{columnEn}: {levelEn} {code} {name} {total} does not equal the sum of its {childLevelEn}s, {sum} ({children}); the difference is {diff}.",
      },
      totalDiffers: {
        "zh-CN": "{table}{column}：合计 {total} 万元不等于各类之和 {sum} 万元（{children}），相差 {diff} 万元。",
        en: "{tableEn}{columnEn}: the total {total} does not equal the sum of the classes, {sum} ({children}); the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || !["02", "03", "05", "08", "09"].includes(form.table)) return;
    const tol = ctx.profile.moneyTolerancePerAddend;
    const coded = form.lines.filter((l): l is AccountsLine & { code: NonNullable<AccountsLine["code"]> } => l.code !== undefined && codeLevel(l.code.value) !== undefined);
    const total = totalLine(form);
    // Children of each 类/款 by code prefix, found once (a big table has thousands of lines).
    const childrenOf = new Map<string, typeof coded>();
    for (const c of coded) {
      const level = codeLevel(c.code.value)!;
      if (level === 1) continue;
      const parentCode = c.code.value.slice(0, level === 2 ? 3 : 5);
      const list = childrenOf.get(parentCode) ?? [];
      list.push(c);
      childrenOf.set(parentCode, list);
    }
    const keys = form.columns.filter((c) => c.section === "main").map((c) => c.key);
    for (const key of keys) {
      const label = columnLabel(form, "main", key);
      const base = { table: tableName(form), tableEn: tableNameEn(form), column: `“${label}”列`, columnEn: `, column “${label}”` };
      const childText = (ls: AccountsLine[]): string =>
        ls
          .filter((c) => stated(c.amounts[key]))
          .map((c) => `${c.code?.value ?? ""} ${fmt(c.amounts[key]!.value ?? 0)}`)
          .join(" + ") || "0";

      for (const parent of coded) {
        const level = codeLevel(parent.code.value);
        if (level !== 1 && level !== 2) continue;
        const children = childrenOf.get(parent.code.value) ?? [];
        if (children.length === 0) continue;
        const own = parent.amounts[key];
        const parts = children.map((c) => c.amounts[key]).filter(stated);
        if (!stated(own) && parts.length === 0) continue;
        const m = addsUp(own, parts, tol);
        if (m.ok) continue;
        ctx.report({
          messageId: "parentDiffers",
          data: {
            ...base,
            level: LEVEL_NAMES[level][0],
            levelEn: LEVEL_NAMES_EN[level][0],
            childLevel: LEVEL_NAMES[level][1],
            childLevelEn: LEVEL_NAMES_EN[level][1],
            code: parent.code.value,
            name: lineName(parent),
            total: fmt(m.total),
            sum: fmt(m.sum),
            diff: fmt(m.diff),
            children: childText(children),
          },
          cells: cells(own ?? parent.label, ...parts),
        });
      }

      const classes = coded.filter((c) => codeLevel(c.code.value) === 1);
      if (!total || classes.length === 0) continue;
      const own = total.amounts[key];
      const parts = classes.map((c) => c.amounts[key]).filter(stated);
      if (!stated(own) && parts.length === 0) continue;
      const m = addsUp(own, parts, tol);
      if (m.ok) continue;
      ctx.report({
        messageId: "totalDiffers",
        data: { ...base, total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff), children: childText(classes) },
        cells: cells(own ?? total.label, ...parts),
      });
    }
  },
});
