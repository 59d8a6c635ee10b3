/**
 * Extra builders for the EVA rule tests, on top of builders.ts: a department target form (DT),
 * a project target form with a 分值 column, and a short way to write self-evaluation indicators.
 * Like builders.ts, every grid goes through the real recogniser.
 */
import type { Form } from "../../src/forms/forms";
import { formFrom, ptRows, type PtSpec, type Row } from "./builders";

/** One self-evaluation indicator row: [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因?]. */
export type SelfRow = (string | number | null)[];

/** A 产出/数量 row, the usual case in rule tests. */
export function qty(name: string, target: string, actual: string | null, weight: number | null, score: number | string | null, deviation?: string): SelfRow {
  return ["产出指标", "数量指标", name, target, actual, weight, score, deviation ?? null];
}

/** A 成本 row under 产出 (88号 framework). */
export function cost(name: string, target: string, actual: string | null, weight: number | null, score: number | string | null, deviation?: string): SelfRow {
  return ["产出指标", "成本指标", name, target, actual, weight, score, deviation ?? null];
}

/** A 效益 row (qualitative in most forms). */
export function benefit(name: string, target: string, actual: string | null, weight: number | null, score: number | string | null, deviation?: string): SelfRow {
  return ["效益指标", "社会效益指标", name, target, actual, weight, score, deviation ?? null];
}

export interface DtSpec {
  unit?: string;
  amount?: number | string;
  /** [一级, 二级, 三级, 指标值] */
  indicators: (string | null)[][];
}

/**
 * A department target form (generic layout). Rows:
 * 1 title · 2 部门名称 · 3 年度资金总额 · 4 财政拨款 · 5 年度绩效目标 · 6 indicator header · indicators.
 */
export function dtRows(spec: DtSpec): Row[] {
  return [
    ["2021年度部门整体支出绩效目标表"],
    ["部门名称", spec.unit ?? "测试局"],
    ["年度资金总额", spec.amount ?? 100],
    ["其中：财政拨款", spec.amount ?? 100],
    ["年度绩效目标", "履行部门职责，完成全年工作任务。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...spec.indicators,
  ];
}

export function dt(spec: DtSpec, sheet?: string): Extract<Form, { kind: "DT" }> {
  return formFrom("DT", dtRows(spec), sheet);
}

/** A project target form whose indicator table has a 分值 column: indicators are [一级, 二级, 三级, 指标值, 分值]. */
export function ptWithWeights(spec: PtSpec, sheet?: string): Extract<Form, { kind: "PT" }> {
  const rows = ptRows(spec);
  const header = rows.findIndex((r) => r[0] === "一级指标");
  rows[header] = ["一级指标", "二级指标", "三级指标", "指标值", "分值"];
  return formFrom("PT", rows, sheet);
}
