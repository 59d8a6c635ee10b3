/**
 * Finding indicators in the 指标库: by name (what a clerk types: 满意度, 培训 合格), and by a
 * project's own words (what its name and goals talk about, against what its indicator table
 * already holds).
 *
 * Matching is on normalised text (full-width folded, spaces and punctuation dropped) and on
 * character bigrams, which suit Chinese names: "培训合格率" is close to "培训考核合格率".
 */
import { hasIndicators, type Form, type PerformanceForm } from "../forms/forms";
import { normaliseWidth } from "../values/numbers";
import { LIBRARY, type LibraryIndicator } from "./indicators";

export function normaliseText(s: string): string {
  return normaliseWidth(s)
    .replace(/[\s*＊"“”'‘’()（）[\]【】《》<>、，,。.:：;；!?！？—\-_/\\]+/g, "")
    .toLowerCase();
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  if (s.length === 1) out.add(s);
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient of the character bigrams of two normalised names (0…1). */
export function similarity(a: string, b: string): number {
  const x = bigrams(normaliseText(a));
  const y = bigrams(normaliseText(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export interface SearchHit {
  indicator: LibraryIndicator;
  score: number;
}

export interface SearchOptions {
  /** Only indicators that suit this spending area. */
  area?: string;
  /** At most this many hits (default: all). */
  limit?: number;
  library?: readonly LibraryIndicator[];
}

/** How well one query term fits an indicator; 0 when it does not. */
function termScore(term: string, ind: LibraryIndicator): number {
  const name = normaliseText(ind.level3);
  let s = 0;
  if (name === term) s += 20;
  else if (name.includes(term)) s += 10;
  else if (term.includes(name)) s += 6;
  if (normaliseText(ind.level2).includes(term) || normaliseText(ind.level1).includes(term)) s += 4;
  if (ind.keywords.some((k) => term.includes(normaliseText(k)) || normaliseText(k).includes(term))) s += 5;
  if (ind.areas.some((a) => a.includes(term) || term.includes(a))) s += 3;
  if (normaliseText(ind.explanation).includes(term)) s += 2;
  // Closeness of the whole name ranks "培训考核合格率" above "培训人次" for "培训合格率".
  const d = similarity(term, ind.level3);
  if (d >= 0.4 || s > 0) s += Math.round(d * 8);
  return s;
}

/**
 * Indicators matching every term of `query` (terms split on spaces), best first; ties keep the
 * library's order. An empty query lists the whole library (within the area).
 */
export function searchLibrary(query: string, options: SearchOptions = {}): SearchHit[] {
  const lib = options.library ?? LIBRARY;
  const terms = normaliseWidth(query)
    .split(/\s+/)
    .map(normaliseText)
    .filter((t) => t !== "");
  const hits: SearchHit[] = [];
  for (const ind of lib) {
    if (options.area && !ind.areas.some((a) => a === options.area)) continue;
    let score = 0;
    let all = true;
    for (const t of terms) {
      const s = termScore(t, ind);
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (all) hits.push({ indicator: ind, score });
  }
  hits.sort((a, b) => b.score - a.score);
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

export interface Suggestion {
  indicator: LibraryIndicator;
  /** Why: the words of the project that call for it, or the 101号 core category it lacks. */
  reason: string;
  /** "core" when the form lacks a category every project needs; "words" when its text calls for it. */
  basis: "core" | "words";
}

export interface ProjectSuggestions {
  form: PerformanceForm;
  /** The project's (or unit's) name as the form states it. */
  name: string;
  suggestions: Suggestion[];
}

/** A present indicator counts as the library's when their names are this similar. */
const SAME_NAME = 0.5;

function projectText(form: PerformanceForm): string {
  const g = form.goals;
  const parts = [form.header.project?.value, form.title?.value, g.longTerm?.value, g.annual?.value, g.expected?.value, g.achieved?.value, g.use?.value, ...(g.items ?? []).map((i) => i.value)];
  return normaliseText(parts.filter((p): p is string => typeof p === "string").join(" "));
}

function covers(form: PerformanceForm, ind: LibraryIndicator): boolean {
  return form.indicators.some((i) => similarity(i.level3.value, ind.level3) >= SAME_NAME || normaliseText(i.level3.value).includes(normaliseText(ind.level3)));
}

function hasCategory(form: PerformanceForm, level2Word: string): boolean {
  return form.indicators.some((i) => normaliseText(i.level2.value).includes(level2Word) || normaliseText(i.level1.value).includes(level2Word));
}

/** Core categories of 财预〔2021〕101号 a project table must cover, and the word that shows each. */
const CORE_CATEGORIES: readonly { word: string; id: string; label: string }[] = [
  { word: "成本", id: "cost-total", label: "成本指标" },
  { word: "时效", id: "completion-date", label: "时效指标" },
  { word: "满意", id: "sat-service", label: "满意度指标" },
];

/** Categories where one indicator of the table's own is enough. */
const SETTLED = ["成本", "时效", "满意"];

/**
 * For one target or self-evaluation form: the indicators its own text calls for that its table
 * does not have yet, and the 101号 core categories it lacks. At most `limit` word-based ones.
 */
export function suggestForForm(form: PerformanceForm, limit = 8, library: readonly LibraryIndicator[] = LIBRARY): Suggestion[] {
  const out: Suggestion[] = [];
  const byId = new Map(library.map((i) => [i.id, i]));
  for (const c of CORE_CATEGORIES) {
    const ind = byId.get(c.id);
    if (ind && !hasCategory(form, c.word) && !covers(form, ind)) {
      out.push({ indicator: ind, basis: "core", reason: `表中没有${c.label}；财预〔2021〕101号要求每个项目都设置${c.label}。` });
    }
  }
  const text = projectText(form);
  const scored: { s: Suggestion; hits: number; order: number }[] = [];
  library.forEach((ind, order) => {
    if (ind.core && out.some((o) => o.indicator.id === ind.id)) return;
    const words = ind.keywords.filter((k) => text.includes(normaliseText(k)));
    if (words.length === 0 || covers(form, ind)) return;
    // 成本, 时效 and 满意度 the table already covers need no generic indicator beside its own.
    if (SETTLED.some((w) => normaliseText(`${ind.level1}${ind.level2}`).includes(w) && hasCategory(form, w))) return;
    scored.push({ s: { indicator: ind, basis: "words", reason: `项目内容提到“${words.join("”“")}”。` }, hits: words.length, order });
  });
  scored.sort((a, b) => b.hits - a.hits || a.order - b.order);
  return [...out, ...scored.slice(0, limit).map((x) => x.s)];
}

/** Suggestions for every target or self-evaluation form among `forms`. */
export function suggestForForms(forms: readonly Form[], limit?: number): ProjectSuggestions[] {
  return forms.filter(hasIndicators).map((form) => ({
    form,
    name: form.header.project?.value ?? form.header.unit?.value ?? form.title?.value ?? form.sheet,
    suggestions: suggestForForm(form, limit),
  }));
}

/**
 * The library's entry an indicator name is, if any: the same name once normalised, or a longer
 * name ending in a library name of five characters or more (“2024年项目总成本” is 项目总成本).
 * Names only alike are not matched: the rules hold the clerk to this entry's unit and direction.
 */
export function libraryEntryFor(name: string, library: readonly LibraryIndicator[] = LIBRARY): LibraryIndicator | undefined {
  const n = normaliseText(name);
  if (n === "") return undefined;
  const names = library.map((ind) => ({ ind, key: normaliseText(ind.level3) }));
  return names.find((x) => x.key === n)?.ind ?? names.find((x) => x.key.length >= 5 && n.endsWith(x.key))?.ind;
}
