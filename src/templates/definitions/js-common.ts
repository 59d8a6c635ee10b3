/**
 * What the nine 决算 tables share: the heading (title, 公开0N表, 部门 and 金额单位 lines), the
 * 栏次 row, the note under the table, and the builder of the 功能分类 code tables (02, 03, 05,
 * 08, 09), whose lines are 合计 and one row per 科目编码.
 */
import { FINAL_ACCOUNTS_TABLES, type FinalAccountsTableId } from "../../forms/forms";
import { amount, fixed, label, repeat, row, rows, str, text, title, titleOr, yearPrefix, type Model, type RowSpec, type Section, type TemplateDefinition } from "../dsl";

export const JS_NOTES: Record<FinalAccountsTableId, string[]> = {
  "01": ["注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"],
  "02": ["注：本表反映部门本年度取得的各项收入情况。"],
  "03": ["注：本表反映部门本年度各项支出情况。"],
  "04": ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"],
  "05": ["注：本表反映部门本年度一般公共预算财政拨款支出情况。"],
  "06": ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"],
  "07": [
    "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
  ],
  "08": ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"],
  "09": ["注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"],
};

/** Title, "公开0N表", "部门：… | 金额单位：万元". `left` is how many columns the 部门 line takes. */
export function jsHeading(table: FinalAccountsTableId, left: number): Section[] {
  return [
    title(titleOr((m) => `${yearPrefix(m, "年度")}${FINAL_ACCOUNTS_TABLES[table]}`)),
    rows(
      row(fixed(`公开${table}表`, { style: "subtitleRight", span: "rest" })),
      row(
        fixed((c) => `部门：${str(c.model.unit)}`, { style: "subtitle", span: left }),
        fixed((c) => `金额单位：${str(c.model.moneyUnit) || "万元"}`, { style: "subtitleRight", span: "rest" }),
      ),
    ),
  ];
}

/** The note under the table, and the reason the table is empty (08, 09) when there is one. */
export function jsNotes(table: FinalAccountsTableId): Section[] {
  return [
    rows(...JS_NOTES[table].map((n): RowSpec => ({ cells: [fixed(n, { style: "note", span: "rest" })] }))),
    rows({
      cells: [
        text("note", {
          style: "note",
          span: "rest",
          hint: { title: "无数据说明", text: "本表无数据时在此说明原因，如“本单位本年度没有政府性基金收支，故本表无数据。”" },
        }),
      ],
    }),
  ];
}

/** "栏次 | | 1 | 2 …": the column numbers under the header. */
export function lanciRow(labelSpan: number, count: number): RowSpec {
  return row(label("栏次", { span: labelSpan }), ...Array.from({ length: count }, (_, i) => label(String(i + 1))));
}

export interface CodeTableSpec {
  table: FinalAccountsTableId;
  /** Column widths after 科目编码 and 科目名称. */
  amountWidths: readonly number[];
  /** Header rows right of the 项目 / 科目 labels, e.g. 本年支出 over 小计 | 基本支出 | 项目支出. */
  header: (project: ReturnType<typeof label>, codeLabels: ReturnType<typeof label>[]) => RowSpec[];
  /** Column keys of the amounts, left to right (as the recogniser names them). */
  keys: readonly string[];
  description: string;
}

/** A 功能分类 table: 科目编码 | 科目名称 | amounts, a 合计 line first. */
export function codeTable(spec: CodeTableSpec): TemplateDefinition {
  const { table, keys } = spec;
  const header = [...spec.header(label("项目", { span: 2 }), [label("功能分类\n科目编码"), label("科目名称")]), lanciRow(2, keys.length)];
  return {
    kind: "JS",
    layout: table,
    table,
    name: `公开${table}表 ${FINAL_ACCOUNTS_TABLES[table]}`,
    description: spec.description,
    sheetName: () => `公开${table}表`,
    columns: [12, 32, ...spec.amountWidths],
    printTitleRows: (first) => `${first}:${first + header.length - 1}`,
    body: [
      ...jsHeading(table, 2),
      repeat({
        items: "lines",
        header,
        row: row(text("code", { style: "center" }), text("label", { style: "labelLeft" }), ...keys.map((k) => amount(`amounts.${k}`))),
        blank: () => [{ label: "合计" }],
        min: 8,
      }),
      ...jsNotes(table),
    ],
    prepare: (input) => oneSectionLines(input),
  };
}

/**
 * Lines of a one-block table: their section ("main") and 行次 (none) need no cell; a line of
 * another section or with a 行次 cannot be placed as such and is reported.
 */
export function oneSectionLines(input: Model, section = "main"): { model: Model; handled: string[]; unplaced: string[] } {
  const handled: string[] = [];
  const unplaced: string[] = [];
  const lines = Array.isArray(input.lines) ? (input.lines as Model[]) : [];
  lines.forEach((l, i) => {
    if (l.section === undefined || l.section === section) handled.push(`lines[${i}].section`);
    else unplaced.push(`lines[${i}].section`);
    if (typeof l.lineNo === "number") unplaced.push(`lines[${i}].lineNo`);
  });
  return { model: input, handled, unplaced };
}
