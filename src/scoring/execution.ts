/**
 * 预算执行率 and its score (财预〔2020〕10号):
 *
 *   执行率 = 全年执行数 ÷ 全年预算数          (全年预算数 = the adjusted budget, 调整后预算数)
 *   得分   = 分值 × min(执行率, 1)            (a rate over 100% earns no more than the 分值)
 *
 * A rate over 100% is itself a finding (EVA-02): spending more than the adjusted budget. A zero
 * budget gives no rate (nothing to execute); spending against a zero budget is an overrun.
 * When the money columns are blank the stated 执行率 is used for the score, and the result
 * says so.
 */
import { show, showPercent, type Explanation } from "./format";

/** Difference between a stated and a computed 执行率 taken as rounding: half a percentage point. */
export const RATE_TOLERANCE = 0.005;

export interface ExecutionInput {
  /** 分值 of the 执行率 row. */
  weight: number | null | undefined;
  /** 全年预算数 (adjusted budget). */
  budget: number | null | undefined;
  /** 全年执行数 */
  executed: number | null | undefined;
  /** 执行率 as written on the form (a fraction, 100% → 1); used when the money columns are blank. */
  statedRate?: number | null | undefined;
}

export type ExecutionProblem =
  /** no 分值 on the 执行率 row: the rate is computed, the score is not */
  | "no-weight"
  /** 全年预算数 blank and no stated rate */
  | "no-budget"
  /** 全年预算数 is 0: no rate */
  | "zero-budget"
  /** 全年执行数 blank and no stated rate */
  | "no-executed";

export interface ExecutionScore {
  formula: "execution";
  weight: number | null;
  budget: number | null;
  executed: number | null;
  /** 执行率 as a fraction, full precision; null when it cannot be computed. */
  rate: number | null;
  /** Where the rate came from: the money columns, or the form's stated 执行率. */
  rateSource: "money" | "stated" | null;
  /** 分值 × min(执行率, 1), full precision; null when it cannot be computed. */
  score: number | null;
  /** 执行率 > 100% (or money spent against a zero budget). */
  overRun: boolean;
  problem?: ExecutionProblem;
  /** The arithmetic in symbols: "119.48 ÷ 119.48 = 100%；10 × 100% = 10". */
  arithmetic: string;
  /** The rate part alone: "119.48 ÷ 119.48 = 100%". */
  rateArithmetic: string;
  /** The score part alone: "10 × 100% = 10". */
  scoreArithmetic: string;
  explanation: Explanation;
}

const num = (n: number | null | undefined): number | null => (typeof n === "number" && Number.isFinite(n) ? n : null);

/** 全年执行数 ÷ 全年预算数, or null when the budget is blank or 0 or the spending blank. */
export function executionRate(budget: number | null | undefined, executed: number | null | undefined): number | null {
  const b = num(budget);
  const e = num(executed);
  if (b === null || e === null || b === 0) return null;
  return e / b;
}

/** 执行率 and its score, with the arithmetic written out. Never throws. */
export function scoreExecution(input: ExecutionInput): ExecutionScore {
  const weight = num(input.weight);
  const budget = num(input.budget);
  const executed = num(input.executed);
  const stated = num(input.statedRate);

  let rate: number | null = executionRate(budget, executed);
  let rateSource: ExecutionScore["rateSource"] = rate === null ? null : "money";
  let problem: ExecutionProblem | undefined;
  let overRun = false;
  let rateArithmetic = "";

  if (rate !== null) {
    rateArithmetic = `${show(executed!)} ÷ ${show(budget!)} = ${showPercent(rate)}`;
    overRun = rate > 1;
  } else if (budget === 0) {
    problem = "zero-budget";
    overRun = executed !== null && executed > 0;
  } else if (stated !== null) {
    rate = stated;
    rateSource = "stated";
    rateArithmetic = showPercent(stated);
    overRun = stated > 1;
  } else {
    problem = budget === null ? "no-budget" : "no-executed";
  }

  let score: number | null = null;
  let scoreArithmetic = "";
  if (rate !== null && weight !== null) {
    const capped = Math.min(rate, 1);
    score = weight * Math.max(capped, 0);
    scoreArithmetic = `${show(weight)} × ${showPercent(capped)} = ${show(score)}`;
  } else if (rate !== null && problem === undefined) {
    problem = "no-weight";
  }

  const arithmetic = [rateArithmetic, scoreArithmetic].filter((s) => s !== "").join("；");
  return {
    formula: "execution",
    weight,
    budget,
    executed,
    rate,
    rateSource,
    score,
    overRun,
    ...(problem ? { problem } : {}),
    arithmetic,
    rateArithmetic,
    scoreArithmetic,
    explanation: explainExecution({ weight, budget, executed, rate, rateSource, score, overRun, problem }),
  };
}

function explainExecution(r: {
  weight: number | null;
  budget: number | null;
  executed: number | null;
  rate: number | null;
  rateSource: ExecutionScore["rateSource"];
  score: number | null;
  overRun: boolean;
  problem: ExecutionProblem | undefined;
}): Explanation {
  if (r.problem === "zero-budget") {
    return r.overRun
      ? {
          "zh-CN": `全年预算数为 0，却执行了 ${show(r.executed!)} 万元：没有预算的支出，执行率无法计算。`,
          en: `The full-year budget is 0 but ${show(r.executed!)} was spent: spending without a budget; no rate can be computed.`,
        }
      : { "zh-CN": "全年预算数为 0，执行率无法计算，也不计执行率得分。", en: "The full-year budget is 0: there is no execution rate and no execution score." };
  }
  if (r.problem === "no-budget" || r.problem === "no-executed") {
    return {
      "zh-CN": `${r.problem === "no-budget" ? "全年预算数" : "全年执行数"}没有填写，也没有填执行率，无法计算执行率得分。`,
      en: `The ${r.problem === "no-budget" ? "full-year budget" : "full-year spending"} is blank and no rate is stated, so the execution score cannot be computed.`,
    };
  }
  const rate = r.rate!;
  const zhRate =
    r.rateSource === "money"
      ? `执行率 = 全年执行数 ÷ 全年预算数 = ${show(r.executed!)} ÷ ${show(r.budget!)} = ${showPercent(rate)}`
      : `执行率按表中所填 ${showPercent(rate)} 计算（全年预算数或执行数没有填写）`;
  const enRate =
    r.rateSource === "money"
      ? `Execution rate = spending ÷ full-year budget = ${show(r.executed!)} ÷ ${show(r.budget!)} = ${showPercent(rate)}`
      : `Execution rate taken as stated, ${showPercent(rate)} (the money columns are blank)`;
  if (r.score === null) {
    return { "zh-CN": `${zhRate}；执行率一行没有分值，无法计算得分。`, en: `${enRate}; the row has no points, so no score.` };
  }
  const capped = Math.min(rate, 1);
  const over = r.overRun ? "执行率超过 100%，得分以分值为上限；" : "";
  const overEn = r.overRun ? "The rate is over 100%, so the score is capped at the points; " : "";
  return {
    "zh-CN": `${zhRate}。${over}得分 = 分值 × 执行率 = ${show(r.weight!)} × ${showPercent(capped)} = ${show(r.score)} 分。`,
    en: `${enRate}. ${overEn}score = points × rate = ${show(r.weight!)} × ${showPercent(capped)} = ${show(r.score)}.`,
  };
}
