/**
 * 指标值 (targets) and 实际完成值 (actuals) as they are written in real forms, read into one
 * structured value that rules and scoring work on.
 *
 *   ≥95%            quantitative  ≥ 95 "%"
 *   588.50万元以内   quantitative  ≤ 588.5 "万元"       (written comparators normalised)
 *   保洁率≥90%       quantitative  ≥ 90 "%", subject 保洁率
 *   90%-95%         quantitative  90 … upper 95 "%"    (range: comparator null)
 *   2021年12月前     deadline      ≤ 2021-12
 *   健全             qualitative
 *
 * What is wrong with a value but still readable (≥9090%及以上, LaTeX left by a PDF converter,
 * placeholders, Excel date serials, vague wording, questions) is reported as defects with a
 * Chinese message; deciding how serious a defect is belongs to the rules (VAL-xx), not here.
 *
 * Decisions:
 * - "以下" is ≤ (everyday finance usage), "以内"/"内"/"前" are ≤, "以上" is ≥, "达到" is ≥.
 * - Several quantities in one cell ("80 个部门 30000 份"): the first is `number`/`unit`, the others
 *   go to `more`, and the value gets a "multiple-numbers" defect.
 * - Words after the quantity that are not part of the unit ("7个工作日内缴纳") go to `note`.
 * - A bare integer 30000–60000 with no unit is read as an Excel date serial unless the caller
 *   says a quantity is expected.
 * - Chinese numerals (五十次, 十二月) are not read: such values come out qualitative.
 */
import { z } from "zod";
import { excelSerialToDate, formatNumber, normaliseWidth } from "./numbers";

export const ComparatorSchema = z.enum(["≥", ">", "=", "≤", "<"]);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const DefectCodeSchema = z.enum([
  "doubled-number", // ≥9090% where 90 was meant
  "redundant-words", // ≥90%及以上: the symbol already says 及以上
  "conflicting-comparators", // ≥50次以内
  "latex", // $\geq 95\%$ left from a PDF conversion
  "unit-in-words", // ≥100百分比, 百分之95
  "placeholder", // *, xx, ×××, —
  "excel-date-serial", // 44561 = 2021-12-31
  "vague", // 提升, 明显, 较好 … and no number
  "question", // 发现故障是否及时维修
  "multiple-numbers", // 80 个部门 30000 份
  "malformed-number", // 1.2.3万元
  "year-missing", // 12月底前
  "invalid-date", // 2021年13月
]);
export type DefectCode = z.infer<typeof DefectCodeSchema>;

export const DefectSchema = z.object({
  code: DefectCodeSchema,
  /** A full Chinese sentence for the clerk. */
  message: z.string(),
  /** The value as it should be written, when the parser can tell. */
  suggested: z.string().optional(),
});
export type Defect = z.infer<typeof DefectSchema>;

export const QuantitySchema = z.object({ number: z.number(), unit: z.string() });
export type Quantity = z.infer<typeof QuantitySchema>;

export const EmptyValueSchema = z.object({ kind: z.literal("empty"), text: z.string() });

/** 定量: [subject] [comparator] number [unit] — "保洁率≥90%", "100次/辆", "> 135 万元". */
export const QuantitativeValueSchema = z.object({
  kind: z.literal("quantitative"),
  text: z.string(),
  /** What is measured when the cell names it before the number ("保洁率" in 保洁率≥90%). */
  subject: z.string().optional(),
  /** null when the value has no symbol and no comparing word ("100万元"). */
  comparator: ComparatorSchema.nullable(),
  number: z.number(),
  /** Upper end of a range "90%-95%". */
  upper: z.number().optional(),
  /** "" when none; "%" for percentages (also when written 百分比). */
  unit: z.string(),
  /** Further quantities written in the same cell (see "multiple-numbers"). */
  more: z.array(QuantitySchema).optional(),
  /** Words after the quantity that are not its unit ("缴纳" in 7个工作日内缴纳). */
  note: z.string().optional(),
  defects: z.array(DefectSchema),
});

/** 时效: a date or deadline — "2021年12月前" (≤), "2021 年 12 月" (null), "12月底前" (no year). */
export const DeadlineValueSchema = z.object({
  kind: z.literal("deadline"),
  text: z.string(),
  subject: z.string().optional(),
  comparator: ComparatorSchema.nullable(),
  year: z.number().int().optional(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
  note: z.string().optional(),
  defects: z.array(DefectSchema),
});

/** 定性: words with no number — "健全", "达成预期指标". */
export const QualitativeValueSchema = z.object({
  kind: z.literal("qualitative"),
  text: z.string(),
  defects: z.array(DefectSchema),
});

export const TargetValueSchema = z.discriminatedUnion("kind", [
  EmptyValueSchema,
  QuantitativeValueSchema,
  DeadlineValueSchema,
  QualitativeValueSchema,
]);
export type TargetValue = z.infer<typeof TargetValueSchema>;
export type QuantitativeValue = z.infer<typeof QuantitativeValueSchema>;
export type DeadlineValue = z.infer<typeof DeadlineValueSchema>;
export type QualitativeValue = z.infer<typeof QualitativeValueSchema>;

export interface ParseTargetOptions {
  /**
   * What the indicator expects, when the caller knows it (from the 二级 name or a unit column):
   * "quantity" stops a bare 5-digit integer from being read as an Excel date serial, "deadline"
   * makes any bare integer in Excel's date range one.
   */
  expect?: "quantity" | "deadline";
}

// ---------------------------------------------------------------------------------------------
// Messages (kept apart from the logic so wording can change without touching the parser)

interface DefectParams {
  written?: string;
  meant?: string;
  words?: string[];
  symbol?: string;
  word?: string;
  serial?: number;
  date?: string;
  quantities?: string[];
}

const MESSAGES: Record<DefectCode, (p: DefectParams, suggested?: string) => string> = {
  "doubled-number": (p, s) => `数字“${p.written}”像是把“${p.meant}”写了两遍，应为“${s}”。`,
  "redundant-words": (p, s) => `符号“${p.symbol}”已经表示“${p.word}”，不必再写“${p.word}”，应写成“${s}”。`,
  "conflicting-comparators": (p) => `符号“${p.symbol}”与“${p.word}”意思相反，请确认指标值是下限还是上限。`,
  latex: (_p, s) =>
    `指标值里有从 PDF 转换留下的公式代码（如 \\geq、$），${s !== undefined ? `应写成“${s}”` : "请删去这些代码"}。`,
  "unit-in-words": (p, s) => `单位“${p.word}”应写成符号“%”，即“${s}”。`,
  placeholder: (p) => `指标值“${p.written}”是占位符，还没有填写实际内容。`,
  "excel-date-serial": (p) =>
    `“${p.serial}”是 Excel 的日期序号，表示 ${p.date}；请把单元格设为日期格式，或直接写成“${p.date}”。`,
  vague: (p) =>
    `指标值用了“${(p.words ?? []).join("”“")}”等模糊表述，没有可衡量的标准；定量指标应写成“符号＋数值＋单位”，如“≥95%”。`,
  question: () => `指标值写成了问句，应写明要达到的标准，例如“及时”或“≤24小时”。`,
  "multiple-numbers": (p) =>
    `一个指标值里写了多个数量（${(p.quantities ?? []).join("、")}），评分时只按第一个计算；建议拆成多个指标。`,
  "malformed-number": (p) => `数值“${p.written}”写法有误，读不出数字。`,
  "year-missing": () => `时限没有写年份，应写明具体年份，例如“2021年12月前”。`,
  "invalid-date": (p) => `日期“${p.written}”不存在，请检查年月日。`,
};

interface DraftDefect {
  code: DefectCode;
  params: DefectParams;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Comparing words and symbols written before the number, longest first so 不低于 wins over 低于. */
const PREFIX_COMPARATORS: readonly (readonly [string, Comparator])[] = sortLongestFirst([
  ["≥", "≥"], [">", ">"], ["=", "="], ["≤", "≤"], ["<", "<"],
  ["大于等于", "≥"], ["大于或等于", "≥"], ["不低于", "≥"], ["不少于", "≥"], ["不小于", "≥"],
  ["至少", "≥"], ["达到", "≥"],
  ["小于等于", "≤"], ["小于或等于", "≤"], ["不超过", "≤"], ["不高于", "≤"], ["不多于", "≤"],
  ["不大于", "≤"], ["最多", "≤"], ["控制在", "≤"],
  ["大于", ">"], ["高于", ">"], ["超过", ">"], ["多于", ">"],
  ["小于", "<"], ["低于", "<"], ["少于", "<"], ["不到", "<"],
  ["等于", "="],
]);

/** Comparing words written after a quantity ("50次以上"). null: a word that stops the unit but does not compare. */
const QUANTITY_SUFFIXES: readonly (readonly [string, Comparator | null])[] = sortLongestFirst([
  ["及以上", "≥"], ["或以上", "≥"], ["以上", "≥"],
  ["及以下", "≤"], ["或以下", "≤"], ["以下", "≤"],
  ["以内", "≤"], ["之内", "≤"], ["内", "≤"],
  ["左右", null],
]);

/** Words after a date ("2021年12月前"). */
const DEADLINE_SUFFIXES: readonly (readonly [string, Comparator])[] = sortLongestFirst([
  ["前", "≤"], ["之前", "≤"], ["以前", "≤"], ["以内", "≤"], ["之内", "≤"], ["内", "≤"],
  ["后", "≥"], ["之后", "≥"], ["以后", "≥"], ["起", "≥"],
]);

/** Degree words that promise change without a measure (VAL-08). */
const VAGUE_WORDS = [
  "提升", "提高", "明显", "显著", "较好", "较高", "较大", "较快", "较多", "有所", "逐步", "进一步",
  "不断", "大幅", "稳步", "更加", "改善", "优化", "加强", "增强",
];

const PLACEHOLDER_WHOLE = /^(?:[*xX×]+|[—–\-_]+|…+|\.{2,}|[/\\]|\?+|待定|待填|待补充)$/;
// A placeholder standing where the number belongs: "≥xx%", "xx万元", "***".
const PLACEHOLDER_PART = /(?<![A-Za-z])(?:[xX×*]{2,})(?![A-Za-z])|[≥≤<>=][xX×*]+|[xX×*]+%/;

const NUMBER_AT_START = /^\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/;
const UNIT_STOP = /[\d,、;:()[\]≥≤<>=~]/;
const RANGE_AT_START = /^(?:-|~|—|–|至|到)(?=[+-]?\d)/;
const SEPARATORS = /^[,、;:.。]+|[,、;:.。]+$/g;

function sortLongestFirst<T extends readonly [string, unknown]>(list: T[]): readonly T[] {
  return [...list].sort((a, b) => b[0].length - a[0].length);
}

function isLowerBound(c: Comparator): boolean {
  return c === "≥" || c === ">";
}

// ---------------------------------------------------------------------------------------------
// Preparation

const LATEX_HINT = /\$|\\[a-zA-Z%]/;

/** Turns what a PDF-to-text converter leaves ("$\geq 95\%$") back into plain text ("≥ 95%"). */
function stripLatex(s: string): string {
  return s
    .replace(/\\(?:text|mathrm|mbox|textrm)\s*\{([^}]*)\}/g, "$1")
    .replace(/\\(?:geqslant|geq|ge)(?![a-zA-Z])/g, "≥")
    .replace(/\\(?:leqslant|leq|le)(?![a-zA-Z])/g, "≤")
    .replace(/\\gt(?![a-zA-Z])/g, ">")
    .replace(/\\lt(?![a-zA-Z])/g, "<")
    .replace(/\\times(?![a-zA-Z])/g, "×")
    .replace(/\\%/g, "%")
    .replace(/\\(?:[,;:! ]|quad|qquad)/g, " ")
    .replace(/[${}]/g, "");
}

/** Width, LaTeX, ASCII comparators and spaces normalised; spaces carry no meaning in these values. */
function prepare(text: string): { s: string; latex: boolean } {
  let s = normaliseWidth(text);
  const latex = LATEX_HINT.test(s);
  if (latex) s = stripLatex(s);
  s = s
    .replace(/>=|=>|≥=/g, "≥")
    .replace(/<=|=<|≤=/g, "≤")
    .replace(/==/g, "=")
    .replace(/\s+/g, "");
  return { s, latex };
}

// ---------------------------------------------------------------------------------------------
// Pieces of the grammar

interface Head {
  subject?: string;
  comparator: Comparator | null;
  /** The written comparator, for messages. */
  comparatorText?: string;
  sign: "" | "-" | "+";
  percentWord: boolean;
}

/** The text before the first digit: [subject] [comparator] [百分之] [sign]. */
function readHead(head: string): Head {
  let h = head;
  let sign: Head["sign"] = "";
  if (h.endsWith("-") || h.endsWith("+")) {
    sign = h.endsWith("-") ? "-" : "+";
    h = h.slice(0, -1);
  }
  let percentWord = false;
  if (h.endsWith("百分之")) {
    percentWord = true;
    h = h.slice(0, -3);
  }
  let comparator: Comparator | null = null;
  let comparatorText: string | undefined;
  const found = PREFIX_COMPARATORS.find(([w]) => h.endsWith(w));
  if (found) {
    [comparatorText, comparator] = found;
    h = h.slice(0, -comparatorText.length);
  }
  h = h.replace(/(?:为|:)+$/, "");
  const result: Head = { comparator, sign, percentWord };
  if (comparatorText !== undefined) result.comparatorText = comparatorText;
  if (h !== "") result.subject = h;
  return result;
}

/** A unit runs from after the number to a digit, a separator, a range mark or a comparing word. */
function readUnit(s: string, suffixes: readonly (readonly [string, unknown])[]): { unit: string; rest: string } {
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    if (UNIT_STOP.test(rest[0] ?? "")) break;
    if (RANGE_AT_START.test(rest)) break;
    if (suffixes.some(([w]) => rest.startsWith(w))) break;
    i += 1;
  }
  return { unit: s.slice(0, i), rest: s.slice(i) };
}

function readSuffix<C>(s: string, suffixes: readonly (readonly [string, C])[]): { word: string; comparator: C; rest: string } | null {
  const found = suffixes.find(([w]) => s.startsWith(w));
  return found ? { word: found[0], comparator: found[1], rest: s.slice(found[0].length) } : null;
}

/** Merges a symbol before the number with a word after it; reports doubled or contradicting ones. */
function combineComparators(
  head: Head,
  suffix: { word: string; comparator: Comparator | null } | null,
  defects: DraftDefect[],
): Comparator | null {
  const after = suffix?.comparator ?? null;
  if (head.comparator === null) return after;
  if (after === null || suffix === null) return head.comparator;
  const params = { symbol: head.comparatorText ?? head.comparator, word: suffix.word };
  const agree = isLowerBound(head.comparator) === isLowerBound(after) && head.comparator !== "=" && after !== "=";
  if (!agree) defects.push({ code: "conflicting-comparators", params });
  // Two words that agree are ordinary Chinese (控制在…以内, 不低于…以上); only a symbol plus a word is redundant.
  else if (head.comparatorText === head.comparator) defects.push({ code: "redundant-words", params });
  return head.comparator;
}

function cleanNote(s: string): string | undefined {
  const note = s.replace(SEPARATORS, "");
  return note === "" ? undefined : note;
}

/** Optional keys are left out rather than set to undefined, so values compare and serialise cleanly. */
function withoutUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  const src = o as Record<string, unknown>;
  for (const k in src) if (Object.prototype.hasOwnProperty.call(src, k) && src[k] !== undefined) out[k] = src[k];
  return out as T;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------
// Deadlines

const DATE_CHINESE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?(底)?/;
const DATE_MONTH_ONLY = /^(\d{1,2})月(?:(\d{1,2})[日号])?(底)?/;
const DATE_NUMERIC = /^(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?|\.(\d{1,2})\.(\d{1,2}))(?!\d)/;

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  rest: string;
}

function readDate(s: string): DateParts | null {
  let m = DATE_CHINESE.exec(s);
  if (m) {
    const year = Number(m[1]);
    if (year < 1900 || year > 2100) return null;
    const parts: DateParts = { year, rest: s.slice(m[0].length) };
    if (m[2] !== undefined) parts.month = Number(m[2]);
    else if (m[4] !== undefined) parts.month = 12; // 年底 = December
    if (m[3] !== undefined) parts.day = Number(m[3]);
    return parts;
  }
  m = DATE_MONTH_ONLY.exec(s);
  if (m) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    const parts: DateParts = { month, rest: s.slice(m[0].length) };
    if (m[2] !== undefined) parts.day = Number(m[2]);
    return parts;
  }
  m = DATE_NUMERIC.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[3] ?? m[5]);
    const day = m[4] ?? m[6];
    const rest = s.slice(m[0].length);
    // "2000-12人" is a range of people, not December 2000: only accept what a deadline can be followed by.
    if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
    if (rest !== "" && !readSuffix(rest, DEADLINE_SUFFIXES)) return null;
    const parts: DateParts = { year, month, rest };
    if (day !== undefined) parts.day = Number(day);
    return parts;
  }
  return null;
}

function dateText(p: { year?: number; month?: number; day?: number }): string {
  return `${p.year !== undefined ? `${p.year}年` : ""}${p.month !== undefined ? `${p.month}月` : ""}${p.day !== undefined ? `${p.day}日` : ""}`;
}

function buildDeadline(text: string, head: Head, date: DateParts, defects: DraftDefect[]): DeadlineValue {
  const suffix = readSuffix(date.rest, DEADLINE_SUFFIXES);
  const comparator = combineComparators(head, suffix, defects);
  const note = cleanNote(suffix ? suffix.rest : date.rest);
  if (date.year === undefined) defects.push({ code: "year-missing", params: {} });
  const { month, day } = date;
  const badMonth = month !== undefined && (month < 1 || month > 12);
  const badDay = day !== undefined && (day < 1 || day > daysInMonth(date.year ?? 2000, month ?? 1));
  if (badMonth || badDay) defects.push({ code: "invalid-date", params: { written: dateText(date) } });

  return withoutUndefined<DeadlineValue>({
    kind: "deadline",
    text,
    subject: head.subject,
    comparator,
    year: date.year,
    month,
    day,
    note,
    defects: [],
  });
}

// ---------------------------------------------------------------------------------------------
// Quantities

function readNumber(s: string, sign: string): { number: number; digits: string; rest: string } | null {
  const m = NUMBER_AT_START.exec(s);
  if (!m) return null;
  const digits = m[0].replace(/,/g, "");
  const number = Number(`${sign}${digits}`);
  // Hundreds of digits overflow to Infinity: not a number anyone meant; read the cell as words.
  if (!Number.isFinite(number)) return null;
  return { number, digits, rest: s.slice(m[0].length) };
}

/** "9090" → "90" when the digits are one number written twice. */
function undoubled(digits: string): string | null {
  const m = /^(\d+(?:\.\d+)?)\1$/.exec(digits);
  return m?.[1] ?? null;
}

function normaliseUnit(unit: string, head: Head, defects: DraftDefect[]): string {
  const word = ["百分比", "百分数"].find((w) => unit.includes(w));
  if (word) {
    defects.push({ code: "unit-in-words", params: { word } });
    return unit.replace(word, "%");
  }
  if (head.percentWord && unit === "") {
    defects.push({ code: "unit-in-words", params: { word: "百分之" } });
    return "%";
  }
  return unit;
}

function buildQuantity(text: string, head: Head, s: string, defects: DraftDefect[]): QuantitativeValue | QualitativeValue {
  const first = readNumber(s, head.sign);
  if (!first || /^\.\d/.test(first.rest)) {
    const written = /^[\d.,]+/.exec(s)?.[0] ?? s;
    defects.push({ code: "malformed-number", params: { written } });
    return { kind: "qualitative", text, defects: defects.map(finishPlain) };
  }
  let { unit, rest } = readUnit(first.rest, QUANTITY_SUFFIXES);
  unit = normaliseUnit(unit, head, defects);

  let upper: number | undefined;
  const range = RANGE_AT_START.exec(rest);
  if (range) {
    const after = rest.slice(range[0].length);
    const sign = /^[+-]/.test(after) ? after[0] ?? "" : "";
    const second = readNumber(after.slice(sign.length), sign);
    if (second) {
      const u = readUnit(second.rest, QUANTITY_SUFFIXES);
      const secondUnit = normaliseUnit(u.unit, { ...head, percentWord: false }, []);
      // "1万元-5000元" is two amounts in different units, not a range.
      if (secondUnit === "" || unit === "" || secondUnit === unit) {
        upper = second.number;
        if (unit === "") unit = secondUnit;
        rest = u.rest;
      }
    }
  }

  const suffix = readSuffix(rest, QUANTITY_SUFFIXES);
  if (suffix) rest = suffix.rest;
  const comparator = combineComparators(head, suffix && suffix.comparator !== null ? suffix : null, defects);

  const more: Quantity[] = [];
  for (;;) {
    const at = rest.search(/\d/);
    if (at < 0) break;
    const next = readNumber(rest.slice(at), "");
    if (!next) break;
    const u = readUnit(next.rest, QUANTITY_SUFFIXES);
    more.push({ number: next.number, unit: u.unit });
    const sfx = readSuffix(u.rest, QUANTITY_SUFFIXES);
    rest = sfx ? sfx.rest : u.rest;
  }
  if (more.length > 0) {
    const quantities = [{ number: first.number, unit }, ...more].map((q) => `${formatNumber(q.number)}${q.unit}`);
    defects.push({ code: "multiple-numbers", params: { quantities } });
  }
  const note = cleanNote(suffix?.comparator === null ? `${suffix.word}${rest}` : rest);

  const value = withoutUndefined<QuantitativeValue>({
    kind: "quantitative",
    text,
    subject: head.subject,
    comparator,
    number: first.number,
    upper,
    unit,
    more: more.length > 0 ? more : undefined,
    note,
    defects: [],
  });

  const half = unit === "%" && first.number > 100 ? undoubled(first.digits) : null;
  if (half !== null) defects.unshift({ code: "doubled-number", params: { written: first.digits, meant: half } });
  return value;
}

// ---------------------------------------------------------------------------------------------
// Qualitative text

function buildQualitative(text: string, s: string, defects: DraftDefect[]): QualitativeValue {
  if (PLACEHOLDER_PART.test(s)) defects.push({ code: "placeholder", params: { written: text.trim() } });
  if (s.includes("是否") || /[吗?]$/.test(s)) defects.push({ code: "question", params: {} });
  const words = VAGUE_WORDS.filter((w) => s.includes(w));
  if (words.length > 0) defects.push({ code: "vague", params: { words } });
  return { kind: "qualitative", text, defects: defects.map(finishPlain) };
}

function finishPlain(d: DraftDefect): Defect {
  return { code: d.code, message: MESSAGES[d.code](d.params) };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Reads a 指标值 or 实际完成值. Never throws; what is odd about the value is in `defects`. */
export function parseTargetValue(input: string | number | null | undefined, options: ParseTargetOptions = {}): TargetValue {
  const text = input === null || input === undefined ? "" : typeof input === "number" ? formatNumber(input) : input;
  const { s, latex } = prepare(text);
  if (s === "") return { kind: "empty", text };

  const defects: DraftDefect[] = latex ? [{ code: "latex", params: {} }] : [];
  if (PLACEHOLDER_WHOLE.test(s)) {
    defects.push({ code: "placeholder", params: { written: text.trim() } });
    return { kind: "qualitative", text, defects: defects.map(finishPlain) };
  }

  // A bare 5-digit integer is what a date cell shows when its format is lost (44561 = 2021-12-31).
  const serial = /^\d{5}$/.test(s) ? Number(s) : NaN;
  const looksLikeSerial = options.expect === "deadline" || (serial >= 30_000 && serial <= 60_000);
  if (!Number.isNaN(serial) && looksLikeSerial && options.expect !== "quantity") {
    const date = excelSerialToDate(serial);
    const written = `${date.year}年${date.month}月${date.day}日`;
    defects.push({ code: "excel-date-serial", params: { serial, date: written } });
    return finish<DeadlineValue>({ kind: "deadline", text, comparator: null, ...date, defects: [] }, defects);
  }

  const firstDigit = s.search(/\d/);
  if (firstDigit < 0) {
    const yearEnd = /^(?:当年|本年|今年)?年底/.exec(s);
    if (yearEnd) {
      return finish(buildDeadline(text, readHead(""), { month: 12, rest: s.slice(yearEnd[0].length) }, defects), defects);
    }
    return buildQualitative(text, s, defects);
  }

  if (options.expect === "deadline" && /^(?:19\d\d|20\d\d|2100)$/.test(s)) {
    return finish(buildDeadline(text, readHead(""), { year: Number(s), rest: "" }, defects), defects);
  }
  const head = readHead(s.slice(0, firstDigit));
  const body = s.slice(firstDigit);
  const date = readDate(body);
  if (date) return finish(buildDeadline(text, head, date, defects), defects);
  const value = buildQuantity(text, head, body, defects);
  return value.kind === "quantitative" ? finish(value, defects) : value;
}

/** Attaches messages; defects whose fix is known carry the fully repaired value as `suggested`. */
function finish<T extends QuantitativeValue | DeadlineValue>(value: T, defects: DraftDefect[]): T {
  let repaired: TargetValue = value;
  const doubled = defects.find((d) => d.code === "doubled-number");
  if (value.kind === "quantitative" && doubled?.params.meant !== undefined) {
    repaired = { ...value, number: Number(`${value.number < 0 ? "-" : ""}${doubled.params.meant}`) };
  }
  const suggestion = formatTargetValue(repaired);
  const fixable: readonly DefectCode[] = ["doubled-number", "redundant-words", "latex", "unit-in-words", "excel-date-serial"];
  value.defects = defects.map((d) => {
    const suggested = fixable.includes(d.code) ? suggestion : undefined;
    const defect: Defect = { code: d.code, message: MESSAGES[d.code](d.params, suggested) };
    if (suggested !== undefined) defect.suggested = suggested;
    return defect;
  });
  return value;
}

const DEADLINE_SUFFIX_FOR: Partial<Record<Comparator, string>> = { "≤": "前" };

/**
 * The canonical way to write a value: "≥95%", "≤588.5万元", "保洁率≥90%", "90%-95%",
 * "80个部门 30000份", "2021年12月前". Qualitative values print as written (trimmed).
 * For well-formed values parseTargetValue(formatTargetValue(v)) gives v back (apart from `text`).
 */
export function formatTargetValue(v: TargetValue): string {
  switch (v.kind) {
    case "empty":
      return "";
    case "qualitative":
      return v.text.trim();
    case "quantitative": {
      let out = `${v.subject ?? ""}${v.comparator ?? ""}${formatNumber(v.number)}${v.unit}`;
      if (v.upper !== undefined) out += `-${formatNumber(v.upper)}${v.unit}`;
      for (const q of v.more ?? []) out += ` ${formatNumber(q.number)}${q.unit}`;
      // A comma keeps the note from being read back as part of the unit.
      if (v.note !== undefined) out += `，${v.note}`;
      return out;
    }
    case "deadline": {
      const suffix = v.comparator === null ? "" : DEADLINE_SUFFIX_FOR[v.comparator];
      const prefix = v.comparator !== null && suffix === undefined ? v.comparator : "";
      return `${v.subject ?? ""}${prefix}${dateText(v)}${suffix ?? ""}${v.note ?? ""}`;
    }
  }
}
