/**
 * Displayed text of a number under an Excel number format.
 *
 * exceljs never applies number formats: `cell.text` of 1234.5 under "#,##0.00" is "1234.5" and a
 * date cell's text is JavaScript's `Date.toString()`. Clerks (and our rules) read what Excel
 * shows, so this covers the formats budget forms use: General, fixed decimals, thousands
 * separators, percentages, currency literals and dates/times. Anything beyond that (fractions,
 * scientific, conditions, Chinese numerals [DBNum]) returns undefined and the caller falls back to
 * General — better a plain number than a wrong rendering.
 */
import { displayText } from "../../grid/grid";

/** Excel's serial for 1970-01-01 (1900 date system; 1904 system in brackets). */
const UNIX_EPOCH_SERIAL = 25569;
const UNIX_EPOCH_SERIAL_1904 = 24107;
const MS_PER_DAY = 86_400_000;

/** JS Date (exceljs builds them in UTC) → Excel serial number. */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + (date1904 ? UNIX_EPOCH_SERIAL_1904 : UNIX_EPOCH_SERIAL);
  // Trim float noise from the division; a millisecond is ~1.2e-8 of a day.
  return Math.round(serial * 1e10) / 1e10;
}

/**
 * exceljs reports the built-in formats by their en-US strings. Excel renders ids 14 and 22 in
 * the reader's locale; our readers are in zh-CN.
 */
const LOCALE_BUILT_INS: Record<string, string> = {
  "mm-dd-yy": "yyyy/m/d",
  'm/d/yy "h":mm': "yyyy/m/d h:mm",
  "m/d/yy h:mm": "yyyy/m/d h:mm",
};

/** The format of a date cell that carries no date format of its own. */
export const DEFAULT_DATE_FORMAT = "yyyy/m/d";

export function formatNumber(value: number, numFmt: string | undefined, date1904 = false): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (numFmt === undefined) return displayText(value);
  const format = parsedFormat(numFmt);
  if (format === GENERAL) return displayText(value);
  if (format === UNSUPPORTED) return undefined;
  // Sections: positive;negative;zero. The negative section shows the value without its sign.
  let section = 0;
  if (value < 0 && format.count >= 2) section = 1;
  else if (value === 0 && format.count >= 3) section = 2;
  const render = format.sections[section];
  return render === undefined ? undefined : render(value, date1904);
}

/** One section of a format, ready to render a number; undefined where the section is beyond us. */
type SectionRenderer = (value: number, date1904: boolean) => string | undefined;

/** General, "@" or no format: the value's own text. */
const GENERAL = "general";
/** A condition, [DBNum] or elapsed time somewhere in the format: never rendered. */
const UNSUPPORTED = "unsupported";

type ParsedFormat =
  | typeof GENERAL
  | typeof UNSUPPORTED
  | {
      /** How many sections the format has (a fourth, for text, is never used for numbers). */
      count: number;
      /** Renderers of the positive, negative and zero sections, as many as the format has. */
      sections: (SectionRenderer | undefined)[];
    };

/**
 * Parsed formats by format string. A sheet has a handful of formats over many cells, so each
 * format is split and tokenised once; the bound keeps a workbook of odd formats from growing it
 * without end (the oldest entry makes way).
 */
const parsedFormats = new Map<string, ParsedFormat>();
export const FORMAT_CACHE_LIMIT = 512;

/** How many parsed formats are held (for tests of the bound). */
export function parsedFormatCount(): number {
  return parsedFormats.size;
}

function parsedFormat(numFmt: string): ParsedFormat {
  let format = parsedFormats.get(numFmt);
  if (format === undefined) {
    format = parseFormat(numFmt);
    if (parsedFormats.size >= FORMAT_CACHE_LIMIT) parsedFormats.delete(parsedFormats.keys().next().value!);
    parsedFormats.set(numFmt, format);
  }
  return format;
}

function parseFormat(numFmt: string): ParsedFormat {
  const fmt = LOCALE_BUILT_INS[numFmt] ?? numFmt;
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return GENERAL;
  const sections = splitSections(fmt);
  if (sections.some((s) => /\[(?:[<>=]|DBNum|h\]|m\]|s\])/i.test(s))) return UNSUPPORTED;
  return {
    count: sections.length,
    // Only the negative section (index 1) is ever chosen for a negative value.
    sections: sections.slice(0, 3).map((s, i) => parseSection(s, i === 1)),
  };
}

function parseSection(section: string, signless: boolean): SectionRenderer | undefined {
  const tokens = tokenize(section);
  if (tokens === undefined) return undefined;
  // A date section is given the value as it is, sign included (a negative date shows nothing).
  if (tokens.some((t) => t.kind === "date")) return dateRenderer(tokens);
  const abs = signless ? Math.abs : (v: number) => v;
  if (tokens.some((t) => t.kind === "general")) {
    if (tokens.some((t) => t.kind === "digit")) return undefined;
    return (value) => {
      const shown = displayText(abs(value));
      return tokens.map((t) => (t.kind === "general" ? shown : t.text)).join("");
    };
  }
  const plain = plainRenderer(tokens);
  return plain && ((value) => plain(abs(value)));
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === "\\" && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

type Token =
  | { kind: "literal"; text: string }
  /** Digit placeholders, ".", "," and "%" of a number format. */
  | { kind: "digit"; text: string }
  | { kind: "date"; text: string }
  | { kind: "ampm"; text: string }
  /** "General" inside a section, e.g. `General"元"`. */
  | { kind: "general"; text: string };

/** Splits a section into literals, digit placeholders and date parts; undefined if unsupported. */
function tokenize(section: string): Token[] | undefined {
  const tokens: Token[] = [];
  const lit = (text: string) => tokens.push({ kind: "literal", text });
  let i = 0;
  while (i < section.length) {
    const ch = section[i]!;
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(end < 0 ? section.slice(i + 1) : section.slice(i + 1, end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      lit(section[i + 1] ?? "");
      i += 2;
    } else if (ch === "_") {
      lit(" "); // "_)" leaves the width of ")" blank
      i += 2;
    } else if (ch === "*") {
      i += 2; // fill character: repeats to the column width, nothing in plain text
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = end < 0 ? "" : section.slice(i + 1, end);
      // [$¥-804] is a currency symbol plus locale; [$-804] and colours ([Red]) show nothing.
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency?.[1]) lit(currency[1]);
      i = end < 0 ? section.length : end + 1;
    } else if (/^general/i.test(rest)) {
      tokens.push({ kind: "general", text: "General" });
      i += "general".length;
    } else if (/^(AM\/PM|A\/P|上午\/下午)/i.test(rest)) {
      const m = /^(AM\/PM|A\/P|上午\/下午)/i.exec(rest)!;
      tokens.push({ kind: "ampm", text: m[1]! });
      i += m[1]!.length;
    } else if (/[yYmMdDhHsSeE]/.test(ch) && !(ch === "E" && /^E[+-]/.test(rest))) {
      let j = i;
      while (j < section.length && section[j]!.toLowerCase() === ch.toLowerCase()) j++;
      let text = section.slice(i, j).toLowerCase();
      // "ss.00" style fractional seconds: not supported.
      if (text[0] === "s" && section[j] === "." && section[j + 1] === "0") return undefined;
      if (text[0] === "e") text = "yyyy";
      tokens.push({ kind: "date", text });
      i = j;
    } else if (ch === "a" && /^a{3,4}/.test(rest)) {
      const m = /^a{3,4}/.exec(rest)!;
      tokens.push({ kind: "date", text: m[0] });
      i += m[0].length;
    } else if ("0#?.,%".includes(ch)) {
      tokens.push({ kind: "digit", text: ch });
      i++;
    } else if (ch === "E") {
      return undefined; // scientific
    } else {
      // Anything else is shown as is, "/" included: a date separator in "yyyy/m/d". In a
      // fraction ("# ?/?") it sits between digit placeholders, which formatPlain refuses.
      lit(ch);
      i++;
    }
  }
  return tokens;
}

/** Exact powers of ten for roundTo's shortcut. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Rounds half away from zero on the decimal digits people see (1.005 → 1.01, as Excel does). */
export function roundTo(value: number, decimals: number): number {
  // Shortcut, same result as the decimal-string rounding below: that rounding only differs from
  // rounding the binary product when the product lies within a relative ~6e-15 of a half (the
  // 15-digit normalising plus a few float roundings), so a product clear of that by 1e-13 rounds
  // alike; and an integer shifted back by an exact power of ten is divided with one correct
  // rounding, as parsing "<integer>e-<decimals>" does. Magnitudes whose string form has an
  // exponent are left to the long way, which treats them its own way.
  const scale = POWERS_OF_TEN[decimals];
  const size = Math.abs(value);
  if (scale !== undefined && size >= 1e-5 && size < 1e15) {
    const product = size * scale;
    if (product < 2 ** 52) {
      if (Number.isInteger(value)) return value; // exact product, nothing to round
      const half = product - Math.floor(product) - 0.5;
      if (Math.abs(half) > product * 1e-13) return Math.sign(value) * (Math.round(product) / scale);
    }
  }
  const normalised = Number(value.toPrecision(15));
  const shifted = Math.round(shiftDecimal(Math.abs(normalised), decimals));
  return Math.sign(normalised) * shiftDecimal(shifted, -decimals);
}

/**
 * n × 10^by through the decimal string, so no binary rounding creeps in; numbers whose string
 * form has an exponent ("1e-7", "1e+21") have it adjusted rather than a second one appended.
 */
function shiftDecimal(n: number, by: number): number {
  const s = String(n);
  const e = s.indexOf("e");
  return e < 0 ? Number(`${s}e${by}`) : Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + by}`);
}

/** Renders numbers under a section of digit placeholders; undefined if the section is beyond us. */
function plainRenderer(tokens: Token[]): ((value: number) => string | undefined) | undefined {
  const digitIdx = tokens.map((t, i) => (t.kind === "digit" && "0#?".includes(t.text) ? i : -1)).filter((i) => i >= 0);
  if (digitIdx.length === 0) {
    // Only literals (and maybe "%"): Excel shows the literals and "-" for negatives.
    const shown = tokens.map((t) => (t.kind === "digit" && t.text === "%" ? "%" : t.kind === "literal" ? t.text : "")).join("");
    return (value) => (value < 0 ? "-" : "") + shown;
  }
  const first = digitIdx[0]!;
  const last = digitIdx[digitIdx.length - 1]!;
  const middle = tokens.slice(first, last + 1);
  // A literal between digit placeholders (phone-number formats) is beyond this renderer.
  if (middle.some((t) => t.kind !== "digit")) return undefined;
  const pattern = middle.map((t) => t.text).join("");
  // Trailing commas right after the last placeholder scale by 1000 each.
  let tail = last + 1;
  let scale = 1;
  while (tokens[tail]?.kind === "digit" && tokens[tail]!.text === ",") {
    scale /= 1000;
    tail++;
  }
  const prefix = tokens.slice(0, first);
  const suffix = tokens.slice(tail);
  const percents = [...prefix, ...suffix].filter((t) => t.kind === "digit" && t.text === "%").length;
  if ([...prefix, ...suffix].some((t) => t.kind === "digit" && t.text !== "%")) return undefined;
  const percentScale = 100 ** percents;

  const dot = pattern.indexOf(".");
  const intPattern = dot < 0 ? pattern : pattern.slice(0, dot);
  const decPattern = dot < 0 ? "" : pattern.slice(dot + 1).replace(/[,.]/g, "");
  const grouping = intPattern.includes(",");
  const minInt = (intPattern.replace(/,/g, "").match(/0/g) ?? []).length;
  const maxDec = decPattern.length;
  const minDec = (decPattern.match(/[0?]/g) ?? []).length;
  const text = (ts: Token[]) => ts.map((t) => (t.kind === "literal" || t.kind === "digit" ? t.text : "")).join("");
  const before = text(prefix);
  const after = text(suffix);

  // The common case ("0.00", "#,##0.00", "0%"): toFixed's own digits, grouped at most.
  const asFixed = minDec === maxDec && minInt === 1 && (dot >= 0) === (maxDec > 0);
  return (value) => {
    const v = roundTo(value * scale * percentScale, maxDec);
    if (!Number.isFinite(v)) return undefined;
    const negative = v < 0;
    const fixed = Math.abs(v).toFixed(maxDec);
    if (fixed.includes("e")) return undefined;
    let number: string;
    // (Past toFixed's range the "digits" can be "NaN" or "Infinity": the long way then.)
    if (asFixed && isDigit(fixed.charCodeAt(0))) {
      number = grouping ? groupThousands(fixed) : fixed;
    } else {
      const point = fixed.indexOf(".");
      let intPart = point < 0 ? fixed : fixed.slice(0, point);
      let decPart = point < 0 ? "" : fixed.slice(point + 1);
      // Drop optional ("#") decimals that are zero.
      while (decPart.length > minDec && decPart.endsWith("0")) decPart = decPart.slice(0, -1);
      if (intPart === "0" && minInt === 0) intPart = "";
      while (intPart.length < minInt) intPart = "0" + intPart;
      if (grouping) intPart = groupThousands(intPart);
      // "#.##" shows 5 as "5." in Excel: the point stays even with no decimals to show.
      number = dot >= 0 ? `${intPart}.${decPart}` : intPart;
    }
    return `${negative ? "-" : ""}${before}${number}${after}`;
  };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** "1234567.5" → "1,234,567.5": commas every three digits of the leading run of digits. */
function groupThousands(text: string): string {
  let end = 0;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  if (end <= 3) return text;
  let out = text.slice(0, end % 3 || 3);
  for (let i = end % 3 || 3; i < end; i += 3) out += "," + text.slice(i, i + 3);
  return out + text.slice(end);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];

/** What a date section shows, token by token: literal text, or a part of the date. */
type DatePart = { text: string } | { part: (d: Date) => string };

/** Renders serials under a section with date parts; undefined if the section is beyond us. */
function dateRenderer(tokens: Token[]): SectionRenderer | undefined {
  const twelveHour = tokens.some((t) => t.kind === "ampm");
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const dateTokens = tokens.filter((t) => t.kind === "date");
  // "m" is minutes right after an hour or right before a second, otherwise month.
  const isMinute = (k: number): boolean => {
    const prev = dateTokens[k - 1]?.text[0];
    const next = dateTokens[k + 1]?.text[0];
    return prev === "h" || next === "s";
  };
  const parts: DatePart[] = [];
  let k = 0;
  for (const t of tokens) {
    if (t.kind === "literal" || t.kind === "digit" || t.kind === "general") {
      parts.push({ text: t.text });
      continue;
    }
    if (t.kind === "ampm") {
      const [am, pm] = t.text === "上午/下午" ? ["上午", "下午"] : /^a\/p$/i.test(t.text) ? ["A", "P"] : ["AM", "PM"];
      parts.push({ part: (d) => (d.getUTCHours() >= 12 ? pm! : am!) });
      continue;
    }
    const s = t.text;
    const n = s.length;
    let part: (d: Date) => string;
    switch (s[0]) {
      case "y":
        part = n <= 2 ? (d) => pad(d.getUTCFullYear() % 100, 2) : (d) => String(d.getUTCFullYear());
        break;
      case "m":
        if (n <= 2 && isMinute(k)) part = (d) => pad(d.getUTCMinutes(), n);
        else if (n <= 2) part = (d) => pad(d.getUTCMonth() + 1, n);
        else if (n === 3) part = (d) => MONTHS[d.getUTCMonth()]!.slice(0, 3);
        else if (n === 4) part = (d) => MONTHS[d.getUTCMonth()]!;
        else part = (d) => MONTHS[d.getUTCMonth()]!.slice(0, 1);
        break;
      case "d":
        if (n <= 2) part = (d) => pad(d.getUTCDate(), n);
        else if (n === 3) part = (d) => DAYS[d.getUTCDay()]!.slice(0, 3);
        else part = (d) => DAYS[d.getUTCDay()]!;
        break;
      case "a":
        part = n === 3 ? (d) => DAYS_ZH[d.getUTCDay()]! : (d) => `星期${DAYS_ZH[d.getUTCDay()]!}`;
        break;
      case "h":
        part = (d) => {
          let h = d.getUTCHours();
          if (twelveHour) h = h % 12 === 0 ? 12 : h % 12;
          return pad(h, Math.min(n, 2));
        };
        break;
      case "s":
        part = (d) => pad(d.getUTCSeconds(), Math.min(n, 2));
        break;
      default:
        return undefined;
    }
    parts.push({ part });
    k++;
  }

  return (serial, date1904) => {
    if (serial < 0) return undefined; // Excel shows ##### for negative dates
    const epoch = date1904 ? UNIX_EPOCH_SERIAL_1904 : UNIX_EPOCH_SERIAL;
    // Round to the second, as Excel does for formats without fractional seconds.
    const d = new Date(Math.round(((serial - epoch) * MS_PER_DAY) / 1000) * 1000);
    if (Number.isNaN(d.getTime())) return undefined;
    let out = "";
    for (const p of parts) out += "text" in p ? p.text : p.part(d);
    return out;
  };
}
