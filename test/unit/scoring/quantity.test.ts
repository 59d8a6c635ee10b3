/**
 * scoreQuantity, the arithmetic under every 定量 score: a table of hand-checked cases for each
 * branch, then generated cases for the properties that must hold for any numbers.
 */
import fc from "fast-check";
import { scoreQuantity, type QuantityScoreInput } from "../../../src/scoring/indicator-score";

type Row = [string, QuantityScoreInput, { score: number | null; met: boolean; formula: string; arithmetic: string; floored?: boolean }];

const q = (direction: QuantityScoreInput["direction"], target: number, actual: number, weight = 10, variant: QuantityScoreInput["variant"] = "ratio"): QuantityScoreInput => ({
  direction,
  variant,
  target,
  actual,
  weight,
});

const CASES: Row[] = [
  ["正向 met exactly", q("positive", 50, 50), { score: 10, met: true, formula: "positive", arithmetic: "50 ≥ 50 → 10" }],
  ["正向 overshot", q("positive", 1000, 1346, 5), { score: 5, met: true, formula: "positive", arithmetic: "1346 ≥ 1000 → 5" }],
  ["正向 missed (seed 003: 15人 → 14人)", q("positive", 15, 14), { score: (10 * 14) / 15, met: false, formula: "positive", arithmetic: "14 ÷ 15 × 10 = 9.33" }],
  ["正向 negative actual counts as 0", q("positive", 15, -3), { score: 0, met: false, formula: "positive", arithmetic: "0 ÷ 15 × 10 = 0" }],
  ["正向 target 0 met by any A ≥ 0", q("positive", 0, 0), { score: 10, met: true, formula: "positive", arithmetic: "0 ≥ 0 → 10" }],
  ["正向 target ≤ 0 missed: no ratio", q("positive", -5, -8), { score: null, met: false, formula: "positive", arithmetic: "-8 < -5" }],
  ["反向 met", q("negative", 450, 436.2), { score: 10, met: true, formula: "negative-ratio", arithmetic: "436.2 ≤ 450 → 10" }],
  ["反向 ratio missed", q("negative", 450, 480.21), { score: (10 * 450) / 480.21, met: false, formula: "negative-ratio", arithmetic: "450 ÷ 480.21 × 10 = 9.37" }],
  ["反向 linear missed", q("negative", 450, 480.21, 10, "linear"), { score: 10 * (1 - 30.21 / 450), met: false, formula: "negative-linear", arithmetic: "10 × (1 − (480.21 − 450) ÷ 450) = 9.33" }],
  ["反向 linear at 2T reaches 0", q("negative", 100, 200, 10, "linear"), { score: 0, met: false, formula: "negative-linear", arithmetic: "10 × (1 − (200 − 100) ÷ 100) = 0" }],
  ["反向 linear beyond 2T floored at 0", q("negative", 100, 250, 10, "linear"), { score: 0, met: false, formula: "negative-linear", arithmetic: "10 × (1 − (250 − 100) ÷ 100) = -5 → 0", floored: true }],
  ["反向 ratio never reaches 0", q("negative", 100, 250), { score: 4, met: false, formula: "negative-ratio", arithmetic: "100 ÷ 250 × 10 = 4" }],
  ["反向 target 0, ratio", q("negative", 0, 3), { score: 0, met: false, formula: "negative-ratio", arithmetic: "0 ÷ 3 × 10 = 0" }],
  ["反向 target 0, linear", q("negative", 0, 3, 10, "linear"), { score: 0, met: false, formula: "negative-linear", arithmetic: "3 > 0 → 0", floored: true }],
  ["反向 negative target missed: no ratio", q("negative", -2, 1), { score: null, met: false, formula: "negative-ratio", arithmetic: "1 > -2" }],
  ["等于 T > 0 as 正向, met", q("equal", 100, 100), { score: 10, met: true, formula: "equal", arithmetic: "100 ≥ 100 → 10" }],
  ["等于 T > 0 as 正向, missed", q("equal", 100, 80), { score: 8, met: false, formula: "equal", arithmetic: "80 ÷ 100 × 10 = 8" }],
  ["等于 T = 0, A = 0", q("equal", 0, 0), { score: 10, met: true, formula: "equal-zero", arithmetic: "0 ≤ 0 → 10" }],
  ["等于 T = 0, A negative counts as 0", q("equal", 0, -2), { score: 10, met: true, formula: "equal-zero", arithmetic: "0 ≤ 0 → 10" }],
  ["等于 T = 0, A > 0", q("equal", 0, 1), { score: 0, met: false, formula: "equal-zero", arithmetic: "1 > 0 → 0" }],
];

describe("scoreQuantity: every branch", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    const r = scoreQuantity(input);
    expect(r.formula).toBe(expected.formula);
    expect(r.met).toBe(expected.met);
    expect(r.arithmetic).toBe(expected.arithmetic);
    if (expected.score === null) {
      expect(r.score).toBeNull();
      expect(r.targetNotPositive).toBe(true);
    } else expect(r.score).toBeCloseTo(expected.score, 10);
    expect(r.floored).toBe(expected.floored ?? false);
  });

  it("keeps full precision (9.333…, shown 9.33)", () => {
    expect(scoreQuantity(q("positive", 15, 14)).score).toBe((10 * 14) / 15);
  });

  it("reports A ÷ T for 正向 and 等于 only", () => {
    expect(scoreQuantity(q("positive", 1000, 1346)).overshoot).toBeCloseTo(1.346, 10);
    expect(scoreQuantity(q("equal", 100, 130)).overshoot).toBeCloseTo(1.3, 10);
    expect(scoreQuantity(q("negative", 100, 50)).overshoot).toBeNull();
    expect(scoreQuantity(q("equal", 0, 0)).overshoot).toBeNull();
  });
});

describe("scoreQuantity: properties on generated cases", () => {
  const positiveNumber = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const anyActual = fc.double({ min: -1e3, max: 2e6, noNaN: true, noDefaultInfinity: true });
  const weight = fc.double({ min: 0.5, max: 100, noNaN: true, noDefaultInfinity: true });
  const direction = fc.constantFrom("positive" as const, "negative" as const, "equal" as const);
  const variant = fc.constantFrom("ratio" as const, "linear" as const);

  it("0 ≤ S ≤ W, and S = W exactly when the target is met", () => {
    fc.assert(
      fc.property(direction, variant, positiveNumber, anyActual, weight, (d, v, T, A, W) => {
        const r = scoreQuantity({ direction: d, variant: v, target: T, actual: A, weight: W });
        expect(r.score).not.toBeNull();
        expect(r.score!).toBeGreaterThanOrEqual(0);
        expect(r.score!).toBeLessThanOrEqual(W + 1e-9);
        expect(r.met).toBe(d === "negative" ? A <= T : A >= T);
        if (r.met) expect(r.score).toBe(W);
        else expect(r.score!).toBeLessThanOrEqual(W);
      }),
    );
  });

  it("正向: a bigger actual never scores less; 反向: a smaller actual never scores less", () => {
    fc.assert(
      fc.property(variant, positiveNumber, anyActual, anyActual, weight, (v, T, a, b, W) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = (A: number) => scoreQuantity({ direction: "positive", variant: v, target: T, actual: A, weight: W }).score!;
        const n = (A: number) => scoreQuantity({ direction: "negative", variant: v, target: T, actual: A, weight: W }).score!;
        expect(p(hi)).toBeGreaterThanOrEqual(p(lo) - 1e-9);
        expect(n(lo)).toBeGreaterThanOrEqual(n(hi) - 1e-9);
      }),
    );
  });

  it("反向: the linear variant never scores more than the ratio variant ((A − T)² ≥ 0)", () => {
    fc.assert(
      fc.property(positiveNumber, anyActual, weight, (T, A, W) => {
        const ratio = scoreQuantity({ direction: "negative", variant: "ratio", target: T, actual: A, weight: W }).score!;
        const linear = scoreQuantity({ direction: "negative", variant: "linear", target: T, actual: A, weight: W }).score!;
        expect(linear).toBeLessThanOrEqual(ratio + 1e-9);
      }),
    );
  });

  it("等于 with T > 0 scores exactly as 正向", () => {
    fc.assert(
      fc.property(positiveNumber, anyActual, weight, (T, A, W) => {
        const e = scoreQuantity({ direction: "equal", variant: "ratio", target: T, actual: A, weight: W });
        const p = scoreQuantity({ direction: "positive", variant: "ratio", target: T, actual: A, weight: W });
        expect(e.score).toBe(p.score);
      }),
    );
  });
});
