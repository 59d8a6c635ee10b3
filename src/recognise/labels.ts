/**
 * Label matching. Forms are recognised by their labels, never by fixed positions, and labels
 * vary by province and year: spaces inside words ("合  计"), full-width or half-width brackets,
 * trailing colons, line breaks inside a cell, "(50分)" after a heading, numbering in front of
 * a title ("1、", "附件3", "[bookmark: …]"). `normLabel` removes all of that so one pattern
 * serves every layout.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const ANY_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII variants → ASCII, ideographic space → space. */
export function toHalfWidth(s: string): string {
  if (!ANY_FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/**
 * normLabel's answers for short texts. Every reader normalises the same labels again and again
 * (each cell is tried against several label sets); the cache is dropped when it grows large.
 */
const normCache = new Map<string, string>();
const NORM_CACHE_TEXT = 200;
const NORM_CACHE_SIZE = 50_000;
/** Everything normLabel changes: whitespace, full-width forms, 【〔】〕 and colons. */
const NEEDS_NORMALISING = /[\s\uFF01-\uFF5E\u3000【〔】〕:：]/;

/** Normalised label: no whitespace, half-width brackets, no trailing colon. */
export function normLabel(s: string): string {
  // Nothing to change (most codes, numbers and plain words): no work, and no cache entry either.
  if (!NEEDS_NORMALISING.test(s)) return s;
  const cached = normCache.get(s);
  if (cached !== undefined) return cached;
  const n = toHalfWidth(s)
    .replace(/\s+/g, "")
    .replace(/[【〔]/g, "[")
    .replace(/[】〕]/g, "]")
    .replace(/[:：]+$/, "");
  if (s.length <= NORM_CACHE_TEXT) {
    if (normCache.size >= NORM_CACHE_SIZE) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

/** A title as printed, without the numbering and markup a document puts before it. */
export function cleanTitle(s: string): string {
  return s
    .replace(/\[bookmark:[^\]]*\]/g, "")
    .replace(/^\s*附\s*件\s*\d*\s*[:：]?\s*/, "")
    .replace(/^\s*[-•·]\s*/, "")
    .replace(/^\s*(第[一二三四五六七八九十]+部分)\s*/, "")
    .replace(/^\s*[（(]?[一二三四五六七八九十\d]+[)）]?\s*[、.．]\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Points stated in a heading such as "产出指标 (50分)" → 50; null when none. */
export function statedPoints(label: string): number | null {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(toHalfWidth(label));
  return m && m[1] ? Number(m[1]) : null;
}

/** "产出指标 (50分)" → "产出指标" */
export function withoutPoints(label: string): string {
  return label.replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, "").trim();
}

/** Year stated in a title or header: "2021年…", "(2024年度)", "2021 年度". */
export function yearIn(text: string): number | undefined {
  const m = /(20\d{2}|19\d{2})\s*年/.exec(toHalfWidth(text));
  return m && m[1] ? Number(m[1]) : undefined;
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function matches(text: string, re: RegExp): boolean {
  return re.test(normLabel(text));
}

/** The canonical 一级 categories (both frameworks), with the names forms use for them. */
export const LEVEL1_CANON: Record<string, RegExp> = {
  产出指标: /^产出(指标)?$/,
  成本指标: /^成本(指标)?$/,
  效益指标: /^(效益|效果)(指标)?$/,
  满意度指标: /^满意度(指标)?$/,
};

/** Known 二级 names → their canonical 一级 (成本指标 sits under 产出 in the older framework). */
export const LEVEL2_CANON: { re: RegExp; name: string; level1: string[] }[] = [
  { re: /^(产出)?数量(指标)?$/, name: "数量指标", level1: ["产出指标"] },
  { re: /^(产出)?质量(指标)?$/, name: "质量指标", level1: ["产出指标"] },
  { re: /^(产出)?时效(指标)?$/, name: "时效指标", level1: ["产出指标"] },
  { re: /^(产出)?成本(指标)?$/, name: "成本指标", level1: ["产出指标", "成本指标"] },
  { re: /^经济成本(指标)?$/, name: "经济成本指标", level1: ["成本指标"] },
  { re: /^社会成本(指标)?$/, name: "社会成本指标", level1: ["成本指标"] },
  { re: /^生态(环境)?成本(指标)?$/, name: "生态环境成本指标", level1: ["成本指标"] },
  { re: /^经济效益(指标)?$/, name: "经济效益指标", level1: ["效益指标"] },
  { re: /^社会效益(指标)?$/, name: "社会效益指标", level1: ["效益指标"] },
  { re: /^(生态|环境|生态环境)效益(指标)?$/, name: "生态效益指标", level1: ["效益指标"] },
  { re: /^可持续影响(指标)?$/, name: "可持续影响指标", level1: ["效益指标"] },
  { re: /^(社会公众)?(及|或)?服务对象满意度(指标?)?$|^社会公众(及|或)服务对象满意度(指标)?$|^满意度(指标)?$/, name: "服务对象满意度指标", level1: ["满意度指标"] },
];

/** Answers of canonicalLevel1 / canonicalLevel2 by text (-1: none), dropped when large. */
const level1Cache = new Map<string, string | null>();
const level2Cache = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (key.length <= NORM_CACHE_TEXT) {
    if (cache.size >= NORM_CACHE_SIZE) cache.clear();
    cache.set(key, value);
  }
  return value;
}

export function canonicalLevel1(text: string): string | undefined {
  const cached = level1Cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const n = withoutPoints(normLabel(text));
  const found = Object.entries(LEVEL1_CANON).find(([, re]) => re.test(n))?.[0];
  remember(level1Cache, text, found ?? null);
  return found;
}

export function canonicalLevel2(text: string): { name: string; level1: string[] } | undefined {
  let index = level2Cache.get(text);
  if (index === undefined) {
    const n = withoutPoints(normLabel(text));
    // "服务对象满意度指" (cut off by a narrow PDF column) still names the category.
    const candidates = [n, n.endsWith("指") ? n + "标" : n];
    index = -1;
    for (const c of candidates) {
      index = LEVEL2_CANON.findIndex((e) => e.re.test(c));
      if (index >= 0) break;
    }
    remember(level2Cache, text, index);
  }
  const e = LEVEL2_CANON[index];
  // A new object each time, as before: callers may keep or change what they get.
  return e ? { name: e.name, level1: e.level1 } : undefined;
}
