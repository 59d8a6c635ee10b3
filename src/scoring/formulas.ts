/**
 * Live Excel formulas for a self-evaluation sheet: the same rules as the scoring engine, written
 * so that Excel, WPS and LibreOffice compute the same result. Used by the templates that write
 * scoring columns into a clerk's workbook. Every builder returns the formula text with the
 * leading "=", ready for `cell.formula`/`range.formulas` (without "=" for exceljs: strip it).
 *
 * Functions used: IF, MIN, MAX, SUM, ROUND, ABS, ISNUMBER, VALUE, SUBSTITUTE, IFERROR — all
 * evaluated identically by the three programs (no LET, no IFS, no TEXTJOIN, no dynamic arrays).
 *
 * ## Design decision: how a score formula reads 指标值 and 实际完成值
 *
 * Targets and actuals are text in real forms ("≥95%", "15 人", "436.20 万元"), so a formula
 * cannot use them directly. We do NOT add hidden helper cells: they change the clerk's layout,
 * get unhidden, sorted or deleted, and break when rows are copied between forms. Instead:
 *
 * - The **actual** is read live from its cell by `numberFromCell(ref, unit)`: if the cell holds
 *   a number it is used as it is; if it holds text, the known unit, the comparison symbols
 *   (≥ ≤ > < =), spaces (also the full-width one) and thousands commas are removed and VALUE
 *   reads the rest. "14 人" → 14, "95%" → 95 (percent units are read in percentage points; a
 *   number cell formatted as a percentage, 0.95, is multiplied by 100), "1,346 次" → 1346.
 *   Anything else (words, another unit) gives "" through IFERROR, so the score cell stays empty
 *   instead of showing a wrong number — the checker (EVA-12) then explains why.
 * - The **target** is, by default, the number the parser read from the approved 指标值,
 *   embedded in the formula (`target: 15`). The parser understands every way targets are written
 *   (以上, 以内, 不低于, LaTeX, full-width digits), the formula could not; and in a
 *   self-evaluation the target is the approved one, which must not change (EVA-13 reports it
 *   when it does). A template that writes the target cell itself in canonical form ("≥95%") may
 *   instead pass the cell (`target: "E12"`); it is then read like the actual, and stays live.
 *
 * Limits, by design: one quantity per cell ("80个部门 30000份" has no formula — score it with the
 * engine), actual and target in the same unit (no 元/万元 conversion), decimal point ".".
 * 定性 and 时效 indicators have no formula: their scores are the evaluator's judgement (定性
 * bands) or all-or-nothing (时效), and the checker verifies them.
 */
import type { Direction } from "./direction";
import type { ReverseVariant } from "./indicator-score";

/** An A1 reference ("E12", "$E$12", "'表1'!E12") or, where allowed, a range ("H12:H19"). */
export type CellRef = string;

export interface GradeBands {
  /** Lower bounds of 优, 良, 中 (差 below). */
  excellent: number;
  good: number;
  fair: number;
}

export const DEFAULT_GRADES: GradeBands = { excellent: 90, good: 80, fair: 60 };

/** Decimals scores are rounded to in formulas (the engine keeps full precision and shows two). */
export const FORMULA_DECIMALS = 2;

/** Characters removed from a cell's text before VALUE reads it. */
const STRIPPED = [" ", "\u3000", ",", "≥", "≤", ">", "<", "="];

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, "") : s;
}

function operand(v: number | CellRef): string {
  return typeof v === "number" ? numberLiteral(v) : v;
}

/**
 * An expression (no "=") giving the number in a cell that may hold text such as "14 人" or
 * "≥95%". `unit` is removed from the text; "%" makes a number cell ≤ 1.5 count as a fraction
 * (0.95 → 95). Errors (words, other units) propagate: wrap the formula in IFERROR.
 */
export function numberFromCell(ref: CellRef, unit = ""): string {
  let text = ref;
  for (const s of [...STRIPPED, ...(unit !== "" ? [unit] : [])]) text = `SUBSTITUTE(${text},${quote(s)},"")`;
  if (unit === "%") return `IF(ISNUMBER(${ref}),IF(ABS(${ref})<=1.5,${ref}*100,${ref}),VALUE(${text}))`;
  return `IF(ISNUMBER(${ref}),${ref},VALUE(${text}))`;
}

/** 执行率 = 全年执行数 ÷ 全年预算数, blank when the budget is blank or 0: `=IFERROR(IF(D5=0,"",E5/D5),"")`. */
export function executionRateFormula(c: { budget: CellRef; executed: CellRef }): string {
  return `=IFERROR(IF(${c.budget}=0,"",${c.executed}/${c.budget}),"")`;
}

/**
 * 执行率得分 = 分值 × min(执行率, 1), rounded to two decimals; blank without a rate. Either from the
 * rate cell (`{ weight: "F5", rate: "G5" }`) or straight from the money (`{ weight, budget, executed }`).
 */
export function executionScoreFormula(
  c: { weight: CellRef | number; rate: CellRef } | { weight: CellRef | number; budget: CellRef; executed: CellRef },
  decimals = FORMULA_DECIMALS,
): string {
  const w = operand(c.weight);
  if ("rate" in c) return `=IFERROR(IF(${c.rate}="","",ROUND(${w}*MAX(0,MIN(${c.rate},1)),${decimals})),"")`;
  return `=IFERROR(IF(${c.budget}=0,"",ROUND(${w}*MAX(0,MIN(${c.executed}/${c.budget},1)),${decimals})),"")`;
}

export interface IndicatorFormulaSpec {
  /** 正向, 反向 or 等于 (scoring/direction.ts decides it from the target). */
  direction: Direction;
  /** 反向 variant (the profile's reverseScoring); default "ratio". */
  variant?: ReverseVariant;
  /** The parsed target number (recommended), or a cell holding the target (read like the actual). */
  target: number | CellRef;
  /** The 实际完成值 cell. */
  actual: CellRef;
  /** The unit written in the cells ("人", "%", "万元"); removed before reading. */
  unit?: string;
  /** The 分值 cell or number. */
  weight: number | CellRef;
  decimals?: number;
}

/**
 * One quantitative indicator's score, by direction and variant:
 * - 正向: `IF(A>=T, W, W*MAX(0,A)/T)`;
 * - 反向 ratio: `IF(A<=T, W, W*T/A)`; linear: `IF(A<=T, W, MAX(0, W*(1-(A-T)/T)))`;
 * - 等于: as 正向 when T > 0; when T = 0, `IF(MAX(0,A)<=0, W, 0)`.
 * A missed 正向 target ≤ 0 (or 反向 target < 0) gives "" (no meaningful ratio), as the engine does.
 * Blank actual → blank score; unreadable actual → blank score.
 *
 *   indicatorScoreFormula({ direction: "positive", target: 15, actual: "F12", unit: "人", weight: "G12" })
 *   → =IF(F12="","",IFERROR(ROUND(IF(A>=15,G12,G12*MAX(0,A)/15),2),""))   (A: numberFromCell("F12", "人"))
 */
export function indicatorScoreFormula(spec: IndicatorFormulaSpec): string {
  const unit = spec.unit ?? "";
  const A = numberFromCell(spec.actual, unit);
  const T = typeof spec.target === "number" ? numberLiteral(spec.target) : `(${numberFromCell(spec.target, unit)})`;
  const W = operand(spec.weight);
  const decimals = spec.decimals ?? FORMULA_DECIMALS;
  // With an embedded target the guards against T ≤ 0 are decided here, not in the sheet.
  const known = typeof spec.target === "number" ? spec.target : undefined;
  const guard = (test: string, ok: string, when: boolean | undefined): string => (when === undefined ? `IF(${test},"",${ok})` : when ? '""' : ok);
  const positive = `IF(${A}>=${T},${W},${guard(`${T}<=0`, `${W}*MAX(0,${A})/${T}`, known === undefined ? undefined : known <= 0)})`;
  let body: string;
  if (spec.direction === "positive") body = positive;
  else if (spec.direction === "equal") {
    const zero = `IF(MAX(0,${A})<=0,${W},0)`;
    body = known === undefined ? `IF(${T}=0,${zero},${positive})` : known === 0 ? zero : positive;
  } else if ((spec.variant ?? "ratio") === "ratio") {
    body = `IF(${A}<=${T},${W},${guard(`${T}<0`, `${W}*${T}/${A}`, known === undefined ? undefined : known < 0)})`;
  } else {
    const linear = known === 0 ? "0" : known === undefined ? `IF(${T}=0,0,MAX(0,${W}*(1-(${A}-${T})/${T})))` : `MAX(0,${W}*(1-(${A}-${T})/${T}))`;
    body = `IF(${A}<=${T},${W},${guard(`${T}<0`, linear, known === undefined ? undefined : known < 0)})`;
  }
  return `=IF(${spec.actual}="","",IFERROR(ROUND(${body},${decimals}),""))`;
}

/** A 一级 subtotal: `=ROUND(SUM(H12:H19),2)`; cells or ranges. */
export function subtotalFormula(scores: readonly CellRef[] | CellRef, decimals = FORMULA_DECIMALS): string {
  const list = typeof scores === "string" ? [scores] : scores;
  if (list.length === 0) throw new Error("subtotalFormula needs at least one cell");
  return `=ROUND(SUM(${list.join(",")}),${decimals})`;
}

/** 总分 = 执行率得分 + Σ indicator scores (or the subtotals): `=ROUND(SUM(H5,H12:H24),2)`. */
export function totalScoreFormula(parts: readonly CellRef[], decimals = FORMULA_DECIMALS): string {
  return subtotalFormula(parts, decimals);
}

/** 等级 from the 总分 cell: `=IF(H30="","",IF(ROUND(H30,2)>=90,"优",IF(ROUND(H30,2)>=80,"良",IF(ROUND(H30,2)>=60,"中","差"))))`. */
export function gradeFormula(total: CellRef, grades: GradeBands = DEFAULT_GRADES): string {
  const t = `ROUND(${total},2)`;
  return `=IF(${total}="","",IF(${t}>=${numberLiteral(grades.excellent)},"优",IF(${t}>=${numberLiteral(grades.good)},"良",IF(${t}>=${numberLiteral(grades.fair)},"中","差"))))`;
}
