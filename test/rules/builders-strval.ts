/**
 * Extra form builders for the STR and VAL rule tests: a department target form (DT), a
 * special-funds summary (ST) and shorthands for project forms with a budget year. Like
 * builders.ts, every grid goes through the real recogniser.
 */
import type { Form } from "../../src/forms/forms";
import { formFrom, pt, ptRows, type PtSpec, type Row } from "./builders";

/** [一级, 二级, 三级, 指标值, 指标值确定依据?] */
export type IndRow = (string | null)[];

/** A project target form titled with a budget year (generic layout); see ptRows for the rows. */
export function ptY(indicators: IndRow[], spec: Partial<PtSpec> = {}, sheet?: string): Extract<Form, { kind: "PT" }> {
  return pt({ title: "2024年项目支出绩效目标表", ...spec, indicators }, sheet);
}

/** The rows of ptY, for tests that edit the grid before recognising it. */
export function ptYRows(indicators: IndRow[], spec: Partial<PtSpec> = {}): Row[] {
  return ptRows({ title: "2024年项目支出绩效目标表", ...spec, indicators });
}

/** A complete, clean set of indicators (101号 style, with 成本) for a 2024 project. */
export const CLEAN_101: IndRow[] = [
  ["产出指标", "数量指标", "维修次数", "≥50次"],
  [null, "质量指标", "验收合格率", "≥95%"],
  [null, "时效指标", "完成时间", "2024年12月前"],
  ["成本指标", "经济成本指标", "项目总成本", "≤100万元"],
  ["效益指标", "社会效益指标", "办公环境改善情况", "达到国家标准"],
  ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"],
];

/** The same in the older 88号 style (成本 under 产出, 可持续影响 under 效益). */
export const CLEAN_88: IndRow[] = [
  ["产出指标", "数量指标", "维修次数", "≥50次"],
  [null, "质量指标", "验收合格率", "≥95%"],
  [null, "时效指标", "完成时间", "2024年12月前"],
  [null, "成本指标", "项目总成本", "≤100万元"],
  ["效益指标", "社会效益指标", "办公环境改善情况", "达到国家标准"],
  [null, "可持续影响指标", "设备使用年限", "≥5年"],
  ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"],
];

export interface DtSpec {
  title?: string;
  unit?: string | null;
  amount?: number | string | null;
  goal?: string | null;
  indicators: IndRow[];
}

/**
 * A department target form. Rows: 1 title · 2 部门名称 · 3 资金总额 · 4 年度绩效目标 ·
 * 5 indicator header · indicators from row 6.
 */
export function dtRows(spec: DtSpec): Row[] {
  return [
    [spec.title ?? "2024年部门整体支出绩效目标表"],
    ["部门名称", spec.unit === undefined ? "测试局" : spec.unit],
    ["年度预算（万元）", "资金总额", spec.amount === undefined ? 500 : spec.amount],
    ["年度绩效目标", spec.goal === undefined ? "保障机关正常运转。" : spec.goal],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...spec.indicators,
  ];
}

export function dt(spec: DtSpec, sheet?: string): Extract<Form, { kind: "DT" }> {
  return formFrom("DT", dtRows(spec), sheet);
}

export interface StSpec {
  title?: string;
  unit?: string;
  total?: number | string | null;
  /** [支出方向, 金额, 实施期绩效目标, 年度绩效目标] */
  rows: (string | number | null)[][];
}

/** A special-funds summary (湖南 2021 layout). Rows: 1 title · 2 主管部门 · 3 header · 4 合计 · directions from row 5. */
export function stRows(spec: StSpec): Row[] {
  return [
    [spec.title ?? "2024年专项资金预算绩效目标汇总表"],
    [`项目主管部门：${spec.unit ?? "测试局"}`, null, "金额单位：万元"],
    ["序号", "支出方向（子项）", "金额", "实施期绩效目标", "年度绩效目标"],
    [null, "合  计", spec.total === undefined ? 100 : spec.total, null, null],
    ...spec.rows.map((r, i) => [String(i + 1), ...r]),
  ];
}

export function st(spec: StSpec, sheet?: string): Extract<Form, { kind: "ST" }> {
  return formFrom("ST", stRows(spec), sheet);
}
