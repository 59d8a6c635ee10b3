/**
 * 绩效运行监控表 builders for the RUN rule tests, read by the real recogniser. Rows:
 * 1 title · 2 截至 line · 3 项目名称 · 4 money headings · 5 资金总额 (B budget, C executed, D rate,
 * E forecast) · 6 年度绩效目标 · 7 indicator header · 8… one row per indicator: A 一级, B 二级,
 * C 三级, D 年度指标值, E 1–N月实际完成值, F 全年预计完成值, G 偏差原因, H 纠偏措施, I 能否完成目标.
 */
import type { MonitoringForm } from "../../src/forms/forms";
import { formFrom, type Row } from "./builders";

export interface MtIndicator {
  l1?: string;
  l2?: string;
  name: string;
  target: string;
  executed?: string;
  expected?: string;
  reason?: string;
  measures?: string;
  likely?: string;
}

export interface MtSpec {
  /** The month the form says it runs to; undefined: the form does not say. */
  month?: number;
  year?: number;
  budget?: number;
  executed?: number;
  rate?: string;
  indicators: MtIndicator[];
  /** Leave out the 纠偏措施 column (central layout wording without it). */
  noMeasures?: boolean;
}

export function mtRows(spec: MtSpec): Row[] {
  const year = spec.year ?? 2024;
  const upTo = spec.month !== undefined ? `1-${spec.month}月` : "";
  const head = ["一级指标", "二级指标", "三级指标", "年度指标值", `${upTo}实际完成值`.replace(/^实际/, "当前实际"), "全年预计完成值", "偏差原因", ...(spec.noMeasures ? [] : ["纠偏措施"]), "能否完成目标"];
  return [
    [`${year}年度项目支出绩效运行监控表`],
    [spec.month !== undefined ? `（截至${year}年${spec.month}月底）` : `（${year}年度）`],
    ["项目名称", "测试项目", "主管部门", "测试局"],
    ["资金来源", "预算数", `${upTo}执行数`, "执行率", "全年预计执行数"],
    ["资金总额", spec.budget ?? 100, spec.executed ?? 50, spec.rate ?? null, spec.budget ?? 100],
    ["年度绩效目标", "完成年度任务。"],
    head,
    ...spec.indicators.map((i): Row => [
      i.l1 ?? "产出指标",
      i.l2 ?? "数量指标",
      i.name,
      i.target,
      i.executed ?? null,
      i.expected ?? null,
      i.reason ?? null,
      ...(spec.noMeasures ? [] : [i.measures ?? null]),
      i.likely ?? null,
    ]),
  ];
}

export function mt(spec: MtSpec): MonitoringForm {
  return formFrom("MT", mtRows(spec));
}
