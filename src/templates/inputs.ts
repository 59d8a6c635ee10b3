/**
 * Fill data: what a template can be filled from, one zod schema per form kind. Plain JSON
 * values — no cell addresses — shaped like the typed forms (forms/forms.ts) without their
 * tracing: a form read from a sheet converts to this (from-form.ts), and so does JSON a clerk
 * or another system hands us. Unknown fields are rejected, so a typo never silently drops data;
 * errors read in Chinese and name the field path (see describeInputError).
 */
import { z } from "zod";
import { FinalAccountsTableIdSchema, type FormKind } from "../forms/forms";
import { MoneyLineKeySchema } from "../forms/money";
import type { TemplateKind } from "./dsl";

const Text = z.string();
/** An amount: a number, or null for a blank cell. */
const Amount = z.number().nullable();
const Year = z.number().int().min(1949).max(2100);

const header = {
  /** The form's title; default: the layout's title with the year. */
  title: Text.optional(),
  year: Year.optional(),
  /** 填报单位 / 部门名称 / 单位名称 / 主管部门 */
  unit: Text.optional(),
  moneyUnit: z.enum(["万元", "元"]).optional(),
};

export const IndicatorInputSchema = z.strictObject({
  level1: Text,
  level2: Text,
  level3: Text,
  /** 绩效指标描述 */
  description: Text.optional(),
  /** 指标值 as written: "≥95%", "50次以上", "健全". */
  target: Text.optional(),
  /** 指标值确定依据 */
  basis: Text.optional(),
  remark: Text.optional(),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

export const SelfEvaluationIndicatorInputSchema = IndicatorInputSchema.extend({
  /** 实际完成值 */
  actual: Text.optional(),
  /** 分值 */
  weight: Amount.optional(),
  /** 得分; without one the template's formula scores the row. */
  score: Amount.optional(),
  /** 偏差原因分析及改进措施 */
  deviation: Text.optional(),
});
export type SelfEvaluationIndicatorInput = z.infer<typeof SelfEvaluationIndicatorInputSchema>;

/** Money of a target form: amount per line (资金总额, 财政拨款, 基本支出 …). */
const TargetMoney = z.partialRecord(MoneyLineKeySchema, Amount);
/** Money of a self-evaluation: 年初预算数 / 全年预算数 / 全年执行数 per line. */
const SelfEvaluationMoney = z.partialRecord(
  MoneyLineKeySchema,
  z.strictObject({ initialBudget: Amount.optional(), adjustedBudget: Amount.optional(), executed: Amount.optional() }),
);

const Goals = z.strictObject({
  /** 实施期绩效目标 */
  longTerm: Text.optional(),
  /** 年度绩效目标 / 绩效目标 / 总体目标 */
  annual: Text.optional(),
  /** 目标1, 目标2 … (甘肃) */
  items: z.array(Text).optional(),
  /** 资金用途 (河北) */
  use: Text.optional(),
});

export const DepartmentTargetInputSchema = z.strictObject({
  ...header,
  /** 部门职责概述 */
  duties: Text.optional(),
  money: TargetMoney.optional(),
  goals: Goals.optional(),
  /** 年度重点工作计划 */
  tasks: z.array(z.strictObject({ name: Text, owner: Text.optional(), goal: Text.optional() })).optional(),
  indicators: z.array(IndicatorInputSchema).optional(),
});
export type DepartmentTargetInput = z.infer<typeof DepartmentTargetInputSchema>;

export const ProjectTargetInputSchema = z.strictObject({
  ...header,
  /** 项目名称 / 支出方向（子项） */
  project: Text.optional(),
  projectCode: Text.optional(),
  /** 所属专项 */
  specialFund: Text.optional(),
  /** 项目实施期 */
  period: Text.optional(),
  /** 实施单位 */
  implementer: Text.optional(),
  money: TargetMoney.optional(),
  goals: Goals.optional(),
  /** 资金支出计划（%）: cumulative percent spent by the end of month 3, 6, 10 and 12: {"3": 25, "12": 100}. */
  spendingPlan: z.partialRecord(z.enum(["3", "6", "10", "12"]), Amount).optional(),
  indicators: z.array(IndicatorInputSchema).optional(),
});
export type ProjectTargetInput = z.infer<typeof ProjectTargetInputSchema>;

export const SpecialFundsSummaryInputSchema = z.strictObject({
  ...header,
  rows: z
    .array(
      z.strictObject({
        /** 序号: 一, 二 … (default: numbered in order) */
        seq: Text.optional(),
        direction: Text,
        amount: Amount,
        longTermGoal: Text.optional(),
        annualGoal: Text.optional(),
      }),
    )
    .optional(),
  /** 合计; without one the template sums the rows. */
  total: Amount.optional(),
});
export type SpecialFundsSummaryInput = z.infer<typeof SpecialFundsSummaryInputSchema>;

const selfEvaluation = {
  ...header,
  money: SelfEvaluationMoney.optional(),
  /** 预算执行率 row; without values the template computes them. */
  execution: z.strictObject({ weight: Amount.optional(), rate: Amount.optional(), score: Amount.optional() }).optional(),
  goals: z.strictObject({ expected: Text.optional(), achieved: Text.optional() }).optional(),
  indicators: z.array(SelfEvaluationIndicatorInputSchema).optional(),
  /** Points stated in the 一级 labels, "产出指标 (50分)": 一级 name → points. */
  weights: z.record(Text, z.number()).optional(),
  /** 总分 row; without values the template computes them. */
  total: z.strictObject({ weight: Amount.optional(), score: Amount.optional(), grade: Text.optional() }).optional(),
};

export const DepartmentSelfEvaluationInputSchema = z.strictObject(selfEvaluation);
export type DepartmentSelfEvaluationInput = z.infer<typeof DepartmentSelfEvaluationInputSchema>;

export const ProjectSelfEvaluationInputSchema = z.strictObject({
  ...selfEvaluation,
  /** 专项名称 */
  project: Text.optional(),
  /** 支出方向名称（子项目） */
  subProject: Text.optional(),
  /** 项目总实施期 */
  period: Text.optional(),
  /** 项目总投资（万元） and its 财政拨款 part. */
  investment: z.strictObject({ total: Amount.optional(), fiscal: Amount.optional() }).optional(),
});
export type ProjectSelfEvaluationInput = z.infer<typeof ProjectSelfEvaluationInputSchema>;

export const AccountsLineInputSchema = z.strictObject({
  /** Side or block: "income" / "expenditure" (01, 04), "personnel" / "publicUse" (06), "budget" / "final" (07), "main". */
  section: Text.optional(),
  /** 功能分类 / 经济分类 科目编码 */
  code: Text.optional(),
  label: Text,
  /** 行次 (01, 04) */
  lineNo: z.number().int().positive().nullable().optional(),
  /** Amounts by column key (total, basic, project …; see the table's columns). */
  amounts: z.record(Text, Amount),
});
export type AccountsLineInput = z.infer<typeof AccountsLineInputSchema>;

export const FinalAccountsInputSchema = z.strictObject({
  ...header,
  table: FinalAccountsTableIdSchema,
  lines: z.array(AccountsLineInputSchema).optional(),
  /** Why the table is empty ("本单位本年度没有政府性基金收支，故本表无数据。"). */
  note: Text.optional(),
});
export type FinalAccountsInput = z.infer<typeof FinalAccountsInputSchema>;

export const MonitoringIndicatorInputSchema = IndicatorInputSchema.extend({
  /** 1–N月执行情况 */
  executed: Text.optional(),
  /** 全年预计完成 */
  expected: Text.optional(),
  /** 偏差原因 */
  reason: Text.optional(),
  /** 纠偏措施 */
  measures: Text.optional(),
  /** 完成目标可能性: 确定能 / 有可能 / 完全不可能 */
  likelihood: z.enum(["确定能", "有可能", "完全不可能"]).optional(),
});

/** 绩效运行监控表: the targets of a project with the monitoring columns (empty when made from a 目标表). */
export const MonitoringInputSchema = z.strictObject({
  ...header,
  project: Text.optional(),
  projectCode: Text.optional(),
  implementer: Text.optional(),
  /** The month monitored to (1–12): the columns read "1–N月执行数". */
  month: z.number().int().min(1).max(12).optional(),
  /** Per money line: 年初预算数, 1–N月执行数, 全年预计执行数. */
  funds: z
    .partialRecord(MoneyLineKeySchema, z.strictObject({ budget: Amount.optional(), executed: Amount.optional(), expected: Amount.optional() }))
    .optional(),
  goals: z.strictObject({ annual: Text.optional() }).optional(),
  indicators: z.array(MonitoringIndicatorInputSchema).optional(),
});
export type MonitoringInput = z.infer<typeof MonitoringInputSchema>;

export const FILL_INPUT_SCHEMAS = {
  DT: DepartmentTargetInputSchema,
  ST: SpecialFundsSummaryInputSchema,
  PT: ProjectTargetInputSchema,
  DS: DepartmentSelfEvaluationInputSchema,
  PS: ProjectSelfEvaluationInputSchema,
  JS: FinalAccountsInputSchema,
  MT: MonitoringInputSchema,
} as const satisfies Record<TemplateKind, z.ZodType>;

export type FillInput = {
  DT: DepartmentTargetInput;
  ST: SpecialFundsSummaryInput;
  PT: ProjectTargetInput;
  DS: DepartmentSelfEvaluationInput;
  PS: ProjectSelfEvaluationInput;
  JS: FinalAccountsInput;
  MT: MonitoringInput;
};

export function isTemplateKind(kind: string): kind is TemplateKind {
  return kind in FILL_INPUT_SCHEMAS;
}

export function hasTemplate(kind: FormKind): kind is TemplateKind {
  return isTemplateKind(kind);
}
