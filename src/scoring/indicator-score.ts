/**
 * The score one indicator earns (财预〔2020〕10号 and the systems that implement it).
 * Notation: T target (年度指标值), A actual (实际完成值), W the indicator's 分值.
 *
 * | formula id        | when                         | score |
 * |-------------------|------------------------------|-------|
 * | positive          | 正向 (≥ >, or by name)        | W if A ≥ T, else W × A ÷ T |
 * | negative-ratio    | 反向 (≤ <), profile "ratio"   | W if A ≤ T, else W × T ÷ A |
 * | negative-linear   | 反向, profile "linear"        | W if A ≤ T, else W × (1 − (A − T) ÷ T), 0 at A ≥ 2T |
 * | equal             | 等于 (=), T > 0               | as positive |
 * | equal-zero        | 等于, T = 0                   | W if A ≤ 0, else 0 |
 * | deadline          | 时效 (a date)                 | W if done by the deadline, else 0 |
 * | qualitative       | 定性 (words)                  | no formula: the band the score must fall in |
 *
 * Decisions (each shown to the clerk in the explanation):
 * - A negative actual counts as 0 (for every direction where it could earn less than W).
 * - A 正向 target ≤ 0 that is missed, or a 反向 target < 0 that is missed, has no meaningful
 *   ratio: the indicator is left unscored ("target-not-positive").
 * - A range target "90%-95%": 正向 scores against the lower end, 反向 against the upper end.
 * - Several quantities in one value ("80个部门 30000份"): each target quantity is compared with
 *   the actual quantity of the same unit, each carries an equal share of W, and the shares add
 *   up. A target quantity with no actual of its unit leaves the indicator unscored.
 * - Units: equal units, or one of them blank, compare directly; 元/千元/万元/亿元 and
 *   秒/分钟/小时/天 convert; "场" and "场次" (one unit the start of the other, "个" dropped)
 *   compare directly; anything else leaves the indicator unscored ("units-differ").
 *   A bare actual ≤ 1.5 against a percentage target above 1.5 is a fraction (0.95 = 95%).
 * - Deadlines: done in the deadline's month or earlier earns W, later earns 0 (10号 gives no
 *   partial credit for lateness). A missing year on either side is taken from the other side.
 *   Actuals in words count when they say so: 按时/如期/按期/提前/已完成/完成 → on time,
 *   未按时/未完成/延期/逾期/滞后/推迟 → late.
 * - 定性: the clerk picks 达成年度指标 [80%, 100%] / 部分达成年度指标并具有一定效果 [60%, 80%) /
 *   未达成年度指标且效果较差 [0, 60%) of W. The band is read from the actual's wording when it
 *   says so ("部分达成", "未完成" …; not when it also holds a number), from the actual being a
 *   copy of the target (a claim that the target was reached), or else from the stated score.
 */
import type { Indicator } from "../forms/indicator";
import { FRACTION_LIMIT } from "../values/numbers";
import type { DeadlineValue, QuantitativeValue, Quantity, TargetValue } from "../values/target-value";
import { directionWithSource, type Direction, type DirectionSource } from "./direction";
import { show, showQuantity, type Explanation } from "./format";

export type ReverseVariant = "ratio" | "linear";

export type FormulaId = "positive" | "negative-ratio" | "negative-linear" | "equal" | "equal-zero" | "deadline" | "qualitative";

export interface ScoreOptions {
  /** The region's 反向 variant (RegionProfile.reverseScoring). */
  reverseScoring: ReverseVariant;
}

// ---------------------------------------------------------------------------------------------
// Numbers only

export interface QuantityScoreInput {
  direction: Direction;
  /** 反向 variant; ignored for 正向 and 等于. */
  variant: ReverseVariant;
  target: number;
  actual: number;
  weight: number;
}

export interface QuantityScore {
  formula: Exclude<FormulaId, "deadline" | "qualitative">;
  /** Full precision; null when the formula has no meaning here (see `targetNotPositive`). */
  score: number | null;
  /** The target was reached: full marks. */
  met: boolean;
  /** A ÷ T for 正向 and 等于 with T > 0 (for the overshoot check); null otherwise. */
  overshoot: number | null;
  /** The actual the formula used (a negative actual counts as 0). */
  actualUsed: number;
  /** The linear variant went below 0 and was floored. */
  floored: boolean;
  /** A missed 正向/等于 target ≤ 0, or a missed 反向 target < 0: no ratio can be formed. */
  targetNotPositive: boolean;
  /** "14 ÷ 15 × 10 = 9.33", "59 ≥ 50 → 10", "10 × (1 − (480.21 − 450) ÷ 450) = 9.33". */
  arithmetic: string;
}

/** The formula id for a direction and the region's 反向 variant (等于 with T = 0 is equal-zero). */
export function formulaFor(direction: Direction, variant: ReverseVariant, target: number): QuantityScore["formula"] {
  if (direction === "positive") return "positive";
  if (direction === "negative") return variant === "linear" ? "negative-linear" : "negative-ratio";
  return target === 0 ? "equal-zero" : "equal";
}

/** The score of one quantity: W, the target, the actual and the direction. Pure arithmetic. */
export function scoreQuantity(input: QuantityScoreInput): QuantityScore {
  const { direction, variant, target: T, actual: A0, weight: W } = input;
  const formula = formulaFor(direction, variant, T);
  const base = { formula, floored: false, targetNotPositive: false };
  const A = Math.max(A0, 0);

  if (formula === "positive" || formula === "equal") {
    const overshoot = T > 0 ? A0 / T : null;
    if (A0 >= T) return { ...base, score: W, met: true, overshoot, actualUsed: A0, arithmetic: `${show(A0)} ≥ ${show(T)} → ${show(W)}` };
    if (T <= 0) return { ...base, score: null, met: false, overshoot, actualUsed: A0, targetNotPositive: true, arithmetic: `${show(A0)} < ${show(T)}` };
    const score = (W * A) / T;
    return { ...base, score, met: false, overshoot, actualUsed: A, arithmetic: `${show(A)} ÷ ${show(T)} × ${show(W)} = ${show(score)}` };
  }
  if (formula === "equal-zero") {
    const met = A <= 0;
    return {
      ...base,
      score: met ? W : 0,
      met,
      overshoot: null,
      actualUsed: A,
      arithmetic: met ? `${show(A)} ≤ 0 → ${show(W)}` : `${show(A)} > 0 → 0`,
    };
  }
  // 反向
  if (A0 <= T) return { ...base, score: W, met: true, overshoot: null, actualUsed: A0, arithmetic: `${show(A0)} ≤ ${show(T)} → ${show(W)}` };
  if (T < 0) return { ...base, score: null, met: false, overshoot: null, actualUsed: A0, targetNotPositive: true, arithmetic: `${show(A0)} > ${show(T)}` };
  if (formula === "negative-ratio") {
    const score = (W * T) / A0;
    return { ...base, score, met: false, overshoot: null, actualUsed: A0, arithmetic: `${show(T)} ÷ ${show(A0)} × ${show(W)} = ${show(score)}` };
  }
  if (T === 0) return { ...base, score: 0, met: false, overshoot: null, actualUsed: A0, floored: true, arithmetic: `${show(A0)} > 0 → 0` };
  const raw = W * (1 - (A0 - T) / T);
  const score = Math.max(0, raw);
  return {
    ...base,
    score,
    met: false,
    overshoot: null,
    actualUsed: A0,
    floored: raw < 0,
    arithmetic: `${show(W)} × (1 − (${show(A0)} − ${show(T)}) ÷ ${show(T)}) = ${show(raw)}${raw < 0 ? " → 0" : ""}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Units

const SCALES: Record<string, [family: string, factor: number]> = {
  元: ["money", 1],
  千元: ["money", 1e3],
  万元: ["money", 1e4],
  亿元: ["money", 1e8],
  秒: ["time", 1],
  分钟: ["time", 60],
  小时: ["time", 3600],
  天: ["time", 86_400],
  日: ["time", 86_400],
};

function canonicalUnit(u: string): string {
  return u.replace(/\s+/g, "").replace(/^个(?=.)/, "");
}

/**
 * The actual quantity expressed in the target's unit, or null when the units cannot be compared.
 * `targetNumber` lets a bare fraction meet a percentage target (0.95 against ≥90%).
 */
export function inTargetUnit(actual: Quantity, targetUnit: string, targetNumber: number): number | null {
  const t = canonicalUnit(targetUnit);
  const a = canonicalUnit(actual.unit);
  if (t === a) return actual.number;
  if (a === "") {
    if (t === "%" && Math.abs(actual.number) <= FRACTION_LIMIT && Math.abs(targetNumber) > FRACTION_LIMIT) return actual.number * 100;
    return actual.number;
  }
  if (t === "") return actual.number;
  const ts = SCALES[t];
  const as = SCALES[a];
  if (ts && as) return ts[0] === as[0] ? (actual.number * as[1]) / ts[1] : null;
  if (t.startsWith(a) || a.startsWith(t)) return actual.number;
  return null;
}

/** Pairs each target quantity with the actual quantity of its unit (same unit first, then compatible). */
function pairQuantities(targets: Quantity[], actuals: Quantity[]): { target: Quantity; actual: Quantity; value: number }[] | null {
  if (targets.length === 1 && actuals.length >= 1) {
    const t = targets[0]!;
    const same = actuals.find((a) => canonicalUnit(a.unit) === canonicalUnit(t.unit)) ?? actuals[0]!;
    const value = inTargetUnit(same, t.unit, t.number);
    return value === null ? null : [{ target: t, actual: same, value }];
  }
  const used = new Set<number>();
  const out: { target: Quantity; actual: Quantity; value: number }[] = [];
  // The actuals of each unit in the order written, each queue read from its first unused entry:
  // the first unused actual of the target's unit in constant time, so a value of 16,000
  // quantities pairs in linear time (findIndex from the start each time was quadratic).
  const byUnit = new Map<string, { indices: number[]; next: number }>();
  actuals.forEach((a, i) => {
    const unit = canonicalUnit(a.unit);
    const queue = byUnit.get(unit) ?? { indices: [], next: 0 };
    queue.indices.push(i);
    byUnit.set(unit, queue);
  });
  const firstUnusedOfUnit = (unit: string): number => {
    const queue = byUnit.get(unit);
    if (!queue) return -1;
    while (queue.next < queue.indices.length && used.has(queue.indices[queue.next]!)) queue.next++;
    return queue.next < queue.indices.length ? queue.indices[queue.next]! : -1;
  };
  for (const [ti, t] of targets.entries()) {
    let idx = firstUnusedOfUnit(canonicalUnit(t.unit));
    // Units all blank: pair in the order written.
    if (idx < 0 && canonicalUnit(t.unit) === "" && actuals[ti] && canonicalUnit(actuals[ti].unit) === "" && !used.has(ti)) idx = ti;
    if (idx < 0) idx = actuals.findIndex((a, i) => !used.has(i) && canonicalUnit(a.unit) !== "" && canonicalUnit(t.unit) !== "" && inTargetUnit(a, t.unit, t.number) !== null);
    if (idx < 0) return null;
    used.add(idx);
    const a = actuals[idx]!;
    out.push({ target: t, actual: a, value: inTargetUnit(a, t.unit, t.number)! });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Results

export interface PartScore {
  /** The target quantity as written ("15人", "30000份"). */
  target: number;
  unit: string;
  /** The actual in the target's unit. */
  actual: number;
  /** The actual as written ("14人"). */
  actualText: string;
  /** This part's share of W. */
  weight: number;
  score: number;
  met: boolean;
  overshoot: number | null;
  floored: boolean;
  arithmetic: string;
}

/** A score the engine computes (定量 and 时效). */
export interface ComputedScore {
  kind: "computed";
  formula: Exclude<FormulaId, "qualitative">;
  direction: Direction;
  /** How the direction was decided: the target's symbol, a deadline, or the name heuristic. */
  directionSource: DirectionSource;
  /** The 反向 variant used (negative direction only). */
  variant: ReverseVariant | null;
  weight: number;
  /** Full precision. */
  score: number;
  /** Every target quantity reached (full marks). */
  met: boolean;
  /** One entry per compared quantity (one for ordinary values, several for "80个部门 30000份"); none for deadlines. */
  parts: PartScore[];
  /** The arithmetic in symbols ("14 ÷ 15 × 10 = 9.33"). */
  arithmetic: string;
  /**
   * What it was scored as, for messages: "正向指标", "反向指标（比例法）", "时效指标" … (whether the
   * direction came from the name is in `directionSource`).
   */
  how: Explanation;
  explanation: Explanation;
}

export type QualitativeBand = "achieved" | "partial" | "not-achieved";

export interface BandLimits {
  /** Share of W (0.8 for 80%). */
  from: number;
  to: number;
  /** The upper end belongs to the band (only 达成 includes 100%). */
  toInclusive: boolean;
  name: Explanation;
}

/** The three 定性 bands of 财预〔2020〕10号, as shares of W. */
export const QUALITATIVE_BANDS: Record<QualitativeBand, BandLimits> = {
  achieved: { from: 0.8, to: 1, toInclusive: true, name: { "zh-CN": "达成年度指标", en: "target achieved" } },
  partial: { from: 0.6, to: 0.8, toInclusive: false, name: { "zh-CN": "部分达成年度指标并具有一定效果", en: "target partly achieved, with some effect" } },
  "not-achieved": { from: 0, to: 0.6, toInclusive: false, name: { "zh-CN": "未达成年度指标且效果较差", en: "target not achieved, poor effect" } },
};

/** A 定性 indicator: no formula, but the points range its score must fall in. */
export interface BandScore {
  kind: "band";
  formula: "qualitative";
  weight: number;
  /** The band the clerk's entries point to; null when nothing says (no wording, no stated score). */
  band: QualitativeBand | null;
  /** What decided the band: the actual's wording, the actual copying the target, or the stated score. */
  bandSource: "wording" | "copy" | "stated-score" | null;
  /** The band in points: [min, max] (max excluded unless maxInclusive). */
  allowed: { min: number; max: number; maxInclusive: boolean } | null;
  /** The band the stated score falls in (null without a stated score). */
  statedBand: QualitativeBand | null;
  explanation: Explanation;
}

export type UnscoredReason =
  | "no-target"
  | "no-weight"
  | "no-actual"
  /** a quantitative target with an actual in words, or a date */
  | "actual-not-numeric"
  /** a deadline with an actual that is neither a date nor clear wording */
  | "actual-not-date"
  | "units-differ"
  | "target-not-positive";

export interface Unscored {
  kind: "unscored";
  reason: UnscoredReason;
  /** Quantitative or deadline target: the indicator should have been scored by formula. */
  expectsFormula: boolean;
  explanation: Explanation;
}

export type IndicatorScore = ComputedScore | BandScore | Unscored;

// ---------------------------------------------------------------------------------------------
// Words

function directionWords(direction: Direction, source: DirectionSource, formula: FormulaId): Explanation {
  const byName = source === "name";
  const zhNote = byName ? "；指标值未写比较符号，按指标名称判断" : "";
  const enNote = byName ? "; no comparison symbol, so judged by the indicator's name" : "";
  if (formula === "equal-zero") return { "zh-CN": "等于型指标（指标值为 0）", en: "“equals” indicator with a target of 0" };
  if (direction === "equal") return { "zh-CN": "等于型指标（按正向计分）", en: "“equals” indicator (scored as bigger-is-better)" };
  if (direction === "positive") return { "zh-CN": `正向指标（越大越好${zhNote}）`, en: `bigger-is-better indicator${enNote}` };
  return { "zh-CN": `反向指标（越小越好${zhNote}）`, en: `smaller-is-better indicator${enNote}` };
}

function howWords(formula: FormulaId): Explanation {
  switch (formula) {
    case "positive":
      return { "zh-CN": "正向指标", en: "bigger-is-better indicator" };
    case "negative-ratio":
      return { "zh-CN": "反向指标（比例法）", en: "smaller-is-better indicator (ratio method)" };
    case "negative-linear":
      return { "zh-CN": "反向指标（线性法）", en: "smaller-is-better indicator (linear method)" };
    case "equal":
      return { "zh-CN": "等于型指标（按正向）", en: "“equals” indicator (as bigger-is-better)" };
    case "equal-zero":
      return { "zh-CN": "等于型指标（指标值为 0）", en: "“equals” indicator with a target of 0" };
    case "deadline":
      return { "zh-CN": "时效指标", en: "deadline indicator" };
    default:
      return { "zh-CN": "定性指标", en: "qualitative indicator" };
  }
}

function partWords(p: PartScore, formula: FormulaId, whole: boolean): Explanation {
  const T = showQuantity(p.target, p.unit);
  const A = p.actualText;
  const full = whole ? "得满分" : "得该部分满分";
  const fullEn = whole ? "full marks" : "full marks for this part";
  if (formula === "equal-zero") {
    return p.met
      ? { "zh-CN": `指标值为 0，实际 ${A}，${full} ${show(p.weight)} 分`, en: `the target is 0 and the actual is ${A}: ${fullEn}, ${show(p.weight)}` }
      : { "zh-CN": `指标值为 0，实际 ${A} 大于 0，得 0 分`, en: `the target is 0 but the actual ${A} is above 0: 0 points` };
  }
  if (p.met) {
    return formula === "positive" || formula === "equal"
      ? { "zh-CN": `实际完成 ${A}，达到指标值 ${T}，${full} ${show(p.weight)} 分`, en: `actual ${A} reaches the target ${T}: ${fullEn}, ${show(p.weight)}` }
      : { "zh-CN": `实际 ${A}，未超过指标值 ${T}，${full} ${show(p.weight)} 分`, en: `actual ${A} is within the target ${T}: ${fullEn}, ${show(p.weight)}` };
  }
  if (formula === "positive" || formula === "equal") {
    return {
      "zh-CN": `实际完成 ${A}，未达到指标值 ${T}，按完成比例计分：${p.arithmetic} 分`,
      en: `actual ${A} falls short of the target ${T}; scored in proportion: ${p.arithmetic}`,
    };
  }
  if (formula === "negative-ratio") {
    return {
      "zh-CN": `实际 ${A}，超过指标值 ${T}，按比例法（指标值 ÷ 实际值 × 分值）计分：${p.arithmetic} 分`,
      en: `actual ${A} exceeds the target ${T}; ratio method (target ÷ actual × points): ${p.arithmetic}`,
    };
  }
  return {
    "zh-CN": `实际 ${A}，超过指标值 ${T}，按线性法（分值 × (1 − 超出部分 ÷ 指标值)，超出一倍及以上得 0 分）计分：${p.arithmetic} 分`,
    en: `actual ${A} exceeds the target ${T}; linear method (points × (1 − excess ÷ target), 0 at twice the target): ${p.arithmetic}`,
  };
}

function unscored(reason: UnscoredReason, expectsFormula: boolean, zh: string, en: string): Unscored {
  return { kind: "unscored", reason, expectsFormula, explanation: { "zh-CN": zh, en } };
}

// ---------------------------------------------------------------------------------------------
// Quantitative

function quantitiesOf(v: QuantitativeValue, direction: Direction): Quantity[] {
  // A range: 正向 is measured against its lower end, 反向 against its upper end.
  const first = direction === "negative" && v.upper !== undefined ? v.upper : v.number;
  return [{ number: first, unit: v.unit }, ...(v.more ?? [])];
}

function scoreQuantitative(
  target: QuantitativeValue,
  actualValue: TargetValue | undefined,
  weight: number | null,
  direction: Direction,
  directionSource: DirectionSource,
  options: ScoreOptions,
): IndicatorScore {
  if (!actualValue || actualValue.kind === "empty") {
    return unscored("no-actual", true, "实际完成值没有填写，无法按公式计分。", "The actual is blank, so the score cannot be computed.");
  }
  if (actualValue.kind !== "quantitative") {
    return unscored(
      "actual-not-numeric",
      true,
      `年度指标值是定量的（${target.text.trim()}），实际完成值“${actualValue.text.trim()}”却不是数值，无法按公式计分。`,
      `The target is quantitative (${target.text.trim()}) but the actual “${actualValue.text.trim()}” is not a number, so the score cannot be computed.`,
    );
  }
  const pairs = pairQuantities(quantitiesOf(target, direction), [{ number: actualValue.number, unit: actualValue.unit }, ...(actualValue.more ?? [])]);
  if (!pairs) {
    return unscored(
      "units-differ",
      true,
      `实际完成值“${actualValue.text.trim()}”的单位与年度指标值“${target.text.trim()}”不一致，无法比较。`,
      `The actual “${actualValue.text.trim()}” is in a different unit from the target “${target.text.trim()}”, so they cannot be compared.`,
    );
  }
  if (weight === null) return unscored("no-weight", true, "这一行没有分值，无法计分。", "The row has no points, so it cannot be scored.");

  const variant = options.reverseScoring;
  const share = weight / pairs.length;
  const parts: PartScore[] = [];
  let formula: QuantityScore["formula"] = formulaFor(direction, variant, pairs[0]!.target.number);
  for (const p of pairs) {
    const q = scoreQuantity({ direction, variant, target: p.target.number, actual: p.value, weight: share });
    formula = q.formula;
    if (q.score === null) {
      return unscored(
        "target-not-positive",
        true,
        `指标值 ${showQuantity(p.target.number, p.target.unit)} 不是正数，未达到时无法按比例计分。`,
        `The target ${showQuantity(p.target.number, p.target.unit)} is not positive, so a missed target cannot be scored in proportion.`,
      );
    }
    const actualText = p.actual.unit === p.target.unit || p.actual.unit === "" ? showQuantity(p.value, p.target.unit) : `${showQuantity(p.actual.number, p.actual.unit)}（${showQuantity(p.value, p.target.unit)}）`;
    parts.push({
      target: p.target.number,
      unit: p.target.unit,
      actual: p.value,
      actualText,
      weight: share,
      score: q.score,
      met: q.met,
      overshoot: q.overshoot,
      floored: q.floored,
      arithmetic: q.arithmetic,
    });
  }
  const score = parts.reduce((s, p) => s + p.score, 0);
  const met = parts.every((p) => p.met);
  const dir = directionWords(direction, directionSource, formula);
  const negativeNote = actualValue.number < 0 ? { zh: "（实际值为负数，按 0 计）", en: " (a negative actual counts as 0)" } : { zh: "", en: "" };
  let arithmetic: string;
  let explanation: Explanation;
  if (parts.length === 1) {
    const p = parts[0]!;
    arithmetic = p.arithmetic;
    const w = partWords(p, formula, true);
    explanation = { "zh-CN": `${dir["zh-CN"]}：${w["zh-CN"]}${negativeNote.zh}。`, en: `${capitalise(dir.en)}: ${w.en}${negativeNote.en}.` };
  } else {
    arithmetic = `${parts.map((p) => p.arithmetic).join("；")}；${parts.map((p) => show(p.score)).join(" + ")} = ${show(score)}`;
    const zhParts = parts.map((p) => partWords(p, formula, false)["zh-CN"]).join("；");
    const enParts = parts.map((p) => partWords(p, formula, false).en).join("; ");
    explanation = {
      "zh-CN": `${dir["zh-CN"]}：指标值含 ${pairs.length} 个数量，各占分值的 1/${pairs.length}（${show(share)} 分）：${zhParts}；合计 ${parts.map((p) => show(p.score)).join(" + ")} = ${show(score)} 分。`,
      en: `${capitalise(dir.en)}: the target holds ${pairs.length} quantities, each worth 1/${pairs.length} of the points (${show(share)}): ${enParts}; total ${parts.map((p) => show(p.score)).join(" + ")} = ${show(score)}.`,
    };
  }
  return {
    kind: "computed",
    formula,
    direction,
    directionSource,
    variant: direction === "negative" ? variant : null,
    weight,
    score,
    met,
    parts,
    arithmetic,
    how: howWords(formula),
    explanation,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Deadlines

const ON_TIME = /按时|如期|按期|提前|准时|已完成|已按|完成/;
const LATE = /未按时|未按期|未完成|没有完成|延期|逾期|滞后|推迟|延迟|超期/;

function dateText(d: { year?: number | undefined; month?: number | undefined; day?: number | undefined }): string {
  return `${d.year !== undefined ? `${d.year}年` : ""}${d.month !== undefined ? `${d.month}月` : ""}${d.day !== undefined ? `${d.day}日` : ""}`;
}

/** yyyymmdd of a date; `end` reads a month as its last day and a year as December. */
function dateKey(d: { year?: number | undefined; month?: number | undefined; day?: number | undefined }, year: number, end: boolean): number {
  const month = d.month ?? (end ? 12 : 1);
  const day = d.day ?? (end ? 31 : 1);
  return year * 10_000 + month * 100 + day;
}

function scoreDeadline(target: DeadlineValue, actual: TargetValue | undefined, weight: number | null): IndicatorScore {
  if (!actual || actual.kind === "empty") {
    return unscored("no-actual", true, "实际完成时间没有填写，无法判断是否按期完成。", "The actual completion date is blank, so timeliness cannot be judged.");
  }
  let met: boolean;
  let arithmetic: string;
  let zh: string;
  let en: string;
  const T = dateText(target);
  if (actual.kind === "deadline") {
    const year = actual.year ?? target.year ?? 2000;
    const tYear = target.year ?? actual.year ?? 2000;
    const after = target.comparator === "≥" || target.comparator === ">";
    const a = dateKey(actual, year, after);
    const t = dateKey(target, tYear, !after);
    met = after ? a >= t : a <= t;
    const A = dateText({ ...actual, year });
    arithmetic = after ? `${A} ${met ? "≥" : "<"} ${T}` : `${A} ${met ? "≤" : ">"} ${T}`;
    zh = met ? `实际完成时间 ${A}，不晚于期限 ${T}` : `实际完成时间 ${A}，晚于期限 ${T}，未按期完成`;
    en = met ? `completed ${A}, not later than the deadline ${T}` : `completed ${A}, after the deadline ${T}`;
    if (after) {
      zh = met ? `实际时间 ${A}，不早于 ${T}` : `实际时间 ${A}，早于 ${T}`;
      en = met ? `actual ${A} is not before ${T}` : `actual ${A} is before ${T}`;
    }
  } else if (actual.kind === "qualitative" && !/\d/.test(actual.text) && (LATE.test(actual.text) || ON_TIME.test(actual.text))) {
    met = !LATE.test(actual.text);
    const words = actual.text.trim();
    arithmetic = `“${words}” → ${met ? "按期" : "逾期"}`;
    zh = met ? `实际完成值“${words}”表示按期完成` : `实际完成值“${words}”表示未按期完成`;
    en = met ? `the actual “${words}” says it was done on time` : `the actual “${words}” says it was late`;
  } else {
    return unscored(
      "actual-not-date",
      true,
      `年度指标值是完成时限（${target.text.trim()}），实际完成值“${actual.text.trim()}”却不是日期，无法判断是否按期完成。`,
      `The target is a deadline (${target.text.trim()}) but the actual “${actual.text.trim()}” is not a date, so timeliness cannot be judged.`,
    );
  }
  if (weight === null) return unscored("no-weight", true, "这一行没有分值，无法计分。", "The row has no points, so it cannot be scored.");
  const score = met ? weight : 0;
  arithmetic = `${arithmetic} → ${show(score)}`;
  return {
    kind: "computed",
    formula: "deadline",
    direction: "negative",
    directionSource: "deadline",
    variant: null,
    weight,
    score,
    met,
    parts: [],
    arithmetic,
    how: howWords("deadline"),
    explanation: met
      ? { "zh-CN": `时效指标：${zh}，得满分 ${show(weight)} 分。`, en: `Deadline indicator: ${en}: full marks, ${show(weight)}.` }
      : { "zh-CN": `时效指标：${zh}，得 0 分（逾期不得分）。`, en: `Deadline indicator: ${en}: 0 points (no credit for lateness).` },
  };
}

// ---------------------------------------------------------------------------------------------
// Qualitative

const NOT_ACHIEVED = /未达成|未达到|未完成|未实现|未达标|没有达成|没有完成|没有实现|效果较差|效果差/;
const PARTIAL = /部分达成|部分达到|部分完成|部分实现|基本达成|基本达到|基本完成|基本实现|一定效果/;
const ACHIEVED = /达成|达到|完成|实现|达标/;

function plain(s: string): string {
  return s.replace(/[\s\u3000"“”'‘’「」『』,，。.、;；:：!！?？()（）]/g, "");
}

/** The band a score falls in, as a share of W (a score at 80% is 达成, at 60% 部分达成). */
export function bandOfScore(score: number, weight: number): QualitativeBand {
  if (weight <= 0) return "achieved";
  const share = score / weight;
  if (share >= QUALITATIVE_BANDS.achieved.from - 1e-9) return "achieved";
  if (share >= QUALITATIVE_BANDS.partial.from - 1e-9) return "partial";
  return "not-achieved";
}

/** The band the actual's words claim: a copy of the target, or 达成 / 部分达成 / 未达成 wording. */
export function bandOfWording(actualText: string, targetText: string | undefined): { band: QualitativeBand; source: "wording" | "copy" } | null {
  const a = plain(actualText);
  if (a === "") return null;
  if (targetText !== undefined && plain(targetText) === a) return { band: "achieved", source: "copy" };
  if (/\d/.test(a)) return null;
  if (NOT_ACHIEVED.test(a)) return { band: "not-achieved", source: "wording" };
  if (PARTIAL.test(a)) return { band: "partial", source: "wording" };
  if (ACHIEVED.test(a)) return { band: "achieved", source: "wording" };
  return null;
}

/** The band as points: [min, max) of W, max included for 达成. */
export function bandRange(band: QualitativeBand, weight: number): { min: number; max: number; maxInclusive: boolean } {
  const b = QUALITATIVE_BANDS[band];
  return { min: weight * b.from, max: weight * b.to, maxInclusive: b.toInclusive };
}

function rangeText(r: { min: number; max: number; maxInclusive: boolean }): { zh: string; en: string } {
  return r.maxInclusive
    ? { zh: `${show(r.min)}–${show(r.max)} 分`, en: `${show(r.min)}–${show(r.max)}` }
    : { zh: `${show(r.min)} 分至不足 ${show(r.max)} 分`, en: `${show(r.min)} to under ${show(r.max)}` };
}

/** A band's points range in words: "12–15 分" / "9 分至不足 12 分". */
export function bandRangeText(band: QualitativeBand, weight: number): Explanation {
  const r = rangeText(bandRange(band, weight));
  return { "zh-CN": r.zh, en: r.en };
}

function scoreQualitative(ind: Indicator, weight: number | null): IndicatorScore {
  if (weight === null) return unscored("no-weight", false, "这一行没有分值，无法判断得分档次。", "The row has no points, so no band can be given.");
  const stated = ind.score?.value ?? null;
  const statedBand = stated === null ? null : bandOfScore(stated, weight);
  const claimed = ind.actual && ind.actual.value.kind !== "empty" ? bandOfWording(ind.actual.text, ind.target?.text) : null;
  const band = claimed?.band ?? statedBand;
  const bandSource: BandScore["bandSource"] = claimed?.source ?? (statedBand ? "stated-score" : null);
  const allowed = band ? bandRange(band, weight) : null;
  const all = (Object.keys(QUALITATIVE_BANDS) as QualitativeBand[]).map((b) => ({ b, r: rangeText(bandRange(b, weight)) }));
  const listZh = all.map(({ b, r }) => `${QUALITATIVE_BANDS[b].name["zh-CN"]} ${r.zh}`).join("；");
  const listEn = all.map(({ b, r }) => `${QUALITATIVE_BANDS[b].name.en} ${r.en}`).join("; ");
  let explanation: Explanation;
  if (!band || !allowed) {
    explanation = {
      "zh-CN": `定性指标不按公式计分，由评价人按完成情况选档：${listZh}。`,
      en: `Qualitative indicator: no formula; the evaluator picks a band: ${listEn}.`,
    };
  } else {
    const name = QUALITATIVE_BANDS[band].name;
    const r = rangeText(allowed);
    const actualText = ind.actual?.text.trim() ?? "";
    const why =
      bandSource === "copy"
        ? { zh: `实际完成值“${actualText}”与年度指标值相同，即表示“${name["zh-CN"]}”`, en: `the actual “${actualText}” repeats the target, which claims “${name.en}”` }
        : bandSource === "wording"
          ? { zh: `实际完成值“${actualText}”表示“${name["zh-CN"]}”`, en: `the actual “${actualText}” says “${name.en}”` }
          : { zh: `表中得分 ${show(stated!)} 分属于“${name["zh-CN"]}”档`, en: `the stated score ${show(stated!)} is in the band “${name.en}”` };
    explanation = {
      "zh-CN": `定性指标不按公式计分：${why.zh}，得分应在 ${r.zh}（分值的 ${show(QUALITATIVE_BANDS[band].from * 100)}%–${show(QUALITATIVE_BANDS[band].to * 100)}%）。`,
      en: `Qualitative indicator, no formula: ${why.en}, so the score must be ${r.en} (${show(QUALITATIVE_BANDS[band].from * 100)}%–${show(QUALITATIVE_BANDS[band].to * 100)}% of the points).`,
    };
  }
  return { kind: "band", formula: "qualitative", weight, band, bandSource, allowed, statedBand, explanation };
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** How one indicator is scored under the region's settings. Pure; never throws. */
export function scoreIndicator(ind: Indicator, options: ScoreOptions): IndicatorScore {
  const target = ind.target?.value;
  const weight = ind.weight?.value ?? null;
  if (!target || target.kind === "empty") {
    return unscored("no-target", false, "年度指标值没有填写，无法计分。", "The target is blank, so the indicator cannot be scored.");
  }
  if (target.kind === "qualitative") return scoreQualitative(ind, weight);
  if (target.kind === "deadline") return scoreDeadline(target, ind.actual?.value, weight);
  const { direction, source } = directionWithSource(target, ind.level3.value, ind.level2.value);
  return scoreQuantitative(target, ind.actual?.value, weight, direction, source, options);
}
