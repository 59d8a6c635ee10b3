/**
 * JS-05 (§5, fifth identity): 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 +
 * 对附属单位补助支出, row by row (公开03; 公开05 with 基本 + 项目).
 *
 * The same column identity — a row's 合计 column equals the sum of its component columns — is
 * checked wherever a 决算 table has one, with its own message:
 * - 公开08 本年支出小计 = 基本支出 + 项目支出, 公开09 合计 = 基本支出 + 项目支出 (the 05 identity);
 * - 公开02 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入;
 * - 公开04 (支出 side) 合计 = 一般公共预算 + 政府性基金 + 国有资本经营财政拨款.
 * §5 lists only the first; the others are the same check on the other tables and a reviewer
 * reads them the same way, so they share the id rather than take one each.
 *
 * A table with a column the reader could not name (key c1, c2 …) is skipped: an unnamed column
 * may be a component. Rows where the total and all parts are blank are skipped; a blank total
 * with stated parts counts as 0 (and is reported). Tolerance 0.01 per stated addend.
 */
import type { FinalAccountsTableId } from "../../../forms/forms";
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, columnLabel, lineName, stated, tableName, tableNameEn } from "./tables";

interface Identity {
  section: string;
  total: string;
  parts: string[];
  messageId: "expenditureColumns" | "incomeColumns" | "fundColumns";
}

const EXPENDITURE_PARTS = ["basic", "project", "toSuperior", "operating", "toAffiliated"];
const IDENTITIES: Partial<Record<FinalAccountsTableId, Identity>> = {
  "02": { section: "main", total: "total", parts: ["fiscal", "superiorGrant", "service", "operating", "affiliated", "other"], messageId: "incomeColumns" },
  "03": { section: "main", total: "total", parts: EXPENDITURE_PARTS, messageId: "expenditureColumns" },
  "04": { section: "expenditure", total: "total", parts: ["generalBudget", "governmentFund", "stateCapital"], messageId: "fundColumns" },
  "05": { section: "main", total: "total", parts: EXPENDITURE_PARTS, messageId: "expenditureColumns" },
  "08": { section: "main", total: "expenditure", parts: ["basic", "project"], messageId: "expenditureColumns" },
  "09": { section: "main", total: "total", parts: EXPENDITURE_PARTS, messageId: "expenditureColumns" },
};

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

export default defineRule({
  meta: {
    id: "JS-05",
    severity: "error",
    forms: ["JS"],
    description: text(
      "本年支出合计应等于基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出（公开03、05、08、09表逐行）；公开02表收入合计、公开04表支出合计同样应等于各组成列之和。",
      "本年支出合计 must equal 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助支出 row by row (tables 03, 05, 08, 09); likewise the totals of table 02 (by source) and table 04 (by fund).",
    ),
    messages: {
      expenditureColumns: text(
        "{table}“{line}”行：{totalLabel} {total} 万元不等于{parts}之和 {sum} 万元，相差 {diff} 万元。",
        "{tableEn}, line “{line}”: {totalLabel} {total} does not equal the sum of {parts}, {sum}; the difference is {diff}.",
      ),
      incomeColumns: text(
        "{table}“{line}”行：{totalLabel} {total} 万元不等于各收入来源（{parts}）之和 {sum} 万元，相差 {diff} 万元。",
        "{tableEn}, line “{line}”: {totalLabel} {total} does not equal the sum of its sources ({parts}), {sum}; the difference is {diff}.",
      ),
      fundColumns: text(
        "{table}“{line}”行：合计 {total} 万元不等于三类财政拨款（{parts}）之和 {sum} 万元，相差 {diff} 万元。",
        "{tableEn}, line “{line}”: the total {total} does not equal the sum of the three kinds of appropriation ({parts}), {sum}; the difference is {diff}.",
      ),
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS") return;
    const id = IDENTITIES[form.table];
    if (!id) return;
    const keys = form.columns.filter((c) => c.section === id.section).map((c) => c.key);
    if (!keys.includes(id.total) || keys.some((k) => /^c\d+$/.test(k))) return;
    const partKeys = id.parts.filter((k) => keys.includes(k));
    if (partKeys.length === 0) return;
    const parts = partKeys.map((k) => columnLabel(form, id.section, k)).join("、");
    for (const line of form.lines) {
      if (line.section !== id.section) continue;
      const total = line.amounts[id.total];
      const values = partKeys.map((k) => line.amounts[k]).filter(stated);
      if (!stated(total) && values.length === 0) continue;
      const m = addsUp(total, values, ctx.profile.moneyTolerancePerAddend);
      if (m.ok) continue;
      ctx.report({
        messageId: id.messageId,
        data: {
          table: tableName(form),
          tableEn: tableNameEn(form),
          line: line.code ? `${line.code.value} ${lineName(line)}` : lineName(line),
          totalLabel: columnLabel(form, id.section, id.total),
          total: fmt(m.total),
          parts,
          sum: fmt(m.sum),
          diff: fmt(m.diff),
        },
        cells: cells(total ?? line.label, ...values),
      });
    }
  },
});
