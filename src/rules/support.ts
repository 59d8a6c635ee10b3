/**
 * Small helpers shared by rules: cells for findings, money comparisons with the profile's
 * rounding tolerance, number formatting for messages, and the indicator categories.
 */
import type { TracedNumber, TracedText } from "../forms/traced";
import type { FindingCell } from "./types";
import type { Indicator } from "../forms/indicator";
import { canonicalLevel2 as level2Of } from "../recognise/labels";

export { canonicalLevel1, canonicalLevel2, LEVEL1_CANON, LEVEL2_CANON } from "../recognise/labels";

/** A traced field; a target written across columns also lists the cells it was read from. */
type TracedField = { ref: string; text: string; parts?: readonly { ref: string; text: string }[] };

/**
 * The finding cells of traced fields (undefined ones skipped). A target split over comparison,
 * value and unit columns contributes its value cell and then its other cells.
 */
export function cells(...fields: (TracedField | undefined)[]): FindingCell[] {
  const out: FindingCell[] = [];
  const add = (ref: string, text: string): void => {
    if (!out.some((c) => c.ref === ref)) out.push({ ref, text });
  };
  for (const f of fields) {
    if (!f) continue;
    if (f.parts && f.parts.length > 0) for (const p of f.parts) add(p.ref, p.text);
    else add(f.ref, f.text);
  }
  return out;
}

/** Cells of another form, for cross-form findings: each carries its own sheet. */
export function cellsOn(sheet: string, ...fields: ({ ref: string; text: string } | undefined)[]): FindingCell[] {
  return cells(...fields).map((c) => ({ ...c, sheet }));
}

/** A number for a message: up to 2 decimals, no trailing zeros ("1,406.53" style without grouping). */
export function fmt(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = n.toFixed(decimals);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** Value of a traced number, or 0 when blank (a blank amount on a form means nothing). */
export function amountOrZero(n: TracedNumber | undefined): number {
  return n?.value ?? 0;
}

/**
 * Does `total` equal the sum of `parts` within rounding? Amounts printed with 2 decimals add up
 * within `perAddend` (0.01) per addend.
 */
export function sumMatches(total: number, parts: readonly number[], perAddend: number): { ok: boolean; sum: number; diff: number } {
  const sum = parts.reduce((a, b) => a + b, 0);
  const diff = total - sum;
  const tolerance = perAddend * Math.max(1, parts.length) + 1e-9;
  return { ok: Math.abs(diff) <= tolerance, sum: Math.round(sum * 1e6) / 1e6, diff: Math.round(diff * 1e6) / 1e6 };
}

export function nonEmpty(t: TracedText | undefined): t is TracedText {
  return t !== undefined && t.value.trim() !== "";
}

/**
 * The cause shared by findings that all stem from one 分值 defect (WGT-01 block sums, WGT-02
 * total points, EVA-08's total explained by capping that block): the engine shows one of them.
 */
export const WEIGHTS_CAUSE = "weights";

/**
 * Neutral examples of an indicator per canonical 二级, for when the form has none of its own:
 * they name no domain (“维修次数” in a rent project reads as copied from elsewhere).
 */
export const NEUTRAL_EXAMPLES: Readonly<Record<string, { name: string; value: string }>> = {
  数量指标: { name: "××完成数量", value: "≥N项" },
  质量指标: { name: "××验收合格率", value: "≥95%" },
  时效指标: { name: "××按时完成率", value: "≥95%" },
  成本指标: { name: "项目总成本", value: "≤预算数" },
  经济成本指标: { name: "项目总成本", value: "≤预算数" },
  社会成本指标: { name: "对××的不利影响", value: "降低" },
  生态环境成本指标: { name: "对环境的不利影响", value: "降低" },
  经济效益指标: { name: "××带来的经济效益", value: "明显提高" },
  社会效益指标: { name: "××服务水平", value: "有效提升" },
  生态效益指标: { name: "××对生态环境的改善", value: "有效改善" },
  可持续影响指标: { name: "××长效机制", value: "建立健全" },
  服务对象满意度指标: { name: "服务对象满意度", value: "≥90%" },
};

/**
 * An example indicator for a message: one of the form's own well-written indicators of that
 * 二级 (a quantitative target with a comparison symbol, or any target for 定性 categories), else
 * the neutral one. `except` is the row the message is about.
 */
export function ownExample(indicators: readonly Indicator[], level2: string, except?: Indicator): { name: string; value: string } {
  for (const ind of indicators) {
    if (ind === except || level2Of(ind.level2.value)?.name !== level2) continue;
    const t = ind.target;
    if (!t || ind.level3.value.trim() === "") continue;
    if (t.value.kind === "quantitative" && t.value.comparator !== null && t.value.defects.length === 0 && !/元$/.test(t.value.unit.trim())) return { name: ind.level3.value.trim(), value: t.text.trim() };
  }
  return NEUTRAL_EXAMPLES[level2] ?? { name: "××完成数量", value: "≥N项" };
}

/**
 * The rows a form's view leaves out because the clerk marked them 不适用 / 无 (rules/engine.ts
 * `applicableView` records them): rules never report on them, but a coverage check may need to
 * know that a category was present and deliberately waived.
 */
const waived = new WeakMap<object, readonly Indicator[]>();

export function recordWaivedRows(view: object, rows: readonly Indicator[]): void {
  if (rows.length > 0) waived.set(view, rows);
}

export function waivedRows(form: object): readonly Indicator[] {
  return waived.get(form) ?? [];
}
