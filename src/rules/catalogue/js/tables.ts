/**
 * Helpers shared by the JS rules (部门决算 公开01–09) and by XDOC-03, which quotes the same
 * tables: finding a table's lines by label or 功能分类 code, amounts with blanks as 0, sums with
 * the profile's rounding tolerance counted per stated addend, and finding cells that stay on the
 * sheet a finding is reported on.
 *
 * Tolerance: amounts are printed with 2 decimals, so a total may differ from the sum of its
 * printed parts by up to 0.01 per addend (`moneyTolerancePerAddend`). Only stated (non-blank)
 * addends count: a blank cell is an exact 0 and brings no rounding of its own. A difference
 * within tolerance is a rounding difference, never reported: the national template prints
 * "本套报表金额单位转换时可能存在尾数误差" under 公开01 for exactly this reason.
 */
import { FINAL_ACCOUNTS_TABLES, type AccountsLine, type FinalAccountsTableForm, type FinalAccountsTableId, type Form } from "../../../forms/forms";
import type { TracedNumber } from "../../../forms/traced";
import { normLabel } from "../../../recognise/labels";
import { fmt, sumMatches } from "../../support";
import type { FindingCell } from "../../types";

export type JsTable = FinalAccountsTableForm;

export function isJsTable(f: Form): f is JsTable {
  return f.kind === "JS";
}

/**
 * The 决算 tables of a workbook by id. A workbook holds one unit's 决算; when a table occurs
 * twice (a copy on another sheet), the first one read is the one compared.
 */
export function tablesOf(forms: readonly Form[]): Partial<Record<FinalAccountsTableId, JsTable>> {
  const out: Partial<Record<FinalAccountsTableId, JsTable>> = {};
  for (const f of forms) if (isJsTable(f) && !out[f.table]) out[f.table] = f;
  return out;
}

/** "公开03表" */
export function tableName(t: JsTable | FinalAccountsTableId): string {
  return `公开${typeof t === "string" ? t : t.table}表`;
}

/** "Table 03" */
export function tableNameEn(t: JsTable | FinalAccountsTableId): string {
  return `table ${typeof t === "string" ? t : t.table}`;
}

export function tableTitle(id: FinalAccountsTableId): string {
  return FINAL_ACCOUNTS_TABLES[id];
}

/**
 * The sheet to name before a cell of table `t`: only when it differs from `from`'s and does not
 * already say which table it is (a sheet called 公开05表 would read "公开05表 公开05表!C13").
 */
function sheetPrefix(t: JsTable, from: Form | undefined): string {
  return from && from.sheet !== t.sheet && !t.sheet.includes(tableName(t)) ? `${t.sheet}!` : "";
}

/** Where a cell is, for messages: "公开03表 E188" (the sheet too when it differs from `from`). */
export function where(t: JsTable, field: { ref: string } | undefined, from?: Form): string {
  const sheet = sheetPrefix(t, from);
  return field ? `${tableName(t)} ${sheet}${field.ref}` : tableName(t);
}

export function whereEn(t: JsTable, field: { ref: string } | undefined, from?: Form): string {
  const sheet = sheetPrefix(t, from);
  return field ? `${tableNameEn(t)} ${sheet}${field.ref}` : tableNameEn(t);
}

/** A line's label without numbering ("一、", "（一）", "1.") and "其中：", normalised. */
export function lineName(l: AccountsLine): string {
  return normLabel(l.label.value)
    .replace(/^[一二三四五六七八九十]+[、.]/, "")
    .replace(/^\([一二三四五六七八九十\d]+\)/, "")
    .replace(/^\d+[、.]/, "")
    .replace(/^其中[:：]?/, "");
}

export type Stated = TracedNumber & { value: number };

/** A number that is there (not blank, not unreadable). */
export function stated(n: TracedNumber | undefined): n is Stated {
  return n !== undefined && n.value !== null;
}

/** The value, blank as 0. */
export function amount(n: TracedNumber | undefined): number {
  return n?.value ?? 0;
}

/** Lines of one section in row order. */
export function sectionLines(t: JsTable, section: string): AccountsLine[] {
  return t.lines.filter((l) => l.section === section);
}

/** The first line of a section whose name matches. */
export function findLine(t: JsTable, section: string | undefined, re: RegExp): AccountsLine | undefined {
  return t.lines.find((l) => (section === undefined || l.section === section) && re.test(lineName(l)));
}

/** Column keys of a section, in table order. */
export function columnKeys(t: JsTable, section: string): string[] {
  return t.columns.filter((c) => c.section === section).map((c) => c.key);
}

export function columnLabel(t: JsTable, section: string, key: string): string {
  return t.columns.find((c) => c.section === section && c.key === key)?.label ?? key;
}

/** The 合计 / 总计 line of a code table (02, 03, 05, 08, 09): the line without a code. */
export function totalLine(t: JsTable): AccountsLine | undefined {
  return t.lines.find((l) => !l.code && /^(合计|总计)$/.test(lineName(l)));
}

/** 功能分类 level by code length: 类 (3 digits), 款 (5), 项 (7). */
export function codeLevel(code: string): 1 | 2 | 3 | undefined {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

/** The 类 lines of a code table. */
export function classLines(t: JsTable): AccountsLine[] {
  return t.lines.filter((l) => l.code && codeLevel(l.code.value) === 1);
}

/**
 * A 功能分类 name for matching across tables and text: no numbering, half-width brackets, no
 * "（类）" marks and no trailing "支出" ("一、一般公共服务支出" → "一般公共服务").
 */
export function functionName(s: string): string {
  return normLabel(s)
    .replace(/^[一二三四五六七八九十]+[、.]/, "")
    .replace(/\((类|款|项)\)/g, "")
    .replace(/支出$/, "");
}

export interface SumCheck {
  ok: boolean;
  total: number;
  sum: number;
  diff: number;
}

/**
 * Does `total` equal the sum of `parts` within 0.01 (the profile's tolerance) per stated addend?
 * Blank parts count as 0, a blank total as 0.
 */
export function addsUp(total: TracedNumber | undefined, parts: readonly (TracedNumber | undefined)[], perAddend: number): SumCheck {
  const values = parts.filter(stated).map((p) => p.value);
  const m = sumMatches(amount(total), values.length > 0 ? values : [0], perAddend);
  return { ok: m.ok, total: amount(total), sum: m.sum, diff: m.diff };
}

/**
 * One figure printed in two tables (01 and 03 本年支出合计, a class line in 04 and 05): both are the
 * same sum in 元 rounded to 万元, so they print the same. "same" when equal; "tail" when they
 * differ by no more than one addend's tolerance (0.01) — a slip in the last digit, reported as a
 * warning; "differs" beyond.
 */
export function sameFigure(a: number, b: number, perAddend: number): "same" | "tail" | "differs" {
  const d = Math.abs(a - b);
  if (d <= 1e-6) return "same";
  return d <= perAddend + 1e-9 ? "tail" : "differs";
}

/** Two amounts equal within one addend's tolerance. */
export function sameAmount(a: number, b: number, perAddend: number): boolean {
  return Math.abs(a - b) <= perAddend + 1e-9;
}

/** "名称 12.3 + 名称 4.5" for messages (stated parts only; "0" when none). */
export function partsText(parts: readonly { name: string; n: TracedNumber | undefined }[]): string {
  const s = parts.filter((p) => stated(p.n)).map((p) => `${p.name} ${fmt(amount(p.n))}`);
  return s.length > 0 ? s.join(" + ") : "0";
}

/**
 * Finding cells that lie on the reported form's sheet. A finding carries one sheet; cells of a
 * table on another sheet are named in the message instead (see `where`).
 */
export function cellsOn(target: Form, ...items: ({ form: Form; field: { ref: string; text: string } | undefined } | undefined)[]): FindingCell[] {
  const out: FindingCell[] = [];
  for (const it of items) {
    if (!it?.field || it.form.sheet !== target.sheet) continue;
    if (!out.some((c) => c.ref === it.field!.ref)) out.push({ ref: it.field.ref, text: it.field.text });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The two-sided tables 01 and 04: 本年合计, the balance lines after it, 总计

const SUBTOTAL = /^本年(收入|支出)合计$|^(收入|支出)合计$/;
const GRAND = /^(收入|支出)?总计$/;
/** Lines between 本年合计 and 总计 that are addends of 总计 (the others are their 其中 lines). */
const BALANCE_HEAD = /结余|结转|事业基金|弥补/;

export interface BalanceHead {
  line: AccountsLine;
  /** Its breakdown lines (04: 一般公共预算 / 政府性基金 / 国有资本经营 under 年初财政拨款结转和结余). */
  subs: AccountsLine[];
}

export interface TwoSided {
  /** Lines above 本年合计: the income sources or the 功能分类 classes. */
  above: AccountsLine[];
  subtotal: AccountsLine;
  heads: BalanceHead[];
  grand: AccountsLine | undefined;
}

/** One side (section "income" or "expenditure") of 01 or 04, or undefined without 本年合计. */
export function twoSided(t: JsTable, section: string): TwoSided | undefined {
  const lines = sectionLines(t, section);
  const si = lines.findIndex((l) => SUBTOTAL.test(lineName(l)));
  if (si < 0) return undefined;
  const gi = lines.findIndex((l, i) => i > si && GRAND.test(lineName(l)));
  const tail = lines.slice(si + 1, gi < 0 ? lines.length : gi);
  const heads: BalanceHead[] = [];
  for (const l of tail) {
    const last = heads[heads.length - 1];
    if (BALANCE_HEAD.test(lineName(l)) || !last) heads.push({ line: l, subs: [] });
    else last.subs.push(l);
  }
  return { above: lines.slice(0, si), subtotal: lines[si]!, heads, grand: gi < 0 ? undefined : lines[gi] };
}

/** A balance line's amounts in one column: its own when stated, else its breakdown's. */
export function headAmounts(h: BalanceHead, key: string): TracedNumber[] {
  const own = h.line.amounts[key];
  if (stated(own)) return [own];
  return h.subs.map((s) => s.amounts[key]).filter(stated);
}
