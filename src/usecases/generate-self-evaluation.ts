/**
 * Generate the year-end 自评表 from the approved 绩效目标表: a 部门整体支出绩效自评表 (DS) for
 * each department target form (DT), a 项目支出绩效自评表 (PS) for each project target form (PT).
 *
 * Built with the self-evaluation templates (templates/definitions/ds-hunan-2021.ts,
 * ps-hunan-2021.ts) through their fill API, then scored by `scoreWorkbook` on the new sheet, so
 * the formulas follow the region profile (反向 variant) exactly as `jixiao score` writes them.
 *
 * What is carried over:
 * - header: year, unit, project name, 实施期; the 年度总体目标 (预期目标) from the annual goal;
 * - money: 年初预算数 = the target form's budget, per line (资金总额, 当年财政拨款, 其他资金 —
 *   上年结转 and 政府性基金 are counted into 其他资金, the self-evaluation has no row for them);
 *   全年预算数 and 全年执行数 are left for the clerk;
 * - indicators: 一级/二级/三级 and the 指标值 as 年度指标值, as written. Two changes: empty
 *   template rows (三级 "无" with no 指标值) are left out, and a 满意度 indicator filed under
 *   效益指标 (湖南 2021 prints it there) moves to its own 一级 满意度指标, which the
 *   self-evaluation scores separately;
 * - 分值: distributed by the profile (see `distributeWeights`); 实际完成值, 得分 (formulas) and
 *   偏差原因 are left for the clerk.
 */
import type { DepartmentTargetForm, Form, ProjectTargetForm } from "../forms/forms";
import type { Indicator } from "../forms/indicator";
import type { MoneyLine, MoneyLineKey } from "../forms/money";
import type { WorkbookHost } from "../hosts/host";
import type { RegionProfile } from "../rules/profiles/profile";
import { findTemplate, insertTemplate, type TemplateDefinition } from "../templates";
import { scoreWorkbook, type ScoredForm } from "./score-workbook";

// ---------------------------------------------------------------------------------------------
// Distributing points (pure)

/** The number of `step`s in `total`, when `total` is a whole number of them. */
function unitsOf(total: number, step: number): number | null {
  const u = Math.round(total / step);
  return Math.abs(u * step - total) < 1e-9 ? u : null;
}

/**
 * Splits `total` points in proportion to `shares`, summing exactly to `total`: in whole points
 * when there are at least as many as shares (50 over 3 → 17, 17, 16), else in halves, tenths or
 * hundredths (10 over 12 → eight 1s and four 0.5s). Largest remainders get the spare units; ties
 * go to the earlier share.
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  const n = shares.length;
  if (n === 0) return [];
  const positive = shares.every((s) => s >= 0) && shares.some((s) => s > 0);
  const w = positive ? shares : shares.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  let step = 0.01;
  let units = unitsOf(total, step) ?? Math.round(total / step);
  for (const candidate of [1, 0.5, 0.1, 0.01]) {
    const u = unitsOf(total, candidate);
    if (u !== null && u >= n) {
      step = candidate;
      units = u;
      break;
    }
  }
  const quotas = w.map((s) => (units * s) / sum);
  const out = quotas.map((q) => Math.floor(q + 1e-9));
  let spare = units - out.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q + 1e-9) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (spare <= 0) break;
    out[i]!++;
    spare--;
  }
  return out.map((u) => Math.round(u * step * 100) / 100);
}

/** The part of a self-evaluation's 100 points an indicator belongs to. */
export type WeightPart = "output" | "cost" | "benefit" | "satisfaction";

const PART_NAMES: Record<WeightPart, string> = { output: "产出指标", cost: "成本指标", benefit: "效益指标", satisfaction: "满意度指标" };

function plainLevel(name: string): string {
  return name.replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, "").replace(/\s+/g, "");
}

/** The part of an indicator by its 一级 (and 二级 for 满意度 and, where the profile scores 成本 apart, 成本). */
export function partOf(level1: string, level2: string, profile: Pick<RegionProfile, "weights">): WeightPart | null {
  const l1 = plainLevel(level1);
  const l2 = plainLevel(level2);
  const separateCost = profile.weights.cost !== null;
  if (/满意/.test(l1) || /满意/.test(l2)) return "satisfaction";
  if (/成本/.test(l1)) return separateCost ? "cost" : "output";
  if (/产出/.test(l1)) return separateCost && /成本/.test(l2) ? "cost" : "output";
  if (/效益|效果/.test(l1)) return "benefit";
  return null;
}

export interface WeightDistribution {
  /** 执行率 分值. */
  execution: number;
  /** 分值 of each indicator, in order. */
  indicators: number[];
  /**
   * How: "parts" — each part of the profile (产出 50, 效益 30, 满意度 10; 甘肃 成本 10) split
   * evenly over its indicators, a part without indicators shared out among the others in
   * proportion; "even" — the indicator points split evenly over all indicators (四川's free
   * 90, or 一级 the profile has no part for, such as 部门管理 / 履职效果 / 能力建设).
   */
  rule: "parts" | "even";
  /** Points of each part used (rule "parts"). */
  parts: Partial<Record<WeightPart, number>>;
}

/**
 * 分值 for a self-evaluation's indicators under the profile: 执行率 its own points, the rest
 * (total − 执行率) by part and evenly within a part — 50 over 3 → 17, 17, 16 — summing exactly.
 */
export function distributeWeights(indicators: readonly { level1: string; level2: string }[], profile: Pick<RegionProfile, "weights">): WeightDistribution {
  const w = profile.weights;
  const rest = w.total - w.execution;
  const parts = indicators.map((i) => partOf(i.level1, i.level2, profile));
  const points: Record<WeightPart, number | null> = { output: w.output, cost: w.cost, benefit: w.benefit, satisfaction: w.satisfaction };
  if (w.free || parts.some((p) => p === null || points[p] === null) || indicators.length === 0) {
    return { execution: w.execution, indicators: apportion(rest, indicators.map(() => 1)), rule: "even", parts: {} };
  }
  const present = (Object.keys(points) as WeightPart[]).filter((p) => points[p] !== null && parts.includes(p));
  const pooled = apportion(rest, present.map((p) => points[p]!));
  const pool = Object.fromEntries(present.map((p, i) => [p, pooled[i]!])) as Partial<Record<WeightPart, number>>;
  const out: number[] = new Array(indicators.length).fill(0);
  for (const p of present) {
    const idx = parts.flatMap((q, i) => (q === p ? [i] : []));
    apportion(pool[p]!, idx.map(() => 1)).forEach((v, k) => (out[idx[k]!] = v));
  }
  return { execution: w.execution, indicators: out, rule: "parts", parts: pool };
}

// ---------------------------------------------------------------------------------------------
// Fill data from a target form (pure)

export type TargetForm = DepartmentTargetForm | ProjectTargetForm;

export interface SkippedIndicator {
  row: number;
  name: string;
  reason: string;
}

export interface SelfEvaluationDraft {
  kind: "DS" | "PS";
  /** Fill data of the DS / PS template. */
  data: Record<string, unknown>;
  weights: WeightDistribution;
  skipped: SkippedIndicator[];
  /** Indicators whose 一级 was changed (满意度 out of 效益). */
  moved: { row: number; name: string; from: string; to: string }[];
  /** Things the clerk should know (blank 指标值 carried over, sources counted into 其他资金). */
  remarks: string[];
}

const PLACEHOLDER_NAME = /^(无|没有|暂无|\/|—+|-+|\*+|[xX]+|空|\s*)$/;

function budgetOf(line: MoneyLine | undefined): number | null {
  const v = line?.amounts.budget?.value;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function moneyOf(form: TargetForm, remarks: string[]): Record<string, { initialBudget: number | null }> {
  const by = (key: MoneyLineKey) => form.money.find((m) => m.key === key);
  const total =
    budgetOf(by("total")) ??
    budgetOf(by("incomeTotal")) ??
    budgetOf(by("expenseTotal")) ??
    (budgetOf(by("basic")) !== null || budgetOf(by("project")) !== null ? (budgetOf(by("basic")) ?? 0) + (budgetOf(by("project")) ?? 0) : null);
  const fiscal = budgetOf(by("fiscal"));
  const extra = (["other", "carryover", "governmentFund"] as const).map((k) => ({ k, v: budgetOf(by(k)) }));
  const counted = extra.filter((e) => e.k !== "other" && e.v !== null && e.v !== 0);
  if (counted.length > 0) remarks.push(`其他资金含${counted.map((e) => `${e.k === "carryover" ? "上年结转" : "政府性基金"} ${e.v} 万元`).join("、")}（自评表没有单列这一行）。`);
  const other = extra.some((e) => e.v !== null) ? extra.reduce((s, e) => s + (e.v ?? 0), 0) : null;
  const out: Record<string, { initialBudget: number | null }> = {};
  if (total !== null) out.total = { initialBudget: total };
  if (fiscal !== null) out.fiscal = { initialBudget: fiscal };
  if (other !== null) out.other = { initialBudget: Math.round(other * 1e6) / 1e6 };
  return out;
}

/**
 * The 预期目标: the annual goal (a 目标1/目标2 list joined), else the long-term goal; a department
 * form without one states its 部门职责 instead (seed 003's 部门整体自评表 copies them as its 预期目标).
 */
function annualGoal(form: TargetForm): string | undefined {
  const g = form.goals;
  const items = g.items?.map((i) => i.value.trim()).filter((t) => t !== "");
  if (items && items.length > 1) return items.map((t, i) => `目标${i + 1}：${t}`).join("\n");
  const duties = form.kind === "DT" ? form.duties?.value : undefined;
  return [g.annual?.value, items?.[0], g.longTerm?.value, duties].map((t) => t?.trim()).find((t) => t !== undefined && t !== "");
}

/** The DS / PS fill data for one target form under the profile. Pure. */
export function selfEvaluationDraft(form: TargetForm, profile: Pick<RegionProfile, "weights">): SelfEvaluationDraft {
  const kind = form.kind === "DT" ? "DS" : "PS";
  const skipped: SkippedIndicator[] = [];
  const moved: SelfEvaluationDraft["moved"] = [];
  const remarks: string[] = [];
  const kept: { ind: Indicator; level1: string }[] = [];
  for (const ind of form.indicators) {
    const name = ind.level3.value.trim();
    const targetText = ind.target?.text.trim() ?? "";
    if (PLACEHOLDER_NAME.test(name) && targetText === "") {
      skipped.push({ row: ind.row, name: name || "（空）", reason: "空白模板行（三级指标为“无”或空，指标值为空）" });
      continue;
    }
    let level1 = plainLevel(ind.level1.value) || ind.level1.value.trim();
    if (!/满意/.test(level1) && /满意/.test(ind.level2.value) && /效益|效果/.test(level1)) {
      moved.push({ row: ind.row, name, from: level1, to: PART_NAMES.satisfaction });
      level1 = PART_NAMES.satisfaction;
    }
    if (targetText === "") remarks.push(`“${name}”在目标表中没有指标值（第 ${ind.row} 行），请按批复补填年度指标值。`);
    kept.push({ ind, level1 });
  }
  // Keep each 一级 together, in order of first appearance (a moved 满意度 row may sit between 效益 rows).
  const order = [...new Set(kept.map((k) => k.level1))];
  kept.sort((a, b) => order.indexOf(a.level1) - order.indexOf(b.level1));
  const weights = distributeWeights(
    kept.map((k) => ({ level1: k.level1, level2: k.ind.level2.value })),
    profile,
  );
  const indicators = kept.map((k, i) => ({
    level1: k.level1,
    level2: k.ind.level2.value.trim(),
    level3: k.ind.level3.value.trim(),
    ...(k.ind.target && k.ind.target.text.trim() !== "" ? { target: k.ind.target.text.trim() } : {}),
    weight: weights.indicators[i]!,
  }));
  const blockPoints: Record<string, number> = {};
  indicators.forEach((ind) => (blockPoints[ind.level1] = Math.round(((blockPoints[ind.level1] ?? 0) + ind.weight) * 100) / 100));
  const h = form.header;
  const goal = annualGoal(form);
  const data: Record<string, unknown> = {
    ...(h.year ? { year: h.year.value } : {}),
    ...(h.unit && h.unit.value.trim() !== "" ? { unit: h.unit.value.trim() } : {}),
    ...(h.moneyUnit ? { moneyUnit: h.moneyUnit.value } : {}),
    money: moneyOf(form, remarks),
    execution: { weight: weights.execution },
    ...(goal ? { goals: { expected: goal } } : {}),
    indicators,
    weights: blockPoints,
  };
  if (form.kind === "PT") {
    if (h.project && h.project.value.trim() !== "") data.project = h.project.value.trim();
    if (h.period && h.period.value.trim() !== "") data.period = h.period.value.trim();
  }
  return { kind, data, weights, skipped, moved, remarks };
}

// ---------------------------------------------------------------------------------------------
// Into the workbook

export interface GeneratedSelfEvaluation {
  /** The target form it was made from. */
  source: { kind: "DT" | "PT"; sheet: string; range: string; name: string };
  kind: "DS" | "PS";
  sheet: string;
  range: string;
  draft: SelfEvaluationDraft;
  /** The new form as scored (formulas written); undefined if the new sheet was not recognised as its kind. */
  scored: ScoredForm | undefined;
}

export interface GenerateOptions {
  /** Sheet name of each new form (default: the project's name + "自评", or 部门整体自评表). */
  sheetName?: (source: TargetForm) => string;
}

function targetName(form: TargetForm): string {
  return (form.kind === "PT" ? form.header.project?.value : form.header.unit?.value)?.trim() || form.sheet;
}

/** One 自评表 to be generated: the target it comes from, its template, fill data and sheet name. */
export interface PlannedSelfEvaluation {
  form: TargetForm;
  draft: SelfEvaluationDraft;
  template: TemplateDefinition;
  sheetName: string;
}

/** The 自评表 that `generateSelfEvaluation` would add, without touching a workbook. */
export function planSelfEvaluations(forms: readonly Form[], profile: RegionProfile, options: GenerateOptions = {}): PlannedSelfEvaluation[] {
  const out: PlannedSelfEvaluation[] = [];
  for (const form of forms) {
    if (form.kind !== "DT" && form.kind !== "PT") continue;
    const draft = selfEvaluationDraft(form, profile);
    const template = findTemplate(draft.kind)!;
    const sheetName = options.sheetName?.(form) ?? (form.kind === "DT" ? "部门整体自评表" : `${targetName(form)}自评`);
    out.push({ form, draft, template, sheetName });
  }
  return out;
}

/**
 * Adds a 自评表 sheet for every DT and PT among `forms` (other kinds are ignored), filled from the
 * target and scored with live formulas under `profile`.
 */
export async function generateSelfEvaluation(host: WorkbookHost, forms: readonly Form[], profile: RegionProfile, options: GenerateOptions = {}): Promise<GeneratedSelfEvaluation[]> {
  const out: GeneratedSelfEvaluation[] = [];
  for (const { form, draft, template, sheetName } of planSelfEvaluations(forms, profile, options)) {
    const inserted = await insertTemplate(host, template, { data: draft.data, sheetName });
    const scored = await scoreWorkbook(host, profile, { scope: { kind: "sheet", sheet: inserted.sheet }, notes: false });
    out.push({
      source: { kind: form.kind, sheet: form.sheet, range: form.range, name: targetName(form) },
      kind: draft.kind,
      sheet: inserted.sheet,
      range: inserted.range,
      draft,
      scored: scored.forms.find((f) => f.kind === draft.kind),
    });
  }
  return out;
}
