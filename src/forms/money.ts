/**
 * Money on performance forms: lines by source (资金总额 = 财政拨款 + 上年结转 + 其他资金) or by
 * type (基本支出 = 人员经费 + 公用经费, 项目支出), in columns 预算数 (targets) or
 * 年初预算数 / 全年预算数 / 全年执行数 (self-evaluations); and the 资金支出计划.
 */
import { z } from "zod";
import { traced, TracedNumberSchema, TracedTextSchema } from "./traced";

export const MoneyLineKeySchema = z.enum([
  "total", // 资金总额 / 合计 / 年度资金总额 / 项目金额 / 预算数
  "fiscal", // 财政拨款 / 当年财政拨款 / 财政资金 / 一般公共预算拨款
  "specialAccount", // 财政专户管理资金
  "governmentFund", // 政府性基金拨款
  "unitFunds", // 单位资金
  "carryover", // 上年结转(资金)
  "other", // 其他资金
  "basic", // 基本支出
  "personnel", // 人员经费
  "publicUse", // 公用经费
  "basicTotal", // 基本支出 合计 (甘肃 layout)
  "project", // 项目支出
  "incomeTotal", // 收入预算合计
  "expenseTotal", // 支出预算合计
]);
export type MoneyLineKey = z.infer<typeof MoneyLineKeySchema>;

export const MoneyColumnSchema = z.enum([
  "budget", // 预算数 / 金额 (targets: one column)
  "initialBudget", // 年初预算数
  "adjustedBudget", // 全年预算数 (调整后预算数)
  "executed", // 全年执行数
]);
export type MoneyColumn = z.infer<typeof MoneyColumnSchema>;

export const MoneyLineSchema = z.object({
  key: MoneyLineKeySchema,
  label: TracedTextSchema,
  amounts: z.partialRecord(MoneyColumnSchema, TracedNumberSchema),
});
export type MoneyLine = z.infer<typeof MoneyLineSchema>;

/** 资金支出计划（%）: cumulative share spent by 3月底 / 6月底 / 10月底 / 12月底. */
export const SpendingPlanStepSchema = z.object({
  label: z.string(),
  /** Month the step ends in (3, 6, 10, 12), when the label says. */
  month: z.number().int().min(1).max(12).nullable(),
  percent: TracedNumberSchema,
});
export type SpendingPlanStep = z.infer<typeof SpendingPlanStepSchema>;

/** 执行率 row of a self-evaluation: 分值, stated 执行率 and 得分. */
export const ExecutionSchema = z.object({
  weight: TracedNumberSchema.optional(),
  /** Stated 执行率 as a fraction (100% → 1). */
  rate: TracedNumberSchema.optional(),
  score: TracedNumberSchema.optional(),
});
export type Execution = z.infer<typeof ExecutionSchema>;

export const MoneyUnitSchema = traced(z.enum(["万元", "元"]));
