/**
 * XDOC-03 numbers quoted in text ≠ the table's numbers — the 决算情况说明 (JN) against the 部门
 * 决算 tables (JS) and against itself. A workbook rule: it reads the narrative paragraphs and
 * compares what they quote with the tables wherever those are.
 *
 * What is checked (one message id each):
 * - amountDiffers / amountBelowTable: an amount named like a table quantity (本年收入合计,
 *   本年支出合计, 财政拨款收入/支出, 基本支出, 项目支出, 人员经费, 公用经费, 机关运行经费, “三公”
 *   经费 and its parts 预算/决算, a 功能分类 类/款/项 …) equals that table value; 会议费 and 培训费
 *   must be at least what 公开06 shows (06 is only the 财政拨款 基本支出 part of them);
 * - shareWrong / sharesDoNotSumTo100: every "占 X%" = part ÷ total; the shares of one total sum to
 *   100% when the total itself is not known;
 * - rateWrong / rateUndefined: "完成(年初)预算的 X%" = 决算 ÷ 预算 (预算 + 年中追加 for "完成预算");
 *   a rate stated over a 预算 of 0 is undefined;
 * - comparisonWrong: "决算数大于/小于/等于(年初)预算数" holds for the two amounts stated before it;
 * - changeInconsistent: "增加/减少 N 万元，增长/减少 P%": P = N ÷ (this year ∓ N);
 * - partsDoNotAddUp: "N，其中 a、b、c" (also "（含 a、b）", "具体明细为：a、b") — the parts add up to N;
 * - unitMissing: a bare number in a list of 万元 amounts;
 * - project self-evaluations (PS): a paragraph that opens with a project's name ("物业管理及水电气
 *   经费项目绩效自评综述：…") quotes that project's form — 年初/全年预算数 and 执行数 (amountDiffers)
 *   and the 得分 (scoreDiffers) must be the form's.
 *
 * How the sentences are read (a heuristic, see meta.heuristic):
 * 1. Tokens. Each number with its unit (万元/元/亿元 → 万元; %; counts 个/辆/人/次/台（套）…) is a
 *    token; years, dates and list numbering ("1、") are not. Its label is the text before it back
 *    to the previous token or to a comma/colon/semicolon/full stop ("、" only separates tokens). A
 *    label with 增加/减少/增长/下降/调增/追加… makes the token a change, not a level; "以上/以下"
 *    after the unit makes it a threshold. Sentences end at 。！？; parentheses nest.
 * 2. Roles from labels: 预算(数) → budget, 决算(数)/执行数 → actual, 占…的 → share, 完成…预算的 →
 *    rate, a bare "支出决算为" takes the subject of the label before it in the sentence
 *    ("公务用车…支出预算为95万元，支出决算为92.51万元").
 * 3. Breakdowns. After "其中" / "具体明细…为" / "主要用于以下方面" / "（含", the total is the last
 *    level token before it (same nesting) and the parts the level tokens after it with the same
 *    unit, until the sentence ends, the unit changes, another introducer starts, or a separator
 *    stronger than the one between the first two parts comes (、 < ， < ；). A sum is reported only
 *    when neither that list nor the list up to the end of the sentence adds up. One part is a
 *    subset, not a breakdown: not summed.
 * 4. Totals of shares: "占<name>的" → the nearest earlier amount in the paragraph whose label ends
 *    with <name>, else the table quantity of that name; "占 X%" alone → the part's breakdown total,
 *    or the subject of a sentence opening "<name>中，", resolved the same way.
 * 5. Table quantities by label, with a scope from the section headings (政府性基金 → 公开08,
 *    国有资本经营 → 09, 三公 → 07, 财政拨款/一般公共预算 → 05/04, else 01/03); a 功能分类 path
 *    "…（类）…（款）…（项）" in a heading or label → that row of 05 (财政拨款 scope) or 03.
 * Tolerances: amounts are taken to ±0.005 万元 (2 decimals) and percentages to half their last
 * stated digit, plus 0.01 percentage points for truncation; amount against table 0.01 万元.
 * Anything not understood is skipped, never guessed.
 */
import type { FinalAccountsNarrativeForm, Form, NarrativeText } from "../../../forms/forms";
import type { TracedNumber } from "../../../forms/traced";
import { normLabel, toHalfWidth } from "../../../recognise/labels";
import { fmt, sumMatches } from "../../support";
import { defineWorkbookRule, type FindingCell, type Report } from "../../types";
import { amount, codeLevel, findLine, functionName, lineName, stated, tablesOf, totalLine, twoSided, where, whereEn, type JsTable } from "../js/tables";

// ---------------------------------------------------------------------------------------------
// Tokens

type Kind = "money" | "percent" | "count";
type Direction = "up" | "down" | "both";

export interface Token {
  value: number;
  kind: Kind;
  /** 万元 for money (元/亿元 converted), "%", or the count unit. */
  unit: string;
  decimals: number;
  /** Offsets in the paragraph text: label start, number start, token end (after the unit). */
  labelStart: number;
  start: number;
  end: number;
  sentence: number;
  depth: number;
  /** Label as written (half-width), and cleaned for matching. */
  rawLabel: string;
  label: string;
  change: Direction | undefined;
  threshold: boolean;
  /** A bare number taken as 万元 from its neighbours. */
  unitless: boolean;
}

const UNIT = /^\s*(万元|亿元|元|%|台\(套\)|人次|场次|平方米|个|辆|人|次|台|套|项|家|场|份|名|趟|天|户|亩|件|批|分(?![别之配钟析]))/;
const UP = /增加|增长|上升|调增|追加|增收|提高/;
const DOWN = /减少|下降|降低|节约|节省|调减|压减|缩减|减收/;
const BOUNDARY = /[,;:。!?]/;
const SENTENCE_END = /[。!?]/;

function direction(label: string): Direction | undefined {
  const up = UP.test(label);
  const down = DOWN.test(label);
  return up && down ? "both" : up ? "up" : down ? "down" : undefined;
}

/** Label for matching: no quotes, spaces, years, leading 其中/含/filler, trailing 为/是/达. */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/[\s“”"'‘’「」《》]/g, "")
    .replace(/\d{4}年度?|\d{1,2}月(\d{1,2}日)?/g, "")
    .replace(/^\d{1,2}(、|\.(?!\d))/, "")
    .replace(/^[、,;:()]+/, "")
    .replace(/^(其中|含|另有|以及)[:,]?/, "")
    .replace(/^(本部门|本单位|我部门|我单位)/, "")
    .replace(/(为|是|达到?|约)$/, "");
}

/** Patterns tested at a position (sticky), so a token costs the length of what it looks at, not of the text. */
const DATE_OR_RANGE_AFTER = /\s*(年|月|日|号|\+|-\d)/y;
const LIST_MARK_AFTER = /\s*(、|\.(?!\d))/y;
const CLOSE_AFTER = /\s*\)/y;
const THRESHOLD_AFTER = /\s*(以上|以下|以内|左右|多)/y;
const CLAUSE_END_AFTER = /\s*([,;。、)]|$)/y;
const UNIT_AT = new RegExp(UNIT.source.replace(/^\^/, ""), "y");

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** The last character before `at` that is not white space, or "" at the start. */
function previousVisible(s: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(s[i]!)) i--;
  return i < 0 ? "" : s[i]!;
}

/** The tokens of one paragraph, in order (linear in its length). */
export function tokenize(text: string): Token[] {
  const h = toHalfWidth(text);
  const out: Token[] = [];
  const re = /(?<![\dA-Za-z.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
  // Sentences ended and brackets open before `scanned`, advanced as the tokens come in order.
  let scanned = 0;
  let sentence = 0;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(h))) {
    let intPart = m[1]!;
    let frac = m[2] ?? "";
    // A full-width comma is a clause break, not a thousands separator.
    const comma = intPart.indexOf(",");
    if (comma >= 0 && text[m.index + comma] !== ",") {
      intPart = intPart.slice(0, comma);
      frac = "";
      re.lastIndex = m.index + comma;
    }
    const start = m.index;
    const numEnd = start + intPart.length + frac.length;
    for (; scanned < start; scanned++) {
      const c = h[scanned]!;
      if (SENTENCE_END.test(c)) sentence++;
      depth = c === "(" ? depth + 1 : c === ")" ? Math.max(0, depth - 1) : depth;
    }
    if (matchAt(DATE_OR_RANGE_AFTER, h, numEnd)) continue;
    const before = previousVisible(h, start);
    // List numbering: "1、…" / "1." at the start of the paragraph or a sentence, "(1)".
    if (matchAt(LIST_MARK_AFTER, h, numEnd) && (before === "" || "。!?;:".includes(before))) continue;
    if (before === "(" && matchAt(CLOSE_AFTER, h, numEnd)) continue;
    const u = matchAt(UNIT_AT, h, numEnd);
    let end = numEnd;
    let unit = "";
    if (u) {
      unit = u[1]!;
      end = numEnd + u[0].length;
    }
    const threshold = matchAt(THRESHOLD_AFTER, h, end) !== null;
    const prev = out[out.length - 1];
    let labelStart = prev ? prev.end : 0;
    for (let i = start - 1; i >= labelStart; i--) {
      if (BOUNDARY.test(h[i]!)) {
        labelStart = i + 1;
        break;
      }
    }
    const rawLabel = h.slice(labelStart, start);
    const raw = Number(intPart.replace(/,/g, "") + frac);
    const kind: Kind = /元$/.test(unit) ? "money" : unit === "%" ? "percent" : "count";
    const value = unit === "元" ? raw / 10000 : unit === "亿元" ? raw * 10000 : raw;
    out.push({
      value,
      kind,
      unit: kind === "money" ? "万元" : unit,
      decimals: frac.length > 0 ? frac.length - 1 : 0,
      labelStart,
      start,
      end,
      sentence,
      depth,
      rawLabel,
      label: cleanLabel(rawLabel),
      change: direction(rawLabel),
      threshold,
      unitless: unit === "",
    });
  }
  // A bare number between 万元 amounts of its sentence is an amount whose unit was left out;
  // any other bare number (a code, a count without unit) is dropped.
  return out.filter((t, i) => {
    if (!t.unitless) return true;
    const near = [out[i - 1], out[i + 1]].filter((n) => n && n.sentence === t.sentence && !n.unitless);
    if (!near.some((n) => n!.kind === "money") || !matchAt(CLAUSE_END_AFTER, h, t.end)) return false;
    t.kind = "money";
    t.unit = "万元";
    return true;
  });
}

const isLevel = (t: Token): boolean => t.kind !== "percent" && t.change === undefined && !t.threshold;

// ---------------------------------------------------------------------------------------------
// Table quantities

type Scope = "threeCosts" | "fund" | "capital" | "fiscal" | "all";

function scopeOf(text: string): Scope | undefined {
  if (/三公/.test(text)) return "threeCosts";
  if (/政府性基金/.test(text)) return "fund";
  if (/国有资本/.test(text)) return "capital";
  if (/财政拨款|一般公共预算/.test(text)) return "fiscal";
  return undefined;
}

interface Resolved {
  value: number;
  field: TracedNumber | undefined;
  /** The form the value comes from (a 决算 table, or a project's self-evaluation). */
  source: Form;
  /** Where it is, for messages: "公开05表 C267". */
  at: string;
  atEn: string;
  what: string;
  whatEn: string;
  /** "eq": the text must state the table value; "atLeast": the table shows a part of it. */
  relation: "eq" | "atLeast";
}

type Tables = ReturnType<typeof tablesOf>;

function fromField(table: JsTable | undefined, field: TracedNumber | undefined, what: string, whatEn: string, relation: Resolved["relation"] = "eq"): Resolved | undefined {
  if (!table) return undefined;
  if (!field && !table.empty) return undefined;
  return { value: amount(field), field, source: table, at: where(table, field), atEn: whereEn(table, field), what, whatEn, relation };
}

function twoSidedLine(t: JsTable | undefined, section: "income" | "expenditure", which: "subtotal" | "grand"): TracedNumber | undefined {
  if (!t) return undefined;
  const side = twoSided(t, section);
  const line = which === "subtotal" ? side?.subtotal : side?.grand;
  const key = t.columns.find((c) => c.section === section && (c.key === "total" || c.key === "amount"))?.key;
  return line && key ? line.amounts[key] : undefined;
}

function totalOf(t: JsTable | undefined, key: string): TracedNumber | undefined {
  return t ? totalLine(t)?.amounts[key] : undefined;
}

const THREE_ITEMS: { re: RegExp; key: string; zh: string; en: string }[] = [
  { re: /因公出国\(境\)费?|因公出国费?/, key: "abroad", zh: "因公出国（境）费", en: "travel abroad" },
  { re: /公务接待费?/, key: "reception", zh: "公务接待费", en: "official reception" },
  { re: /公务用车购置费?(及|和)运行(维护)?费|公务用车购置及运行(维护)?费/, key: "vehicles", zh: "公务用车购置及运行费", en: "official vehicles" },
  { re: /公务用车购置费?/, key: "vehiclePurchase", zh: "公务用车购置费", en: "vehicle purchase" },
  { re: /公务用车运行(维护)?费?/, key: "vehicleOperation", zh: "公务用车运行费", en: "vehicle operation" },
  { re: /三公(经费)?/, key: "total", zh: "“三公”经费合计", en: "the three public costs" },
];

function threeCosts(label: string, tables: Tables): Resolved | undefined {
  const t07 = tables["07"];
  if (!t07) return undefined;
  for (const item of THREE_ITEMS) {
    const m = item.re.exec(label);
    if (!m) continue;
    const tail = label.slice(m.index + m[0].length);
    if (!/^(经费)?(财政拨款)?(支出)?(年初|全年)?(预算|决算)?数?$/.test(tail)) return undefined;
    const section = /预算/.test(tail) ? "budget" : "final";
    const line = t07.lines.find((l) => l.section === section);
    const sectionZh = section === "budget" ? "预算数" : "决算数";
    return fromField(t07, line?.amounts[item.key], `${item.zh}${sectionZh}`, `${item.en} (${section === "budget" ? "budget" : "final accounts"})`);
  }
  return undefined;
}

/** A 功能分类 path ["一般公共服务", "政府办公厅(室)及相关机构事务", "行政运行"] → the row of that 项. */
function classRow(path: string[], t: JsTable | undefined): Resolved | undefined {
  if (!t || path.length === 0) return undefined;
  const lines = t.lines.filter((l) => l.code);
  let parent = "";
  let found: (typeof lines)[number] | undefined;
  for (let level = 1; level <= path.length; level++) {
    const name = path[level - 1]!;
    found = lines.find((l) => codeLevel(l.code!.value) === level && l.code!.value.startsWith(parent) && functionName(l.label.value) === name);
    if (!found) return undefined;
    parent = found.code!.value;
  }
  const key = t.columns.find((c) => c.key === "total" || c.key === "expenditure")?.key ?? "total";
  return fromField(t, found!.amounts[key], `${found!.code!.value} ${lineName(found!)}`, `${found!.code!.value} ${lineName(found!)}`);
}

/** "一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项)" → the three names. */
export function classPath(text: string): string[] {
  const h = toHalfWidth(text).replace(/\s/g, "");
  const m = /^(?:\d+[、.])?(.*?)\(类\)(?:(.*?)\(款\))?(?:(.*?)\(项\))?/.exec(h);
  if (!m) return [];
  const strip = (s: string): string => functionName(s.replace(/^(\d+[、.]|[,:;，：；])/, "").replace(/^.*[,:;]/, ""));
  return [m[1], m[2], m[3]].filter((s): s is string => s !== undefined && s !== "").map(strip);
}

interface Term {
  re: RegExp;
  /** `label` is the cleaned label itself (its own words, not the section's scope). */
  resolve: (tables: Tables, scope: Scope, label: string) => Resolved | undefined;
}

const fundTable = (scope: Scope): "05" | "08" | "09" | "03" => (scope === "fund" ? "08" : scope === "capital" ? "09" : scope === "fiscal" || scope === "threeCosts" ? "05" : "03");

const TERMS: Term[] = [
  { re: /财政拨款收(入)?[、,]?支(出)?总计$/, resolve: (t) => fromField(t["04"], twoSidedLine(t["04"], "income", "grand"), "财政拨款收支总计", "the appropriations grand total") },
  { re: /收(入)?[、,]?支(出)?总计$/, resolve: (t) => fromField(t["01"], twoSidedLine(t["01"], "income", "grand"), "收支总计", "the grand total") },
  {
    re: /本年收入合计$/,
    resolve: (t, _s, l) => {
      const id = /财政拨款/.test(l) ? "04" : "01";
      return fromField(t[id], twoSidedLine(t[id], "income", "subtotal"), id === "04" ? "财政拨款本年收入合计" : "本年收入合计", "本年收入合计");
    },
  },
  {
    re: /(本年支出合计|部门整体支出|^整体支出)$/,
    resolve: (t, _s, l) => {
      const id = /财政拨款/.test(l) ? "04" : "01";
      return fromField(t[id], twoSidedLine(t[id], "expenditure", "subtotal"), id === "04" ? "财政拨款本年支出合计" : "本年支出合计", "本年支出合计");
    },
  },
  { re: /政府性基金预算(财政拨款)?收入$/, resolve: (t) => fromField(t["08"], totalOf(t["08"], "income"), "政府性基金预算财政拨款收入", "government-fund income") },
  { re: /财政拨款收入$/, resolve: (t) => fromField(t["02"], totalOf(t["02"], "fiscal"), "财政拨款收入", "appropriation income") },
  { re: /^上级补助收入$/, resolve: (t) => fromField(t["02"], totalOf(t["02"], "superiorGrant"), "上级补助收入", "grants from the level above") },
  { re: /^事业收入$/, resolve: (t) => fromField(t["02"], totalOf(t["02"], "service"), "事业收入", "service income") },
  { re: /^经营收入$/, resolve: (t) => fromField(t["02"], totalOf(t["02"], "operating"), "经营收入", "operating income") },
  { re: /^附属单位上缴收入$/, resolve: (t) => fromField(t["02"], totalOf(t["02"], "affiliated"), "附属单位上缴收入", "income from affiliates") },
  { re: /^其他收入$/, resolve: (t) => fromField(t["02"], totalOf(t["02"], "other"), "其他收入", "other income") },
  { re: /一般公共预算(财政拨款)?项目支出(总额)?$/, resolve: (t) => fromField(t["05"], totalOf(t["05"], "project"), "一般公共预算财政拨款项目支出", "general-budget project spending") },
  { re: /一般公共预算(财政拨款)?基本支出(总额)?$/, resolve: (t) => fromField(t["05"], totalOf(t["05"], "basic"), "一般公共预算财政拨款基本支出", "general-budget basic spending") },
  { re: /一般公共预算(财政拨款)?支出(总额)?$/, resolve: (t) => fromField(t["05"], totalOf(t["05"], "total"), "一般公共预算财政拨款支出", "general-budget spending") },
  { re: /政府性基金预算(财政拨款)?项目支出(总额)?$/, resolve: (t) => fromField(t["08"], totalOf(t["08"], "project"), "政府性基金预算项目支出", "government-fund project spending") },
  { re: /政府性基金预算(财政拨款)?支出(总额)?$/, resolve: (t) => fromField(t["08"], totalOf(t["08"], "expenditure"), "政府性基金预算支出", "government-fund spending") },
  { re: /国有资本经营预算(财政拨款)?项目支出(总额)?$/, resolve: (t) => fromField(t["09"], totalOf(t["09"], "project"), "国有资本经营预算项目支出", "state-capital project spending") },
  { re: /国有资本经营预算(财政拨款)?支出(总额)?$/, resolve: (t) => fromField(t["09"], totalOf(t["09"], "total"), "国有资本经营预算支出", "state-capital spending") },
  { re: /财政拨款基本支出$/, resolve: (t) => fromField(t["05"], totalOf(t["05"], "basic"), "财政拨款基本支出", "appropriation basic spending") },
  { re: /财政拨款项目支出$/, resolve: (t) => fromField(t["05"], totalOf(t["05"], "project"), "财政拨款项目支出", "appropriation project spending") },
  {
    re: /财政拨款支出(决算数?)?$/,
    resolve: (t) => fromField(t["04"], twoSidedLine(t["04"], "expenditure", "subtotal"), "财政拨款本年支出合计", "appropriation spending") ?? fromField(t["05"], totalOf(t["05"], "total"), "财政拨款支出", "appropriation spending"),
  },
  {
    re: /基本支出$/,
    resolve: (t, s) => {
      const id = fundTable(s);
      return fromField(t[id], totalOf(t[id], "basic"), id === "03" ? "基本支出" : "财政拨款基本支出", "basic spending");
    },
  },
  {
    re: /项目支出$/,
    resolve: (t, s) => {
      const id = fundTable(s);
      return fromField(t[id], totalOf(t[id], "project"), id === "03" ? "项目支出" : "财政拨款项目支出", "project spending");
    },
  },
  { re: /^上缴上级支出$/, resolve: (t) => fromField(t["03"], totalOf(t["03"], "toSuperior"), "上缴上级支出", "payments to the level above") },
  { re: /^经营支出$/, resolve: (t) => fromField(t["03"], totalOf(t["03"], "operating"), "经营支出", "operating spending") },
  { re: /^对附属单位补助支出$/, resolve: (t) => fromField(t["03"], totalOf(t["03"], "toAffiliated"), "对附属单位补助支出", "grants to affiliates") },
  { re: /^(财政拨款)?人员经费$/, resolve: (t, s) => (s === "fiscal" ? group06(t, /人员经费/, "人员经费合计", "personnel total") : undefined) },
  { re: /^(财政拨款)?公用经费$/, resolve: (t, s) => (s === "fiscal" ? group06(t, /公用经费/, "公用经费合计", "public-use total") : undefined) },
  { re: /机关运行经费(支出)?$/, resolve: (t) => group06(t, /公用经费/, "公用经费合计（机关运行经费）", "public-use total (机关运行经费)") },
  { re: /会议费$/, resolve: (t) => item06(t, "30215", "会议费") },
  { re: /培训费$/, resolve: (t) => item06(t, "30216", "培训费") },
  {
    re: /^年初(财政拨款)?结转和结余$/,
    resolve: (t, s) => (s === "fund" ? fromField(t["08"], totalOf(t["08"], "opening"), "年初结转和结余", "opening balance") : s === "all" ? line01(t, "income", /^年初结转和结余$/) : undefined),
  },
  {
    re: /^年末(财政拨款)?结转和结余$/,
    resolve: (t, s) => (s === "fund" ? fromField(t["08"], totalOf(t["08"], "closing"), "年末结转和结余", "closing balance") : s === "all" ? line01(t, "expenditure", /^年末结转和结余$/) : undefined),
  },
];

function group06(t: Tables, re: RegExp, what: string, whatEn: string): Resolved | undefined {
  const t06 = t["06"];
  const line = t06?.lines.find((l) => !l.code && /合计$/.test(lineName(l)) && re.test(lineName(l)));
  return fromField(t06, line?.amounts.amount, what, whatEn);
}

function item06(t: Tables, code: string, name: string): Resolved | undefined {
  const t06 = t["06"];
  const line = t06?.lines.find((l) => l.code?.value === code);
  if (!t06 || !line) return undefined;
  return fromField(t06, line.amounts.amount, `${code} ${name}（财政拨款基本支出部分）`, `${code} ${name} (the appropriation basic-spending part)`, "atLeast");
}

function line01(t: Tables, section: "income" | "expenditure", re: RegExp): Resolved | undefined {
  const t01 = t["01"];
  const line = t01 ? findLine(t01, section, re) : undefined;
  const key = t01?.columns.find((c) => c.section === section)?.key;
  return fromField(t01, line && key ? line.amounts[key] : undefined, line ? lineName(line) : "", line ? lineName(line) : "");
}

/** The table quantity a label names, or undefined. */
function resolveTerm(label: string, scope: Scope, tables: Tables, path: string[]): Resolved | undefined {
  const l = cleanLabel(label);
  if (l === "") return undefined;
  const own = scopeOf(l);
  const s = own ?? scope;
  if (s === "threeCosts" || /因公出国|公务接待|公务用车/.test(l)) {
    const r = threeCosts(l, tables);
    if (r || s === "threeCosts") return r;
  }
  if (/\((类|款|项)\)/.test(l)) return classRow(classPath(l), tables[s === "fiscal" ? "05" : "03"]);
  if (path.length > 0 && /^(支出)?决算数?$|支出决算数?$/.test(l)) return classRow(path, tables[s === "fiscal" ? "05" : "03"]);
  for (const term of TERMS) if (term.re.test(l)) return term.resolve(tables, s, l);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// A project's self-evaluation (PS) quoted in the narrative ("物业管理及水电气经费项目绩效自评综述：
// …项目全年预算数为433.50万元，…预算执行数为480.21万元…自评得分为90分")

type ProjectForm = Extract<Form, { kind: "PS" }>;

const projectKey = (s: string): string => normLabel(s).replace(/[“”"]/g, "").replace(/专项|项目|经费|费用|资金|等$/g, "");

/** The self-evaluation a paragraph is about: the one whose project name opens the paragraph. */
function projectOf(p: NarrativeText, projects: readonly ProjectForm[]): ProjectForm | undefined {
  const head = projectKey(p.value.slice(0, 60));
  let best: { f: ProjectForm; len: number } | undefined;
  for (const f of projects) {
    const k = f.header.project ? projectKey(f.header.project.value) : "";
    if (k.length < 4 || !head.startsWith(k)) continue;
    if (!best || k.length > best.len) best = { f, len: k.length };
  }
  return best?.f;
}

const PROJECT_TERMS: { re: RegExp; column: "initialBudget" | "adjustedBudget" | "executed"; zh: string; en: string }[] = [
  { re: /(全年|调整后)预算数?$/, column: "adjustedBudget", zh: "全年预算数", en: "full-year budget" },
  { re: /年初预算数?$/, column: "initialBudget", zh: "年初预算数", en: "initial budget" },
  { re: /执行数$|实际支出$/, column: "executed", zh: "全年执行数", en: "full-year spending" },
];

function projectName(f: ProjectForm): string {
  return f.header.project?.value ?? "";
}

function projectTerm(label: string, f: ProjectForm): Resolved | undefined {
  const total = f.money.find((m) => m.key === "total");
  const l = cleanLabel(label);
  for (const t of PROJECT_TERMS) {
    if (!t.re.test(l)) continue;
    const field = total?.amounts[t.column];
    if (!field || field.value === null) return undefined;
    const name = projectName(f);
    return { value: field.value, field, source: f, at: `“${name}”自评表 ${field.ref}`, atEn: `the self-evaluation of “${name}”, ${field.ref}`, what: `“${name}”自评表的${t.zh}`, whatEn: `the ${t.en} of “${name}”'s self-evaluation`, relation: "eq" };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic with rounding

const AMOUNT_HALF = 0.005;

/** Range of a / b × 100 for a, b stated to ±0.005. */
function ratioRange(a: Token | number, b: number, bHalf = AMOUNT_HALF): [number, number] {
  const av = typeof a === "number" ? a : a.value;
  const ah = typeof a === "number" ? AMOUNT_HALF : a.kind === "count" ? 0 : AMOUNT_HALF;
  const lo = Math.max(0, av - ah) / (b + bHalf);
  const hi = (av + ah) / Math.max(1e-9, b - bHalf);
  return [lo * 100, hi * 100];
}

/** Half a unit of the percentage's last stated digit, plus 0.01 for truncation. */
function percentSlack(p: Token): number {
  return 0.5 * Math.pow(10, -p.decimals) + 0.01;
}

function outside(p: Token, range: [number, number]): boolean {
  const s = percentSlack(p);
  return p.value < range[0] - s || p.value > range[1] + s;
}

const mid = (r: [number, number]): number => (r[0] + r[1]) / 2;

// ---------------------------------------------------------------------------------------------
// The rule

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

interface Pending {
  pos: number;
  report: Report;
}

export default defineWorkbookRule({
  meta: {
    id: "XDOC-03",
    severity: "warning",
    forms: "workbook",
    description: text(
      "决算情况说明引用的数字应与决算表一致，且自身前后一致（金额、占比、完成预算比例、增减幅度、分项之和）。",
      "Numbers quoted in the 决算 narrative must match the tables and each other (amounts, shares, budget completion, changes, parts of a total).",
    ),
    messages: {
      amountDiffers: text("说明中“{quote}”为 {stated} 万元，而{what}为 {expected} 万元（{where}）。", "The narrative says “{quote}” ({stated}), but {whatEn} is {expected} ({whereEn})."),
      amountBelowTable: text(
        "说明中“{quote}”为 {stated} 万元，少于{what} {expected} 万元（{where}）。",
        "The narrative says “{quote}” ({stated}), less than {whatEn}, {expected} ({whereEn}).",
      ),
      shareWrong: text("说明中“{quote}”：{part} ÷ {total}（{totalName}）= {computed}%，不是 {stated}%。", "The narrative says “{quote}”: {part} ÷ {total} ({totalName}) is {computed}%, not {stated}%."),
      sharesDoNotSumTo100: text("说明中同一总数的各项占比（{shares}）合计 {sum}%，不是 100%：“{quote}”。", "The shares of one total ({shares}) add up to {sum}%, not 100%: “{quote}”."),
      rateWrong: text("说明中“{quote}”：决算 {actual} ÷ 预算 {budget} = {computed}%，不是 {stated}%。", "The narrative says “{quote}”: actual {actual} ÷ budget {budget} is {computed}%, not {stated}%."),
      rateUndefined: text(
        "说明中“{quote}”：预算为 0，决算 {actual} 万元，完成预算的比例无从计算，不应写作 {stated}%。",
        "The narrative says “{quote}”: the budget is 0 and the actual {actual}, so no completion rate exists; {stated}% is meaningless.",
      ),
      comparisonWrong: text("说明中称“{quote}”，但决算 {actual} 万元{relation}预算 {budget} 万元。", "The narrative says “{quote}”, but the actual {actual} is {relationEn} the budget {budget}."),
      changeInconsistent: text(
        "说明中“{quote}”：本年 {current} 万元、{direction} {change} 万元，则上年为 {previous} 万元，{direction}幅度应为 {computed}%，不是 {stated}%。",
        "The narrative says “{quote}”: with {current} this year and a change of {change}, last year was {previous} and the change is {computed}%, not {stated}%.",
      ),
      partsDoNotAddUp: text("说明中“{quote}”：各分项之和 {sum}{unit}（{parts}）不等于总数 {total}{unit}，相差 {diff}{unit}。", "The narrative says “{quote}”: the parts add up to {sum} ({parts}), not the total {total}; the difference is {diff}."),
      scoreDiffers: text("说明中“{quote}”为 {stated} 分，而{what}为 {expected} 分（{where}）。", "The narrative says “{quote}” ({stated} points), but {whatEn} is {expected} ({whereEn})."),
      unitMissing: text("说明中“{quote}”的数字没有单位（同一句的其他金额以万元计）。", "The number in “{quote}” has no unit (the other amounts of the sentence are in 万元)."),
    },
    hints: {
      rateUndefined: text("年初未安排预算的，可写明“年初预算为0，年中追加预算X万元”，不写完成比例。", "Where nothing was budgeted at the start, say so and name the mid-year addition instead of a rate."),
    },
    heuristic:
      "Sentences are read, not parsed: numbers with their units become tokens labelled by the text before them (back to the previous number or a comma/colon/semicolon/full stop); " +
      "增加/减少/调增… in a label make a change, 以上/以下 after the unit a threshold; 预算/决算/执行 in a label give the budget and actual of a 完成预算 rate or a 大于/小于 comparison; " +
      "“占<name>的 P%” is compared with the nearest earlier amount called <name>, else the table quantity of that name, and a bare “占 P%” with its breakdown total (其中/含/具体明细/用于以下方面) " +
      "or the subject of a “<name>中，” sentence; breakdown parts run to the end of the sentence, a unit change, another introducer or a stronger separator than the first one between parts, " +
      "and a sum is reported only when neither the short nor the long list adds up. Table quantities are recognised by label endings (本年收入合计, 基本支出, 人员经费, 机关运行经费, 三公 items, 功能分类 paths …) " +
      "in the scope of the section headings (三公 → 07, 政府性基金 → 08, 国有资本 → 09, 财政拨款 → 04/05, else 01/03). Anything not understood is skipped. " +
      "A paragraph that opens with a project's name is also compared with that project's self-evaluation (PS: 年初/全年预算数, 执行数, 得分). " +
      "Measured on seed 003 (the only seed with a 决算情况说明): 30 paragraphs quoting 177 numbers (43 percentages); 18 findings, each judged real by reading; no false positive " +
      "(test/rules/js-seeds.test.ts lists them with their verdicts). 疫情防控专项经费 101.06 against 100.00 in the tables is not reported as a contradiction — the text lists projects, " +
      "the tables 功能分类 lines, and the list adds up to 项目支出 only with 101.06 — but its missing unit is.",
  },
  checkWorkbook(forms, ctx) {
    const tables = tablesOf(forms);
    const projects = forms.filter((f): f is ProjectForm => f.kind === "PS");
    const tol = ctx.profile.moneyTolerancePerAddend;
    for (const f of forms) {
      if (f.kind !== "JN") continue;
      checkNarrative(f, tables, projects, tol, ctx.report);
    }
  },
});

/** The finding cells: the paragraph, and the table cell when it is on the narrative's sheet. */
function findingCells(form: Form, p: NarrativeText, r?: Resolved): FindingCell[] {
  const out: FindingCell[] = [{ ref: p.ref, text: p.text }];
  if (r?.field && r.source.sheet === form.sheet && r.field.ref !== p.ref) out.push({ ref: r.field.ref, text: r.field.text });
  return out;
}

/** "公开05表 C267", with the sheet when the source is on another sheet than the narrative. */
function sheetPrefixed(r: Resolved, narrative: Form, at: string): string {
  return r.field && r.source.sheet !== narrative.sheet ? at.replace(r.field.ref, `${r.source.sheet}!${r.field.ref}`) : at;
}

function quoteOf(source: string, from: number, to: number): string {
  const q = source.slice(from, to).replace(/^[\s，,；;：:、。]+/, "").replace(/^\d{1,2}[、．.](?!\d)/, "").trim();
  return q.length > 64 ? `${q.slice(0, 28)}…${q.slice(q.length - 32)}` : q;
}

function checkNarrative(form: FinalAccountsNarrativeForm, tables: Tables, projects: readonly ProjectForm[], tol: number, report: (r: Report) => void): void {
  let chain: string[] = [];
  for (const section of form.sections) {
    const level = section.level ?? 1;
    chain = [...chain.slice(0, Math.max(0, level - 1)), section.heading.value];
    const headScope = scopeOf(chain.join(" ")) ?? "all";
    const l3 = level === 3 ? section.heading.value : undefined;
    const path = l3 && /[(（]项[)）]/.test(l3) ? classPath(l3) : [];
    for (const p of section.paragraphs) {
      const pending: Pending[] = [];
      checkParagraph(form, p, tables, projectOf(p, projects), headScope, path, tol, pending);
      pending.sort((a, b) => a.pos - b.pos).forEach((x) => report(x.report));
    }
  }
}

interface Breakdown {
  total: Token;
  parts: Token[];
  /** The list up to the end of the sentence (or the unit change / next introducer). */
  longParts: Token[];
  at: number;
}

function checkParagraph(
  form: FinalAccountsNarrativeForm,
  p: NarrativeText,
  tables: Tables,
  project: ProjectForm | undefined,
  headScope: Scope,
  path: string[],
  tol: number,
  out: Pending[],
): void {
  const src = p.value;
  const h = toHalfWidth(src);
  const toks = tokenize(src);
  if (toks.length === 0) return;
  const push = (pos: number, r: Omit<Report, "form">): void => {
    out.push({ pos, report: { ...r, form } });
  };
  const scopeFor = (t: Token): Scope => scopeOf(cleanLabel(t.rawLabel)) ?? headScope;

  // Labels that only say 预算/决算 take the subject of the label before them in the sentence.
  const subjectLabel = (t: Token, i: number): string => {
    if (!/^(支出)?(年初|全年)?(预算|决算|执行)数?$/.test(t.label)) return t.label;
    for (let j = i - 1; j >= 0; j--) {
      const q = toks[j]!;
      if (q.sentence !== t.sentence) break;
      if (q.kind === "percent") continue;
      const subject = q.label.replace(/(支出)?(年初|全年)?(预算|决算|执行)数?$/, "");
      if (subject !== q.label || q.label !== "") return (subject + t.label).replace(/支出支出/, "支出");
    }
    return t.label;
  };

  // 1. Breakdowns.
  const breakdowns: Breakdown[] = [];
  const intro = /其中[:,]?|具体明细(项目)?(为|如下)[:]?|(主要)?用于以下(几个)?方面[:]?|\(含/g;
  let m: RegExpExecArray | null;
  while ((m = intro.exec(h))) {
    const at = m.index;
    const paren = m[0] === "(含";
    let sentence = 0;
    for (let i = 0; i < at; i++) if (SENTENCE_END.test(h[i]!)) sentence++;
    let outer = 0;
    for (let i = 0; i < at; i++) outer = h[i] === "(" ? outer + 1 : h[i] === ")" ? Math.max(0, outer - 1) : outer;
    const total = [...toks].reverse().find((t) => t.end <= at && t.sentence === sentence && t.depth === outer && isLevel(t));
    if (!total) continue;
    const partDepth = paren ? outer + 1 : outer;
    const long: Token[] = [];
    for (const t of toks) {
      if (t.start <= at) continue;
      if (t.sentence !== sentence) break;
      if (paren && t.depth < partDepth) break;
      if (t.depth !== partDepth || !isLevel(t)) continue;
      if (t.kind !== total.kind || t.unit !== total.unit) break;
      // Another introducer between the previous part and this one ends the list.
      const from = long.length > 0 ? long[long.length - 1]!.end : at + m[0].length;
      if (/其中|具体明细|用于以下/.test(h.slice(from, t.start))) break;
      long.push(t);
    }
    if (long.length === 0) continue;
    const rank = (s: string): number => (/[;]/.test(s) ? 3 : /[,:]/.test(s) ? 2 : /、/.test(s) ? 1 : 0);
    const sep = (a: Token, b: Token): number => rank(h.slice(a.end, b.labelStart + 1).replace(/\([^)]*\)/g, ""));
    const parts = [long[0]!];
    const first = long[1] ? sep(long[0]!, long[1]) : 0;
    for (let i = 1; i < long.length; i++) {
      if (sep(long[i - 1]!, long[i]!) > first) break;
      parts.push(long[i]!);
    }
    breakdowns.push({ total, parts, longParts: long, at });
  }
  const breakdownOf = (t: Token): Breakdown | undefined => breakdowns.find((b) => b.parts.includes(t) || b.longParts.includes(t));

  for (const b of breakdowns) {
    if (b.longParts.length < 2) continue;
    const check = (ps: Token[]) => (b.total.kind === "count" ? { ok: ps.reduce((s, x) => s + x.value, 0) === b.total.value, sum: ps.reduce((s, x) => s + x.value, 0) } : sumMatches(b.total.value, ps.map((x) => x.value), tol));
    const short = check(b.parts);
    const long = check(b.longParts);
    if ((b.parts.length >= 2 && short.ok) || long.ok) continue;
    const ps = b.parts.length >= 2 ? b.parts : b.longParts;
    const sum = Math.round(ps.reduce((s, x) => s + x.value, 0) * 100) / 100;
    const unit = b.total.kind === "money" ? " 万元" : b.total.unit;
    push(b.total.start, {
      messageId: "partsDoNotAddUp",
      data: {
        quote: quoteOf(src, b.total.labelStart, ps[ps.length - 1]!.end),
        sum: fmt(sum),
        total: fmt(b.total.value),
        diff: fmt(sum - b.total.value),
        unit,
        parts: ps.map((x) => fmt(x.value)).join(" + "),
      },
      cells: findingCells(form, p),
    });
  }

  // 2. Amounts against the tables, and unit-less numbers.
  toks.forEach((t, i) => {
    if (t.unitless) {
      push(t.start, { messageId: "unitMissing", data: { quote: quoteOf(src, t.labelStart, t.end) }, cells: findingCells(form, p) });
    }
    if (project && t.kind === "count" && t.unit === "分" && /得分$/.test(t.label) && stated(project.total.score)) {
      const score = project.total.score;
      if (Math.abs(score.value - t.value) > 1e-9) {
        const r: Resolved = { value: score.value, field: score, source: project, at: `“${projectName(project)}”自评表 ${score.ref}`, atEn: `${score.ref}`, what: `“${projectName(project)}”自评表的总分`, whatEn: `the total score of “${projectName(project)}”'s self-evaluation`, relation: "eq" };
        push(t.start, {
          messageId: "scoreDiffers",
          data: { quote: quoteOf(src, t.labelStart, t.end), stated: fmt(t.value), expected: fmt(score.value), what: r.what, whatEn: r.whatEn, where: sheetPrefixed(r, form, r.at), whereEn: sheetPrefixed(r, form, r.atEn) },
          cells: findingCells(form, p, r),
        });
      }
    }
    if (t.kind !== "money" || !isLevel(t)) return;
    const r = (project ? projectTerm(t.label, project) : undefined) ?? resolveTerm(subjectLabel(t, i), scopeFor(t), tables, path);
    if (!r) return;
    // "2946万元" for 2,946.25: an amount rounded in the text is taken to half its last stated digit.
    // A stated 0 means none, not a rounding of 0.44.
    const rounded = t.value !== 0 && r.relation === "eq" && t.kind === "money" && !t.unitless && /万元/.test(h.slice(t.start, t.end));
    const slack = Math.max(tol, rounded ? 0.5 * Math.pow(10, -t.decimals) : 0);
    const bad = r.relation === "eq" ? Math.abs(t.value - r.value) > slack + 1e-9 : t.value < r.value - slack - 1e-9;
    if (!bad) return;
    push(t.start, {
      messageId: r.relation === "eq" ? "amountDiffers" : "amountBelowTable",
      data: { quote: quoteOf(src, t.labelStart, t.end), stated: fmt(t.value), expected: fmt(r.value), what: r.what, whatEn: r.whatEn, where: sheetPrefixed(r, form, r.at), whereEn: sheetPrefixed(r, form, r.atEn) },
      cells: findingCells(form, p, r),
    });
  });

  // 3. Shares.
  const groups = new Map<string, { shares: Token[]; parts: Token[]; breakdown: Breakdown | undefined; quoteFrom: number; reported: boolean }>();
  toks.forEach((t, i) => {
    if (t.kind !== "percent") return;
    const sm = /占(?:比)?(.*?)(?:的)?(?:比重|比例)?(?:为)?$/.exec(t.label);
    if (!sm || t.change) return;
    const name = cleanLabel(sm[1] ?? "").replace(/的$/, "");
    const part = toks[i - 1];
    if (!part || part.sentence !== t.sentence || part.kind === "percent" || !isLevel(part) || part.depth !== t.depth) return;
    let total: { value: number; name: string } | undefined;
    let groupKey: string;
    const b = breakdownOf(part);
    if (name !== "") {
      total = resolveName(name, toks.slice(0, i - 1), scopeFor(part), tables, path, form);
      groupKey = `name:${name}`;
    } else if (b) {
      total = { value: b.total.value, name: b.total.label || fmt(b.total.value) };
      groupKey = `b:${b.at}`;
    } else {
      // "<name>中，a…占x%，b…占y%": the subject of the sentence.
      const sentenceStart = Math.max(0, ...[...h.slice(0, part.labelStart)].map((c, k) => (SENTENCE_END.test(c) ? k + 1 : 0)));
      const lead = /^(.*?)中[,:]/.exec(h.slice(sentenceStart, part.labelStart));
      const leadName = lead && !/\d/.test(cleanLabel(lead[1]!)) ? cleanLabel(lead[1]!) : "";
      total = leadName ? resolveName(leadName, toks.slice(0, i - 1), scopeFor(part), tables, path, form) : undefined;
      groupKey = `lead:${t.sentence}`;
    }
    const g = groups.get(groupKey) ?? { shares: [], parts: [], breakdown: b, quoteFrom: part.labelStart, reported: false };
    g.shares.push(t);
    g.parts.push(part);
    groups.set(groupKey, g);
    if (!total) return;
    g.reported = true; // the total is known: each share is checked on its own
    if (total.value <= 0) return;
    const range = ratioRange(part, total.value);
    if (!outside(t, range)) return;
    push(t.start, {
      messageId: "shareWrong",
      data: { quote: quoteOf(src, part.labelStart, t.end), part: fmt(part.value), total: fmt(total.value), totalName: total.name, computed: fmt(mid(range)), stated: fmt(t.value) },
      cells: findingCells(form, p),
    });
  });
  for (const g of groups.values()) {
    if (g.reported || g.shares.length < 2) continue;
    const sum = g.shares.reduce((s, x) => s + x.value, 0);
    const slack = g.shares.reduce((s, x) => s + percentSlack(x), 0);
    const allShared = g.breakdown ? g.breakdown.longParts.every((x) => g.parts.includes(x)) : true;
    if (sum <= 100 + slack && (sum >= 100 - slack || !allShared)) continue;
    const last = g.shares[g.shares.length - 1]!;
    push(g.parts[0]!.start, {
      messageId: "sharesDoNotSumTo100",
      data: { quote: quoteOf(src, g.quoteFrom, last.end), shares: g.shares.map((x) => `${fmt(x.value)}%`).join(" + "), sum: fmt(sum) },
      cells: findingCells(form, p),
    });
  }

  // 4. Completion rates and comparisons with the budget.
  const budgetAndActual = (before: number, sentence: number, initial: boolean): { budget: number; actual: Token; budgetTok: Token } | undefined => {
    const inSentence = toks.filter((t) => t.sentence === sentence && t.end <= before && t.kind === "money");
    const actualIdx = inSentence.map((t) => isLevel(t) && /(决算|执行)数?$|实际支出$/.test(t.label)).lastIndexOf(true);
    if (actualIdx < 0) return undefined;
    const actual = inSentence[actualIdx]!;
    const budgets = inSentence.slice(0, actualIdx).filter((t) => isLevel(t) && /预算数?$/.test(t.label) && !/执行|决算/.test(t.label));
    const budgetTok = (initial ? budgets.filter((t) => /年初/.test(t.label)).pop() : undefined) ?? budgets.pop();
    if (!budgetTok) return undefined;
    let budget = budgetTok.value;
    if (!initial) {
      for (const t of inSentence.slice(inSentence.indexOf(budgetTok) + 1, actualIdx)) if (t.change === "up" && /预算|调增|追加/.test(t.rawLabel)) budget += t.value;
    }
    return { budget, actual, budgetTok };
  };
  toks.forEach((t) => {
    if (t.kind !== "percent") return;
    const rm = /完成(年初|全年|调整后)?预算(数)?的?$|(预算)?执行率$/.exec(t.label);
    if (!rm) return;
    const ba = budgetAndActual(t.start, t.sentence, rm[1] === "年初");
    if (!ba) return;
    const quote = quoteOf(src, ba.budgetTok.labelStart, t.end);
    if (ba.budget <= tol) {
      if (ba.actual.value > tol) push(t.start, { messageId: "rateUndefined", data: { quote, actual: fmt(ba.actual.value), stated: fmt(t.value) }, cells: findingCells(form, p) });
      return;
    }
    const range = ratioRange(ba.actual, ba.budget);
    if (!outside(t, range)) return;
    push(t.start, { messageId: "rateWrong", data: { quote, actual: fmt(ba.actual.value), budget: fmt(ba.budget), computed: fmt(mid(range)), stated: fmt(t.value) }, cells: findingCells(form, p) });
  });
  const cmp = /决算数?(大于|小于|等于|高于|低于|超过|少于)(年初|全年)?预算数?/g;
  while ((m = cmp.exec(h))) {
    let sentence = 0;
    for (let i = 0; i < m.index; i++) if (SENTENCE_END.test(h[i]!)) sentence++;
    // "年初预算为 1560.05 万元，支出决算为 1511.89 万元。决算数大于预算数的主要原因…": the amounts
    // may sit in the sentence before the comparison.
    const ba = budgetAndActual(m.index, sentence, m[2] === "年初") ?? (sentence > 0 ? budgetAndActual(m.index, sentence - 1, m[2] === "年初") : undefined);
    if (!ba) continue;
    // Both amounts are stated in the text: compared as written (2.22 is less than 2.23).
    const d = Math.round((ba.actual.value - ba.budget) * 1e6) / 1e6;
    const word = m[1]!;
    const holds = /大于|高于|超过/.test(word) ? d > 0 : /小于|低于|少于/.test(word) ? d < 0 : d === 0;
    if (holds) continue;
    const relation = d === 0 ? "等于" : d > 0 ? "大于" : "小于";
    const relationEn = d === 0 ? "equal to" : d > 0 ? "more than" : "less than";
    push(m.index, {
      messageId: "comparisonWrong",
      data: { quote: quoteOf(src, m.index, m.index + m[0].length), actual: fmt(ba.actual.value), budget: fmt(ba.budget), relation, relationEn },
      cells: findingCells(form, p),
    });
  }

  // 5. Changes against last year.
  toks.forEach((t, i) => {
    const pct = toks[i + 1];
    if (t.kind !== "money" || !t.change || t.change === "both" || !pct || pct.kind !== "percent" || pct.sentence !== t.sentence) return;
    if (!pct.change || pct.change !== t.change) return;
    const base = [...toks.slice(0, i)].reverse().find((x) => x.kind === "money" && isLevel(x));
    if (!base) return;
    const previous = t.change === "down" ? base.value + t.value : base.value - t.value;
    if (previous <= 0) return;
    const range = ratioRange(t, previous, 2 * AMOUNT_HALF);
    if (!outside(pct, range)) return;
    const dir = t.change === "down" ? "减少" : "增加";
    push(pct.start, {
      messageId: "changeInconsistent",
      data: { quote: quoteOf(src, t.labelStart, pct.end), current: fmt(base.value), change: fmt(t.value), previous: fmt(previous), direction: dir, computed: fmt(mid(range)), stated: fmt(pct.value) },
      cells: findingCells(form, p),
    });
  });
}

/** A total named in the text: the nearest earlier amount of the paragraph with that name, else the table quantity. */
function resolveName(name: string, before: Token[], scope: Scope, tables: Tables, path: string[], narrative: Form): { value: number; name: string } | undefined {
  const n = name.replace(/总额$/, "");
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    if (!isLevel(t) || t.kind !== "money") continue;
    const l = t.label.replace(/总额$/, "");
    if (l !== "" && (l.endsWith(n) || (l.length >= 4 && n.endsWith(l)))) return { value: t.value, name };
  }
  const r = resolveTerm(name, scopeOf(name) ?? scope, tables, path);
  return r && r.relation === "eq" ? { value: r.value, name: `${r.what}，${sheetPrefixed(r, narrative, r.at)}` } : undefined;
}

