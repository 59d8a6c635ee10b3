/**
 * JS-13 — the thirteenth identity, chosen here. §5 lists twelve identities (four on 公开01, one
 * by column, the 功能分类 roll-up, 06, 07, and four across tables; its last bullet is the
 * narrative, which is XDOC-03). The thirteenth is the one §5 implies but does not spell out:
 * the summary tables and the detail tables break the year's spending down by the same 功能分类
 * 类, so the class lines must agree, not only the totals (JS-10, JS-11):
 *
 *   公开01 支出 side, each class line (一、一般公共服务支出 …)   = 公开03 类 row, 本年支出合计;
 *   公开04 支出 side, 一般公共预算财政拨款 column, each class   = 公开05 类 row, 合计;
 *   公开04 支出 side, 政府性基金预算财政拨款 column, each class = 公开08 类 row, 本年支出;
 *   公开04 支出 side, 国有资本经营预算财政拨款 column           = 公开09 类 row, 合计.
 *
 * Classes are matched by name (numbering, "（类）" and a trailing "支出" removed, brackets
 * half-width): 01/04 print names, not codes. A class that states money on one side but has no
 * line of that name on the other is reported as a warning (a wording difference between
 * template years can cause it; an amount difference is an error). An empty detail table (08,
 * 09) counts as 0; a missing table is not compared. Reported on the summary table (01 / 04).
 * Tolerance 0.01.
 */
import type { AccountsLine } from "../../../forms/forms";
import { normLabel } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { fmt } from "../../support";
import { amount, cellsOn, classLines, columnKeys, columnLabel, functionName, lineName, sameFigure, stated, tablesOf, tableName, tableNameEn, twoSided, where, whereEn } from "./tables";

interface Pair {
  summary: "01" | "04";
  /** Column of the summary's expenditure side; undefined: its first column. */
  key: string | undefined;
  detail: "03" | "05" | "08" | "09";
  detailKey: string;
}

const PAIRS: Pair[] = [
  { summary: "01", key: undefined, detail: "03", detailKey: "total" },
  { summary: "04", key: "generalBudget", detail: "05", detailKey: "total" },
  { summary: "04", key: "governmentFund", detail: "08", detailKey: "expenditure" },
  { summary: "04", key: "stateCapital", detail: "09", detailKey: "total" },
];

export default defineWorkbookRule({
  meta: {
    id: "JS-13",
    severity: "error",
    forms: "workbook",
    description: {
      "zh-CN": "总表与明细表的功能分类类级金额应一致：公开01表各类支出 = 公开03表类级；公开04表各类支出按资金性质 = 公开05、08、09表类级。",
      en: "Class lines must agree between summary and detail tables: table 01 by class = the class rows of table 03; table 04 by class and fund = the class rows of tables 05, 08 and 09.",
    },
    messages: {
      classTail: {
        "zh-CN": "{summary}{column}“{name}” {a} 万元与{detail}类级 {code} {b} 万元（{whereB}）相差 {diff} 万元：同一数字在两张表中应完全一致，请核对尾数。",
        en: "{summaryEn}{columnEn}: “{name}” ({a}) and the class row {code} of {detailEn} ({b}, {whereBEn}) differ by {diff}: one figure must print the same in both tables; check the last digit.",
      },
      classDiffers: {
        "zh-CN": "{summary}{column}“{name}” {a} 万元不等于{detail}类级 {code} {b} 万元（{whereB}），相差 {diff} 万元。",
        en: "{summaryEn}{columnEn}: “{name}” ({a}) does not equal the class row {code} of {detailEn} ({b}, {whereBEn}); the difference is {diff}.",
      },
      classMissingInDetail: {
        "zh-CN": "{summary}{column}列有“{name}” {a} 万元，但{detail}没有这一类级科目。",
        en: "{summaryEn}{columnEn} shows “{name}” ({a}), but {detailEn} has no class row of that name.",
      },
      classMissingInSummary: {
        "zh-CN": "{detail}有类级科目 {code} {name} {b} 万元，但{summary}{column}没有这一类支出的金额。",
        en: "{detailEn} has the class row {code} {name} ({b}), but {summaryEn}{columnEn} shows no amount for that class.",
      },
    },
  },
  checkWorkbook(forms, ctx) {
    const tables = tablesOf(forms);
    const tol = ctx.profile.moneyTolerancePerAddend;
    for (const p of PAIRS) {
      const s = tables[p.summary];
      const d = tables[p.detail];
      if (!s || !d) continue;
      const side = twoSided(s, "expenditure");
      const keys = columnKeys(s, "expenditure");
      const key = p.key ?? keys[0];
      if (!side || key === undefined || !keys.includes(key)) continue;
      if (d.lines.length > 0 && !d.columns.some((c) => c.key === p.detailKey)) continue;

      const label = columnLabel(s, "expenditure", key);
      const base = {
        summary: tableName(s),
        summaryEn: tableNameEn(s),
        detail: tableName(d),
        detailEn: tableNameEn(d),
        column: p.key ? `“${label}”` : "",
        columnEn: p.key ? `, column “${label}”` : "",
      };
      const lines = side.above.filter((l) => !/^其中/.test(normLabel(l.label.value)) && lineName(l) !== "");
      const classes: AccountsLine[] = classLines(d);
      const matched = new Set<AccountsLine>();

      for (const l of lines) {
        const name = functionName(l.label.value);
        const a = l.amounts[key];
        const c = classes.find((x) => functionName(x.label.value) === name);
        if (c) matched.add(c);
        const b = c?.amounts[p.detailKey];
        if (!c) {
          if (stated(a) && a.value !== 0 && (classes.length > 0 || d.empty)) {
            ctx.report({ form: s, messageId: "classMissingInDetail", severity: "warning", data: { ...base, name: lineName(l), a: fmt(a.value) }, cells: cellsOn(s, { form: s, field: a }) });
          }
          continue;
        }
        if (!stated(a) && !stated(b)) continue;
        const same = sameFigure(amount(a), amount(b), tol);
        if (same === "same") continue;
        ctx.report({
          form: s,
          messageId: same === "tail" ? "classTail" : "classDiffers",
          ...(same === "tail" ? { severity: "warning" as const } : {}),
          data: { ...base, name: lineName(l), a: fmt(amount(a)), code: c.code?.value ?? "", b: fmt(amount(b)), whereB: where(d, b, s), whereBEn: whereEn(d, b, s), diff: fmt(amount(a) - amount(b)) },
          cells: cellsOn(s, { form: s, field: a ?? l.label }, { form: d, field: b }),
        });
      }

      if (lines.length === 0) continue;
      for (const c of classes) {
        if (matched.has(c)) continue;
        const b = c.amounts[p.detailKey];
        if (!stated(b) || b.value === 0) continue;
        ctx.report({
          form: s,
          messageId: "classMissingInSummary",
          severity: "warning",
          data: { ...base, code: c.code?.value ?? "", name: lineName(c), b: fmt(b.value) },
          cells: cellsOn(s, { form: d, field: b }),
        });
      }
    }
  },
});

