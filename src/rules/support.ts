/**
 * Small helpers shared by rules: cells for findings, money comparisons with the profile's
 * rounding tolerance, number formatting for messages, and the indicator categories.
 */
import type { TracedNumber, TracedText } from "../forms/traced";
import type { FindingCell } from "./types";

export { canonicalLevel1, canonicalLevel2, LEVEL1_CANON, LEVEL2_CANON } from "../recognise/labels";

/** The finding cells of traced fields (undefined ones skipped). */
export function cells(...fields: ({ ref: string; text: string } | undefined)[]): FindingCell[] {
  const out: FindingCell[] = [];
  for (const f of fields) if (f && !out.some((c) => c.ref === f.ref)) out.push({ ref: f.ref, text: f.text });
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
