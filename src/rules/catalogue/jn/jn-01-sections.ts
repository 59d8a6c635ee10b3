/**
 * JN-01 The 决算情况说明 explains every table, section by section, and the package holds all nine
 * tables. The national template (and 上海's) asks for these sections, in this order:
 *
 *   收入支出决算总体情况 (公开01), 收入决算情况 (02), 支出决算情况 (03), 财政拨款收入支出决算总体情况
 *   (04), 一般公共预算财政拨款支出决算情况 (05) with its 总体 / 结构 / 具体 parts, 基本支出 (06),
 *   “三公”经费 (07), 政府性基金 (08), 国有资本经营 (09), 机关运行经费, 政府采购, 国有资产占有使用,
 *   预算绩效管理.
 *
 * A section counts as there when a heading of any level names it ("（一）机关运行经费支出情况"
 * under "十一、其他重要事项" counts). Each missing one is a finding on the 说明's title, naming the
 * table it should explain. When the package holds at least five of the nine tables and a 说明,
 * a table not found is reported too (it may also be a table the reader could not recognise: the
 * message says so).
 */
import { FINAL_ACCOUNTS_TABLES, type FinalAccountsTableId } from "../../../forms/forms";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";
import { tablesOf } from "../js/tables";
import { bareHeading, EXPECTED_SECTIONS, narratives, type ExpectedSection } from "./texts";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

export default defineWorkbookRule({
  meta: {
    id: "JN-01",
    severity: "warning",
    forms: "workbook",
    description: text(
      "决算情况说明应逐表说明（收入支出总体、收入、支出、财政拨款总体、一般公共预算财政拨款支出的总体/结构/具体情况、基本支出、三公、政府性基金、国有资本经营、机关运行经费、政府采购、国有资产、绩效管理），九张公开表应齐全。",
      "The 决算 narrative must explain every table, section by section (overall, income, spending, appropriations, general budget overall/structure/detail, basic spending, 三公, government funds, state capital, 机关运行经费, procurement, assets, performance), and all nine tables must be there.",
    ),
    messages: {
      sectionMissing: text("决算情况说明缺少“{section}”部分{table}，请补充。", "The narrative has no section on {sectionEn}{tableEn}; add it."),
      subsectionMissing: text("决算情况说明的“{parent}”部分缺少“{section}”，请补充。", "The section on {parentEn} has no part on its {sectionEn}; add it."),
      tableMissing: text("决算公开表中未找到公开{id}表“{name}”（或其表样未能识别），请核对九张表是否齐全。", "Table {id} ({name}) is not among the tables (or could not be recognised); check that all nine tables are there."),
    },
    heuristic:
      "Sections are found by the words of any heading (收入支出决算总体, 收入决算, 支出决算, 财政拨款收入支出决算, 财政拨款支出决算 with 总体/结构/具体 headings under it, 基本支出决算, 三公, 政府性基金, 国有资本经营, 机关运行经费, 政府采购, 国有资产, 绩效). " +
      "Measured on seed 003 and the three published 上海 2024 PDFs (text extracted at run time): every section found, nothing reported.",
  },
  checkWorkbook(forms, ctx) {
    const tables = tablesOf(forms);
    const ns = narratives(forms);
    for (const n of ns) {
      const anchor = cells(n.title ?? n.sections[0]?.heading);
      const headings = n.sections.filter((s) => s.level !== 0).map((s) => ({ level: s.level ?? 1, text: bareHeading(s.heading.value) }));
      const report = (e: ExpectedSection, parent?: ExpectedSection): void => {
        if (parent) {
          ctx.report({ form: n, messageId: "subsectionMissing", data: { parent: parent.zh, parentEn: parent.en, section: e.zh, sectionEn: e.en }, cells: anchor });
          return;
        }
        const t = e.table ? `（说明公开${e.table}表）` : "";
        const tEn = e.table ? ` (table ${e.table})` : "";
        ctx.report({ form: n, messageId: "sectionMissing", data: { section: e.zh, sectionEn: e.en, table: t, tableEn: tEn }, cells: anchor });
      };
      for (const e of EXPECTED_SECTIONS) {
        const at = headings.findIndex((h) => e.matches(h.text));
        if (at < 0) {
          report(e);
          continue;
        }
        if (!e.subs) continue;
        // Its parts: the headings after it, down to the next heading of its level or above.
        const own = headings[at]!;
        const under: string[] = [];
        for (const h of headings.slice(at + 1)) {
          if (h.level <= own.level) break;
          under.push(h.text);
        }
        for (const s of e.subs) if (!under.some((h) => s.matches(h))) report(s, e);
      }
    }
    const present = Object.keys(tables).length;
    if (ns.length === 0 || present < 5) return;
    const anchorForm = ns[0]!;
    for (const id of Object.keys(FINAL_ACCOUNTS_TABLES) as FinalAccountsTableId[]) {
      if (tables[id]) continue;
      ctx.report({ form: anchorForm, messageId: "tableMissing", data: { id, name: FINAL_ACCOUNTS_TABLES[id] }, cells: cells(anchorForm.title) });
    }
  },
});
