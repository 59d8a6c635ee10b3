/**
 * JS-11 (§5, "Across tables", third): 公开04 = 05 + 08 + 09 — the 本年支出合计 of the 财政拨款
 * 收入支出决算总表 by fund equals the table of that fund:
 *   04 一般公共预算财政拨款 = 公开05 合计, 04 政府性基金预算财政拨款 = 公开08 合计 本年支出,
 *   04 国有资本经营预算财政拨款 = 公开09 合计;
 * and where 04 has no per-fund columns, 04 合计 = 05 + 08 + 09 (only when all three are there).
 *
 * An empty table (08, 09 "本表无数据") counts as 0: a fund column of 04 that states money while
 * its table is empty is a real contradiction and is reported; an empty table against a blank
 * column is silent. A missing table is not compared. Reported on 公开04; tolerance 0.01.
 */
import type { FinalAccountsTableId } from "../../../forms/forms";
import type { TracedNumber } from "../../../forms/traced";
import { defineWorkbookRule } from "../../types";
import { fmt } from "../../support";
import { amount, cellsOn, columnKeys, columnLabel, sameFigure, stated, tablesOf, tableName, tableNameEn, totalLine, twoSided, where, whereEn, type JsTable } from "./tables";

const FUNDS: { key: string; table: FinalAccountsTableId; column: string }[] = [
  { key: "generalBudget", table: "05", column: "total" },
  { key: "governmentFund", table: "08", column: "expenditure" },
  { key: "stateCapital", table: "09", column: "total" },
];

/** The 本年支出 total of a fund table: its 合计 line, or 0 for an empty table; undefined when unreadable. */
function fundTotal(t: JsTable, column: string): { value: number; field: TracedNumber | undefined } | undefined {
  const line = totalLine(t);
  const field = line?.amounts[column];
  if (field) return { value: amount(field), field };
  return t.empty ? { value: 0, field: undefined } : undefined;
}

export default defineWorkbookRule({
  meta: {
    id: "JS-11",
    severity: "error",
    forms: "workbook",
    description: {
      "zh-CN": "公开04表本年支出合计按资金性质应分别等于公开05、08、09表的合计。",
      en: "本年支出合计 of table 04, fund by fund, must equal the totals of tables 05, 08 and 09.",
    },
    messages: {
      fundTail: {
        "zh-CN": "公开04表本年支出合计的“{column}” {a} 万元与{table}合计 {b} 万元（{whereB}）相差 {diff} 万元：同一数字在两张表中应完全一致，请核对尾数。",
        en: "本年支出合计 of table 04, column “{column}” ({a}), and the total of {tableEn} ({b}, {whereBEn}) differ by {diff}: one figure must print the same in both tables; check the last digit.",
      },
      fundDiffers: {
        "zh-CN": "公开04表本年支出合计的“{column}” {a} 万元不等于{table}合计 {b} 万元（{whereB}），相差 {diff} 万元。",
        en: "本年支出合计 of table 04, column “{column}” ({a}), does not equal the total of {tableEn} ({b}, {whereBEn}); the difference is {diff}.",
      },
      totalDiffers: {
        "zh-CN": "公开04表本年支出合计 {a} 万元不等于公开05、08、09表合计之和 {b} 万元，相差 {diff} 万元。",
        en: "本年支出合计 of table 04 ({a}) does not equal the totals of tables 05, 08 and 09 together ({b}); the difference is {diff}.",
      },
    },
  },
  checkWorkbook(forms, ctx) {
    const tables = tablesOf(forms);
    const t04 = tables["04"];
    if (!t04) return;
    const side = twoSided(t04, "expenditure");
    if (!side) return;
    const tol = ctx.profile.moneyTolerancePerAddend;
    const keys = columnKeys(t04, "expenditure");
    const byFund = FUNDS.filter((f) => keys.includes(f.key));

    for (const f of byFund) {
      const t = tables[f.table];
      if (!t) continue;
      const b = fundTotal(t, f.column);
      if (!b) continue;
      const a = side.subtotal.amounts[f.key];
      if (!stated(a) && !stated(b.field)) continue;
      const same = sameFigure(amount(a), b.value, tol);
      if (same === "same") continue;
      ctx.report({
        form: t04,
        messageId: same === "tail" ? "fundTail" : "fundDiffers",
        ...(same === "tail" ? { severity: "warning" as const } : {}),
        data: {
          column: columnLabel(t04, "expenditure", f.key),
          a: fmt(amount(a)),
          table: tableName(t),
          tableEn: tableNameEn(t),
          b: fmt(b.value),
          whereB: where(t, b.field, t04),
          whereBEn: whereEn(t, b.field, t04),
          diff: fmt(amount(a) - b.value),
        },
        cells: cellsOn(t04, { form: t04, field: a ?? side.subtotal.label }, { form: t, field: b.field }),
      });
    }

    if (byFund.length > 0) return;
    const totalKey = keys.find((k) => k === "total" || k === "amount");
    if (totalKey === undefined) return;
    const funds = FUNDS.map((f) => (tables[f.table] ? fundTotal(tables[f.table]!, f.column) : undefined));
    if (funds.some((x) => x === undefined)) return;
    const a = side.subtotal.amounts[totalKey];
    const sum = funds.reduce((s, x) => s + x!.value, 0);
    const statedFunds = funds.filter((x) => stated(x!.field)).length;
    if (!stated(a) && statedFunds === 0) return;
    if (Math.abs(amount(a) - sum) <= tol * Math.max(1, statedFunds) + 1e-9) return;
    ctx.report({
      form: t04,
      messageId: "totalDiffers",
      data: { a: fmt(amount(a)), b: fmt(sum), diff: fmt(amount(a) - sum) },
      cells: cellsOn(t04, { form: t04, field: a ?? side.subtotal.label }, ...FUNDS.map((f, i) => ({ form: tables[f.table]!, field: stated(funds[i]!.field) ? funds[i]!.field : undefined }))),
    });
  },
});
