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
  const fmt = numFmt === undefined ? "" : (LOCALE_BUILT_INS[numFmt] ?? numFmt);
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return displayText(value);
  const sections = splitSections(fmt);
  if (sections.some((s) => /\[(?:[<>=]|DBNum|h\]|m\]|s\])/i.test(s))) return undefined;
  let section: string;
  let signless = false;
  if (value < 0 && sections.length >= 2) {
    section = sections[1]!;
    signless = true;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2]!;
  } else {
    section = sections[0]!;
  }
  const tokens = tokenize(section);
  if (tokens === undefined) return undefined;
  if (tokens.some((t) => t.kind === "date")) return formatDate(value, tokens, date1904);
  const v = signless ? Math.abs(value) : value;
  if (tokens.some((t) => t.kind === "general")) {
    if (tokens.some((t) => t.kind === "digit")) return undefined;
    return tokens.map((t) => (t.kind === "general" ? displayText(v) : t.text)).join("");
  }
  return formatPlain(v, tokens);
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

/** Rounds half away from zero on the decimal digits people see (1.005 → 1.01, as Excel does). */
function roundTo(value: number, decimals: number): number {
  const normalised = Number(value.toPrecision(15));
  const shifted = Math.round(Number(`${Math.abs(normalised)}e${decimals}`));
  return Math.sign(normalised) * Number(`${shifted}e-${decimals}`);
}

function formatPlain(value: number, tokens: Token[]): string | undefined {
  const digitIdx = tokens.map((t, i) => (t.kind === "digit" && "0#?".includes(t.text) ? i : -1)).filter((i) => i >= 0);
  if (digitIdx.length === 0) {
    // Only literals (and maybe "%"): Excel shows the literals and "-" for negatives.
    const sign = value < 0 ? "-" : "";
    return sign + tokens.map((t) => (t.kind === "digit" && t.text === "%" ? "%" : t.kind === "literal" ? t.text : "")).join("");
  }
  const first = digitIdx[0]!;
  const last = digitIdx[digitIdx.length - 1]!;
  const middle = tokens.slice(first, last + 1);
  // A literal between digit placeholders (phone-number formats) is beyond this renderer.
  if (middle.some((t) => t.kind !== "digit")) return undefined;
  let pattern = middle.map((t) => t.text).join("");
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
  let v = value * scale * 100 ** percents;

  const dot = pattern.indexOf(".");
  const intPattern = dot < 0 ? pattern : pattern.slice(0, dot);
  const decPattern = dot < 0 ? "" : pattern.slice(dot + 1).replace(/[,.]/g, "");
  const grouping = intPattern.includes(",");
  pattern = intPattern.replace(/,/g, "");
  const minInt = (pattern.match(/0/g) ?? []).length;
  const maxDec = decPattern.length;
  const minDec = (decPattern.match(/[0?]/g) ?? []).length;

  v = roundTo(v, maxDec);
  const negative = v < 0;
  const fixed = Math.abs(v).toFixed(maxDec);
  if (fixed.includes("e")) return undefined;
  let [intPart = "", decPart = ""] = fixed.split(".");
  // Drop optional ("#") decimals that are zero.
  while (decPart.length > minDec && decPart.endsWith("0")) decPart = decPart.slice(0, -1);
  if (intPart === "0" && minInt === 0) intPart = "";
  while (intPart.length < minInt) intPart = "0" + intPart;
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // "#.##" shows 5 as "5." in Excel: the point stays even with no decimals to show.
  const number = dot >= 0 ? `${intPart}.${decPart}` : intPart;
  const text = (ts: Token[]) => ts.map((t) => (t.kind === "literal" || t.kind === "digit" ? t.text : "")).join("");
  return `${negative ? "-" : ""}${text(prefix)}${number}${text(suffix)}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];

function formatDate(serial: number, tokens: Token[], date1904: boolean): string | undefined {
  if (serial < 0) return undefined; // Excel shows ##### for negative dates
  const epoch = date1904 ? UNIX_EPOCH_SERIAL_1904 : UNIX_EPOCH_SERIAL;
  // Round to the second, as Excel does for formats without fractional seconds.
  const d = new Date(Math.round(((serial - epoch) * MS_PER_DAY) / 1000) * 1000);
  if (Number.isNaN(d.getTime())) return undefined;
  const twelveHour = tokens.some((t) => t.kind === "ampm");
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const dateTokens = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.kind === "date");
  // "m" is minutes right after an hour or right before a second, otherwise month.
  const isMinute = (k: number): boolean => {
    const prev = dateTokens[k - 1]?.t.text[0];
    const next = dateTokens[k + 1]?.t.text[0];
    return prev === "h" || next === "s";
  };
  let out = "";
  let k = 0;
  for (const t of tokens) {
    if (t.kind === "literal" || t.kind === "digit" || t.kind === "general") {
      out += t.text;
      continue;
    }
    if (t.kind === "ampm") {
      const pm = d.getUTCHours() >= 12;
      if (t.text === "上午/下午") out += pm ? "下午" : "上午";
      else if (/^a\/p$/i.test(t.text)) out += pm ? "P" : "A";
      else out += pm ? "PM" : "AM";
      continue;
    }
    const s = t.text;
    switch (s[0]) {
      case "y":
        out += s.length <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
        break;
      case "m":
        if (s.length <= 2 && isMinute(k)) out += pad(d.getUTCMinutes(), s.length);
        else if (s.length <= 2) out += pad(d.getUTCMonth() + 1, s.length);
        else if (s.length === 3) out += MONTHS[d.getUTCMonth()]!.slice(0, 3);
        else if (s.length === 4) out += MONTHS[d.getUTCMonth()]!;
        else out += MONTHS[d.getUTCMonth()]!.slice(0, 1);
        break;
      case "d":
        if (s.length <= 2) out += pad(d.getUTCDate(), s.length);
        else if (s.length === 3) out += DAYS[d.getUTCDay()]!.slice(0, 3);
        else out += DAYS[d.getUTCDay()]!;
        break;
      case "a":
        out += s.length === 3 ? DAYS_ZH[d.getUTCDay()]! : `星期${DAYS_ZH[d.getUTCDay()]!}`;
        break;
      case "h": {
        let h = d.getUTCHours();
        if (twelveHour) h = h % 12 === 0 ? 12 : h % 12;
        out += pad(h, Math.min(s.length, 2));
        break;
      }
      case "s":
        out += pad(d.getUTCSeconds(), Math.min(s.length, 2));
        break;
      default:
        return undefined;
    }
    k++;
  }
  return out;
}
