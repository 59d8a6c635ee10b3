/**
 * JN-02 An empty table says why it is empty. A 政府性基金 or 国有资本经营 table (公开08, 09) — or
 * any other 公开 table — without a single amount must be kept in the package and carry a
 * statement such as “本单位无政府性基金预算财政拨款收入和支出，故本表为空表。”, under the table
 * or in its section of the 决算情况说明. And the other way round: a 说明 that says there was no such
 * money while the table shows amounts contradicts it.
 *
 * Tables 07, 08 and 09 are checked (the ones an ordinary department leaves empty); the
 * contradiction only for 08 and 09 (a 说明 may say “无因公出国（境）费” while 三公 has other parts).
 *
 * A statement is a sentence with 无 / 没有 / 未发生 / 不涉及 / 空表 / 无数据 naming the table's money
 * (政府性基金, 国有资本经营, 三公 …), or “本表无数据 / 为空表” under the table itself.
 */
import type { FinalAccountsTableId, Form } from "../../../forms/forms";
import { FINAL_ACCOUNTS_TABLES } from "../../../forms/forms";
import { normLabel, toHalfWidth } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";
import { tablesOf, type JsTable } from "../js/tables";
import { bareHeading, EXPECTED_SECTIONS, narratives, pieces, quote } from "./texts";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

/** The words that name each table's money in a sentence. */
const SUBJECT: Record<FinalAccountsTableId, RegExp> = {
  "01": /收入支出|收支/,
  "02": /收入/,
  "03": /支出/,
  "04": /财政拨款/,
  "05": /一般公共预算/,
  "06": /基本支出/,
  "07": /三公/,
  "08": /政府性基金/,
  "09": /国有资本经营/,
};

const MAY_BE_EMPTY: FinalAccountsTableId[] = ["07", "08", "09"];

const NONE = /(无|没有|未发生|未安排|不涉及)[^。;；,，]{0,30}(收入|支出|收支|经费|数据|资金)|空表|无数据/;

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?；;])/);
}

/** A sentence of the 说明 saying there is no such money, or undefined. */
function statementIn(forms: readonly Form[], id: FinalAccountsTableId): { field: { ref: string; text: string }; sentence: string; form: Form } | undefined {
  for (const p of pieces(forms)) {
    if (p.form.kind !== "JN" || p.role !== "paragraph") continue;
    for (const s of sentences(p.field.value)) {
      const n = normLabel(s);
      if (!SUBJECT[id].test(n) || !NONE.test(n)) continue;
      // "无政府性基金…" must not be about another table's money ("无政府性基金…和国有资本经营…" names both).
      return { field: p.field, sentence: s, form: p.form };
    }
  }
  return undefined;
}

/** Does the 说明's section on this table quote a non-zero amount? */
function amountsQuoted(forms: readonly Form[], id: FinalAccountsTableId): boolean {
  const expected = EXPECTED_SECTIONS.find((e) => e.table === id);
  if (!expected) return false;
  const amount = /(^|[^\d.])(0\.\d*[1-9]|[1-9][\d,]*(\.\d+)?)\s*万元/;
  return narratives(forms).some((n) => {
    // The section and its sub-sections (“（一）” under “七、…三公…”).
    let inside: number | undefined;
    return n.sections.some((s) => {
      const level = s.level ?? 1;
      if (inside !== undefined && level <= inside) inside = undefined;
      if (inside === undefined && expected.matches(bareHeading(s.heading.value))) inside = level;
      return inside !== undefined && s.paragraphs.some((p) => amount.test(toHalfWidth(p.value)));
    });
  });
}

function hasAmounts(t: JsTable): boolean {
  return t.lines.some((l) => Object.values(l.amounts).some((a) => a.value !== null && a.value !== 0));
}

export default defineWorkbookRule({
  meta: {
    id: "JN-02",
    severity: "warning",
    forms: "workbook",
    description: text(
      "空表（如政府性基金、国有资本经营预算财政拨款表）应在表下或决算情况说明中注明原因（如“本单位无…收支，故本表为空表”）；说明称无此项收支时，表中不应有金额。",
      "An empty table (government funds, state capital …) must say why it is empty, under the table or in the narrative; a narrative saying there was no such money must not sit beside a table showing amounts.",
    ),
    messages: {
      emptyWithoutStatement: text(
        "公开{id}表“{name}”没有数据，但表下和决算情况说明中都没有说明原因；请注明（如“本单位无{subject}收支，故本表为空表”）。",
        "Table {id} ({name}) is empty, but neither a note under it nor the narrative says why; add a statement such as “no {subjectEn} income or spending, so this table is empty”.",
      ),
      statementButAmounts: text("决算情况说明称“{quote}”，但公开{id}表“{name}”有金额，二者矛盾。", "The narrative says “{quote}”, but table {id} ({name}) shows amounts."),
    },
  },
  checkWorkbook(forms, ctx) {
    const tables = tablesOf(forms);
    const hasNarrative = narratives(forms).length > 0;
    for (const [id, t] of Object.entries(tables) as [FinalAccountsTableId, JsTable][]) {
      // Only these three are empty in an ordinary package; an empty 01–06 is a reading problem or another finding.
      if (!MAY_BE_EMPTY.includes(id)) continue;
      const subject = normLabel(FINAL_ACCOUNTS_TABLES[id]).replace(/收入支出决算(总)?表$|支出决算表$|决算表$/, "").replace(/[“”"]/g, "");
      if (t.empty) {
        if (t.note) continue;
        if (statementIn(forms, id)) continue;
        // The 说明 reports amounts for it: the table is misread or the amounts are missing from it,
        // which XDOC-03 reports as a contradiction; a statement of emptiness is not what is missing.
        if (amountsQuoted(forms, id)) continue;
        ctx.report({ form: t, messageId: "emptyWithoutStatement", data: { id, name: FINAL_ACCOUNTS_TABLES[id], subject, subjectEn: subject }, cells: cells(t.title ?? t.lines[0]?.label) });
        continue;
      }
      if (!hasNarrative || id === "07" || !hasAmounts(t)) continue;
      const s = statementIn(forms, id);
      if (!s || !/^(本|该)?(部门|单位|局|委|办)?.{0,30}(无|没有|未发生|不涉及)/.test(normLabel(s.sentence))) continue;
      ctx.report({ form: s.form, messageId: "statementButAmounts", data: { quote: quote(s.sentence), id, name: FINAL_ACCOUNTS_TABLES[id] }, cells: cells(s.field) });
    }
  },
});
