/**
 * The task pane's 指标库: where the selection is in a target or self-evaluation form (which
 * indicator row, which 三级 name), what the library suggests for it — by the name typed there and
 * by the project's own words — and the cells 插入 would fill in that row: the 三级 name, and where
 * the form has the columns and they are still empty, 绩效指标描述, 单位, 评（扣）分标准 and a
 * target skeleton (`≥X人次`, the X left for the clerk). Nothing is written here: the pane shows
 * the changes (ConfirmWrite) and writes them with applyChanges, so 撤销 takes them back.
 */
import { parseA1, toA1 } from "../grid/address";
import { hasIndicators, type PerformanceForm } from "../forms/forms";
import type { Indicator } from "../forms/indicator";
import type { Selection, WorkbookHost } from "../hosts/host";
import { searchLibrary, similarity, suggestForForm, normaliseText, type LibraryIndicator } from "../library";
import { recogniseWorkbook } from "./recognise-workbook";
import { planFixes, type CellChange, type SkippedFix } from "./pane-write";

/** The indicator row the selection is on. */
export interface IndicatorSlot {
  sheet: string;
  /** The selected cell (the top-left one of a range). */
  ref: string;
  form: PerformanceForm;
  indicator: Indicator;
  /** The project's (or unit's) name as the form states it. */
  project: string;
}

/** Where the selection is: on an indicator row of a form, or elsewhere (then only its text is known). */
export interface SelectionContext {
  sheet: string;
  ref: string;
  /** The selected cell's text. */
  text: string;
  slot?: IndicatorSlot;
}

function formName(form: PerformanceForm): string {
  return form.header.project?.value ?? form.header.unit?.value ?? form.title?.value ?? form.sheet;
}

/** Reads the selected cell and, when it lies on an indicator row of a recognised form, that row. */
export async function selectionContext(host: WorkbookHost, selection?: Selection): Promise<SelectionContext> {
  const sel = selection ?? (await host.selection());
  const first = sel.range.split(":")[0] ?? sel.range;
  const p = parseA1(first);
  const ref = p ? toA1(p.row, p.col) : first;
  const sheets = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet: sel.sheet } });
  const grid = await host.readSheet(sel.sheet, ref);
  const text = p ? (grid.cell(p.row, p.col)?.text ?? "") : "";
  if (!p) return { sheet: sel.sheet, ref, text };
  for (const form of sheets.flatMap((s) => s.forms).filter(hasIndicators)) {
    const ind = form.indicators.find((i) => i.row === p.row + 1 && i.period !== "mid-term") ?? form.indicators.find((i) => i.row === p.row + 1);
    if (!ind) continue;
    const l3 = parseA1(ind.level3.ref);
    // The row's 三级 cell or any cell to its right within the form (description, target, unit).
    if (l3 && p.col >= l3.col) return { sheet: sel.sheet, ref, text, slot: { sheet: sel.sheet, ref, form, indicator: ind, project: formName(form) } };
  }
  return { sheet: sel.sheet, ref, text };
}

export interface SlotSuggestion {
  indicator: LibraryIndicator;
  /** Why it is offered, in a sentence. */
  reason: string;
}

/**
 * The library category a form row stands in: its 一级 as the library writes it (效果指标 is 河北
 * 2020's 效益指标; 88号 tables keep 成本 under 产出 and seed 000 keeps 满意度 under 效益, so the
 * 二级 decides first) and, where the 二级 says it, the word the library's 二级 must contain.
 */
export function rowCategory(row: Pick<Indicator, "level1" | "level2">): { level1: LibraryIndicator["level1"]; level2Word?: string; label: string } | undefined {
  const l1 = normaliseText(row.level1.value);
  const l2 = normaliseText(row.level2.value);
  const label = row.level2.value.trim() || row.level1.value.trim();
  const word = (words: readonly string[]) => words.find((w) => l2.includes(w));
  if (l2.includes("满意") || (l1.includes("满意") && !l2)) return { level1: "满意度指标", label };
  if (l2.includes("成本") || l1.includes("成本")) return { level1: "成本指标", level2Word: word(["经济", "社会", "生态"]), label };
  if (l1.includes("满意")) return { level1: "满意度指标", label };
  if (l1.includes("效益") || l1.includes("效果")) return { level1: "效益指标", level2Word: word(["经济", "社会", "生态", "可持续"]), label };
  if (l1.includes("产出")) return { level1: "产出指标", level2Word: word(["数量", "质量", "时效"]), label };
  return undefined;
}

function fitsRow(ind: LibraryIndicator, row: Indicator): boolean {
  const c = rowCategory(row);
  if (!c) return true;
  return ind.level1 === c.level1 && (c.level2Word === undefined || ind.level2.includes(c.level2Word));
}

const SKIP_NAME = /^(无|\/|—|-|不适用|\*+|x+)$/i;

/**
 * Library indicators for the selected row, best first: those whose names match what the 三级
 * cell says (by name, then by closeness), then those the project's own words call for that the
 * form lacks — only ones that fit the row's 一级 category when it has one. At most `limit`.
 */
export function suggestForSlot(ctx: SelectionContext, library: readonly LibraryIndicator[], limit = 6): SlotSuggestion[] {
  const out: SlotSuggestion[] = [];
  const seen = new Set<string>();
  const add = (indicator: LibraryIndicator, reason: string) => {
    if (seen.has(indicator.id) || out.length >= limit) return;
    seen.add(indicator.id);
    out.push({ indicator, reason });
  };
  const slot = ctx.slot;
  const name = (slot ? slot.indicator.level3.value : ctx.text).trim();
  const fits = (i: LibraryIndicator) => !slot || fitsRow(i, slot.indicator);
  if (name !== "" && !SKIP_NAME.test(name)) {
    for (const h of searchLibrary(name, { library })) if (fits(h.indicator)) add(h.indicator, `名称与“${name}”相符。`);
    const close = library
      .filter(fits)
      .map((indicator) => ({ indicator, d: similarity(name, indicator.level3) + (indicator.keywords.some((k) => normaliseText(name).includes(normaliseText(k))) ? 0.25 : 0) }))
      .filter((x) => x.d >= 0.3)
      .sort((a, b) => b.d - a.d);
    for (const c of close) add(c.indicator, `名称与“${name}”相近。`);
  }
  if (slot) {
    for (const s of suggestForForm(slot.form, 12, library)) if (fits(s.indicator)) add(s.indicator, s.reason);
    // Still room: the row's own category, 101号 core indicators first.
    const c = rowCategory(slot.indicator);
    if (c) for (const i of [...library.filter((x) => x.core), ...library.filter((x) => !x.core)]) if (fits(i)) add(i, `这一行是“${c.label}”，可选用指标库中的同类指标。`);
  }
  return out;
}

/** The column letter of a cell reference. */
function columnOf(ref: string): number | undefined {
  return parseA1(ref)?.col;
}

type Field = "description" | "unit" | "scoring" | "target";

/** The column a form keeps a field in, from any row that has it. */
function fieldColumn(form: PerformanceForm, field: Field): number | undefined {
  for (const ind of form.indicators) {
    const f = ind[field];
    if (f && !("parts" in f && f.parts && f.parts.length > 0)) {
      const c = columnOf(f.ref);
      if (c !== undefined) return c;
    }
  }
  return undefined;
}

/** Columns of a target written across cells (符号 | 数值 | 单位), by role. */
function partColumns(form: PerformanceForm): Map<string, number> | undefined {
  for (const ind of form.indicators) {
    const parts = ind.target?.parts;
    if (parts && parts.length > 1) {
      const m = new Map<string, number>();
      for (const part of parts) {
        const c = columnOf(part.ref);
        if (c !== undefined) m.set(part.role, c);
      }
      return m;
    }
  }
  return undefined;
}

/** The skeleton written into the target cell: the library's typical target, without the unit when the form has a unit column. */
export function targetSkeleton(entry: LibraryIndicator, unitColumn: boolean): string {
  if (!unitColumn || entry.unit === "" || !entry.target.endsWith(entry.unit)) return entry.target;
  return entry.target.slice(0, entry.target.length - entry.unit.length);
}

/** The cells 插入 would change, checked against what they show now; cells that hold the clerk's own text are kept. */
export interface InsertPlan {
  changes: CellChange[];
  skipped: SkippedFix[];
  /** Cells left as they are because they already hold text (the clerk's own target, description …). */
  kept: { ref: string; text: string }[];
}

export async function planIndicatorInsert(host: WorkbookHost, slot: IndicatorSlot, entry: LibraryIndicator): Promise<InsertPlan> {
  const { form, indicator: row, sheet } = slot;
  const r = row.row - 1;
  const wanted: { ref: string; value: string; always?: boolean }[] = [{ ref: row.level3.ref, value: entry.level3, always: true }];
  const unitCol = fieldColumn(form, "unit");
  const parts = partColumns(form);
  const descCol = fieldColumn(form, "description");
  if (descCol !== undefined) wanted.push({ ref: toA1(r, descCol), value: entry.explanation });
  if (unitCol !== undefined && entry.unit !== "") wanted.push({ ref: toA1(r, unitCol), value: entry.unit });
  if (parts) {
    const sym = /^[≥≤><=]/.exec(entry.target)?.[0];
    const cmp = parts.get("comparison");
    const unit = parts.get("unit");
    if (cmp !== undefined && sym) wanted.push({ ref: toA1(r, cmp), value: sym });
    if (unit !== undefined && entry.unit !== "") wanted.push({ ref: toA1(r, unit), value: entry.unit });
  } else {
    const targetCol = row.target ? columnOf(row.target.ref) : fieldColumn(form, "target");
    if (targetCol !== undefined) wanted.push({ ref: toA1(r, targetCol), value: targetSkeleton(entry, unitCol !== undefined) });
  }
  const scoringCol = fieldColumn(form, "scoring");
  if (scoringCol !== undefined) wanted.push({ ref: toA1(r, scoringCol), value: entry.scoring });

  const now = await host.readSheet(sheet, `${toA1(r, Math.min(...wanted.map((w) => columnOf(w.ref) ?? 0)))}:${toA1(r, Math.max(...wanted.map((w) => columnOf(w.ref) ?? 0)))}`);
  const kept: InsertPlan["kept"] = [];
  const fixes: { sheet: string; ref: string; value: string; from: string }[] = [];
  const seen = new Set<string>();
  for (const w of wanted) {
    if (seen.has(w.ref)) continue;
    seen.add(w.ref);
    const p = parseA1(w.ref)!;
    const text = now.cell(p.row, p.col)?.text ?? "";
    const blank = text.trim() === "" || SKIP_NAME.test(text.trim());
    if (text.trim() === w.value) continue;
    if (!w.always && !blank) {
      kept.push({ ref: w.ref, text: text.trim() });
      continue;
    }
    fixes.push({ sheet, ref: w.ref, value: w.value, from: text });
  }
  const planned = await planFixes(host, fixes);
  return { ...planned, kept };
}
