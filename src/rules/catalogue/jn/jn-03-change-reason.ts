/**
 * JN-03 A change on last year comes with its reason. The national template asks, for each
 * amount compared with last year (“较上年增加 N 万元，增长 P%”), the main reason
 * (“主要原因是……”). A sentence comparing with last year that states an increase or a decrease,
 * with no reason in it, in the rest of its paragraph or at the start of the next paragraph, is
 * reported. “持平” and a change of 0 need no reason.
 *
 * A comparison: 与上年/上年度/2023年度 相比, 较上年, 比上年, 同比 … followed in the same sentence by
 * 增加/减少/增长/下降/上升/降低 and an amount or a percentage. A reason: 原因, 主要是, 由于, 因为,
 * 系由/系因, 源于, 导致, 因 (not 因公), 受…影响; “主要用于” says what the money is for, not why it changed.
 *
 * The same for “决算数大于/小于(年初)预算数” (the 一般公共预算 具体情况 and the 三公 section): the
 * template asks for the reason of the difference too.
 */
import { toHalfWidth } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";
import { narratives, quote } from "./texts";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

const COMPARED = /(与|较|比|同)\s*(上年|上一年|去年|(?:19|20)\d{2}\s*年)(度)?(决算数?)?(相比|相较|对比)?|同比/;
/** "决算数大于/小于(年初)预算数": the template asks for its reason as well. */
const BUDGET_DIFF = /决算数?(大于|小于|高于|低于|超过|少于|超出)(年初|全年|调整后)?预算数?/;
const CHANGE = /(增加|减少|增长|下降|上升|降低|减|增)\s*(了)?\s*([\d,.]+)\s*(万元|亿元|元|%|个百分点)/;
// Not 因公 (因公出国) nor 体系/关系, nor 用于 (what the money is for is no reason for a change).
const REASON = /原因|主要是|由于|因为|系(由|因)|源于|导致|因(?![素公])|受.{1,12}影响/;

export default defineWorkbookRule({
  meta: {
    id: "JN-03",
    severity: "warning",
    forms: "workbook",
    description: text(
      "决算情况说明中与上年相比的增减变化、决算数与预算数的差异应说明原因（如“主要原因是……”）。",
      "Every change on last year, and every difference between the actual and the budget, stated in the narrative must come with its reason (“主要原因是……”).",
    ),
    messages: {
      budgetReasonMissing: text("说明中“{quote}”写了决算与预算的差异，但没有说明原因；请补充“主要原因是……”。", "The narrative says “{quote}” but gives no reason for the difference from the budget; add one."),
      reasonMissing: text("说明中“{quote}”写了与上年相比的增减，但没有说明原因；请补充“主要原因是……”。", "The narrative says “{quote}” but gives no reason for the change on last year; add one (“主要原因是……”)."),
    },
    heuristic:
      "A sentence with a comparison with last year (与上年/2023年度相比, 较上年, 比上年, 同比) and an increase or decrease of a non-zero amount or percentage; a reason is looked for in the rest of the paragraph and the next paragraph of its section (原因, 主要是, 由于, 因为, 导致, 受…影响 …). " +
      "Measured on seed 003 and the three published 上海 2024 PDFs: every change there comes with a reason; nothing reported.",
  },
  checkWorkbook(forms, ctx) {
    for (const n of narratives(forms)) {
      for (const s of n.sections) {
        s.paragraphs.forEach((p, i) => {
          const h = toHalfWidth(p.value);
          const parts = h.split(/(?<=[。!?；;])/);
          // The next paragraph gives the reason only when it opens with it (a PDF page break: “主要原因：…”).
          const following = toHalfWidth(s.paragraphs[i + 1]?.value ?? "").slice(0, 12);
          const next = REASON.test(following) ? following : "";
          let offset = 0;
          for (let k = 0; k < parts.length; k++) {
            const sentence = parts[k]!;
            const start = offset;
            offset += sentence.length;
            const b = BUDGET_DIFF.exec(sentence);
            if (b) {
              if (!REASON.test(h.slice(start) + next)) ctx.report({ form: n, messageId: "budgetReasonMissing", data: { quote: quote(p.value, start, start + sentence.length, 60) }, cells: cells(p) });
              continue;
            }
            const c = COMPARED.exec(sentence);
            if (!c) continue;
            const m = CHANGE.exec(sentence.slice(c.index));
            if (!m || Number(m[3]!.replace(/,/g, "")) === 0) continue;
            if (REASON.test(h.slice(start) + next)) continue;
            ctx.report({ form: n, messageId: "reasonMissing", data: { quote: quote(p.value, start, start + sentence.length, 60) }, cells: cells(p) });
          }
        });
      }
    }
  },
});
