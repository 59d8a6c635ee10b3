/**
 * The header vocabulary: what the labels of performance forms mean, kept as data so a new
 * province's wording is one line here, not a change to a reader. Sources of the wording:
 * - national templates: 财预〔2020〕10号 附件 (项目支出绩效自评表: 年初预算数 / 全年预算数 /
 *   全年执行数 / 分值 / 执行率 / 得分; 年度指标值 / 实际完成值 / 偏差原因分析及改进措施) and
 *   财预〔2021〕101号 (指标值, 度量单位, 指标方向, 评（扣）分标准, 指标解释);
 * - provincial variants seen in published templates and real forms: 权重 for 分值, 目标值 /
 *   年度目标值 / 指标值（含数字及文字描述）, 完成值 / 全年实际值, 未完成原因分析, 指标值类型
 *   (定量/定性), 指标性质 (≥ ≤ = or 正向/反向), 计量单位, 调整后预算数 / 预算执行数 /
 *   预算执行率, 申请单位 / 一级预算单位 / 归口科室 / 项目类别, 本年度项目金额（万元）.
 *
 * Every label is compared after `labelKey`: no leading `*`/`＊` (a required-field mark), no
 * whitespace or line breaks, half-width brackets, no trailing colon.
 */
import type { Header } from "../forms/forms";
import type { MoneyLineKey } from "../forms/money";
import { normLabel } from "./labels";

/** A label as compared: normalised (see labels.normLabel) and without a leading required-field star. */
export function labelKey(text: string): string {
  return normLabel(text).replace(/^[*＊]+/, "").replace(/[(]盖章[)]/g, "").replace(/[:：]+$/, "");
}

/** The columns of an indicator table. */
export type IndicatorRole =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "valueType"
  | "comparison"
  | "target"
  | "unit"
  | "basis"
  | "scoring"
  | "remark"
  | "actual"
  | "weight"
  | "score"
  | "deviation";

/**
 * Indicator column headers → roles. Order matters: the first match wins, so the narrower labels
 * (指标值类型, 指标值确定依据, 实际完成值) come before the broad 指标值.
 */
export const INDICATOR_COLUMNS: readonly (readonly [IndicatorRole, RegExp])[] = [
  ["level1", /^一级指标/],
  ["level2", /^二级指标/],
  ["level3", /^三级指标/],
  // 重庆 部门整体绩效自评表 lists its indicators by name only, with no 一级/二级 columns.
  ["level3", /^(绩效)?指标名称$/],
  ["valueType", /^指标值?类型$|^指标值?类别$|^定量[/或]?定性$|^定性[/或]?定量$/],
  // 指标性质 / 指标方向 hold either a direction (正向/反向) or a comparison (≥ ≤ =): see `comparisonCell`.
  ["comparison", /^指标(性质|方向)$|^(计算|比较|运算)?符号$|^指标值?符号$/],
  ["unit", /^(度量|计量|指标值?)单位$|^单位$/],
  ["description", /指标描述|指标解释|指标内涵|指标说明/],
  ["basis", /确定依据|取值依据/],
  ["scoring", /^评[(]?扣[)]?分标准|^扣分标准|^评分(规则|标准|方法)/],
  ["actual", /^(全年|年度)?实际完成(值|数|情况)?|^(全年|年度)?实际值|^(全年|年度)?完成值|^全年实际/],
  ["target", /^(年度|年初)?指标值|^(年度)?目标值|^预期(指标|目标)值/],
  ["weight", /^分值|^权重|^指标分值|^指标权重/],
  // Not 得分系数（%） (重庆: the share of the weight earned), which stands before 指标得分.
  ["score", /^得分(?!系数|率)|^(自评|指标)得分/],
  ["deviation", /偏差原因|改进措施|未完成原因/],
  ["remark", /^备注$/],
];

/** Money line labels → keys (see forms/money.ts). Order matters: the first match wins. */
export const MONEY_LINES: readonly (readonly [MoneyLineKey, RegExp])[] = [
  ["incomeTotal", /^收入预算合计$/],
  ["expenseTotal", /^支出预算合计$/],
  [
    "total",
    /^(年度)?资金总额|^项目金额$|^预算数$|^年度预算数$|^合计$|^总额$|^总计$|^项目资金总额|^本年度?项目金额|^年度预算金额$|^年初安排金额$/,
  ],
  ["fiscal", /^(其中[:：]?)?(当年|本年)?度?([(](当年|本年)[)])?财政(拨款|资金)|^(其中[:：]?)?一般公共预算(拨款|资金)?/],
  ["specialAccount", /^(其中[:：]?)?财政专户(管理)?资金/],
  ["governmentFund", /^(其中[:：]?)?政府性基金(拨款|预算)?/],
  ["unitFunds", /^(其中[:：]?)?单位(自有)?资金/],
  ["carryover", /^(其中[:：]?)?上年结转/],
  ["other", /^(其中[:：]?)?其他资金/],
  ["basic", /^(其中[:：]?)?基本支出$/],
  ["personnel", /^人员经费$/],
  ["publicUse", /^公用经费$/],
  ["project", /^项目支出$/],
];

/** The money key a label names, after its unit suffix ("(万元)") is dropped. */
export function moneyLineKey(text: string): MoneyLineKey | undefined {
  const n = labelKey(text).replace(/[(（][^()（）]*万?元[)）]$/, "");
  for (const [key, re] of MONEY_LINES) if (re.test(n)) return key;
  return undefined;
}

/** Column headings of a self-evaluation's money table (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). */
export const MONEY_COLUMNS: readonly (readonly ["initialBudget" | "adjustedBudget" | "executed" | "weight" | "rate" | "score" | "label", RegExp])[] = [
  ["initialBudget", /^年初(预算|安排)(数|金额)?/],
  ["adjustedBudget", /^(全年|调整后)(预算)?(数|金额)|^全年预算|^全年[(]调整[)]预算|^预算(数|金额)$/],
  // 重庆: 执行率（%） | 执行率权重 | 执行率得分（分）: the weight and the score before the rate.
  ["weight", /^分值|^权重|^执行率(权重|分值)/],
  ["score", /^得分|^执行率得分/],
  ["rate", /^(预算)?执行率/],
  ["executed", /^(全年|预算)?执行(数|金额)|^全年执行/],
  ["label", /^(年度)?资金总额|^项目资金|^资金(来源|类别)$/],
];

/** Header fields above the indicator table. Order matters: the first match wins. */
export const HEADER_FIELDS: readonly (readonly [keyof Header, RegExp])[] = [
  ["unit", /^(部门|单位)名称$|^填报单位|^(项目)?主管部门(及代码)?|^预算单位(名称)?$|^部门[(]单位[)]名称$|^申请单位(名称)?$|^(项目)?申报单位(名称)?$/],
  ["topUnit", /^一级预算单位(名称)?$|^主管预算单位$/],
  ["implementer", /^(项目)?实施单位(名称)?$/],
  ["office", /^归口(管理)?(科室|处室|部门)$|^业务(主管)?(科室|处室)$/],
  ["category", /^项目(类别|类型|分类)$/],
  ["projectCode", /^项目(编码|代码|编号)$/],
  ["project", /^项目名称$|^支出方向[(]子项[)]$|^专项名称$|^项目支出名称$|^二级项目名称$/],
  ["specialFund", /^所属专项$/],
  ["period", /^项目(总)?实施期|^实施期限$/],
];

/** Goal labels: 实施期 (long-term) and 年度 (annual) goals. */
export const GOAL_FIELDS: readonly (readonly ["longTerm" | "annual", RegExp])[] = [
  ["longTerm", /^实施期(绩效)?目标$|^(中长期|中期)(绩效)?目标$|^长期(绩效)?目标/],
  ["annual", /^(项目|部门|单位)?年度(整体|总体)?(绩效)?目标$|^绩效目标$|^(整体|总体)(绩效)?目标$|^当年(绩效)?目标$/],
];

/** Headings over goal texts written on the row below ("项目年度目标 | 年度目标完成情况"). */
export const GOAL_HEADINGS: readonly (readonly ["longTerm" | "annual" | "achieved", RegExp])[] = [
  ...GOAL_FIELDS,
  ["achieved", /^(年度)?(总体)?目标(实际)?完成情况$/],
];

/**
 * Texts that mean "this template row does not apply" (深圳's template asks for 不适用 in unused
 * categories). 不适应 is its common slip (a 深圳 sheet of the real forms writes it in every unused row).
 */
export const NOT_APPLICABLE = /^(不适用|不适应|无|不涉及|无此项|此项不适用|本项目不适用)$/;

/**
 * Instruction text left over from a template: "（200字以内）", "对照年度目标，说明…",
 * "请填写…", "填写说明：…". Matched on the cell's normalised text.
 */
export const TEMPLATE_INSTRUCTIONS: readonly RegExp[] = [
  /[(（]\s*(限|不超过)?\s*\d+\s*字(以内|以下|左右)?\s*[)）]/,
  /^对照(年度|绩效|项目)?(总体)?目标[,，、]?\s*(说明|填写|逐项)/,
  /^(请|需)(在此|如实|简要|按|根据|对照)?填写/,
  /^填(写|表)说明[:：]/,
  /^[(（]?(此处|本栏|本项)(填写|填列|说明)/,
  /^[(（]?(简要|概括|具体)?(说明|描述|填写)(项目|本项目|部门|单位)?[^，。]{0,20}(情况|内容|目标)[)）]?$/,
];

/** Is this text an instruction left from the template rather than the clerk's own words? */
export function isTemplateInstruction(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return TEMPLATE_INSTRUCTIONS.some((re) => re.test(t));
}
