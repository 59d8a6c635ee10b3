/**
 * Pieces several definitions share: the indicator columns with their lists and prompts, and the
 * wording of the prompts.
 */
import { type CellSpec, type Ctx, type Model, str, text } from "../dsl";
import { BASIS } from "../lists";

export const HINTS = {
  level3: { title: "三级指标", text: "指标名称，具体可衡量，如“设备正常使用率”。不要重复二级指标名称。" },
  target: {
    title: "指标值",
    text: "定量：比较符号+数字+单位，如 ≥95%、≤80万元、≥50次；定性：文字，如 健全、达到预期。不要写“提升”“明显”等模糊词。",
  },
  description: { title: "绩效指标描述", text: "说明指标的含义与计算方法，如“实际到位资金占应到位资金的比例”。" },
  remark: { title: "备注", text: "需要说明的情况（可空）。" },
  actual: { title: "实际完成值", text: "与年度指标值同单位的实际数，如 59次、95%；定性指标写实际情况。" },
  weight: { title: "分值", text: "本指标的分值；执行率与各指标分值合计为 100 分。" },
  deviation: { title: "偏差原因分析及改进措施", text: "得分低于分值时必须填写原因和改进措施。" },
  unit: { title: "单位名称", text: "填写部门（单位）全称。" },
  project: { title: "项目名称", text: "与预算批复一致的项目名称。" },
  goal: { title: "绩效目标", text: "概括说明资金使用后要达到的产出和效果，与下方指标对应。" },
} as const;

export const LIST_PROMPTS = {
  level1: "一级指标：从列表中选择（产出、成本、效益、满意度）。",
  level2: "二级指标：从列表中选择与一级指标对应的类别。",
  basis: "指标值确定依据：计划标准、行业标准、历史标准或其他标准。",
};

export function level1Cell(items: readonly string[] | undefined, options: Partial<CellSpec> = {}): CellSpec {
  return text("level1", { style: "center", ...(items ? { list: { items, prompt: LIST_PROMPTS.level1 } } : {}), ...options });
}

export function level2Cell(items: readonly string[] | undefined, options: Partial<CellSpec> = {}): CellSpec {
  return text("level2", { style: "center", ...(items ? { list: { items, prompt: LIST_PROMPTS.level2 } } : {}), ...options });
}

export function level3Cell(options: Partial<CellSpec> = {}): CellSpec {
  return text("level3", { hint: HINTS.level3, ...options });
}

export function targetCell(options: Partial<CellSpec> = {}): CellSpec {
  return text("target", { style: "center", hint: HINTS.target, ...options });
}

export function basisCell(options: Partial<CellSpec> = {}): CellSpec {
  return text("basis", { style: "center", list: { items: BASIS, prompt: LIST_PROMPTS.basis }, ...options });
}

export function remarkCell(options: Partial<CellSpec> = {}): CellSpec {
  return text("remark", { hint: HINTS.remark, ...options });
}

/** "目标1: …" before each goal of a list (甘肃). */
export function goalItem(value: string, ctx: Ctx): string {
  return `目标${(ctx.index ?? 0) + 1}: ${value}`;
}

/** The unit's name as a stamped line: "项目主管部门：（盖章）石峰区机关事务服务中心". */
export function stampedUnit(prefix: string): (ctx: Ctx) => string {
  return (ctx) => `${prefix}：（盖章）${str(ctx.model.unit)}`;
}

export function moneyUnitLine(prefix = "金额单位"): (ctx: Ctx) => string {
  return (ctx) => `${prefix}：${str(ctx.model.moneyUnit) || "万元"}`;
}

/** Chinese ordinal for 序号: 一, 二 … 九十九. */
export function chineseNumber(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? "" : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : digits[n % 10]}`;
  return String(n);
}

/** Year in brackets under the title: "(2024年度)". */
export function yearLine(m: Model): string {
  return typeof m.year === "number" ? `（${m.year}年度）` : "（    年度）";
}

/**
 * A live sum of money cells that stays blank until one of them is filled (an empty form shows
 * no 0.00): `=IF(COUNT(C5,C6)=0,"",SUM(C5,C6))`. Undefined when a cell is missing.
 */
export function sumWhenFilled(...refs: (string | undefined)[]): string | undefined {
  if (refs.length === 0 || refs.some((r) => r === undefined)) return undefined;
  const list = refs.join(",");
  return `=IF(COUNT(${list})=0,"",SUM(${list}))`;
}
