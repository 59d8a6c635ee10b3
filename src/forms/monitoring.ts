/**
 * 绩效运行监控 (mid-year monitoring): the parts of a 绩效运行监控表 beyond the targets it repeats.
 *
 * - `month`: the month the monitoring runs to (截至6月, 1-7月执行数), when the form says;
 * - funds: per line (年度资金总额, 财政拨款 …) the 年初/全年预算数, what was spent by month N
 *   (1–N月执行数), the stated 执行率 and the 全年预计执行数;
 * - per indicator: the annual target (年度指标值) and what was achieved by month N (1–N月执行情况),
 *   the full-year forecast (全年预计完成值), 偏差原因, 纠偏措施 and, where the form asks, how
 *   likely the target is to be met (完成目标可能性: 确定能 / 有可能 / 完全不可能).
 */
import { z } from "zod";
import { IndicatorSchema, TracedValueSchema } from "./indicator";
import { MoneyLineKeySchema } from "./money";
import { traced, TracedNumberSchema, TracedTextSchema } from "./traced";

export const LikelihoodSchema = z.enum(["certain", "possible", "impossible"]);
export type Likelihood = z.infer<typeof LikelihoodSchema>;

export const MonitoringIndicatorSchema = IndicatorSchema.extend({
  /** 1–N月执行情况 / 截至N月完成值 */
  executed: TracedValueSchema.optional(),
  /** 全年预计完成值 / 全年预计执行数 */
  expected: TracedValueSchema.optional(),
  /** 偏差原因 / 原因说明 */
  reason: TracedTextSchema.optional(),
  /** 纠偏措施 / 改进措施 */
  measures: TracedTextSchema.optional(),
  /** 完成目标可能性, as ticked or written. */
  likelihood: traced(LikelihoodSchema).optional(),
});
export type MonitoringIndicator = z.infer<typeof MonitoringIndicatorSchema>;

export const MonitoringMoneyLineSchema = z.object({
  key: MoneyLineKeySchema,
  label: TracedTextSchema,
  /** 年初预算数 / 全年预算数 / 调整后预算数 */
  budget: TracedNumberSchema.optional(),
  /** 1–N月执行数 */
  executed: TracedNumberSchema.optional(),
  /** Stated 执行率 as a fraction (100% → 1). */
  rate: TracedNumberSchema.optional(),
  /** 全年预计执行数 */
  expected: TracedNumberSchema.optional(),
});
export type MonitoringMoneyLine = z.infer<typeof MonitoringMoneyLineSchema>;

export const MonitoringFieldsSchema = z.object({
  /** The month monitored to (1–12), as the form states it. */
  month: traced(z.number().int().min(1).max(12)).optional(),
  funds: z.array(MonitoringMoneyLineSchema),
  indicators: z.array(MonitoringIndicatorSchema),
});
