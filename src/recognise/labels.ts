/**
 * Label matching. Forms are recognised by their labels, never by fixed positions, and labels
 * vary by province and year: spaces inside words ("合  计"), full-width or half-width brackets,
 * trailing colons, line breaks inside a cell, "(50分)" after a heading, numbering in front of
 * a title ("1、", "附件3", "[bookmark: …]"). `normLabel` removes all of that so one pattern
 * serves every layout.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII variants → ASCII, ideographic space → space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Normalised label: no whitespace, half-width brackets, no trailing colon. */
export function normLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, "")
    .replace(/[【〔]/g, "[")
    .replace(/[】〕]/g, "]")
    .replace(/[:：]+$/, "");
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

export function canonicalLevel1(text: string): string | undefined {
  const n = withoutPoints(normLabel(text));
  for (const [name, re] of Object.entries(LEVEL1_CANON)) if (re.test(n)) return name;
  return undefined;
}

export function canonicalLevel2(text: string): { name: string; level1: string[] } | undefined {
  const n = withoutPoints(normLabel(text));
  // "服务对象满意度指" (cut off by a narrow PDF column) still names the category.
  const candidates = [n, n.endsWith("指") ? n + "标" : n];
  for (const c of candidates) for (const e of LEVEL2_CANON) if (e.re.test(c)) return { name: e.name, level1: e.level1 };
  return undefined;
}
