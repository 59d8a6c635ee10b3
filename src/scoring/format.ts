/**
 * How the scoring engine writes numbers and explanations. Scores keep full precision inside
 * the engine; what a clerk reads shows at most two decimals ("9.33", "10", "93.33%").
 */

/** An explanation in both report languages (same shape as a rule's Message). */
export interface Explanation {
  "zh-CN": string;
  en: string;
}

/** Rounds to `decimals` places without the 1.005 → 1.00 surprise of toFixed. */
export function roundTo(n: number, decimals = 2): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** decimals;
  const r = Math.round((n + Math.sign(n) * Number.EPSILON * Math.abs(n)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** A number for a clerk: at most two decimals, trailing zeros dropped ("9.33", "10", "436.2"). */
export function show(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = roundTo(n, 2).toFixed(2);
  return fixed.replace(/\.?0+$/, "");
}

/** A fraction as a percentage with at most two decimals (0.9333 → "93.33%", 1 → "100%"). */
export function showPercent(fraction: number): string {
  return `${show(fraction * 100)}%`;
}

/** A quantity with its unit, as forms write it ("14人", "436.2万元", "95%"). */
export function showQuantity(n: number, unit: string): string {
  return `${show(n)}${unit}`;
}
