/**
 * What the two self-evaluations (DS, PS; 湖南 2021, seed 003 附件1–2) share: the money block
 * with 执行率 and its score, 年度总体目标 (预期目标 | 实际完成情况), the indicator table with
 * 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因, the 总分 row with 等级, and the notes.
 *
 * Live formulas come from scoring/formulas.ts, so the sheet scores as the checker does:
 * 执行率 = 全年执行数 ÷ 全年预算数, 执行率得分 = 分值 × min(执行率, 1), each quantitative
 * indicator by its direction, 总分 and 等级. A value the data states (the clerk's own number)
 * is written instead of the formula, so the checker can compare it.
 */
import { executionRateFormula, executionScoreFormula, gradeFormula, indicatorScoreFormula, totalScoreFormula } from "../../scoring/formulas";
import { QUALITATIVE_BANDS } from "../../scoring/indicator-score";
import { directionOf } from "../../scoring/direction";
import { parseTargetValue } from "../../values/target-value";
import { amount, fixed, inMoneyUnit, label, number, repeat, row, rows, str, text, tallRow, type CellSpec, type Ctx, type Model, type Prepared, type RowSpec, type Section } from "../dsl";
import type { RegionProfile } from "../../rules/profiles/profile";
import { LEVEL1, LEVEL2_LISTS, skeletonOld } from "../lists";
import { HINTS, level1Cell, level2Cell, level3Cell } from "./common";

/** "达成年度指标 80%（含）—100%；…" from the scoring bands. */
export const BAND_TEXT = Object.values(QUALITATIVE_BANDS)
  .map((b) => `${b.name["zh-CN"]}得分值的${Math.round(b.from * 100)}%（含）—${Math.round(b.to * 100)}%${b.toInclusive ? "（含）" : ""}`)
  .join("；");

export const SELF_EVALUATION_NOTES = [
  "备注：1.“执行率”=“全年执行数”/“全年预算数”；",
  "2. 总分设置为100分，等级划分为：90分（含）—100分为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。",
  `3. 定性指标按完成程度评分：${BAND_TEXT}。`,
];

/** "产出指标 (50分)" when the data states the block's points. */
function withPoints(value: string, ctx: Ctx): string {
  const weights = ctx.model.weights as Record<string, number> | undefined;
  const points = weights?.[value.trim()];
  return typeof points === "number" ? `${value} (${points}分)` : value;
}

const QUALITATIVE_ACTUAL = [...Object.values(QUALITATIVE_BANDS).map((b) => b.name["zh-CN"])];

/** The 得分 formula of one indicator: live for quantitative targets, none for 定性 and 时效 (judgement). */
function scoreFormula(ctx: Ctx): string | undefined {
  const item = ctx.item ?? {};
  const target = parseTargetValue(str(item.target));
  const actual = ctx.ref("actual");
  const weight = ctx.ref("weight");
  if (target.kind !== "quantitative" || !actual || !weight || (target.more?.length ?? 0) > 0 || target.upper !== undefined) return undefined;
  const direction = directionOf(target, str(item.level3), str(item.level2));
  return indicatorScoreFormula({ direction, variant: ctx.profile.reverseScoring, target: target.number, actual, unit: target.unit, weight });
}

function isQualitative(item: Model | undefined): boolean {
  return parseTargetValue(str(item?.target)).kind === "qualitative";
}

/** Prompt on an indicator's 得分: the formula's rule, or the 定性 bands in points. */
function scoreHint(ctx: Ctx): { title: string; text: string } {
  const weight = ctx.item?.weight;
  if (isQualitative(ctx.item) && typeof weight === "number") {
    const bands = Object.values(QUALITATIVE_BANDS)
      .map((b) => `${b.name["zh-CN"]} ${round(weight * b.from)}—${round(weight * b.to)} 分`)
      .join("；");
    return { title: "得分（定性）", text: `分值 ${weight} 分：${bands}。` };
  }
  return { title: "得分", text: `定量指标按公式自动计分（达到指标值得满分，未达到按完成比例）；${BAND_TEXT}。` };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function moneyBlock(side: string): RowSpec[] {
  return [
    row(
      label(inMoneyUnit(side), { down: 4 }),
      label("年度资金总额"),
      label("年初预算数"),
      label("全年预算数"),
      label("全年执行数"),
      label("分值"),
      label("执行率"),
      label("得分（分值×执行率）", { span: "rest" }),
    ),
    row(
      label("合计"),
      amount("money.total.initialBudget"),
      amount("money.total.adjustedBudget"),
      amount("money.total.executed"),
      number("execution.weight", { hint: HINTS.weight }),
      { style: "rate", field: "execution.rate", formula: (c) => only(c.ref("money.total.adjustedBudget"), c.ref("money.total.executed"), (budget, executed) => executionRateFormula({ budget, executed })) },
      number("execution.score", { span: "rest", formula: (c) => only(c.ref("execution.weight"), c.ref("execution.rate"), (weight, rate) => executionScoreFormula({ weight, rate })) }),
    ),
    row(label("其中：当年财政拨款"), amount("money.fiscal.initialBudget"), amount("money.fiscal.adjustedBudget"), amount("money.fiscal.executed"), fixed("", { span: "rest" })),
    row(label("其他资金"), amount("money.other.initialBudget"), amount("money.other.adjustedBudget"), amount("money.other.executed"), fixed("", { span: "rest" })),
  ];
}

export function goalsBlock(): RowSpec[] {
  return [
    row(label("年度总体目标", { down: 2 }), label("预期目标", { span: 3 }), label("实际完成情况", { span: "rest" })),
    tallRow(
      60,
      text("goals.expected", { span: 3, hint: { title: "预期目标", text: "照录批复的年度绩效目标。" } }),
      text("goals.achieved", { span: "rest", hint: { title: "实际完成情况", text: "对照预期目标写实际完成情况，不要照抄预期目标。" } }),
    ),
  ];
}

export function indicatorBlock(): Section[] {
  const actual: CellSpec = text("actual", {
    style: "center",
    hint: HINTS.actual,
    // 定性: the clerk says how far the target was reached (a copy of the target means reached).
    list: (ctx) =>
      isQualitative(ctx.item)
        ? { items: [...new Set([str(ctx.item?.target).trim(), ...QUALITATIVE_ACTUAL].filter((t) => t !== ""))], prompt: `定性指标：选择完成程度。${BAND_TEXT}。` }
        : undefined,
  });
  return [
    repeat({
      items: "indicators",
      side: label("绩效指标"),
      header: [
        row(
          label("一级指标"),
          label("二级指标"),
          label("三级指标"),
          label("年度指标值"),
          label("实际完成值"),
          label("分值"),
          label("得分"),
          label("偏差原因分析及改进措施"),
        ),
      ],
      row: row(
        level1Cell(LEVEL1, { show: withPoints }),
        level2Cell(LEVEL2_LISTS.old),
        level3Cell(),
        text("target", { style: "center", hint: { title: "年度指标值", text: "照录批复的指标值，如 ≥90%、50次。" } }),
        actual,
        number("weight", { hint: HINTS.weight }),
        number("score", { hint: scoreHint, formula: scoreFormula }),
        text("deviation", { hint: HINTS.deviation }),
      ),
      group: ["level1", "level2"],
      blank: () => skeletonOld("效益指标"),
    }),
    rows(
      row(
        label("总分", { span: 5 }),
        number("total.weight", { formula: (c) => sumFormula(c.ref("execution.weight"), c.column("indicators", "weight")) }),
        number("total.score", { formula: (c) => blankUntilScored(sumFormula(c.ref("execution.score"), c.column("indicators", "score")), c.column("indicators", "score")) }),
        {
          style: "center",
          field: "total.grade",
          span: "rest",
          show: (v) => `等级：${v}`,
          formula: (c) => {
            const total = c.ref("total.score");
            return total ? `="等级："&${gradeFormula(total, c.profile.grades).slice(1)}` : undefined;
          },
        },
      ),
    ),
    rows(...SELF_EVALUATION_NOTES.map((n): RowSpec => ({ cells: [fixed(n, { style: "note", span: "rest" })] }))),
  ];
}

/**
 * Defaults from the region profile — 执行率 分值 (10) when the data states none, and in the empty
 * template the 一级 points (产出 50 / 效益 30 / 满意度 10 nationally) — and the data paths the
 * layout reads through functions (the 一级 points).
 */
export function prepareSelfEvaluation(input: Model, profile: RegionProfile): Prepared {
  const handled = Object.keys((input.weights as Record<string, unknown> | undefined) ?? {}).map((k) => `weights.${k}`);
  const w = profile.weights;
  // 执行率's 分值 is the profile's unless the data says otherwise (a blank stated as null stays blank).
  const execution = (input.execution ?? {}) as Model;
  const withExecution: Model = execution.weight === undefined ? { ...input, execution: { ...execution, weight: w.execution } } : input;
  if (input.indicators !== undefined || input.weights !== undefined) return { model: withExecution, handled };
  const parts: [string, number | null][] = [
    ["产出指标", w.output],
    ["成本指标", w.cost],
    ["效益指标", w.benefit],
    ["满意度指标", w.satisfaction],
  ];
  const weights = Object.fromEntries(parts.filter((p): p is [string, number] => p[1] !== null));
  return { model: { ...withExecution, weights }, handled };
}

function only(a: string | undefined, b: string | undefined, f: (a: string, b: string) => string): string | undefined {
  return a !== undefined && b !== undefined ? f(a, b) : undefined;
}

/** A total stays blank until some indicator is scored (an empty form shows no 总分 and no 等级). */
function blankUntilScored(formula: string | undefined, scores: string | undefined): string | undefined {
  return formula && scores ? `=IF(COUNT(${scores})=0,"",${formula.slice(1)})` : formula;
}

function sumFormula(...parts: (string | undefined)[]): string | undefined {
  const list = parts.filter((p): p is string => p !== undefined);
  return list.length > 0 ? totalScoreFormula(list) : undefined;
}

