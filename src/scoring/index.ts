/**
 * Scoring of self-evaluations (财预〔2020〕10号): 执行率, each indicator by direction and the
 * region's 反向 variant, 定性 bands, subtotals, 总分 and 等级 — pure functions over typed forms,
 * every result with an explanation a clerk can follow. `formulas` builds the same rules as live
 * Excel/WPS/LibreOffice formulas.
 */
export { directionByName, directionBySymbol, directionOf, directionWithSource, type Direction, type DirectionSource } from "./direction";
export { executionRate, RATE_TOLERANCE, scoreExecution, type ExecutionInput, type ExecutionProblem, type ExecutionScore } from "./execution";
export { roundTo, show, showPercent, showQuantity, type Explanation } from "./format";
export {
  bandOfScore,
  bandOfWording,
  bandRange,
  bandRangeText,
  formulaFor,
  inTargetUnit,
  QUALITATIVE_BANDS,
  scoreIndicator,
  scoreQuantity,
  type BandLimits,
  type BandScore,
  type ComputedScore,
  type FormulaId,
  type IndicatorScore,
  type PartScore,
  type QualitativeBand,
  type QuantityScore,
  type QuantityScoreInput,
  type ReverseVariant,
  type ScoreOptions,
  type Unscored,
  type UnscoredReason,
} from "./indicator-score";
export {
  EXACT,
  GRADE_NAMES,
  gradeOf,
  readGrade,
  scoreSelfEvaluation,
  type BlockSubtotal,
  type ExecutionEvaluation,
  type Grade,
  type IndicatorEvaluation,
  type ScoreCheck,
  type ScoringProfile,
  type SelfEvaluationScore,
  type TotalEvaluation,
} from "./evaluate";
export {
  DEFAULT_GRADES,
  executionRateFormula,
  executionScoreFormula,
  FORMULA_DECIMALS,
  gradeFormula,
  indicatorScoreFormula,
  numberFromCell,
  subtotalFormula,
  totalScoreFormula,
  type CellRef,
  type GradeBands,
  type IndicatorFormulaSpec,
} from "./formulas";
