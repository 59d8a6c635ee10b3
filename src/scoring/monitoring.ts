/**
 * 运行监控 (mid-year monitoring) arithmetic shared by the RUN rules and the traffic lights:
 * how much of the year has passed, how far money and cumulative indicators have got, whether
 * the full-year forecast reaches the target in the target's own direction.
 *
 * Practice *(configurable by the constants below)*: execution is compared with the share of the
 * year elapsed (时间进度 = N / 12). Behind by more than 10 percentage points is amber, by more than
 * 20 red — the gap finance bureaus commonly treat as 明显滞后 and ask to explain.
 */
import type { MonitoringForm } from "../forms/forms";
import type { MonitoringIndicator, MonitoringMoneyLine } from "../forms/monitoring";
import type { TargetValue } from "../values/target-value";
import { directionOf } from "./direction";

/** Behind the time share by more than this: amber. */
export const BEHIND_AMBER = 0.1;
/** Behind the time share by more than this: red, and RUN-01 reports it. */
export const BEHIND_RED = 0.2;

export type Light = "green" | "amber" | "red";

/** The month monitored to and where it came from. */
export interface MonitoringMonth {
  month: number;
  source: "option" | "form" | "date";
}

/**
 * The month to compare with: the one asked for (`--month`, the pane's setting), else the form's
 * own (截至6月, 1-7月执行数), else the months completed at `today` in the form's year (all 12 for
 * an earlier year; none — undefined — for a later one).
 */
export function monitoringMonth(form: MonitoringForm, asked: number | undefined, today: Date | undefined): MonitoringMonth | undefined {
  if (asked !== undefined && asked >= 1 && asked <= 12) return { month: asked, source: "option" };
  if (form.month) return { month: form.month.value, source: "form" };
  const now = today ?? new Date();
  const year = form.header.year?.value;
  if (year !== undefined && year < now.getFullYear()) return { month: 12, source: "date" };
  if (year !== undefined && year > now.getFullYear()) return undefined;
  const completed = now.getMonth(); // months completed before the current one
  return completed >= 1 ? { month: completed, source: "date" } : undefined;
}

/** 资金总额's execution: the stated 执行数 over the budget, against the time share. */
export function fundsProgress(form: MonitoringForm, month: number): { line: MonitoringMoneyLine; rate: number; elapsed: number; gap: number } | undefined {
  const line = form.funds.find((l) => l.key === "total") ?? form.funds[0];
  const budget = line?.budget?.value;
  const executed = line?.executed?.value;
  if (!line || budget === null || budget === undefined || budget <= 0 || executed === null || executed === undefined) return undefined;
  const rate = executed / budget;
  const elapsed = month / 12;
  return { line, rate, elapsed, gap: elapsed - rate };
}

/** Units counted up over the year (人次, 吨, 公里 …), as opposed to rates and levels (%, 分). */
function cumulative(ind: MonitoringIndicator, target: TargetValue): boolean {
  if (target.kind !== "quantitative" || target.unit === "%" || target.unit === "") return false;
  return /数量/.test(ind.level2.value) || /^(人|人次|次|个|件|份|场|期|吨|公里|千米|米|平方米|亩|户|家|台|套|辆|册|篇|项|所|座|株|棵|只|头|批)/.test(target.unit);
}

function sameUnit(a: TargetValue | undefined, b: TargetValue | undefined): a is Extract<TargetValue, { kind: "quantitative" }> {
  return a?.kind === "quantitative" && b?.kind === "quantitative" && (a.unit === b.unit || b.unit === "");
}

/** A cumulative 正向 indicator's progress: executed / target, against the time share. */
export function indicatorProgress(ind: MonitoringIndicator, month: number): { share: number; elapsed: number; gap: number } | undefined {
  const t = ind.target?.value;
  const e = ind.executed?.value;
  if (!t || t.kind !== "quantitative" || !sameUnit(t, e) || t.number <= 0) return undefined;
  if (directionOf(t, ind.level3.value, ind.level2.value) !== "positive" || !cumulative(ind, t)) return undefined;
  const share = (e as Extract<TargetValue, { kind: "quantitative" }>).number / t.number;
  const elapsed = month / 12;
  return { share, elapsed, gap: elapsed - share };
}

/**
 * Does a value fall short of the target in the target's direction? True: it misses; false: it
 * meets it; undefined: the two cannot be compared (定性, other units, no value).
 */
export function missesTarget(ind: MonitoringIndicator, value: TargetValue | undefined): boolean | undefined {
  const t = ind.target?.value;
  if (!t || !value) return undefined;
  if (t.kind === "deadline" && value.kind === "deadline" && t.year !== undefined && t.month !== undefined && value.year !== undefined && value.month !== undefined) {
    return value.year * 12 + value.month > t.year * 12 + t.month;
  }
  if (t.kind !== "quantitative" || !sameUnit(t, value)) return undefined;
  const v = (value as Extract<TargetValue, { kind: "quantitative" }>).number;
  switch (directionOf(t, ind.level3.value, ind.level2.value)) {
    case "positive":
      return t.comparator === ">" ? v <= t.number : v < t.number;
    case "negative":
      return t.comparator === "<" ? v >= t.number : v > t.number;
    case "equal":
      return Math.abs(v - t.number) > 1e-9;
  }
}

/** Is the indicator expected to miss its target: by its forecast, or by the clerk's own 完成目标可能性? */
export function unlikelyToMeet(ind: MonitoringIndicator): { why: "forecast" | "likelihood" } | undefined {
  if (missesTarget(ind, ind.expected?.value) === true) return { why: "forecast" };
  if (ind.likelihood?.value === "impossible") return { why: "likelihood" };
  return undefined;
}

/** A 反向 (≤) target whose ceiling the executed value has already passed. */
export function pastCeiling(ind: MonitoringIndicator): boolean {
  const t = ind.target?.value;
  if (!t || t.kind !== "quantitative" || directionOf(t, ind.level3.value, ind.level2.value) !== "negative") return false;
  return missesTarget(ind, ind.executed?.value) === true;
}

export interface IndicatorLight {
  light: Light;
  /** Why, in one Chinese sentence. */
  reason: string;
}

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/**
 * The traffic light of one indicator: red when the forecast misses the target (or the clerk says
 * it cannot be met), or a cumulative indicator is behind the time share by more than 20 points;
 * amber when it may not be met, is behind by more than 10 points or a 反向 ceiling is passed so
 * far; green when it is on track. Undefined when nothing was filled in yet.
 */
export function indicatorLight(ind: MonitoringIndicator, month: number | undefined): IndicatorLight | undefined {
  const filled = [ind.executed, ind.expected].some((v) => v && v.value.kind !== "empty");
  if (!filled && !ind.likelihood) return undefined;
  const unlikely = unlikelyToMeet(ind);
  if (unlikely?.why === "forecast") return { light: "red", reason: `全年预计完成“${ind.expected!.text.trim()}”达不到年度指标值“${ind.target!.text.trim()}”。` };
  if (unlikely?.why === "likelihood") return { light: "red", reason: "填报为完全不可能完成目标。" };
  const progress = month !== undefined ? indicatorProgress(ind, month) : undefined;
  if (progress && progress.gap > BEHIND_RED) return { light: "red", reason: `已完成年度指标的 ${pct(progress.share)}，低于时间进度 ${pct(progress.elapsed)}。` };
  if (pastCeiling(ind)) return { light: "amber", reason: `执行情况“${ind.executed!.text.trim()}”已超过上限“${ind.target!.text.trim()}”。` };
  if (progress && progress.gap > BEHIND_AMBER) return { light: "amber", reason: `已完成年度指标的 ${pct(progress.share)}，慢于时间进度 ${pct(progress.elapsed)}。` };
  if (ind.likelihood?.value === "possible") return { light: "amber", reason: "填报为有可能完成目标。" };
  return { light: "green", reason: progress ? `已完成年度指标的 ${pct(progress.share)}，时间进度 ${pct(progress.elapsed)}。` : "按计划推进。" };
}

/** The light of the money: behind the time share by more than 10 / 20 points is amber / red. */
export function fundsLight(form: MonitoringForm, month: number | undefined): (IndicatorLight & { ref: string }) | undefined {
  if (month === undefined) return undefined;
  const p = fundsProgress(form, month);
  if (!p) return undefined;
  const ref = p.line.executed!.ref;
  const say = `预算执行率 ${pct(p.rate)}，时间进度 ${pct(p.elapsed)}（${month}/12）。`;
  if (p.gap > BEHIND_RED) return { light: "red", reason: say, ref };
  if (p.gap > BEHIND_AMBER) return { light: "amber", reason: say, ref };
  return { light: "green", reason: say, ref };
}
