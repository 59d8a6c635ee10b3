/**
 * Scoring a whole self-evaluation (DS / PS): the 执行率 row, every indicator, the subtotal of
 * each 一级 block, the 总分 and the 等级 — each beside the value the form states, with the
 * difference and an explanation a clerk can follow.
 *
 * Rounding: everything is kept at full precision and shown with at most two decimals. Real forms
 * round (8.62 written as 9); a stated score within the profile's `scoreTolerance` of the computed
 * one is a rounding ("rounding"), beyond it the score "differs".
 *
 * The computed 总分 = the computed 执行率得分 + Σ each indicator's *effective* score: the
 * computed score where the engine computes one (定量, 时效); otherwise (定性, unscorable rows)
 * the stated score kept within 0 … 分值. So the computed total moves only by what the formulas
 * decide, never by a guess about a 定性 judgement.
 *
 * Pure: reads the typed form, never a host. Results are cached per form and profile object.
 */
import type { SelfEvaluationForm } from "../forms/forms";
import type { Indicator } from "../forms/indicator";
import type { RegionProfile } from "../rules/profiles/profile";
import { scoreExecution, RATE_TOLERANCE, type ExecutionScore } from "./execution";
import { roundTo, show, showPercent, type Explanation } from "./format";
import { bandOfScore, QUALITATIVE_BANDS, scoreIndicator, type IndicatorScore } from "./indicator-score";

/** What of a region profile scoring needs. */
export type ScoringProfile = Pick<RegionProfile, "reverseScoring" | "scoreTolerance" | "grades">;

export type Grade = "优" | "良" | "中" | "差";

export const GRADE_NAMES: Record<Grade, Explanation> = {
  优: { "zh-CN": "优", en: "excellent" },
  良: { "zh-CN": "良", en: "good" },
  中: { "zh-CN": "中", en: "fair" },
  差: { "zh-CN": "差", en: "poor" },
};

/** Differences below this are not differences at all (two-decimal display). */
export const EXACT = 0.005;

/**
 * How a stated value compares with the rules:
 * - match: equal (to two decimals);
 * - rounding: differs by no more than the profile's scoreTolerance (a rounded score);
 * - differs: differs by more;
 * - no-stated-score: the form leaves it blank while the engine has a value;
 * - in-band / outside-band: 定性 scores against the band the clerk's entries claim;
 * - not-computed: the engine has nothing to compare with.
 */
export type ScoreCheck = "match" | "rounding" | "differs" | "no-stated-score" | "in-band" | "outside-band" | "not-computed";

export interface IndicatorEvaluation {
  row: number;
  level1: string;
  name: string;
  indicator: Indicator;
  stated: { weight: number | null; score: number | null };
  result: IndicatorScore;
  /** The engine's score (定量, 时效); null for 定性 and unscorable rows. */
  computed: number | null;
  /** What the 总分 counts: `computed`, else the stated score kept within 0 … 分值 (0 when blank). */
  effective: number;
  /**
   * stated − computed; for 定性, how far the stated score lies outside its band (negative below,
   * positive above, 0 inside). Null when there is nothing to compare.
   */
  difference: number | null;
  check: ScoreCheck;
  explanation: Explanation;
}

export interface ExecutionEvaluation {
  result: ExecutionScore;
  stated: { weight: number | null; rate: number | null; score: number | null };
  /** stated 执行率 − computed (money) 执行率; null when either is missing. */
  rateDifference: number | null;
  rateCheck: "match" | "differs" | "no-stated-rate" | "not-computed";
  /** stated 得分 − computed 得分. */
  scoreDifference: number | null;
  scoreCheck: ScoreCheck;
  /** The computed score, else the stated one (within 0 … 分值), else 0. */
  effective: number;
  explanation: Explanation;
}

export interface BlockSubtotal {
  /** 一级 name as labelled, without "(50分)". */
  name: string;
  /** Points stated in the heading ("(50分)"), null when none. */
  statedWeight: number | null;
  /** Σ 分值 of its indicators. */
  weight: number;
  /** Σ stated 得分 (blank counts 0). */
  statedScore: number;
  /** Σ effective scores. */
  score: number;
  rows: number[];
  explanation: Explanation;
}

export interface TotalEvaluation {
  stated: { weight: number | null; score: number | null; grade: string | null };
  /** The 等级 read from its text ("等级：优" → 优); null when blank or unreadable. */
  statedGrade: Grade | null;
  /** Σ of the form's own scores: 执行率得分 (the computed one when blank) + every stated indicator score. */
  statedSum: number;
  /** The same sum by part: 执行率, then each 一级 block. */
  statedSumParts: { label: string; value: number }[];
  /** The 执行率得分 was blank and the computed one was used in `statedSum`. */
  statedSumUsesComputedExecution: boolean;
  /**
   * The stated sum with each block capped at its stated points ("(50分)"): what a clerk gets
   * who caps a block whose 分值 add up to more than its heading says.
   */
  cappedSum: number;
  /** The engine's 总分 (see the module comment). */
  computed: number;
  /** Grade of the stated 总分 (of `statedSum` when the 总分 is blank). */
  gradeOfStated: Grade;
  gradeOfComputed: Grade;
  explanation: Explanation;
}

export interface SelfEvaluationScore {
  kind: SelfEvaluationForm["kind"];
  sheet: string;
  execution: ExecutionEvaluation;
  indicators: IndicatorEvaluation[];
  blocks: BlockSubtotal[];
  total: TotalEvaluation;
}

// ---------------------------------------------------------------------------------------------
// Grades

/** 等级 of a 总分 under the profile's bands (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 by default). */
export function gradeOf(total: number, grades: RegionProfile["grades"]): Grade {
  const t = roundTo(total, 2);
  if (t >= grades.excellent) return "优";
  if (t >= grades.good) return "良";
  if (t >= grades.fair) return "中";
  return "差";
}

/** The 等级 a cell states: "优", "等级：优", "优秀", "良好", "中等", "合格", "差", "较差". Null when unreadable. */
export function readGrade(text: string): Grade | null {
  const t = text.replace(/^.*等级\s*[:：]?\s*/, "").replace(/[\s\u3000]+/g, "");
  if (/^优/.test(t)) return "优";
  if (/^良/.test(t)) return "良";
  if (/^(中|合格|及格)/.test(t)) return "中";
  if (/^(差|较差|不合格|不及格)/.test(t)) return "差";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Pieces

function compareScores(stated: number | null, computed: number | null, tolerance: number): { difference: number | null; check: ScoreCheck } {
  if (computed === null) return { difference: null, check: "not-computed" };
  if (stated === null) return { difference: null, check: "no-stated-score" };
  const difference = stated - computed;
  const d = Math.abs(difference);
  return { difference, check: d < EXACT ? "match" : d <= tolerance + 1e-9 ? "rounding" : "differs" };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

function evaluateIndicator(ind: Indicator, profile: ScoringProfile): IndicatorEvaluation {
  const result = scoreIndicator(ind, profile);
  const weight = ind.weight?.value ?? null;
  const stated = ind.score?.value ?? null;
  const keptStated = stated === null ? 0 : weight === null ? Math.max(stated, 0) : clamp(stated, 0, weight);
  const base = { row: ind.row, level1: ind.level1.value, name: ind.level3.value, indicator: ind, stated: { weight, score: stated }, result };

  if (result.kind === "computed") {
    const { difference, check } = compareScores(stated, result.score, profile.scoreTolerance);
    const zhTail =
      stated === null ? "表中没有填得分。" : check === "match" ? `表中填 ${show(stated)} 分，一致。` : `表中填 ${show(stated)} 分，相差 ${show(Math.abs(difference!))} 分${check === "rounding" ? "（取整差，在允许范围内）" : ""}。`;
    const enTail =
      stated === null ? "The form gives no score." : check === "match" ? `The form says ${show(stated)}, which agrees.` : `The form says ${show(stated)}, ${show(Math.abs(difference!))} ${check === "rounding" ? "off (a rounding, within tolerance)" : "off"}.`;
    return {
      ...base,
      computed: result.score,
      effective: result.score,
      difference,
      check,
      explanation: { "zh-CN": `${result.explanation["zh-CN"]}${zhTail}`, en: `${result.explanation.en} ${enTail}` },
    };
  }

  if (result.kind === "band" && result.allowed && stated !== null && result.bandSource !== "stated-score") {
    const { min, max, maxInclusive } = result.allowed;
    const tol = profile.scoreTolerance + 1e-9;
    let difference = 0;
    if (stated < min - tol) difference = stated - min;
    else if (maxInclusive ? stated > max + tol : stated >= max + tol) difference = stated - max;
    const check: ScoreCheck = difference === 0 ? "in-band" : "outside-band";
    const statedBand = QUALITATIVE_BANDS[bandOfScore(stated, result.weight)].name;
    return {
      ...base,
      computed: null,
      effective: keptStated,
      difference,
      check,
      explanation:
        check === "in-band"
          ? { "zh-CN": `${result.explanation["zh-CN"]}表中填 ${show(stated)} 分，在此范围内。`, en: `${result.explanation.en} The form says ${show(stated)}, within it.` }
          : {
              "zh-CN": `${result.explanation["zh-CN"]}表中填 ${show(stated)} 分，属于“${statedBand["zh-CN"]}”档，不在此范围内。`,
              en: `${result.explanation.en} The form says ${show(stated)}, which is in the band “${statedBand.en}”, outside it.`,
            },
    };
  }

  const check: ScoreCheck = result.kind === "band" && result.band !== null ? "in-band" : "not-computed";
  return { ...base, computed: null, effective: keptStated, difference: check === "in-band" ? 0 : null, check, explanation: result.explanation };
}

function totalMoneyLine(form: SelfEvaluationForm): { budget: number | null; executed: number | null } {
  const line = form.money.find((m) => m.key === "total") ?? form.money.find((m) => m.amounts.adjustedBudget?.value != null);
  return { budget: line?.amounts.adjustedBudget?.value ?? null, executed: line?.amounts.executed?.value ?? null };
}

function evaluateExecution(form: SelfEvaluationForm, profile: ScoringProfile): ExecutionEvaluation {
  const { budget, executed } = totalMoneyLine(form);
  const stated = {
    weight: form.execution.weight?.value ?? null,
    rate: form.execution.rate?.value ?? null,
    score: form.execution.score?.value ?? null,
  };
  const result = scoreExecution({ weight: stated.weight, budget, executed, statedRate: stated.rate });
  let rateDifference: number | null = null;
  let rateCheck: ExecutionEvaluation["rateCheck"] = "not-computed";
  if (result.rateSource === "money" && result.rate !== null) {
    if (stated.rate === null) rateCheck = "no-stated-rate";
    else {
      rateDifference = stated.rate - result.rate;
      rateCheck = Math.abs(rateDifference) <= RATE_TOLERANCE + 1e-9 ? "match" : "differs";
    }
  }
  const { difference: scoreDifference, check: scoreCheck } = compareScores(stated.score, result.score, profile.scoreTolerance);
  const effective = result.score ?? (stated.score === null ? 0 : stated.weight === null ? Math.max(stated.score, 0) : clamp(stated.score, 0, stated.weight));
  const zh: string[] = [result.explanation["zh-CN"]];
  const en: string[] = [result.explanation.en];
  if (rateCheck === "differs") {
    zh.push(`表中执行率填 ${showPercent(stated.rate!)}，与计算结果不符。`);
    en.push(`The form states a rate of ${showPercent(stated.rate!)}, which does not agree.`);
  }
  if (scoreCheck === "differs" || scoreCheck === "rounding") {
    zh.push(`表中得分填 ${show(stated.score!)} 分，相差 ${show(Math.abs(scoreDifference!))} 分${scoreCheck === "rounding" ? "（取整差）" : ""}。`);
    en.push(`The form's score is ${show(stated.score!)}, ${show(Math.abs(scoreDifference!))} off${scoreCheck === "rounding" ? " (a rounding)" : ""}.`);
  } else if (scoreCheck === "no-stated-score") {
    zh.push("表中没有填执行率得分。");
    en.push("The form gives no execution score.");
  }
  return { result, stated, rateDifference, rateCheck, scoreDifference, scoreCheck, effective, explanation: { "zh-CN": zh.join(""), en: en.join(" ") } };
}

function blockName(name: string): string {
  return name.replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, "").trim();
}

function subtotals(form: SelfEvaluationForm, evaluations: IndicatorEvaluation[]): BlockSubtotal[] {
  const groups: { name: string; statedWeight: number | null; items: IndicatorEvaluation[] }[] = [];
  const placed = new Set<number>();
  // Looked up by row: a form of 20,000 rows must not compare every block's rows with every row.
  const byRow = new Map<number, IndicatorEvaluation[]>();
  for (const e of evaluations) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  for (const b of form.level1Blocks) {
    const items = [...new Set(b.rows)].sort((x, y) => x - y).flatMap((row) => byRow.get(row) ?? []);
    for (const e of items) placed.add(e.row);
    if (items.length === 0) continue;
    // A 一级 split in two by another block (rows out of order) is still one block.
    const name = blockName(b.name.value);
    const same = groups.find((g) => g.name === name);
    if (same) {
      same.items.push(...items);
      same.statedWeight ??= b.statedWeight;
    } else groups.push({ name, statedWeight: b.statedWeight, items });
  }
  for (const e of evaluations) {
    if (placed.has(e.row)) continue;
    const name = blockName(e.level1);
    const g = groups.find((x) => x.name === name);
    if (g) g.items.push(e);
    else groups.push({ name, statedWeight: null, items: [e] });
  }
  return groups.map(({ name, statedWeight, items }) => {
    const weight = items.reduce((s, e) => s + (e.stated.weight ?? 0), 0);
    const statedScore = items.reduce((s, e) => s + (e.stated.score ?? 0), 0);
    const score = items.reduce((s, e) => s + e.effective, 0);
    const stated = statedWeight === null ? "" : `（标明 ${show(statedWeight)} 分）`;
    const statedEn = statedWeight === null ? "" : ` (heading says ${show(statedWeight)})`;
    return {
      name,
      statedWeight,
      weight,
      statedScore,
      score,
      rows: items.map((e) => e.row),
      explanation: {
        "zh-CN": `${name}：分值合计 ${items.map((e) => show(e.stated.weight ?? 0)).join(" + ")} = ${show(weight)} 分${stated}；表中得分合计 ${show(statedScore)} 分，按规则 ${show(score)} 分。`,
        en: `${name}: points ${items.map((e) => show(e.stated.weight ?? 0)).join(" + ")} = ${show(weight)}${statedEn}; scores on the form ${show(statedScore)}, by the rules ${show(score)}.`,
      },
    };
  });
}

function evaluateTotal(form: SelfEvaluationForm, execution: ExecutionEvaluation, blocks: BlockSubtotal[], profile: ScoringProfile): TotalEvaluation {
  const stated = {
    weight: form.total.weight?.value ?? null,
    score: form.total.score?.value ?? null,
    grade: form.total.grade?.value ?? null,
  };
  const usesComputed = execution.stated.score === null && execution.result.score !== null;
  const execStated = execution.stated.score ?? execution.result.score ?? 0;
  const statedSumParts = [{ label: "执行率", value: execStated }, ...blocks.map((b) => ({ label: b.name, value: b.statedScore }))];
  const statedSum = statedSumParts.reduce((s, p) => s + p.value, 0);
  const cappedSum = execStated + blocks.reduce((s, b) => s + (b.statedWeight === null ? b.statedScore : Math.min(b.statedScore, b.statedWeight)), 0);
  const computed = execution.effective + blocks.reduce((s, b) => s + b.score, 0);
  const gradeOfStated = gradeOf(stated.score ?? statedSum, profile.grades);
  const gradeOfComputed = gradeOf(computed, profile.grades);
  const partsZh = statedSumParts.map((p) => `${p.label} ${show(p.value)}`).join(" + ");
  return {
    stated,
    statedGrade: stated.grade === null ? null : readGrade(stated.grade),
    statedSum,
    statedSumParts,
    statedSumUsesComputedExecution: usesComputed,
    cappedSum,
    computed,
    gradeOfStated,
    gradeOfComputed,
    explanation: {
      "zh-CN": `表中各项得分之和：${partsZh} = ${show(statedSum)} 分${stated.score === null ? "" : `（总分填 ${show(stated.score)} 分）`}；按规则计算的总分 ${show(computed)} 分，等级“${gradeOfComputed}”。`,
      en: `Sum of the form's scores: ${partsZh} = ${show(statedSum)}${stated.score === null ? "" : ` (总分 says ${show(stated.score)})`}; total by the rules ${show(computed)}, grade ${GRADE_NAMES[gradeOfComputed].en}.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Entry point

const cache = new WeakMap<SelfEvaluationForm, WeakMap<ScoringProfile, SelfEvaluationScore>>();

/** Scores a self-evaluation under a region profile. Pure (results cached per form and profile object). */
export function scoreSelfEvaluation(form: SelfEvaluationForm, profile: ScoringProfile): SelfEvaluationScore {
  let byProfile = cache.get(form);
  const hit = byProfile?.get(profile);
  if (hit) return hit;
  const execution = evaluateExecution(form, profile);
  const indicators = form.indicators.map((ind) => evaluateIndicator(ind, profile));
  const blocks = subtotals(form, indicators);
  const total = evaluateTotal(form, execution, blocks, profile);
  const result: SelfEvaluationScore = { kind: form.kind, sheet: form.sheet, execution, indicators, blocks, total };
  if (!byProfile) {
    byProfile = new WeakMap();
    cache.set(form, byProfile);
  }
  byProfile.set(profile, result);
  return result;
}
