/**
 * Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending
 * with an apostrophe, unique regardless of case, and never "History" (reserved by Excel's
 * change tracking). Excel refuses to open a file that breaks them, and exceljs does not check.
 */

const MAX_LENGTH = 31;
const RESERVED = ["history"];

export function sanitiseSheetName(name: string): string {
  let s = name
    .replace(/[[\]:*?/\\]/g, "_")
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in names
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "Sheet";
  return clip(s, MAX_LENGTH);
}

/** `name` made valid and unique among `taken`: "模板", "模板 (2)", "模板 (3)"… */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const base = sanitiseSheetName(name);
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const free = (n: string) => !used.has(n.toLowerCase()) && !RESERVED.includes(n.toLowerCase());
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clip(base, MAX_LENGTH - suffix.length).replace(/'+$/, "") + suffix;
    if (free(candidate)) return candidate;
  }
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
