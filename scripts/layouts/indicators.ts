/**
 * The indicator table of a layout: columns as a template names them, rows from indicator data
 * written once and rendered in any column set — a target in one cell (`≥95%`) or split over
 * 指标性质/指标方向, 指标值 and 计量单位 columns; 指标值类型 in its own column; scores computed
 * by the 财预〔2020〕10号 formulas so a correct copy is internally consistent.
 */
import type { Comparator } from "../../src/values/target-value";
import type { TruthCell, TruthIndicator, TruthParsed, TruthValue } from "../../test/fixtures/layouts/truth";
import type { SheetBuilder } from "./sheet";

export type Target =
  | { cmp: Comparator | null; n: number; u: string }
  | { by: [year: number, month: number] }
  | { q: string };

/** An actual: a quantity, a completion date ("2022年10月完成") or words. */
export type Actual = { n: number; u: string } | { done: [year: number, month: number] } | { q: string };

export interface Ind {
  l1: string;
  l2: string;
  l3: string;
  t?: Target;
  a?: Actual;
  /** 分值 / 权重 */
  w?: number;
  dev?: string;
  desc?: string;
  scoring?: string;
  /** A fixed-row template row the clerk marked 不适用. */
  na?: boolean;
}

export type ColumnKind =
  | "l1"
  | "l2"
  | "l3"
  | "target" // the whole target in one cell
  | "cmp" // 指标性质: ≥ ≤ = > <
  | "dir" // 指标方向: 正向 / 反向
  | "value" // the number (or words) of a split target
  | "unit" // 计量单位 / 度量单位
  | "valueType" // 指标值类型: 定量 / 定性
  | "weight"
  | "actual" // the whole actual in one cell
  | "actualValue" // the actual's number alone (the unit column applies)
  | "score"
  | "deviation"
  | "desc"
  | "scoring"
  | "remark";

export interface Column {
  kind: ColumnKind;
  label: string;
}

export interface TableOptions {
  /** Merge 一级 and 二级 cells down their blocks (otherwise the text is repeated on every row). */
  merge: boolean;
  /** Points stated in the 一级 label, e.g. { 产出指标: 50 } → "产出指标（50分）". */
  l1Points?: Record<string, number>;
  /** Column index (0-based) of the first column. */
  left: number;
  /** numFmt for 分值/得分 cells. */
  scoreFmt?: string;
  period?: "mid-term" | "annual";
  /** "（50分）" (full-width, default) or "(50分)". */
  pointsStyle?: "full" | "half";
  /** For a block with no 一级 column of its own (the right half of a two-block table): the 一级 of each row. */
  level1?: readonly TruthCell[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 得分 by 财预〔2020〕10号: 正向 W·A/T capped at W, 反向 W·T/A capped at W, 定性 full marks. */
export function scoreOf(ind: Ind): number | undefined {
  if (ind.w === undefined || ind.na) return undefined;
  const t = ind.t;
  const a = ind.a;
  if (!t || !a || !("cmp" in t) || !("n" in a)) return ind.w;
  if (t.cmp === "≤" || t.cmp === "<") return a.n <= t.n ? ind.w : round2((ind.w * t.n) / a.n);
  if (t.n === 0) return a.n <= 0 ? ind.w : 0;
  return a.n >= t.n ? ind.w : round2((ind.w * a.n) / t.n);
}

function targetText(t: Target): string {
  if ("cmp" in t) return `${t.cmp ?? ""}${t.n}${t.u}`;
  if ("by" in t) return `${t.by[0]}年${t.by[1]}月前`;
  return t.q;
}

function parsedOf(t: Target): TruthParsed {
  if ("cmp" in t) return { kind: "quantitative", comparator: t.cmp, number: t.n, unit: t.u };
  if ("by" in t) return { kind: "deadline", comparator: "≤", year: t.by[0], month: t.by[1] };
  return { kind: "qualitative" };
}

function directionOf(cmp: Comparator | null): "正向" | "反向" | undefined {
  if (cmp === "≥" || cmp === ">") return "正向";
  if (cmp === "≤" || cmp === "<") return "反向";
  return undefined;
}

/** Header row of the table; returns the row after it. */
export function tableHeader(s: SheetBuilder, row: number, cols: readonly Column[], left: number): number {
  cols.forEach((c, i) => s.put(left + i, row, c.label, { bold: true, center: true }));
  return row + 1;
}

/**
 * Writes the indicator rows from `row`; returns the truth of each and the next free row.
 * Validates what a correct copy must hold: 分值 and 得分 present together, a 偏差原因 for every
 * score below its 分值.
 */
export function indicatorRows(s: SheetBuilder, row: number, cols: readonly Column[], inds: readonly Ind[], o: TableOptions): { truth: TruthIndicator[]; next: number } {
  const col = (k: ColumnKind): number | undefined => {
    const i = cols.findIndex((c) => c.kind === k);
    return i < 0 ? undefined : o.left + i;
  };
  const truth: TruthIndicator[] = [];
  const l1Runs = runs(inds.map((i) => i.l1));
  const l2Runs = runs(inds.map((i) => `${i.l1}\u0000${i.l2}`));
  let l1Cell: TruthCell | undefined;
  let l2Cell: TruthCell | undefined;
  inds.forEach((ind, k) => {
    const r = row + k;
    const c1 = col("l1");
    const c2 = col("l2")!;
    const c3 = col("l3")!;
    if (c1 === undefined) {
      l1Cell = o.level1?.[k];
    } else if (!o.merge || l1Runs.has(k)) {
      const pts = o.l1Points?.[ind.l1];
      const text = pts === undefined ? ind.l1 : o.pointsStyle === "half" ? `${ind.l1}(${pts}分)` : `${ind.l1}（${pts}分）`;
      const at = s.put(c1, r, text, o.merge ? { down: l1Runs.get(k) } : {});
      l1Cell = { value: ind.l1, ref: at.ref, text: at.text };
    }
    if (!o.merge || l2Runs.has(k)) {
      const at = s.put(c2, r, ind.l2, o.merge ? { down: l2Runs.get(k) } : {});
      l2Cell = { value: ind.l2, ref: at.ref, text: at.text };
    }
    const l3 = s.put(c3, r, ind.na ? "不适用" : ind.l3);
    const t: TruthIndicator = { row: r, level1: l1Cell!, level2: l2Cell!, level3: { value: l3.value, ref: l3.ref, text: l3.text } };
    if (o.period) t.period = o.period;
    if (ind.na) t.notApplicable = true;

    // Target
    const ct = col("target");
    const cv = col("value");
    if (ind.na) {
      const at = ct ?? cv;
      if (at !== undefined) {
        const c = s.put(at, r, "不适用");
        t.target = { ref: c.ref, text: c.text, parsed: { kind: "not-applicable" } };
      }
    } else if (ind.t && ct !== undefined) {
      const c = s.put(ct, r, targetText(ind.t));
      t.target = { ref: c.ref, text: c.text, parsed: parsedOf(ind.t) };
    } else if (ind.t && cv !== undefined) {
      const tv: Partial<TruthValue> = {};
      const cc = col("cmp");
      const cd = col("dir");
      const cu = col("unit");
      if ("cmp" in ind.t) {
        // With no comparison column of its own the symbol stays in the value cell ("≥95" | "%").
        const v = cc === undefined && cd === undefined && ind.t.cmp ? s.put(cv, r, `${ind.t.cmp}${ind.t.n}`) : s.put(cv, r, ind.t.n);
        tv.ref = v.ref;
        tv.text = v.text;
        if (cc !== undefined && ind.t.cmp) tv.comparatorRef = s.put(cc, r, ind.t.cmp).ref;
        const dir = directionOf(ind.t.cmp);
        if (cd !== undefined && dir) {
          tv.comparatorRef = s.put(cd, r, dir).ref;
          tv.direction = dir;
        }
        if (cu !== undefined) tv.unitRef = s.put(cu, r, ind.t.u).ref;
        tv.parsed = parsedOf(ind.t);
      } else {
        const v = s.put(cv, r, targetText(ind.t));
        tv.ref = v.ref;
        tv.text = v.text;
        tv.parsed = parsedOf(ind.t);
        if ("by" in ind.t && cc !== undefined) tv.comparatorRef = s.put(cc, r, "≤").ref;
      }
      t.target = tv as TruthValue;
    }
    const cy = col("valueType");
    if (cy !== undefined && ind.t && !ind.na && t.target) {
      const kind = "q" in ind.t ? ("定性" as const) : ("定量" as const);
      const y = s.put(cy, r, kind);
      t.target.valueType = { value: kind, ref: y.ref, text: y.text };
    }

    // Actual
    const ca = col("actual");
    const cav = col("actualValue");
    if (ind.a && !ind.na) {
      const a = ind.a;
      const parsed: TruthParsed =
        "n" in a ? { kind: "quantitative", comparator: null, number: a.n, unit: a.u } : "done" in a ? { kind: "deadline", comparator: null, year: a.done[0], month: a.done[1] } : { kind: "qualitative" };
      const words = "done" in a ? `${a.done[0]}年${a.done[1]}月完成` : "q" in a ? a.q : undefined;
      const at = ca ?? cav;
      if (at !== undefined) {
        // A whole-cell actual carries its unit ("96%"); a bare-number column leaves it to the unit column.
        const c = words !== undefined ? s.put(at, r, words) : ca !== undefined ? s.put(at, r, `${(a as { n: number }).n}${(a as { u: string }).u}`) : s.put(at, r, (a as { n: number }).n);
        t.actual = { ref: c.ref, text: c.text, parsed };
      }
    }

    // 分值 / 得分 / 偏差原因
    const cw = col("weight");
    if (cw !== undefined && ind.w !== undefined && !ind.na) {
      const c = s.put(cw, r, ind.w, o.scoreFmt ? { numFmt: o.scoreFmt } : {});
      t.weight = { value: ind.w, ref: c.ref, text: c.text };
    }
    const cs = col("score");
    const score = scoreOf(ind);
    if (cs !== undefined && score !== undefined) {
      const c = s.put(cs, r, score, o.scoreFmt ? { numFmt: o.scoreFmt } : {});
      t.score = { value: score, ref: c.ref, text: c.text };
      if (score < ind.w! && !ind.dev) throw new Error(`${ind.l3}: 得分 ${score} < 分值 ${ind.w} needs a 偏差原因`);
    }
    const cdv = col("deviation");
    if (cdv !== undefined && ind.dev) {
      const c = s.put(cdv, r, ind.dev);
      t.deviation = { value: c.value, ref: c.ref, text: c.text };
    }
    const cds = col("desc");
    if (cds !== undefined && (ind.desc || ind.na)) {
      const c = s.put(cds, r, ind.na ? "不适用" : ind.desc!);
      t.description = { value: c.value, ref: c.ref, text: c.text };
    }
    const csc = col("scoring");
    if (csc !== undefined && ind.scoring) {
      const c = s.put(csc, r, ind.scoring);
      t.scoring = { value: c.value, ref: c.ref, text: c.text };
    }
    truth.push(t);
  });
  return { truth, next: row + inds.length };
}

/** Index of the first element of each run of equal values → the run's length. */
function runs(keys: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      out.set(start, i - start);
      start = i;
    }
  }
  return out;
}

/** Σ 分值 and Σ 得分 of the rows (not-applicable rows count nothing). */
export function sums(inds: readonly Ind[]): { weight: number; score: number } {
  let weight = 0;
  let score = 0;
  for (const i of inds) {
    if (i.na || i.w === undefined) continue;
    weight += i.w;
    score += scoreOf(i) ?? 0;
  }
  return { weight: round2(weight), score: round2(score) };
}

export { round2 };
