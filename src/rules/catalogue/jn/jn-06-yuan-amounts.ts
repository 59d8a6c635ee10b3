/**
 * JN-06 The 决算情况说明 states amounts in the tables' unit. The nine tables are in 万元; an
 * amount written in 元 in the text (“会议费支出 12,345.00 元”) is either a unit slip or makes the
 * reader convert — the template asks for 万元 throughout. Also a table whose unit line says 元
 * among tables in 万元.
 *
 * Left alone: per-head and unit prices (人均, 每人, 单价, 标准, 元/人), and 元 amounts under 1 万元
 * written with a 万元 equivalent next to them.
 */
import { toHalfWidth } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { cells, fmt } from "../../support";
import { narratives, quote } from "./texts";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

const YUAN = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*元(?!\s*[/／每])/g;

export default defineWorkbookRule({
  meta: {
    id: "JN-06",
    severity: "warning",
    forms: "workbook",
    description: text("决算情况说明中的金额应与决算表一样以万元为单位；各表金额单位应一致。", "Amounts in the narrative must be in 万元 like the tables; all tables must use the same unit."),
    messages: {
      yuanInText: text("说明中“{quote}”以元为单位，而决算表以万元为单位；请写作 {converted} 万元。", "“{quote}” is in 元, but the tables are in 万元; write {converted} 万元."),
      tableInYuan: text("公开{id}表的金额单位为“元”（{quote}），其他决算表为万元，请统一。", "Table {id} is in 元 ({quote}) while the other tables are in 万元; use one unit."),
    },
  },
  checkWorkbook(forms, ctx) {
    const tables = forms.filter((f) => f.kind === "JS");
    const units = tables.map((t) => (t.kind === "JS" ? t.header.moneyUnit?.value : undefined)).filter((u) => u !== undefined);
    const wan = units.filter((u) => u === "万元").length;
    // Without any unit line the national template's 万元 holds.
    const tableUnit = units.length === 0 || wan >= units.length - wan ? "万元" : "元";
    for (const t of tables) {
      if (t.kind !== "JS" || tableUnit !== "万元" || t.header.moneyUnit?.value !== "元") continue;
      ctx.report({ form: t, messageId: "tableInYuan", data: { id: t.table, quote: quote(t.header.moneyUnit.text) }, cells: cells(t.header.moneyUnit) });
    }
    if (tableUnit !== "万元") return;
    for (const n of narratives(forms)) {
      for (const s of n.sections) {
        for (const p of s.paragraphs) {
          const h = toHalfWidth(p.value);
          for (const m of h.matchAll(YUAN)) {
            const before = h.slice(Math.max(0, m.index - 8), m.index);
            if (/人均|每人|每|单价|标准|平均/.test(before)) continue;
            const value = Number((m[1]! + (m[2] ?? "")).replace(/,/g, ""));
            ctx.report({ form: n, messageId: "yuanInText", data: { quote: quote(h, Math.max(0, m.index - 16), m.index + m[0].length), converted: fmt(value / 10000, 4) }, cells: cells(p) });
          }
        }
      }
    }
  },
});
