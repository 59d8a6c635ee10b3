/**
 * What the JN rules share: the texts of a 决算 package (the 决算情况说明's title, headings and
 * paragraphs; the tables' titles, unit lines and notes) with the cells they sit in, the sections
 * the national template asks the 说明 to hold, and the report's own year.
 */
import type { FinalAccountsNarrativeForm, FinalAccountsTableId, Form, NarrativeSection, NarrativeText } from "../../../forms/forms";
import type { TracedText } from "../../../forms/traced";
import { normLabel, toHalfWidth } from "../../../recognise/labels";

export type Narrative = FinalAccountsNarrativeForm;

export function narratives(forms: readonly Form[]): Narrative[] {
  return forms.filter((f): f is Narrative => f.kind === "JN");
}

export interface Piece {
  form: Form;
  field: TracedText | NarrativeText;
  /** "title", "heading", "paragraph", "unit", "note", "label" */
  role: "title" | "heading" | "paragraph" | "unit" | "note" | "label";
  section?: NarrativeSection;
}

/** Every text of the 决算 forms, in reading order. */
export function pieces(forms: readonly Form[]): Piece[] {
  const out: Piece[] = [];
  for (const form of forms) {
    if (form.kind === "JS") {
      if (form.header.unit) out.push({ form, field: form.header.unit, role: "unit" });
      if (form.title) out.push({ form, field: form.title, role: "title" });
      for (const l of form.lines) out.push({ form, field: l.label, role: "label" });
      if (form.note) out.push({ form, field: form.note, role: "note" });
    } else if (form.kind === "JN") {
      if (form.title) out.push({ form, field: form.title, role: "title" });
      for (const s of form.sections) {
        if (s.level !== 0 && s.heading.value !== "") out.push({ form, field: s.heading, role: "heading", section: s });
        for (const p of s.paragraphs) out.push({ form, field: p, role: "paragraph", section: s });
      }
    }
  }
  return out;
}

/** A heading without its numbering ("五、", "（一）", "1、"), half-width, no spaces. */
export function bareHeading(text: string): string {
  return normLabel(text)
    .replace(/^[一二三四五六七八九十]+[、.]/, "")
    .replace(/^\([一二三四五六七八九十\d]+\)[、.]?/, "")
    .replace(/^\d+[、.]/, "")
    .replace(/[“”"]/g, "");
}

/** Short quote of a text for a message. */
export function quote(text: string, from = 0, to = text.length, max = 48): string {
  const q = text.slice(Math.max(0, from), Math.min(text.length, to)).trim();
  return q.length > max ? `${q.slice(0, max - 1)}…` : q;
}

/** The sections the national template (and 上海's) asks the 决算情况说明 to hold, with the table each explains. */
export interface ExpectedSection {
  key: string;
  zh: string;
  en: string;
  table?: FinalAccountsTableId;
  matches: (h: string) => boolean;
  /** Sub-sections expected under it (一般公共预算财政拨款支出: 总体, 结构, 具体). */
  subs?: ExpectedSection[];
}

export const EXPECTED_SECTIONS: ExpectedSection[] = [
  { key: "total", zh: "收入支出决算总体情况", en: "income and spending overall", table: "01", matches: (h) => /收(入)?支(出)?决算总体/.test(h) && !/财政拨款/.test(h) },
  { key: "income", zh: "收入决算情况", en: "income", table: "02", matches: (h) => /(^|部门|单位|年度)收入决算/.test(h) && !/财政拨款|支出/.test(h) },
  { key: "expenditure", zh: "支出决算情况", en: "spending", table: "03", matches: (h) => /(^|部门|单位|年度)支出决算/.test(h) && !/财政拨款|收入|基本支出|三公/.test(h) },
  { key: "fiscal", zh: "财政拨款收入支出决算总体情况", en: "appropriations overall", table: "04", matches: (h) => /财政拨款收(入)?支(出)?决算/.test(h) && !/政府性基金|国有资本/.test(h) },
  {
    key: "general",
    zh: "一般公共预算财政拨款支出决算情况",
    en: "general-budget appropriation spending",
    table: "05",
    matches: (h) => /(一般公共预算)?财政拨款支出决算/.test(h) && !/基本支出|三公|收入支出|收支/.test(h),
    subs: [
      { key: "general.overall", zh: "一般公共预算财政拨款支出决算总体情况", en: "overall", matches: (h) => /总体/.test(h) },
      { key: "general.structure", zh: "一般公共预算财政拨款支出决算结构情况", en: "structure", matches: (h) => /结构/.test(h) },
      { key: "general.detail", zh: "一般公共预算财政拨款支出决算具体情况", en: "line by line", matches: (h) => /具体/.test(h) },
    ],
  },
  { key: "basic", zh: "一般公共预算财政拨款基本支出决算情况", en: "basic spending", table: "06", matches: (h) => /基本支出决算/.test(h) },
  { key: "threeCosts", zh: "“三公”经费支出决算情况", en: "the three public costs", table: "07", matches: (h) => /三公/.test(h) },
  { key: "fund", zh: "政府性基金预算财政拨款收入支出决算情况", en: "government funds", table: "08", matches: (h) => /政府性基金/.test(h) },
  { key: "capital", zh: "国有资本经营预算财政拨款收入支出决算情况", en: "state capital", table: "09", matches: (h) => /国有资本经营/.test(h) },
  { key: "running", zh: "机关运行经费支出情况", en: "机关运行经费", matches: (h) => /机关运行经费/.test(h) },
  { key: "procurement", zh: "政府采购支出情况", en: "government procurement", matches: (h) => /政府采购/.test(h) },
  { key: "assets", zh: "国有资产占有使用情况", en: "state assets", matches: (h) => /国有资产/.test(h) },
  { key: "performance", zh: "预算绩效管理情况", en: "performance management", matches: (h) => /绩效/.test(h) },
];

const YEAR = /((?:19|20)\d{2})\s*年/g;

/** Years named in a text, with their offsets. */
export function yearsIn(text: string): { year: number; at: number; end: number }[] {
  const h = toHalfWidth(text);
  const out: { year: number; at: number; end: number }[] = [];
  for (const m of h.matchAll(YEAR)) out.push({ year: Number(m[1]), at: m.index, end: m.index + m[0].length });
  return out;
}

/** A year named as last year's ("与2023年度相比", "比2023年", "较2023年") rather than the report's. */
export function isComparisonYear(text: string, at: number, end: number): boolean {
  const h = toHalfWidth(text);
  return /(与|比|较|同)\s*$/.test(h.slice(Math.max(0, at - 3), at)) || /^\s*度?\s*(决算数?)?\s*(相比|相较|对比|比较|同期)/.test(h.slice(end, end + 8));
}

/**
 * The report's own year: the year the titles and the 说明 name most, comparisons with last year
 * left out. Undefined when nothing names a year or two years are named equally often.
 */
export function reportYear(forms: readonly Form[]): number | undefined {
  const count = new Map<number, number>();
  const add = (y: number, n = 1): void => void count.set(y, (count.get(y) ?? 0) + n);
  for (const f of forms) {
    if (f.kind !== "JS" && f.kind !== "JN") continue;
    if (f.header.year) add(f.header.year.value, 2);
  }
  for (const p of pieces(forms)) {
    if (p.role !== "paragraph") continue;
    for (const y of yearsIn(p.field.value)) if (!isComparisonYear(p.field.value, y.at, y.end) && !/截至|截止/.test(p.field.value.slice(Math.max(0, y.at - 4), y.at))) add(y.year);
  }
  let best: number | undefined;
  let bestN = 0;
  let tie = false;
  for (const [y, n] of count) {
    if (n > bestN) {
      best = y;
      bestN = n;
      tie = false;
    } else if (n === bestN) tie = true;
  }
  return tie ? undefined : best;
}

/** Placeholders left from a template: XX, ××, 某某, ***, ○○, ＿＿. */
export const PLACEHOLDER = /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×╳✕]{2,}|某某|[*＊]{2,}|[○〇]{2,}|[_＿]{3,}/g;
