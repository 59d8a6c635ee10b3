/**
 * Score a workbook: for every self-evaluation (DS, PS) found, write the rules of 财预〔2020〕10号
 * into the sheet as live formulas — 执行率, 执行率得分, the 得分 of each quantitative indicator
 * (direction and 反向 variant from the scoring engine under the region profile), 总分 and 等级 —
 * so that the sheet keeps scoring itself when the clerk changes an amount or an actual.
 *
 * What is written where, and why:
 * - Only cells the recogniser traced are written (the form's own 执行率, 得分, 总分 and 等级
 *   cells). No layout is invented: the seeds and the 湖南 layout have no 一级 subtotal cells (the
 *   points sit in the heading, "产出指标 (50分)"), so subtotals are reported, not written, and
 *   the 总分 sums the indicator scores directly. A form without a 执行率得分 cell (seed 003's
 *   公车平台经费) gets the execution score inside its 总分 formula.
 * - 定性 scores are the evaluator's judgement: they are left as they are, and (option `notes`)
 *   marked with an info note giving the allowed band in points.
 * - A cell gets a formula only when the formula, evaluated on the cell contents as they are now,
 *   gives exactly the scoring engine's number (this module mirrors what `numberFromCell` reads).
 *   Where it cannot — 时效 indicators (a deadline has no portable formula), several quantities
 *   in one 指标值, an actual the formula cannot read but the engine can (full-width digits,
 *   "约14人") — the engine's number is written as a plain value with a note saying why, or, when
 *   the engine has no number either, the cell is left as it is with the engine's reason.
 * - Units: every scoring formula is unchanged when actual and target are scaled together, so an
 *   actual written in another unit of the same kind (元 against 万元) is read in its own unit
 *   against the target converted to that unit.
 * - The 执行率 formula stays blank until both 全年预算数 and 全年执行数 are filled; a form
 *   whose money columns are blank but which states a 执行率 keeps that rate (the engine scores it).
 * - The 等级 keeps the shape of the cell ("等级：优" → ="等级："&IF(…)).
 *
 * Every written cell carries `expected`: the value the scoring engine gives for it, rounded as
 * the formula rounds. The LibreOffice suite (test/calc) checks that a real spreadsheet computes
 * exactly these values.
 */
import { parseA1, toA1 } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import type { CellWrite, Highlight, WorkbookHost } from "../hosts/host";
import type { SelfEvaluationForm } from "../forms/forms";
import { FORM_KIND_NAMES, isSelfEvaluation } from "../forms/forms";
import type { Indicator } from "../forms/indicator";
import type { RegionProfile } from "../rules/profiles/profile";
import {
  bandRangeText,
  directionWithSource,
  executionRateFormula,
  executionScoreFormula,
  gradeFormula,
  gradeOf,
  inTargetUnit,
  indicatorScoreFormula,
  QUALITATIVE_BANDS,
  roundTo,
  scoreQuantity,
  scoreSelfEvaluation,
  show,
  showPercent,
  type Grade,
  type IndicatorEvaluation,
  type QualitativeBand,
  type SelfEvaluationScore,
} from "../scoring";
import { recogniseWorkbook, type RecogniseOptions } from "./recognise-workbook";

export type ScoredCellRole = "rate" | "execution-score" | "indicator-score" | "total" | "grade";

export interface ScoredCell {
  ref: string;
  role: ScoredCellRole;
  /** "执行率", "执行率得分", "得分（公车平台司勤人员）", "总分", "等级". */
  label: string;
  /** The formula written (with its leading "="); absent when a plain value was written. */
  formula?: string;
  /** The plain value written instead of a formula (see the module comment). */
  value?: number;
  /** What the cell shows once calculated: the engine's number (rounded as the formula rounds), "" for blank, or the 等级 text. */
  expected: number | string;
  /** The cell before: its value (a formula's cached result) and displayed text. */
  before: { value: number | string | null; text: string };
  /** The value shown changes. */
  changed: boolean;
  /** How the value comes about, in words a clerk can follow ("14 ÷ 15 × 10 = 9.33"). */
  explanation: string;
  /** Why a plain value was written instead of a formula (the note put on the cell). */
  reason?: string;
  /** The same, as a code: a deadline, several quantities in one 指标值, an actual or amounts the formula cannot read. */
  why?: PlainValueReason;
}

export type PlainValueReason = "deadline" | "several-quantities" | "unreadable-actual" | "unreadable-money";

export const PLAIN_VALUE_REASONS: Record<PlainValueReason, string> = {
  deadline: "时效指标没有通用公式",
  "several-quantities": "指标值含多个数量",
  "unreadable-actual": "实际完成值的写法公式读不出来",
  "unreadable-money": "金额或执行率的写法公式读不出来",
};

/** A score cell deliberately left as it is. */
export interface KeptCell {
  ref: string;
  label: string;
  kind: "qualitative" | "unscorable";
  /** The note put on the cell (the band in points, or why no formula can score it). */
  note: string;
  /** 定性 only: the stated score lies outside the band the clerk's entries claim. */
  outsideBand?: { stated: number; min: number; max: number; band: QualitativeBand };
}

export interface ScoredForm {
  kind: SelfEvaluationForm["kind"];
  sheet: string;
  range: string;
  title: string;
  /** 项目 (PS) or 部门 (DS) name. */
  name: string;
  score: SelfEvaluationScore;
  cells: ScoredCell[];
  kept: KeptCell[];
  /** Info notes put on the sheet (empty with `notes: false`). */
  notes: Highlight[];
  /** Numbers stored as text that the formulas read, written back as numbers (same value). */
  retyped: { ref: string; value: number }[];
  total: {
    stated: number | null;
    /** What the written 总分 formula gives ("" when nothing is scored yet; null without a 总分 cell). */
    computed: number | "" | null;
    statedGrade: Grade | null;
    computedGrade: Grade | null;
  };
}

export interface ScoreWorkbookOptions extends RecogniseOptions {
  /** Put the 定性 bands and the reasons for plain values on the sheet as info notes (default true). */
  notes?: boolean;
}

export interface ScoreWorkbookResult {
  profile: RegionProfile;
  forms: ScoredForm[];
}

// ---------------------------------------------------------------------------------------------
// What a formula reads from a cell (mirrors scoring/formulas.ts numberFromCell + VALUE)

type Reading = { kind: "blank" } | { kind: "number"; n: number } | { kind: "error" } | { kind: "unsure" };

const STRIPPED = [" ", "\u3000", ",", "≥", "≤", ">", "<", "="];

/** What `numberFromCell(ref, unit)` gives for a cell holding `v` ("unsure" where VALUE might read more than we can tell). */
export function formulaReading(v: CellValue, unit: string): Reading {
  if (v === null || v === "") return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", n: unit === "%" && Math.abs(v) <= 1.5 ? v * 100 : v };
  if (typeof v !== "string") return { kind: "unsure" };
  let t = v;
  for (const s of [...STRIPPED, ...(unit !== "" ? [unit] : [])]) t = t.split(s).join("");
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { kind: "number", n: Number(t) };
  // Digits of other scripts (full-width １４) may or may not be read by VALUE, depending on the program.
  if (!/\p{Nd}/u.test(t)) return { kind: "error" };
  return { kind: "unsure" };
}

// ---------------------------------------------------------------------------------------------
// Planning one form (pure)

interface Plan {
  cells: ScoredCell[];
  kept: KeptCell[];
  notes: Highlight[];
  /** Cells to format as a percentage (a rate cell that showed a plain number). */
  percentCells: string[];
  /** Numbers stored as text in cells the formulas read, written back as numbers (same value). */
  retyped: { ref: string; value: number }[];
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * The sheet as the formulas will see it: the grid, with numbers stored as text (a workbook made
 * from pasted text, a PDF export) in the cells the formulas read taken as the numbers they are —
 * they are written back as numbers, because SUM skips a number stored as text.
 */
class SheetView {
  readonly retyped = new Map<string, number>();
  constructor(private readonly grid: Grid) {}

  /** The cell's value and text as the grid holds them. */
  original(ref: string): { value: CellValue; text: string } {
    const p = parseA1(ref);
    const c = p ? this.grid.cell(p.row, p.col) : undefined;
    return { value: c?.value ?? null, text: c?.text ?? "" };
  }

  /** The cell's value as the formulas will see it. */
  at(ref: string): { value: CellValue; text: string } {
    const n = this.retyped.get(ref);
    const c = this.original(ref);
    return n === undefined ? c : { value: n, text: c.text };
  }

  /** Takes a number stored as text in `ref` as a number. */
  retype(ref: string | undefined): void {
    if (ref === undefined) return;
    const n = numberInText(this.original(ref).value);
    if (n !== null) this.retyped.set(ref, n);
  }
}

/** "10", " 436.20 ", "1,474.07" → the number; anything else → null. */
function numberInText(v: CellValue): number | null {
  if (typeof v !== "string") return null;
  const t = v.trim();
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, "") : t;
  return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/** "100%" → 1; anything else → null. */
function percentInText(v: string): number | null {
  const n = numberInText(v.trim().replace(/%$/, ""));
  return v.trim().endsWith("%") && n !== null ? n / 100 : null;
}

function beforeOf(sheet: SheetView, ref: string): ScoredCell["before"] {
  const c = sheet.original(ref);
  const v = c.value;
  return { value: isNum(v) || typeof v === "string" ? v : null, text: c.text };
}

function differs(before: ScoredCell["before"], expected: number | string): boolean {
  const b = typeof before.value === "string" ? (numberInText(before.value) ?? percentInText(before.value) ?? before.value) : before.value;
  if (typeof expected === "number") return !(isNum(b) && Math.abs(b - expected) < 1e-9);
  if (expected === "") return !(b === null || (typeof b === "string" && b.trim() === ""));
  return typeof b !== "string" || b.replace(/\s+/g, "") !== expected.replace(/\s+/g, "");
}

const round2 = (n: number): number => roundTo(n, 2);

/** A1 refs of one column grouped into ranges: ["H13", "H14", "H15"] → ["H13:H15"]. */
export function compactRefs(refs: readonly string[]): string[] {
  const out: string[] = [];
  let run: { col: number; from: number; to: number } | undefined;
  const flush = () => {
    if (run) out.push(run.from === run.to ? toA1(run.from, run.col) : `${toA1(run.from, run.col)}:${toA1(run.to, run.col)}`);
  };
  for (const ref of refs) {
    const p = parseA1(ref);
    if (!p) continue;
    if (run && run.col === p.col && p.row === run.to + 1) run.to = p.row;
    else {
      flush();
      run = { col: p.col, from: p.row, to: p.row };
    }
  }
  flush();
  return out;
}

function bandNote(weight: number): string {
  return (Object.keys(QUALITATIVE_BANDS) as QualitativeBand[]).map((b) => `${QUALITATIVE_BANDS[b].name["zh-CN"]} ${bandRangeText(b, weight)["zh-CN"]}`).join("；");
}

interface IndicatorPlan {
  cell?: ScoredCell;
  kept?: KeptCell;
}

/** The formula for one quantitative indicator, or a plain value, or nothing (see the module comment). */
function planIndicator(e: IndicatorEvaluation, sheet: SheetView, profile: RegionProfile): IndicatorPlan {
  const ind: Indicator = e.indicator;
  const ref = ind.score?.ref;
  if (!ref) return {};
  const label = `得分（${e.name}）`;
  const before = beforeOf(sheet, ref);
  const result = e.result;
  const engine = result.kind === "computed" ? round2(result.score) : null;
  const plain = (why: PlainValueReason, reason: string): IndicatorPlan => ({
    cell: { ref, role: "indicator-score", label, value: engine!, expected: engine!, before, changed: differs(before, engine!), explanation: result.kind === "computed" ? result.arithmetic : "", reason, why },
  });
  const leave = (note: string): IndicatorPlan => ({ kept: { ref, label, kind: "unscorable", note } });

  if (result.kind === "band") {
    const w = result.weight;
    const claimed = result.band && result.allowed && result.bandSource !== "stated-score" ? result : null;
    let note = `定性指标，不按公式计分，由评价人按完成程度打分（分值 ${show(w)} 分）：${bandNote(w)}。`;
    let outsideBand: KeptCell["outsideBand"];
    if (claimed && e.check === "outside-band" && e.stated.score !== null) {
      const r = bandRangeText(claimed.band!, w)["zh-CN"];
      note += `按实际完成值，应在“${QUALITATIVE_BANDS[claimed.band!].name["zh-CN"]}”档（${r}），现填 ${show(e.stated.score)} 分。`;
      outsideBand = { stated: e.stated.score, min: claimed.allowed!.min, max: claimed.allowed!.max, band: claimed.band! };
    }
    return { kept: { ref, label, kind: "qualitative", note, ...(outsideBand ? { outsideBand } : {}) } };
  }

  const target = ind.target?.value;
  const blankActual = result.kind === "unscored" && result.reason === "no-actual";
  if (result.kind === "computed" && result.formula === "deadline") {
    return plain("deadline", "时效指标按实际完成时间判断（按期得满分，逾期 0 分），没有通用的表格公式；这里写入的是计算结果，改动实际完成值后请重新评分。");
  }
  if (!target || target.kind !== "quantitative") {
    // 定性 without weight, blank target, a deadline without a usable actual: nothing to write.
    // A blank actual is the clerk's to fill (EVA-12 says so), not a reason to mark the score.
    return result.kind === "unscored" && result.expectsFormula && !blankActual ? leave(`无法计分：${result.explanation["zh-CN"]}`) : {};
  }
  const actualRef = ind.actual?.ref;
  const weightRef = ind.weight?.ref;
  const weightCell = weightRef ? sheet.at(weightRef).value : null;
  const weightNumber = ind.weight?.value ?? null;
  if (!actualRef || weightNumber === null) return result.kind === "unscored" ? leave(`无法计分：${result.explanation["zh-CN"]}`) : {};
  if ((target.more?.length ?? 0) > 0) {
    return engine !== null ? plain("several-quantities", "指标值含多个数量，表格公式只能比较一个数量；这里写入的是按各数量分别计分后的合计，改动实际完成值后请重新评分。") : leave(`无法计分：${result.explanation["zh-CN"]}`);
  }

  const { direction } = directionWithSource(target, ind.level3.value, ind.level2.value);
  const tq = { number: direction === "negative" && target.upper !== undefined ? target.upper : target.number, unit: target.unit };
  // Read the actual in its own unit, against the target converted to that unit.
  let unit = tq.unit;
  let T = tq.number;
  const av = ind.actual?.value;
  if (av && av.kind === "quantitative" && (av.more?.length ?? 0) === 0) {
    const au = av.unit.trim();
    const tu = tq.unit.trim();
    if (au !== "" && au.replace(/^个(?=.)/, "") !== tu.replace(/^个(?=.)/, "")) {
      const factor = tu === "" ? 1 : inTargetUnit({ number: 1, unit: au }, tu, tq.number);
      if (factor !== null && factor !== 0) {
        unit = au;
        // 450 万元 read against 元: 4500000, without the binary noise of the division.
        T = factor === 1 ? tq.number : Number((tq.number / factor).toPrecision(12));
      }
    }
  }
  const W = isNum(weightCell) ? weightRef! : weightNumber;
  const reading = formulaReading(sheet.at(actualRef).value, unit);
  let formulaGives: number | "" | "unsure";
  if (reading.kind === "blank" || reading.kind === "error") formulaGives = "";
  else if (reading.kind === "unsure") formulaGives = "unsure";
  else {
    const q = scoreQuantity({ direction, variant: profile.reverseScoring, target: T, actual: reading.n, weight: weightNumber });
    formulaGives = q.score === null ? "" : round2(q.score);
  }
  const agrees = formulaGives !== "unsure" && (engine === null ? formulaGives === "" : formulaGives !== "" && Math.abs(formulaGives - engine) < 1e-9);
  if (!agrees) {
    return engine !== null
      ? plain("unreadable-actual", `实际完成值“${ind.actual?.text.trim() ?? ""}”的写法表格公式读不出来（公式只读“数字+单位”）；这里写入的是计算结果，改成如“14人”的写法后可重新评分。`)
      : leave(`无法按公式计分：${result.explanation["zh-CN"]}`);
  }
  const formula = indicatorScoreFormula({ direction, variant: profile.reverseScoring, target: T, actual: actualRef, unit, weight: W });
  const expected = formulaGives as number | "";
  const explanation = result.kind === "computed" ? result.arithmetic : `${result.explanation["zh-CN"]}得分留空。`;
  return { cell: { ref, role: "indicator-score", label, formula, expected, before, changed: differs(before, expected), explanation } };
}

/**
 * The 总分 and 等级 cells of a 总分 row whose cells hold formulas not calculated yet (a sheet
 * written by exceljs, such as a template just inserted), which the recogniser cannot read as
 * numbers: the formula cell that sums the indicator scores, and the one that gives the 等级.
 */
function locateTotalRow(grid: Grid, form: SelfEvaluationForm): { score?: string; grade?: string } | undefined {
  const scoreRefs = form.indicators.map((i) => i.score?.ref).filter((r): r is string => r !== undefined);
  const first = scoreRefs[0] ? parseA1(scoreRefs[0]) : undefined;
  const lastRow = Math.max(0, ...form.indicators.map((i) => i.row)) - 1;
  if (!first) return undefined;
  for (let r = lastRow + 1; r <= Math.min(grid.rowCount - 1, lastRow + 4); r++) {
    const label = [...grid.cellsOfRow(r)][0];
    if (!label || !/^总\s*分/.test(label.cell.text.trim())) continue;
    let score: string | undefined;
    let grade: string | undefined;
    for (let c = label.col + 1; c < grid.rowLength(r); c++) {
      const f = grid.cell(r, c)?.formula;
      if (!f) continue;
      if (/等级|"优"/.test(f)) grade ??= toA1(r, c);
      else if (new RegExp(`\\b${toA1(first.row, first.col)}\\b`).test(f)) score ??= toA1(r, c);
    }
    return score ? { score, ...(grade ? { grade } : {}) } : undefined;
  }
  return undefined;
}

/** Plans the writes for one self-evaluation on its sheet's grid. Pure. */
export function planFormScores(form: SelfEvaluationForm, grid: Grid, profile: RegionProfile): Plan & { score: SelfEvaluationScore } {
  const s = scoreSelfEvaluation(form, profile);
  const sheet = new SheetView(grid);
  const line = form.money.find((m) => m.key === "total") ?? form.money.find((m) => m.amounts.adjustedBudget?.value != null);
  for (const ref of [line?.amounts.adjustedBudget?.ref, line?.amounts.executed?.ref, form.execution.weight?.ref, form.execution.rate?.ref, form.execution.score?.ref]) sheet.retype(ref);
  for (const i of form.indicators) {
    sheet.retype(i.weight?.ref);
    sheet.retype(i.score?.ref);
  }
  const cells: ScoredCell[] = [];
  const kept: KeptCell[] = [];
  const percentCells: string[] = [];

  // 执行率 and its score --------------------------------------------------------------------
  const ex = s.execution.result;
  const budgetRef = line?.amounts.adjustedBudget?.ref;
  const executedRef = line?.amounts.executed?.ref;
  const rateRef = form.execution.rate?.ref;
  const scoreRef = form.execution.score?.ref;
  const weightRef = form.execution.weight?.ref;
  const moneyReadable = [budgetRef, executedRef].every((r) => r !== undefined && (sheet.at(r).value === null || isNum(sheet.at(r).value)));
  const moneyBlank = [budgetRef, executedRef].some((r) => r === undefined || sheet.at(r).value === null);
  const statedRate = form.execution.rate?.value ?? null;
  const writeRate = rateRef !== undefined && moneyReadable && !(moneyBlank && statedRate !== null);
  if (writeRate) {
    const formula = `=IF(${executedRef}="","",${executionRateFormula({ budget: budgetRef!, executed: executedRef! }).slice(1)})`;
    const expected = ex.rateSource === "money" && ex.rate !== null ? ex.rate : "";
    const before = beforeOf(sheet, rateRef);
    cells.push({
      ref: rateRef,
      role: "rate",
      label: "执行率",
      formula,
      expected,
      before,
      changed: differs(before, expected),
      explanation: expected === "" ? "全年预算数或全年执行数为空（或预算为 0），执行率留空。" : `全年执行数 ÷ 全年预算数 = ${ex.rateArithmetic}`,
    });
    if (isNum(before.value) && !before.text.trim().endsWith("%")) percentCells.push(rateRef);
  }
  const weightCell = weightRef ? sheet.at(weightRef).value : null;
  const execWeight: string | number | null = isNum(weightCell) ? weightRef! : ex.weight;
  const rateCellNumber = rateRef !== undefined && isNum(sheet.at(rateRef).value);
  /** An expression (no "=") for the execution score from the rate cell or the money, or undefined. */
  let execSource: { rate: string } | { budget: string; executed: string } | undefined;
  if (execWeight !== null) {
    if (writeRate) execSource = { rate: rateRef! };
    else if (ex.rateSource === "stated" && rateCellNumber) execSource = { rate: rateRef! };
    else if (rateRef === undefined && moneyReadable && ex.rateSource !== "stated") execSource = { budget: budgetRef!, executed: executedRef! };
  }
  const execExpected: number | "" = ex.score === null ? "" : round2(ex.score);
  if (scoreRef) {
    const before = beforeOf(sheet, scoreRef);
    const explanation = ex.score === null ? `${ex.explanation["zh-CN"]}` : `分值 × 执行率 = ${ex.scoreArithmetic}`;
    if (execSource && execWeight !== null) {
      const formula =
        "rate" in execSource
          ? executionScoreFormula({ weight: execWeight, rate: execSource.rate })
          : `=IF(${execSource.executed}="","",${executionScoreFormula({ weight: execWeight, budget: execSource.budget, executed: execSource.executed }).slice(1)})`;
      cells.push({ ref: scoreRef, role: "execution-score", label: "执行率得分", formula, expected: execExpected, before, changed: differs(before, execExpected), explanation });
    } else if (ex.score !== null) {
      const reason = "全年预算数、全年执行数或执行率的写法表格公式读不出来；这里写入的是计算结果，改动金额后请重新评分。";
      cells.push({
        ref: scoreRef,
        role: "execution-score",
        label: "执行率得分",
        value: execExpected as number,
        expected: execExpected,
        before,
        changed: differs(before, execExpected),
        explanation,
        reason,
        why: "unreadable-money",
      });
    }
  }

  // Indicators ---------------------------------------------------------------------------------
  for (const e of s.indicators) {
    const p = planIndicator(e, sheet, profile);
    if (p.cell) cells.push(p.cell);
    if (p.kept) kept.push(p.kept);
  }

  // 总分 and 等级 --------------------------------------------------------------------------------
  const located = form.total.score ? undefined : locateTotalRow(grid, form);
  const totalRef = form.total.score?.ref ?? located?.score;
  let computedTotal: number | "" | null = null;
  if (totalRef) {
    const written = new Map(cells.map((c) => [c.ref, c]));
    const valueOf = (ref: string): number | null => {
      const w = written.get(ref);
      if (w) return typeof w.expected === "number" ? w.expected : null;
      const v = sheet.at(ref).value;
      return isNum(v) ? v : null;
    };
    const scoreRefs = form.indicators.map((i) => i.score?.ref).filter((r): r is string => r !== undefined && r !== totalRef);
    const refs = [...(scoreRef ? [scoreRef] : []), ...scoreRefs];
    // Without a 执行率得分 cell the execution score goes into the total itself.
    let inline: string | undefined;
    let inlineValue = 0;
    if (!scoreRef) {
      if (execSource && execWeight !== null) {
        const w = typeof execWeight === "number" ? String(execWeight) : execWeight;
        inline =
          "rate" in execSource
            ? `IF(ISNUMBER(${execSource.rate}),ROUND(${w}*MAX(0,MIN(${execSource.rate},1)),2),0)`
            : `IFERROR(IF(${execSource.budget}=0,0,ROUND(${w}*MAX(0,MIN(${execSource.executed}/${execSource.budget},1)),2)),0)`;
        inlineValue = ex.score === null ? 0 : round2(ex.score);
      } else if (s.execution.effective !== 0) {
        inlineValue = round2(s.execution.effective);
        inline = String(inlineValue);
      }
    }
    const ranges = compactRefs(refs);
    const numbers = refs.map(valueOf).filter((n): n is number => n !== null);
    const sum = round2(numbers.reduce((a, b) => a + b, 0) + inlineValue);
    let formula: string;
    if (inline !== undefined) {
      formula = `=ROUND(SUM(${[inline, ...ranges].join(",")}),2)`;
      computedTotal = sum;
    } else if (ranges.length > 0) {
      formula = `=IF(COUNT(${ranges.join(",")})=0,"",ROUND(SUM(${ranges.join(",")}),2))`;
      computedTotal = numbers.length === 0 ? "" : sum;
    } else {
      formula = "";
    }
    if (formula !== "") {
      const before = beforeOf(sheet, totalRef);
      const scoreRefAt = new Map(form.indicators.map((i) => [i.row, i.score?.ref ?? ""]));
      const parts = [
        ...(scoreRef ? [`执行率得分 ${show(valueOf(scoreRef) ?? 0)}`] : inline !== undefined ? [`执行率得分 ${show(inlineValue)}（表中没有执行率得分一格）`] : []),
        ...s.blocks.map((b) => `${b.name} ${show(b.rows.reduce((acc, r) => acc + (valueOf(scoreRefAt.get(r) ?? "") ?? 0), 0))}`),
      ];
      cells.push({
        ref: totalRef,
        role: "total",
        label: "总分",
        formula,
        expected: computedTotal!,
        before,
        changed: differs(before, computedTotal!),
        explanation: computedTotal === "" ? "还没有任何得分，总分留空。" : `${parts.join(" + ")} = ${show(computedTotal as number)}`,
      });
    } else computedTotal = null;

    const gradeRef = form.total.grade?.ref ?? located?.grade;
    if (gradeRef && gradeRef !== totalRef && computedTotal !== null) {
      const before = beforeOf(sheet, gradeRef);
      const prefix = /^(.*等级\s*[:：]?\s*)/.exec(before.text)?.[1] ?? "";
      const body = gradeFormula(totalRef, profile.grades).slice(1);
      const formula = prefix === "" ? `=${body}` : `="${prefix.replace(/"/g, '""')}"&${body}`;
      const grade = computedTotal === "" ? "" : gradeOf(computedTotal, profile.grades);
      const expected = `${prefix}${grade}`;
      cells.push({
        ref: gradeRef,
        role: "grade",
        label: "等级",
        formula,
        expected,
        before,
        changed: differs(before, expected),
        explanation: grade === "" ? "总分为空，等级留空。" : `总分 ${show(computedTotal as number)} → ${grade}（优 ≥ ${profile.grades.excellent}，良 ≥ ${profile.grades.good}，中 ≥ ${profile.grades.fair}）`,
      });
    }
  }

  const notes: Highlight[] = [
    ...kept.map((k) => ({ ref: k.ref, severity: "info" as const, note: k.note })),
    ...cells.filter((c) => c.reason !== undefined).map((c) => ({ ref: c.ref, severity: "info" as const, note: c.reason! })),
  ];
  const written = new Set(cells.map((c) => c.ref));
  const retyped = [...sheet.retyped].filter(([ref]) => !written.has(ref)).map(([ref, value]) => ({ ref, value }));
  return { score: s, cells, kept, notes, percentCells, retyped };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes cells in as few calls as possible: runs of consecutive rows in one column go together. */
async function writeCells(host: WorkbookHost, sheet: string, cells: readonly { ref: string; write: CellWrite }[]): Promise<void> {
  const items = cells.map((c) => ({ p: parseA1(c.ref)!, write: c.write })).sort((a, b) => a.p.col - b.p.col || a.p.row - b.p.row);
  let run: typeof items = [];
  const flush = async () => {
    if (run.length > 0) await host.write(sheet, toA1(run[0]!.p.row, run[0]!.p.col), run.map((i) => [i.write]));
    run = [];
  };
  for (const item of items) {
    const last = run[run.length - 1];
    if (last && !(last.p.col === item.p.col && last.p.row + 1 === item.p.row)) await flush();
    run.push(item);
  }
  await flush();
}

function writesOf(plan: Plan): { ref: string; write: CellWrite }[] {
  return [
    ...plan.cells.map((c) => ({ ref: c.ref, write: c.formula !== undefined ? { formula: c.formula } : { value: c.value ?? null } })),
    ...plan.retyped.map((r) => ({ ref: r.ref, write: { value: r.value } })),
  ];
}

function formName(form: SelfEvaluationForm): string {
  return (form.kind === "PS" ? form.header.project?.value : form.header.unit?.value)?.trim() || form.sheet;
}

/**
 * Scores every self-evaluation of the workbook (or of `options.scope`) under `profile` and writes
 * the formulas into the sheets. Forms on one sheet are written in order; notes replace this
 * add-in's earlier marks on the sheets that hold self-evaluations.
 */
export async function scoreWorkbook(host: WorkbookHost, profile: RegionProfile, options: ScoreWorkbookOptions = {}): Promise<ScoreWorkbookResult> {
  const sheets = await recogniseWorkbook(host, options);
  const forms: ScoredForm[] = [];
  for (const recognition of sheets) {
    const selfEvaluations = recognition.forms.filter(isSelfEvaluation);
    if (selfEvaluations.length === 0) continue;
    const grid = await host.readSheet(recognition.sheet);
    const notes: Highlight[] = [];
    const percent: string[] = [];
    for (const form of selfEvaluations) {
      const plan = planFormScores(form, grid, profile);
      await writeCells(host, form.sheet, writesOf(plan));
      if (options.notes !== false) notes.push(...plan.notes);
      percent.push(...plan.percentCells);
      const total = plan.cells.find((c) => c.role === "total");
      const computed = total ? (total.expected as number | "") : null;
      forms.push({
        kind: form.kind,
        sheet: form.sheet,
        range: form.range,
        title: form.title?.value || FORM_KIND_NAMES[form.kind].zh,
        name: formName(form),
        score: plan.score,
        cells: plan.cells,
        kept: plan.kept,
        notes: options.notes === false ? [] : plan.notes,
        retyped: plan.retyped,
        total: {
          stated: form.total.score?.value ?? null,
          computed,
          statedGrade: plan.score.total.statedGrade,
          computedGrade: computed === null || computed === "" ? null : gradeOf(computed, profile.grades),
        },
      });
    }
    if (percent.length > 0) await host.applyLayout(recognition.sheet, percent.map((ref) => ({ op: "format" as const, range: ref, format: { numberFormat: "0.00%" } })));
    if (notes.length > 0) await host.setHighlights(recognition.sheet, notes);
  }
  return { profile, forms };
}

/** "100%" / "9.33" / "" for a cell's expected value, as a clerk reads it. */
export function showExpected(cell: Pick<ScoredCell, "role" | "expected">): string {
  if (typeof cell.expected !== "number") return cell.expected === "" ? "（空）" : cell.expected;
  return cell.role === "rate" ? showPercent(cell.expected) : show(cell.expected);
}
