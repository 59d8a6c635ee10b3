/**
 * 绩效指标 (performance indicators): 一级 › 二级 › 三级, the target (指标值 / 年度指标值) and,
 * depending on the form, 绩效指标描述, 指标值确定依据, 备注; self-evaluations add 实际完成值,
 * 分值, 得分 and 偏差原因分析及改进措施.
 */
import { z } from "zod";
import { TargetValueSchema } from "../values/target-value";
import { CellRefSchema, traced, TracedNumberSchema, TracedTextSchema } from "./traced";

/** One cell of a target written across columns (符号 | 数值 | 单位), with its own text. */
export const ValuePartSchema = z.object({
  role: z.enum(["comparison", "direction", "value", "unit"]),
  ref: CellRefSchema,
  text: z.string(),
});
export type ValuePart = z.infer<typeof ValuePartSchema>;

/**
 * A target or actual value: the cell, its text and the structured reading of it. When the form
 * splits the target over a comparison, a value and a unit column, `ref`/`text` are the value's
 * own cell, `value` is the reading of the whole target as one cell would say it ("≥" "95" "%" →
 * "≥95%", in `value.text`) and `parts` lists every cell it was read from. The rule engine hands
 * rules the target with that whole text (rules/engine.ts `applicableView`), so every rule reads
 * it as if it were one cell, and findings point at all of its cells.
 */
export const TracedValueSchema = traced(TargetValueSchema).extend({
  parts: z.array(ValuePartSchema).optional(),
});
export type TracedValue = z.infer<typeof TracedValueSchema>;

export const IndicatorSchema = z.object({
  /** 1-based sheet row of the indicator. */
  row: z.number().int().positive(),
  /** 一级指标 (after "same as above" fill-down of merged cells). */
  level1: TracedTextSchema,
  /** 二级指标 */
  level2: TracedTextSchema,
  /** 三级指标: the indicator's own name. */
  level3: TracedTextSchema,
  /** 绩效指标描述 */
  description: TracedTextSchema.optional(),
  /** 指标值 (targets) / 年度指标值 (self-evaluations) */
  target: TracedValueSchema.optional(),
  /** 指标值确定依据 */
  basis: TracedTextSchema.optional(),
  /** 备注 */
  remark: TracedTextSchema.optional(),
  /** 实际完成值 */
  actual: TracedValueSchema.optional(),
  /** 分值 */
  weight: TracedNumberSchema.optional(),
  /** 得分 */
  score: TracedNumberSchema.optional(),
  /** 偏差原因分析及改进措施 / 未完成原因分析 */
  deviation: TracedTextSchema.optional(),
  /** 指标值类型: 定量 / 定性, when the form has that column (never the value itself). */
  valueType: TracedTextSchema.optional(),
  /** 指标方向 / 指标性质 when it states a direction: 正向 or 反向 as written. */
  direction: TracedTextSchema.optional(),
  /** 度量单位 / 计量单位 column. */
  unit: TracedTextSchema.optional(),
  /** 评（扣）分标准 */
  scoring: TracedTextSchema.optional(),
  /**
   * The row says it does not apply: its 三级 or 指标值 is 不适用 / 无 (templates with a fixed row
   * per category ask for that). Rules skip such rows.
   */
  notApplicable: z.literal(true).optional(),
  /**
   * The table lists its indicators by name only, with no 一级/二级 columns (重庆 部门整体绩效自评表):
   * `level1` and `level2` are empty because the form has no place for them, not because they were left blank.
   */
  uncategorised: z.literal(true).optional(),
  /**
   * Where a table holds a mid-term block and an annual block side by side (中央部门项目库), which
   * one the indicator belongs to. Rules check the annual block.
   */
  period: z.enum(["mid-term", "annual"]).optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A 一级 heading as labelled on the form, e.g. "产出指标 (50分)": its name and stated points. */
export const Level1BlockSchema = z.object({
  name: TracedTextSchema,
  /** Points stated in the label ("(50分)"), when the form states them. */
  statedWeight: z.number().nullable(),
  /** 1-based sheet rows of the indicators under this heading. */
  rows: z.array(z.number().int().positive()),
});
export type Level1Block = z.infer<typeof Level1BlockSchema>;
