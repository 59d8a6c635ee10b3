/**
 * The typed forms — the single source of the types (z.infer). Codes as in the domain reference:
 *
 * | kind | form |
 * |------|------|
 * | DT | 部门(单位)整体支出绩效目标表 — department targets |
 * | ST | 专项资金预算绩效目标汇总表 — special-funds summary |
 * | PT | 项目(专项资金支出方向)绩效目标表 — project targets |
 * | DS | 部门整体支出绩效自评表 — department self-evaluation |
 * | PS | 项目支出绩效自评表 — project self-evaluation |
 * | JS | 部门决算 公开01–09表 — final-accounts tables |
 * | JN | 决算情况说明 — final-accounts narrative |
 * | MT | 绩效运行监控表 — mid-year monitoring of a project's targets (monitoring.ts) |
 *
 * Every form knows its sheet, the range it occupies and its title; every field inside it is
 * traced to its cell (see traced.ts).
 */
import { z } from "zod";
import { IndicatorSchema, Level1BlockSchema } from "./indicator";
import { ExecutionSchema, MoneyLineSchema, MoneyUnitSchema, SpendingPlanStepSchema } from "./money";
import { CellRefSchema, RangeRefSchema, traced, TracedNumberSchema, TracedTextSchema } from "./traced";
import { MonitoringFieldsSchema } from "./monitoring";

export const FormKindSchema = z.enum(["DT", "ST", "PT", "DS", "PS", "JS", "JN", "MT"]);
export type FormKind = z.infer<typeof FormKindSchema>;

export const FORM_KIND_NAMES: Record<FormKind, { zh: string; en: string }> = {
  DT: { zh: "部门整体支出绩效目标表", en: "Department performance targets" },
  ST: { zh: "专项资金预算绩效目标汇总表", en: "Special-funds targets summary" },
  PT: { zh: "项目支出绩效目标表", en: "Project performance targets" },
  DS: { zh: "部门整体支出绩效自评表", en: "Department self-evaluation" },
  PS: { zh: "项目支出绩效自评表", en: "Project self-evaluation" },
  JS: { zh: "部门决算表", en: "Final-accounts table" },
  JN: { zh: "部门决算情况说明", en: "Final-accounts narrative" },
  MT: { zh: "绩效运行监控表", en: "Performance monitoring" },
};

/** What every recognised form carries. */
const formBase = {
  sheet: z.string(),
  /** A1 range the form occupies on its sheet. */
  range: RangeRefSchema,
  title: TracedTextSchema.optional(),
  /**
   * Which published layout it follows, as far as the recogniser can tell (e.g. "hunan-2021",
   * "hebei", "gansu-2024", "zhuzhou-2021"), or "generic".
   */
  layout: z.string(),
  /**
   * Essential parts the recogniser could not find ("预算年度", "资金金额", "绩效指标" …): the form
   * was read only in part, and every output says so (recognise/read-summary.ts).
   */
  missing: z.array(z.string()).optional(),
};

/** Header fields of performance forms. */
export const HeaderSchema = z.object({
  /**
   * Budget year (2021 from "2021年…", "(2024年度)", a 预算年度 cell, the 实施期). `from: "code"`
   * when only the project code gave it: the year the project entered the library, which a
   * multi-year project's budget year may be later than.
   */
  year: traced(z.number().int())
    .extend({ from: z.literal("code").optional() })
    .optional(),
  /** 填报单位 / 部门名称 / 单位名称 / 主管部门 / 申请单位 */
  unit: TracedTextSchema.optional(),
  /** 一级预算单位 / 主管预算单位, when the form names it beside the unit */
  topUnit: TracedTextSchema.optional(),
  /** 实施单位 */
  implementer: TracedTextSchema.optional(),
  /** 归口科室 / 业务主管处室 */
  office: TracedTextSchema.optional(),
  /** 项目类别 / 项目类型 */
  category: TracedTextSchema.optional(),
  /** 项目名称 / 支出方向（子项） / 专项名称 */
  project: TracedTextSchema.optional(),
  /** 所属专项 */
  specialFund: TracedTextSchema.optional(),
  /** 项目编码 */
  projectCode: TracedTextSchema.optional(),
  /** 项目实施期 / 项目总实施期 */
  period: TracedTextSchema.optional(),
  /** 金额单位 / 单位：万元 */
  moneyUnit: MoneyUnitSchema.optional(),
});
export type Header = z.infer<typeof HeaderSchema>;

/** Goals: 实施期绩效目标 and 年度绩效目标 (targets); 预期目标 and 实际完成情况 (self-evaluations). */
export const GoalsSchema = z.object({
  longTerm: TracedTextSchema.optional(),
  annual: TracedTextSchema.optional(),
  /** 目标1, 目标2, … when the goal is a list. */
  items: z.array(TracedTextSchema).optional(),
  /** 预期目标 (self-evaluation) */
  expected: TracedTextSchema.optional(),
  /** 实际完成情况 (self-evaluation) */
  achieved: TracedTextSchema.optional(),
  /** 资金用途 (河北): what the money is for. */
  use: TracedTextSchema.optional(),
});
export type Goals = z.infer<typeof GoalsSchema>;

const performanceFields = {
  header: HeaderSchema,
  money: z.array(MoneyLineSchema),
  goals: GoalsSchema,
  indicators: z.array(IndicatorSchema),
  /** 一级 headings with the points they state, in order. */
  level1Blocks: z.array(Level1BlockSchema),
};

/** A row of a department's 年度重点工作计划 / 重点工作任务. */
export const KeyTaskSchema = z.object({
  name: TracedTextSchema,
  owner: TracedTextSchema.optional(),
  goal: TracedTextSchema.optional(),
});

export const DepartmentTargetFormSchema = z.object({
  kind: z.literal("DT"),
  ...formBase,
  ...performanceFields,
  /** 部门职责概述 */
  duties: TracedTextSchema.optional(),
  tasks: z.array(KeyTaskSchema),
});
export type DepartmentTargetForm = z.infer<typeof DepartmentTargetFormSchema>;

export const ProjectTargetFormSchema = z.object({
  kind: z.literal("PT"),
  ...formBase,
  ...performanceFields,
  spendingPlan: z.array(SpendingPlanStepSchema),
});
export type ProjectTargetForm = z.infer<typeof ProjectTargetFormSchema>;

export const SpecialFundRowSchema = z.object({
  row: z.number().int().positive(),
  /** 序号 (一, 二, …) */
  seq: TracedTextSchema.optional(),
  /** 支出方向（子项） */
  direction: TracedTextSchema,
  amount: TracedNumberSchema,
  longTermGoal: TracedTextSchema.optional(),
  annualGoal: TracedTextSchema.optional(),
});
export type SpecialFundRow = z.infer<typeof SpecialFundRowSchema>;

export const SpecialFundsSummaryFormSchema = z.object({
  kind: z.literal("ST"),
  ...formBase,
  header: HeaderSchema,
  rows: z.array(SpecialFundRowSchema),
  /** 合计 row's amount. */
  total: TracedNumberSchema.optional(),
});
export type SpecialFundsSummaryForm = z.infer<typeof SpecialFundsSummaryFormSchema>;

const selfEvaluationFields = {
  ...performanceFields,
  execution: ExecutionSchema,
  /** 总分 row: 分值 total, 得分 total, and the 等级 text. */
  total: z.object({
    weight: TracedNumberSchema.optional(),
    score: TracedNumberSchema.optional(),
    grade: TracedTextSchema.optional(),
  }),
};

export const DepartmentSelfEvaluationFormSchema = z.object({
  kind: z.literal("DS"),
  ...formBase,
  ...selfEvaluationFields,
});
export type DepartmentSelfEvaluationForm = z.infer<typeof DepartmentSelfEvaluationFormSchema>;

export const ProjectSelfEvaluationFormSchema = z.object({
  kind: z.literal("PS"),
  ...formBase,
  ...selfEvaluationFields,
  /** 项目总投资 (万元) and its 财政拨款 part, as stated in the header. */
  investment: z.object({ total: TracedNumberSchema.optional(), fiscal: TracedNumberSchema.optional() }),
});
export type ProjectSelfEvaluationForm = z.infer<typeof ProjectSelfEvaluationFormSchema>;

/** 公开01 … 公开09 */
export const FinalAccountsTableIdSchema = z.enum(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
export type FinalAccountsTableId = z.infer<typeof FinalAccountsTableIdSchema>;

export const FINAL_ACCOUNTS_TABLES: Record<FinalAccountsTableId, string> = {
  "01": "收入支出决算总表",
  "02": "收入决算表",
  "03": "支出决算表",
  "04": "财政拨款收入支出决算总表",
  "05": "一般公共预算财政拨款支出决算表",
  "06": "一般公共预算财政拨款基本支出决算明细表",
  "07": "一般公共预算财政拨款“三公”经费支出决算表",
  "08": "政府性基金预算财政拨款收入支出决算表",
  "09": "国有资本经营预算财政拨款支出决算表",
};

/** An amount column of a 决算 table, e.g. 本年支出合计 / 基本支出 / 项目支出. */
export const AccountsColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** 栏次 number when the table has that row. */
  columnNo: z.number().int().nullable(),
});

/**
 * One line of a 决算 table. Two-sided tables (01, 04: 收入 | 支出) and the three-block 06 are
 * split into `section`s; each line has its label, optional 功能/经济分类 code and 行次, and its
 * amounts keyed by column key.
 */
export const AccountsLineSchema = z.object({
  row: z.number().int().positive(),
  section: z.string(),
  code: TracedTextSchema.optional(),
  label: TracedTextSchema,
  lineNo: z.number().int().nullable(),
  amounts: z.record(z.string(), TracedNumberSchema),
});
export type AccountsLine = z.infer<typeof AccountsLineSchema>;

export const FinalAccountsTableFormSchema = z.object({
  kind: z.literal("JS"),
  ...formBase,
  table: FinalAccountsTableIdSchema,
  header: HeaderSchema,
  columns: z.array(AccountsColumnSchema.extend({ section: z.string() })),
  lines: z.array(AccountsLineSchema),
  /** True when the table holds no amount at all (e.g. "本表无数据"). */
  empty: z.boolean(),
  /** Explanatory note under the table ("本表无数据" and why). */
  note: TracedTextSchema.optional(),
});
export type FinalAccountsTableForm = z.infer<typeof FinalAccountsTableFormSchema>;

/**
 * A paragraph (or heading) of the narrative. PDF extractions break sentences across lines
 * ("…减少34.43" / "万元，减少37.78%。"); such pieces are joined: `value` is the whole text,
 * `ref`/`text` are the first piece's cell, `continued` lists the refs of the pieces joined on.
 */
export const NarrativeTextSchema = TracedTextSchema.extend({
  continued: z.array(CellRefSchema).optional(),
});
export type NarrativeText = z.infer<typeof NarrativeTextSchema>;

export const NarrativeSectionSchema = z.object({
  heading: NarrativeTextSchema,
  /** 1 for "一、…", 2 for "（一）…", 3 for "1、…" / "（1）…"; 0 for text before the first heading. */
  level: z.number().int().min(0).max(3).optional(),
  paragraphs: z.array(NarrativeTextSchema),
});
export type NarrativeSection = z.infer<typeof NarrativeSectionSchema>;

export const FinalAccountsNarrativeFormSchema = z.object({
  kind: z.literal("JN"),
  ...formBase,
  header: HeaderSchema,
  sections: z.array(NarrativeSectionSchema),
});
export type FinalAccountsNarrativeForm = z.infer<typeof FinalAccountsNarrativeFormSchema>;

/**
 * 绩效运行监控表: a project's targets with what was done by month N (1–N月执行), the full-year
 * forecast (全年预计完成), the reason for a gap (偏差原因) and what will be done about it (纠偏措施).
 */
export const MonitoringFormSchema = z.object({
  kind: z.literal("MT"),
  ...formBase,
  header: HeaderSchema,
  goals: GoalsSchema,
  level1Blocks: z.array(Level1BlockSchema),
  ...MonitoringFieldsSchema.shape,
});
export type MonitoringForm = z.infer<typeof MonitoringFormSchema>;

export const FormSchema = z.discriminatedUnion("kind", [
  DepartmentTargetFormSchema,
  SpecialFundsSummaryFormSchema,
  ProjectTargetFormSchema,
  DepartmentSelfEvaluationFormSchema,
  ProjectSelfEvaluationFormSchema,
  FinalAccountsTableFormSchema,
  FinalAccountsNarrativeFormSchema,
  MonitoringFormSchema,
]);
export type Form = z.infer<typeof FormSchema>;

export type PerformanceForm = DepartmentTargetForm | ProjectTargetForm | DepartmentSelfEvaluationForm | ProjectSelfEvaluationForm;
export type SelfEvaluationForm = DepartmentSelfEvaluationForm | ProjectSelfEvaluationForm;

export function isSelfEvaluation(f: Form): f is SelfEvaluationForm {
  return f.kind === "DS" || f.kind === "PS";
}

export function hasIndicators(f: Form): f is PerformanceForm {
  return f.kind === "DT" || f.kind === "PT" || f.kind === "DS" || f.kind === "PS";
}

export { TracedNumberSchema };
