/**
 * 导出检查报告: the check's result as something to hand a reviewer — a new sheet (the task pane,
 * and `jixiao check --report` in a copy of the workbook) or plain text (copied from the pane).
 *
 * The sheet holds the forms with their counts, then one row per finding: sheet, a link to the
 * cell, rule, severity, message and the suggested fix; printed A4 landscape with the findings'
 * header row repeated on every page. It holds nothing but the workbook's own content and the
 * check's messages.
 */
import { FORM_KIND_NAMES, type FormKind } from "../forms/forms";
import { qualify, toA1 } from "../grid/address";
import type { CellWrite, LayoutOp, WorkbookHost } from "../hosts/host";
import type { Finding, Locale, Severity } from "../rules/types";
import { readStatus } from "./read-outcome";
import { placeText, type PlacedFinding } from "./source-places";

export interface ReportForm {
  kind: FormKind;
  sheet: string;
  range: string;
  title: string;
  /** Essential parts not found: not checked, and said so in the report. */
  missing?: readonly string[];
}

export interface ReportInput {
  forms: readonly ReportForm[];
  /** A finding of a PDF carries its place (page and line), shown instead of the cell. */
  findings: readonly PlacedFinding[];
  /** Parts of sheets that could not be read (not checked). */
  unread?: readonly string[];
  /** How the workbook was read (merged areas resolved, …). */
  notices?: readonly string[];
  /** Findings left out because the workbook ignores their rule on that cell or that form. */
  ignored?: number;
  locale?: Locale;
}

const WORDS = {
  "zh-CN": {
    sheetName: "检查报告",
    title: "绩效表格检查报告",
    summary: (forms: number, total: number, e: number, w: number, i: number) =>
      `共检查 ${forms} 张表格，发现 ${total} 个问题：错误 ${e} 个，警告 ${w} 个，提示 ${i} 个。`,
    formsHead: ["工作表", "表格", "区域", "错误", "警告", "提示"],
    findingsHead: ["工作表", "单元格", "规则", "严重程度", "问题", "建议改为"],
    placeHead: "位置（页、行）",
    severity: { error: "错误", warning: "警告", info: "提示" } as Record<Severity, string>,
    workbook: "（整个工作簿）",
    none: "未发现问题。",
    noneInRead: "读到的内容中未发现问题；未读到的部分没有检查。",
    nothingRead: "没有识别出任何表格，没有做任何检查。",
    missing: (m: string) => `⚠ 未读到：${m}（这些部分没有检查）`,
    unread: "⚠ 无法读取",
    notice: "读取说明",
    ignored: (n: number) => `另有 ${n} 个问题已按本工作簿的设置忽略（在任务窗格中对单元格或表格设置的忽略）。`,
  },
  en: {
    sheetName: "Check report",
    title: "Performance forms check report",
    summary: (forms: number, total: number, e: number, w: number, i: number) =>
      `${forms} form(s) checked, ${total} problem(s): ${e} error(s), ${w} warning(s), ${i} note(s).`,
    formsHead: ["Sheet", "Form", "Range", "Errors", "Warnings", "Notes"],
    findingsHead: ["Sheet", "Cell", "Rule", "Severity", "Problem", "Suggested value"],
    placeHead: "Place (page, line)",
    severity: { error: "error", warning: "warning", info: "note" } as Record<Severity, string>,
    workbook: "(whole workbook)",
    none: "No problems found.",
    noneInRead: "No problems found in what was read; the parts not read were not checked.",
    nothingRead: "No form was recognised: nothing was checked.",
    missing: (m: string) => `⚠ Not found: ${m} (not checked)`,
    unread: "⚠ Could not be read",
    notice: "How it was read",
    ignored: (n: number) => `${n} more problem(s) left out: this workbook ignores them on their cell or form (set in the task pane).`,
  },
};

/** "另有 N 个问题已按本工作簿的设置忽略…": the findings the workbook's cell and form ignores left out. */
export function ignoredSentence(n: number, locale: Locale): string {
  return WORDS[locale].ignored(n);
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function formName(f: ReportForm, locale: Locale): string {
  return f.title.trim() || FORM_KIND_NAMES[f.kind][locale === "en" ? "en" : "zh"];
}

/** The findings of one form (by sheet and range). */
function findingsOf(form: ReportForm, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.sheet === form.sheet && f.form?.range === form.range);
}

/** A finding's cell: its sheet and A1 address (the first cell named), if it has one. */
function cellOf(f: Finding): { sheet: string; ref: string } | undefined {
  const c = f.cells[0];
  return c ? { sheet: c.sheet ?? f.sheet, ref: c.ref } : undefined;
}

/** Text for a HYPERLINK formula's string argument. */
function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The report's rows (values, and HYPERLINK formulas for the cells) and where its parts start. */
export function reportRows(input: ReportInput): { rows: CellWrite[][]; findingsHeader: number } {
  const locale = input.locale ?? "zh-CN";
  const w = WORDS[locale];
  const v = (value: string | number): CellWrite => ({ value });
  const all = counts(input.findings);
  const rows: CellWrite[][] = [
    [v(w.title)],
    [v(w.summary(input.forms.length, input.findings.length, all.error, all.warning, all.info))],
    [],
    w.formsHead.map(v),
  ];
  for (const form of input.forms) {
    const c = counts(findingsOf(form, input.findings));
    rows.push([v(form.sheet), v(formName(form, locale)), v(form.range), v(c.error), v(c.warning), v(c.info)]);
    if (form.missing && form.missing.length > 0) rows.push([v(form.sheet), v(w.missing(form.missing.join("、")))]);
  }
  for (const m of input.unread ?? []) rows.push([v(""), v(`${w.unread}：${m}`)]);
  for (const m of input.notices ?? []) rows.push([v(""), v(`${w.notice}：${m}`)]);
  if (input.ignored) rows.push([v(""), v(w.ignored(input.ignored))]);
  rows.push([]);
  const findingsHeader = rows.length;
  const placed = input.findings.some((f) => f.place);
  rows.push(w.findingsHead.map((h, i) => v(i === 1 && placed ? w.placeHead : h)));
  if (input.findings.length === 0) rows.push([v(""), v(""), v(""), v(""), v(noneText(input))]);
  for (const f of input.findings) {
    const cell = cellOf(f);
    // A PDF's finding names its page and line; the link still leads to the row read from it.
    const shown = f.place ? placeText(f.place, locale) : cell?.ref;
    const link: CellWrite = cell ? { formula: `=HYPERLINK(${quoted(`#${qualify(cell.sheet, cell.ref)}`)},${quoted(shown!)})` } : v("");
    rows.push([v(cell?.sheet ?? (f.sheet || w.workbook)), link, v(f.rule), v(w.severity[f.severity]), v(f.message), v(f.fix ? String(f.fix.value) : "")]);
  }
  return { rows, findingsHeader };
}

/** Nothing found: said as much as was read — never a plain all-clear for a form read in part or a file with no form. */
function noneText(input: ReportInput): string {
  const w = WORDS[input.locale ?? "zh-CN"];
  const status = readStatus(input.forms, input.findings.length, input.unread ?? []);
  return status === "nothing-read" ? w.nothingRead : status === "partial" ? w.noneInRead : w.none;
}

/** The same report as plain text, for pasting into a message or a document. */
export function reportText(input: ReportInput): string {
  const locale = input.locale ?? "zh-CN";
  const w = WORDS[locale];
  const all = counts(input.findings);
  const lines = [w.title, w.summary(input.forms.length, input.findings.length, all.error, all.warning, all.info), ""];
  for (const form of input.forms) {
    const mine = findingsOf(form, input.findings);
    const c = counts(mine);
    lines.push(`${formName(form, locale)}（${form.sheet} ${form.range}）：${w.formsHead[3]} ${c.error}，${w.formsHead[4]} ${c.warning}，${w.formsHead[5]} ${c.info}`);
    if (form.missing && form.missing.length > 0) lines.push(`  ${w.missing(form.missing.join("、"))}`);
  }
  for (const m of input.unread ?? []) lines.push(`${w.unread}：${m}`);
  for (const m of input.notices ?? []) lines.push(`${w.notice}：${m}`);
  if (input.ignored) lines.push(w.ignored(input.ignored));
  lines.push("");
  if (input.findings.length === 0) lines.push(noneText(input));
  for (const f of input.findings) {
    const cell = cellOf(f);
    const where = f.place ? placeText(f.place, locale) : cell ? `${cell.sheet} ${cell.ref}` : f.sheet || w.workbook;
    const fix = f.fix ? `（${w.findingsHead[5]}：${String(f.fix.value)}）` : "";
    lines.push(`${where}\t${w.severity[f.severity]}\t${f.rule}\t${f.message}${fix}`);
  }
  return lines.join("\n");
}

/** Writes the report on a new sheet; resolves to the sheet's name. */
export async function writeCheckReport(host: WorkbookHost, input: ReportInput): Promise<string> {
  const locale = input.locale ?? "zh-CN";
  const { rows, findingsHeader } = reportRows(input);
  const sheet = await host.addSheet(WORDS[locale].sheetName);
  const width = 6;
  const padded = rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => ({ value: null }) as CellWrite)]);
  await host.write(sheet, "A1", padded);
  const head = findingsHeader + 1;
  const last = rows.length;
  const ops: LayoutOp[] = [
    { op: "columnWidth", column: "A", width: 16 },
    { op: "columnWidth", column: "B", width: 22 },
    { op: "columnWidth", column: "C", width: 10 },
    { op: "columnWidth", column: "D", width: 10 },
    { op: "columnWidth", column: "E", width: 60 },
    { op: "columnWidth", column: "F", width: 16 },
    { op: "format", range: "A1", format: { font: { bold: true, size: 14 } } },
    { op: "format", range: `A4:F4`, format: { font: { bold: true }, fill: "#D9E1F2", borders: true } },
    { op: "format", range: `A${head}:F${head}`, format: { font: { bold: true }, fill: "#D9E1F2", borders: true } },
    { op: "format", range: `A${head + 1}:${toA1(last - 1, width - 1)}`, format: { wrap: true, vertical: "top", borders: true } },
    { op: "print", orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: `${head}:${head}` },
  ];
  await host.applyLayout(sheet, ops);
  return sheet;
}
