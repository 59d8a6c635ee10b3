/**
 * Form builders for rule tests: small grids run through the real recogniser, so every form in
 * a rule test is a form the product could really read, with real cell addresses.
 *
 *   pt({ amount: 80, indicators: [["产出指标", "数量指标", "维修次数", "≥50次"]] })
 */
import { Grid } from "../../src/grid/grid";
import { recogniseGrid } from "../../src/recognise";
import type { Form } from "../../src/forms/forms";

export type Row = (string | number | null)[];

/** Recognise the grid and return its forms; fails loudly when the grid is not recognised. */
export function formsFrom(rows: Row[], sheet = "表1"): Form[] {
  const { forms, messages } = recogniseGrid(Grid.fromRows(sheet, rows));
  if (forms.length === 0) throw new Error(`builder grid not recognised: ${messages.join("; ")}`);
  return forms;
}

export function formFrom<K extends Form["kind"]>(kind: K, rows: Row[], sheet = "表1"): Extract<Form, { kind: K }> {
  const f = formsFrom(rows, sheet).find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind} in builder grid`);
  return f as Extract<Form, { kind: K }>;
}

export interface PtSpec {
  title?: string;
  project?: string;
  /** 年度资金总额 and its sources. */
  amount?: number | string;
  fiscal?: number | string;
  carryover?: number | string;
  other?: number | string;
  /** 资金支出计划 percentages for 3/6/10/12月底. */
  plan?: (number | string)[];
  /** [一级, 二级, 三级, 指标值, 指标值确定依据?] */
  indicators: (string | null)[][];
  withBasis?: boolean;
}

/**
 * A project target form (generic layout). Rows:
 * 1 title · 2 项目名称 · 3 年度资金总额 · 4 财政拨款 · 5 上年结转 · 6 其他资金 · [7 plan labels · 8 plan] ·
 * then the indicator header and one row per indicator.
 */
export function ptRows(spec: PtSpec): Row[] {
  const rows: Row[] = [
    [spec.title ?? "项目支出绩效目标表"],
    ["项目名称", spec.project ?? "测试项目", "主管部门", "测试局"],
    ["项目资金(万元)", "年度资金总额", spec.amount ?? 100],
    [null, "其中：当年财政拨款", spec.fiscal ?? spec.amount ?? 100],
    [null, "上年结转资金", spec.carryover ?? 0],
    [null, "其他资金", spec.other ?? 0],
  ];
  if (spec.plan) {
    rows.push(["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"]);
    rows.push([null, ...spec.plan]);
  }
  rows.push(["年度绩效目标", "按时完成全年工作任务。"]);
  rows.push(spec.withBasis ? ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"] : ["一级指标", "二级指标", "三级指标", "指标值"]);
  for (const ind of spec.indicators) rows.push(ind);
  return rows;
}

export function pt(spec: PtSpec, sheet?: string): Extract<Form, { kind: "PT" }> {
  return formFrom("PT", ptRows(spec), sheet);
}

export interface PsSpec {
  title?: string;
  project?: string;
  /** 年初预算数, 全年预算数, 全年执行数 of the 合计 row. */
  budget?: [number | string | null, number | string | null, number | string | null];
  /** 分值, 执行率, 得分 of the 执行率 row. */
  execution?: [number | string | null, number | string | null, number | string | null];
  /** extra money lines: [label, 年初, 全年, 执行] */
  sources?: (string | number | null)[][];
  expected?: string;
  achieved?: string;
  /** [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因?] */
  indicators: (string | number | null)[][];
  /** 总分 row: [分值合计, 得分合计, 等级]. */
  total?: [number | string | null, number | string | null, string | null];
}

/** A self-evaluation (湖南 2021 layout): PS by default, DS with a 部门整体 title. */
export function psRows(spec: PsSpec): Row[] {
  const [b0, b1, b2] = spec.budget ?? [100, 100, 100];
  const [w, rate, s] = spec.execution ?? [10, "100%", 10];
  const rows: Row[] = [
    [spec.title ?? "2021年度项目支出绩效自评表"],
    ["部门名称", "测试局"],
    ["项目支出名称", "专项名称", spec.project ?? "测试项目"],
    ["年度项目资金(万元)", "年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分(分值×执行率)"],
    [null, "合计", b0, b1, b2, w, rate, s],
    ...(spec.sources ?? [[null, "其中：当年财政拨款", b0, b1, null]]).map((r) => (r[0] === null ? r : [null, ...r])),
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, spec.expected ?? "完成全年工作任务。", null, null, spec.achieved ?? "已完成全年工作任务。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ...spec.indicators.map((r) => [null, ...r]),
  ];
  if (spec.total) rows.push(["总分", null, null, null, null, null, spec.total[0], spec.total[1], spec.total[2]]);
  return rows;
}

export function ps(spec: PsSpec, sheet?: string): Extract<Form, { kind: "PS" }> {
  return formFrom("PS", psRows(spec), sheet);
}

export function ds(spec: PsSpec, sheet?: string): Extract<Form, { kind: "DS" }> {
  return formFrom("DS", psRows({ ...spec, title: spec.title ?? "2021年度部门整体支出绩效自评表" }), sheet);
}
