/**
 * JS-09 (§5, "Across tables", first): 公开01 本年收入合计 = 公开02 合计 (本年收入合计 column).
 *
 * The sources are compared too, since they pinpoint the line at fault: 公开01's income lines
 * against the 合计 row of 公开02 by column — the 财政拨款 lines of 01 (一般公共预算 + 政府性基金 +
 * 国有资本经营财政拨款收入, or one 财政拨款收入 line) against 02 财政拨款收入, and 上级补助, 事业,
 * 经营, 附属单位上缴, 其他收入 one to one.
 *
 * A workbook rule: it reads both tables wherever they are. The finding is reported on 公开01;
 * the 02 cell is among its cells when both tables share a sheet, and named in the message
 * always. Either table missing: nothing is checked. Blank cells count as 0; both blank is not
 * checked. Tolerance 0.01.
 */
import { defineWorkbookRule } from "../../types";
import { fmt } from "../../support";
import { amount, cellsOn, columnKeys, lineName, sameFigure, stated, tablesOf, totalLine, twoSided, where, whereEn } from "./tables";

const SOURCES: { key: string; re: RegExp; zh: string }[] = [
  { key: "fiscal", re: /财政拨款/, zh: "财政拨款收入" },
  { key: "superiorGrant", re: /^上级补助收入$/, zh: "上级补助收入" },
  { key: "service", re: /^事业收入$/, zh: "事业收入" },
  { key: "operating", re: /^经营收入$/, zh: "经营收入" },
  { key: "affiliated", re: /^附属单位上缴收入$/, zh: "附属单位上缴收入" },
  { key: "other", re: /^其他收入$/, zh: "其他收入" },
];

export default defineWorkbookRule({
  meta: {
    id: "JS-09",
    severity: "error",
    forms: "workbook",
    description: {
      "zh-CN": "公开01表本年收入合计应等于公开02表合计；各收入来源亦应一致。",
      en: "本年收入合计 of table 01 must equal the total of table 02; so must each income source.",
    },
    messages: {
      totalTail: {
        "zh-CN": "公开01表本年收入合计 {a} 万元与公开02表合计 {b} 万元（{whereB}）相差 {diff} 万元：同一数字在两张表中应完全一致，请核对尾数。",
        en: "本年收入合计 of table 01 ({a}) and the total of table 02 ({b}, {whereBEn}) differ by {diff}: one figure must print the same in both tables; check the last digit.",
      },
      totalDiffers: {
        "zh-CN": "公开01表本年收入合计 {a} 万元不等于公开02表合计 {b} 万元（{whereB}），相差 {diff} 万元。",
        en: "本年收入合计 of table 01 ({a}) does not equal the total of table 02 ({b}, {whereBEn}); the difference is {diff}.",
      },
      sourceDiffers: {
        "zh-CN": "公开01表{source} {a} 万元不等于公开02表合计行的{source} {b} 万元（{whereB}），相差 {diff} 万元。",
        en: "{source} in table 01 ({a}) does not equal {source} on the total line of table 02 ({b}, {whereBEn}); the difference is {diff}.",
      },
    },
  },
  checkWorkbook(forms, ctx) {
    const { "01": t01, "02": t02 } = tablesOf(forms);
    if (!t01 || !t02) return;
    const side = twoSided(t01, "income");
    const total02 = totalLine(t02);
    const key01 = columnKeys(t01, "income")[0];
    if (!side || !total02 || key01 === undefined) return;
    const tol = ctx.profile.moneyTolerancePerAddend;

    const a = side.subtotal.amounts[key01];
    const b = total02.amounts.total;
    const same = sameFigure(amount(a), amount(b), tol);
    if ((stated(a) || stated(b)) && same !== "same") {
      ctx.report({
        form: t01,
        messageId: same === "tail" ? "totalTail" : "totalDiffers",
        ...(same === "tail" ? { severity: "warning" as const } : {}),
        data: { a: fmt(amount(a)), b: fmt(amount(b)), whereB: where(t02, b, t01), whereBEn: whereEn(t02, b, t01), diff: fmt(amount(a) - amount(b)) },
        cells: cellsOn(t01, { form: t01, field: a ?? side.subtotal.label }, { form: t02, field: b }),
      });
    }

    const keys02 = columnKeys(t02, "main");
    for (const s of SOURCES) {
      if (!keys02.includes(s.key)) continue;
      const lines = side.above.filter((l) => s.re.test(lineName(l)));
      if (lines.length === 0) continue;
      const parts = lines.map((l) => l.amounts[key01]).filter(stated);
      const bs = total02.amounts[s.key];
      if (parts.length === 0 && !stated(bs)) continue;
      const sum = parts.reduce((x, p) => x + p.value, 0);
      if (Math.abs(sum - amount(bs)) <= tol * Math.max(1, parts.length) + 1e-9) continue;
      ctx.report({
        form: t01,
        messageId: "sourceDiffers",
        data: { source: s.zh, a: fmt(sum), b: fmt(amount(bs)), whereB: where(t02, bs, t01), whereBEn: whereEn(t02, bs, t01), diff: fmt(sum - amount(bs)) },
        cells: cellsOn(t01, ...(parts.length > 0 ? parts : [lines[0]!.amounts[key01] ?? lines[0]!.label]).map((field) => ({ form: t01, field })), { form: t02, field: bs }),
      });
    }
  },
});
