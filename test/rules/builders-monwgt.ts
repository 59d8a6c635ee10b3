/**
 * Extra form builders for the MON, WGT and XDOC rule tests: a department target form (DT), a
 * special-funds summary (ST) and a project target form whose money unit and department can be
 * set. Like builders.ts, every grid goes through the real recogniser.
 *
 *   st({ total: 588.5, rows: [["零星维修购置及各类合同", 80], ["物业管理及水电气供应", 433.5]] })
 */
import type { Form } from "../../src/forms/forms";
import { formFrom, formsFrom, ptRows, type PtSpec, type Row } from "./builders";

export interface DtSpec {
  title?: string;
  unit?: string;
  /** 资金总额 and its split by type. */
  total?: number | string;
  basic?: number | string;
  project?: number | string;
  /** 部门职责概述 */
  duties?: string;
  /** [一级, 二级, 三级, 指标值] */
  indicators?: (string | null)[][];
}

/**
 * A department target form (generic layout). Rows:
 * 1 title · 2 部门名称 · 3 资金总额 · 4 基本支出 · 5 项目支出 · [部门职责概述] · 年度绩效目标 · indicator header · indicators.
 */
export function dtRows(spec: DtSpec): Row[] {
  const duties: Row[] = spec.duties !== undefined ? [["部门职责概述", spec.duties]] : [];
  return [
    [spec.title ?? "2021年部门整体支出绩效目标表"],
    ["部门名称", spec.unit ?? "测试局"],
    ["年度预算申请（万元）", "资金总额", spec.total ?? 100],
    [null, "其中：基本支出", spec.basic ?? 0],
    [null, "项目支出", spec.project ?? 100],
    ...duties,
    ["年度绩效目标", "保障机关正常运转。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...(spec.indicators ?? [["产出指标", "数量指标", "服务次数", "≥50次"]]),
  ];
}

export function dt(spec: DtSpec, sheet?: string): Extract<Form, { kind: "DT" }> {
  return formFrom("DT", dtRows(spec), sheet);
}

export interface StSpec {
  title?: string;
  unit?: string;
  moneyUnit?: "万元" | "元";
  /** 合计 row amount; null leaves the row out. */
  total?: number | string | null;
  /** [支出方向, 金额] */
  rows: [string, number | string][];
}

/**
 * A special-funds summary (湖南 2021 layout). Rows:
 * 1 title · 2 主管部门 / 金额单位 · 3 header · 4 合计 · then one row per 支出方向.
 */
export function stRows(spec: StSpec): Row[] {
  const seq = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  const rows: Row[] = [
    [spec.title ?? "2021年专项资金预算绩效目标汇总表"],
    [`项目主管部门：${spec.unit ?? "测试局"}`, null, `金额单位：${spec.moneyUnit ?? "万元"}`],
    ["序号", "支出方向（子项）", "金额", "实施期绩效目标", "年度绩效目标"],
  ];
  if (spec.total !== null) rows.push([null, "合计", spec.total ?? spec.rows.reduce((a, [, v]) => a + Number(v), 0)]);
  spec.rows.forEach(([name, amount], i) => rows.push([seq[i] ?? String(i + 1), name, amount, "保障工作正常开展。", "按计划完成全年工作。"]));
  return rows;
}

export function st(spec: StSpec, sheet?: string): Extract<Form, { kind: "ST" }> {
  return formFrom("ST", stRows(spec), sheet);
}

export interface PtuSpec extends PtSpec {
  /** 主管部门 (defaults to 测试局, as in builders.ts). */
  unit?: string;
  /** 金额单位 stated above the table. */
  moneyUnit?: "万元" | "元";
  /** 年度绩效目标 text. */
  goal?: string;
}

/** A project target form with a chosen department, money unit and 年度绩效目标 text. */
export function ptu(spec: PtuSpec, sheet?: string): Extract<Form, { kind: "PT" }> {
  const rows = ptRows(spec).map((r) => [...r]);
  if (spec.unit !== undefined) rows[1] = ["项目名称", spec.project ?? "测试项目", "主管部门", spec.unit];
  if (spec.goal !== undefined) {
    const i = rows.findIndex((r) => r[0] === "年度绩效目标");
    if (i >= 0) rows[i] = ["年度绩效目标", spec.goal];
  }
  if (spec.moneyUnit !== undefined) rows.splice(1, 0, [`金额单位：${spec.moneyUnit}`]);
  return formFrom("PT", rows, sheet);
}

/** A self-evaluation indicator row for the ps()/ds() builders: [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分]. */
export function scored(level1: string | null, level2: string, name: string, weight: number | string | null, score: number | string | null = weight): (string | number | null)[] {
  return [level1, level2, name, "≥1次", "1次", weight, score];
}

/**
 * The indicator rows of a standard self-evaluation: 产出 / 效益 / 满意度 with the given points
 * (one indicator per number); `labels` adds "(N分)" to the headings.
 */
export function scoredRows(points: { output: number[]; benefit: number[]; satisfaction: number[] }, labels?: { output?: number; benefit?: number; satisfaction?: number }): (string | number | null)[][] {
  const head = (name: string, n: number | undefined): string => (n === undefined ? name : `${name} (${n}分)`);
  const rows: (string | number | null)[][] = [];
  points.output.forEach((w, i) => rows.push(scored(i === 0 ? head("产出指标", labels?.output) : null, "数量指标", `产出${i + 1}`, w)));
  points.benefit.forEach((w, i) => rows.push(scored(i === 0 ? head("效益指标", labels?.benefit) : null, "社会效益指标", `效益${i + 1}`, w)));
  points.satisfaction.forEach((w, i) => rows.push(scored(i === 0 ? head("满意度指标", labels?.satisfaction) : null, "服务对象满意度指标", `满意度${i + 1}`, w)));
  return rows;
}

/**
 * One sheet holding several project target forms one under another, each followed by a blank
 * row (as a pasted document). Each form takes 8 rows + its indicators + 1 blank row (9 more
 * with a plan).
 */
export function stackedPts(specs: PtuSpec[], sheet?: string): Form[] {
  const rows: Row[] = [];
  for (const p of specs) {
    const r = ptRows(p);
    if (p.unit !== undefined) r[1] = ["项目名称", p.project ?? "测试项目", "主管部门", p.unit];
    if (p.goal !== undefined) {
      const i = r.findIndex((x) => x[0] === "年度绩效目标");
      if (i >= 0) r[i] = ["年度绩效目标", p.goal];
    }
    rows.push(...r, []);
  }
  return formsFrom(rows, sheet);
}
