/**
 * Numbers as clerks type them into forms: full-width digits from Chinese input methods,
 * thousands separators, accounting negatives "(3.5)", stray spaces, Excel error values.
 *
 * Parsing never throws: blank gives null, anything that is not a number gives `{ error }` with a
 * short Chinese message that can be shown to the clerk as it is.
 */

export type NumberResult = { value: number } | { error: string };

/**
 * How parsePercent read its input:
 * - "percent-sign": the text carried "%" ("95%" → 0.95);
 * - "fraction": no sign and |x| ≤ 1.5, read as a fraction as Excel stores percentages (0.95, 1, 1.2);
 * - "points": no sign and |x| > 1.5, read as percentage points ("95" → 0.95).
 * The 1.5 cut-off is a guess for bare numbers; callers that know the column's unit (a header
 * saying "(%)") should check `basis` and override.
 */
export type PercentBasis = "percent-sign" | "fraction" | "points";
export type PercentResult = { value: number; basis: PercentBasis } | { error: string };

/** Bare numbers up to this size (in absolute value) are taken as fractions by parsePercent. */
export const FRACTION_LIMIT = 1.5;

// Characters outside the full-width block (U+FF01–FF5E) that Chinese input methods, Word and
// PDF converters produce in place of the ASCII sign.
const SINGLE_CHAR_MAP: Record<string, string> = {
  "\u3000": " ", // ideographic space 全角空格
  "\u00a0": " ", // no-break space (Excel/Word)
  "\u2212": "-", // minus sign −
  "\ufe63": "-", // small hyphen-minus ﹣
  "\ufe6a": "%", // small percent ﹪
  "\ufe64": "<",
  "\ufe65": ">",
  "\ufe66": "=",
  "\u301c": "~", // wave dash 〜
  "\uffe5": "¥", // full-width yen ￥ (used for 人民币)
  "≧": "≥",
  "≦": "≤",
  "⩾": "≥", // slanted forms from some fonts / PDF converters
  "⩽": "≤",
};

/**
 * Full-width digits, letters and signs (０-９, ．，％＋－＜＞＝ …, full-width space) → ASCII;
 * ≧ ≦ ⩾ ⩽ → ≥ ≤. Everything else, Chinese text included, is left as it is.
 */
/** Any character normaliseWidth changes (most cells have none, and are returned as they are). */
const NEEDS_WIDTH = new RegExp(`[\\uff01-\\uff5e\\u2000-\\u200a${Object.keys(SINGLE_CHAR_MAP).join("")}]`, "u");

export function normaliseWidth(s: string): string {
  if (!NEEDS_WIDTH.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code >= 0x2000 && code <= 0x200a) out += " "; // en/em/thin spaces
    else out += SINGLE_CHAR_MAP[ch] ?? ch;
  }
  return out;
}

const ERROR_VALUE = /^#[A-Z0-9/_]+[!?]?$/i;
// Thousands groups must be complete ("1,406.53"); "1,40" is more likely a list than a number.
const PLAIN_NUMBER = /^([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?$/i;

function notANumber(original: string): { error: string } {
  return { error: `“${original}”不是有效的数字。` };
}

/** Reads the unsigned body of a plain number; returns the digits as Number() accepts them. */
function plainNumberText(s: string): string | null {
  const m = PLAIN_NUMBER.exec(s);
  if (!m) return null;
  const exponent = m[3] !== undefined ? `e${m[3]}` : "";
  return `${m[1] ?? ""}${(m[2] ?? "").replace(/,/g, "")}${exponent}`;
}

/**
 * Normalises a typed number to the text Number() reads, or explains why it is not one.
 * Returns null for blank input.
 */
function cleanNumberText(input: string): { text: string } | { error: string } | null {
  const original = input.trim();
  let s = normaliseWidth(input).trim();
  if (s === "") return null;
  if (ERROR_VALUE.test(s)) return { error: `单元格是错误值 ${s}，不是数字。` };
  // Spaces between digits are thousands separators ("1 406.53"); other spaces are noise.
  s = s.replace(/(?<=\d)\s+(?=\d)/g, ",").replace(/\s+/g, "");
  if (s.endsWith("%")) return { error: `“${original}”是百分数，不是普通数字。` };

  let negative = false;
  const accounting = /^\((.*)\)$/.exec(s); // 会计记账负数 "(3.5)" = -3.5
  if (accounting) {
    negative = true;
    s = accounting[1] ?? "";
    if (/^[+-]/.test(s)) return notANumber(original);
  }
  // Currency sign before or after the minus: "¥-3", "-¥3".
  s = s.replace(/^([+-]?)¥/, "$1");
  const text = plainNumberText(s);
  if (text === null) return notANumber(original);
  if (!negative) return { text };
  return { text: `-${text}` };
}

/**
 * A plain number (money, counts) from a cell: "1,406.53", "１４０６．５３", " 588.50 ", "-3",
 * "(3.5)" (accounting negative), "¥1,200". Percentages are refused: use parsePercent.
 * JS numbers pass through when finite.
 */
export function parseNumber(input: string | number | null | undefined): NumberResult | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") {
    return Number.isFinite(input) ? { value: input } : { error: "数值无效（不是有限的数）。" };
  }
  const cleaned = cleanNumberText(input);
  if (cleaned === null || "error" in cleaned) return cleaned;
  const value = Number(cleaned.text);
  return Number.isFinite(value) ? { value } : notANumber(input.trim());
}

/**
 * A percentage as a fraction: "95%" → 0.95, "100%" → 1, "0.95" → 0.95, "95" → 0.95 (see
 * PercentBasis for how bare numbers are read). Returns null for blank input.
 */
export function parsePercent(input: string | number | null | undefined): PercentResult | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "string") {
    const s = normaliseWidth(input).trim();
    if (s.endsWith("%")) {
      const cleaned = cleanNumberText(s.slice(0, -1));
      if (cleaned === null) return { error: `“${input.trim()}”缺少数值。` };
      if ("error" in cleaned) return notANumber(input.trim());
      // Shift the decimal point in the text so 0.07% gives exactly 0.0007, not 0.0007000000000000001.
      return { value: scaleByHundredth(cleaned.text), basis: "percent-sign" };
    }
  }
  const n = parseNumber(input);
  if (n === null || "error" in n) return n;
  if (Math.abs(n.value) <= FRACTION_LIMIT) return { value: n.value, basis: "fraction" };
  return { value: scaleByHundredth(String(n.value)), basis: "points" };
}

/** Number(text) / 100 without the rounding error of a floating-point division. */
function scaleByHundredth(text: string): number {
  const m = /^(.*?)(?:e([+-]?\d+))?$/i.exec(text);
  const mantissa = m?.[1] ?? text;
  const exponent = Number(m?.[2] ?? 0) - 2;
  return Number(`${mantissa}e${exponent}`);
}

/**
 * Prints a number so that parseNumber reads it back: without `decimals` the shortest text that
 * round-trips exactly (JS's own number printing, which may use an exponent for very large or
 * small values); with `decimals`, fixed-point (then the round trip holds only for numbers that
 * have at most that many decimals). Non-finite numbers print as Excel's #NUM!.
 */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (decimals === undefined) return Object.is(n, -0) ? "0" : String(n);
  const fixed = n.toFixed(Math.min(100, Math.max(0, Math.trunc(decimals))));
  return /^-0(?:\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

/** The calendar date an Excel serial number means (1900 date system, serials after 1900-02-28). */
export function excelSerialToDate(serial: number): { year: number; month: number; day: number } {
  // Day 0 is 1899-12-30 because Excel counts the non-existent 1900-02-29.
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
