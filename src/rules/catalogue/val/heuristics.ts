/**
 * Shared judgement for the STR and VAL rules: what an indicator's name and unit say about the
 * target it should have. Every regular expression here is a heuristic; the rules that use them
 * explain in their `meta.heuristic` how they were measured on the seed documents.
 *
 * - `normName`: an indicator name without spaces, trailing punctuation or a bracketed unit
 *   ("设备完好率（%）" → "设备完好率", "…持续使用时间（年" → "…持续使用时间").
 * - `unitClass`: money (万元, 元/人), percent, time (天, 小时, 个工作日, 年), count (次, 人次, 辆,
 *   个部门, 次/辆), other (度, 平方米) or none.
 * - name kinds: a rate (…率, 比例, 占比), a count (…次数, 人数, 数量), a satisfaction (满意度),
 *   a quality (…性, 是否…), money (资金, 经费, 费用, 支出, 缴纳 …).
 * - `clearDirection`: 正向/反向 only when the name says so clearly. `directionByName` (scoring)
 *   calls everything that is neither a cost nor a time limit 正向 because scoring needs an
 *   answer; a check must not accuse "保障机关运转 ≤5次" of pointing the wrong way just because
 *   nothing in its name says which way is better.
 * - `isEmptyTemplateRow`: no real 三级 name and no 指标值 — STR-07's, skipped by the others.
 */
import type { Indicator } from "../../../forms/indicator";
import { formatTargetValue, type Comparator, type QuantitativeValue, type TargetValue } from "../../../values/target-value";
import { directionByName, directionBySymbol } from "../../../scoring/direction";
import { toHalfWidth } from "../../../recognise/labels";
import { canonicalLevel1, canonicalLevel2 } from "../../support";
import { libraryEntryFor } from "../../../library/search";

/** An indicator name for comparisons: half-width, no spaces, no trailing punctuation or bracketed unit. */
export function normName(s: string): string {
  let n = toHalfWidth(s).replace(/\s+/g, "");
  // Most names have no bracket and no trailing punctuation: nothing below would change them.
  if (!/[(（]/.test(n) && !/[。.,，;；、:：!！]$/.test(n)) return n;
  for (let i = 0; i < 3; i++) {
    n = n
      .replace(/[。.,，;；、:：!！]+$/, "")
      .replace(/[(（][^()（）]*[)）]?$/, "")
      .replace(/^[(（][^()（）]*[)）]/, "");
  }
  return n;
}

export type UnitClass = "none" | "percent" | "money" | "time" | "count" | "other";

const MONEY_UNIT = /^(?:亿|万|千|百)?元$/;
const TIME_UNIT = /^(?:个)?(?:工作日|自然日|日|天|周|星期|个?月|季度|年|小时|时|分钟|秒)$/;
const COUNT_UNIT = /^(?:个|次|人|场|批|辆|台|套|件|份|家|户|部|项|篇|期|所|座|间|张|本|条|处|名|起|例|车|班|单|块|株|棵|只|头|把|组|门|宗|笔|趟|床|册|幅|位|支|艘|架|盏|类|村|镇|校)/;

/** What kind of quantity a unit measures; "元/人" is money, "次/辆" a count. */
export function unitClass(unit: string): UnitClass {
  const u = unit.trim();
  if (u === "") return "none";
  if (u === "%") return "percent";
  const head = u.split("/")[0] ?? u;
  if (MONEY_UNIT.test(head)) return "money";
  if (TIME_UNIT.test(head)) return "time";
  if (COUNT_UNIT.test(head)) return "count";
  return "other";
}

export const UNIT_CLASS_ZH: Record<UnitClass, string> = {
  none: "无单位",
  percent: "百分比",
  money: "金额",
  time: "时间",
  count: "数量",
  other: "其他计量单位",
};
export const UNIT_CLASS_EN: Record<UnitClass, string> = {
  none: "no unit",
  percent: "a percentage",
  money: "an amount of money",
  time: "a time",
  count: "a count",
  other: "a physical unit",
};

/** …率, 比例, 占比, 比率, 比重: measured in %. */
export function isRateName(name: string): boolean {
  return /(?:率|比例|占比|比重)$/.test(normName(name));
}

/** …次数, 人数, 数量, 个数, 批次, 人次, 场次: measured in a count. */
export function isCountName(name: string): boolean {
  return /(?:次数|人数|数量|个数|户数|台数|件数|车次|人次|场次|批次|面积)$/.test(normName(name));
}

export function isSatisfactionName(name: string): boolean {
  return /满意(?:度|率)/.test(normName(name));
}

/** A name that asks for a judgement in words: …性 (合理性, 规范性) or 是否…. */
export function isQualityName(name: string): boolean {
  const n = normName(name);
  return /性$/.test(n) || /是否/.test(n);
}

/** A name about money spent rather than what it buys: 资金, 经费, 费用, 支出, 缴纳 … */
export function isMoneyName(name: string): boolean {
  return /资金|经费|费用|支出|预算|拨款|款项|专款|缴纳|缴费|支付|付款|报销|租金|[水电气热]费/.test(normName(name));
}

/** Canonical 一级 / 二级 of an indicator (undefined for names of neither framework). */
export function categoriesOf(ind: Indicator): { l1: string | undefined; l2: string | undefined } {
  return { l1: canonicalLevel1(ind.level1.value), l2: canonicalLevel2(ind.level2.value)?.name };
}

export function isSatisfactionIndicator(ind: Indicator): boolean {
  const { l1, l2 } = categoriesOf(ind);
  return l1 === "满意度指标" || l2 === "服务对象满意度指标" || isSatisfactionName(ind.level3.value);
}

/** The name a quantitative value is about: its own subject ("保洁率≥90%") wins over the 三级 name. */
export function measuredName(ind: Indicator, v: QuantitativeValue): string {
  return v.subject !== undefined && v.subject !== "" ? v.subject : ind.level3.value;
}

const RATE_CUE = /(?:率|比例|占比|比重|满意度)$|满意(?:度|率)/;
/**
 * Rates written both ways in published forms: a 控制率 is "kept within budget" (≥95%) as often as
 * "actual ÷ budget" (≤100%, 重庆's 公用经费控制率); a 调整率, 结余率 or 偏差率 is better small. No
 * clear direction, so a check says nothing about their symbol.
 */
const TWO_WAY_RATE = /控制率|调整率|结余率|结转率|偏差率|变动率/;
const COUNT_CUE = /(?:次数|人数|数量|个数|户数|台数|件数|车次|人次|场次|批次)$/;

/** A direction the name makes clear, and what made it clear. */
export interface ClearDirection {
  direction: "positive" | "negative";
  /**
   * negative: "name" (a cost word: 成本, 费用, 单价, 发生率 …), "unit" (a duration such as 天 or
   * 小时 reads as a time limit), "category" (money under a 成本 二级); positive: "rate" (…率,
   * 比例, 满意度) or "count" (…次数, 人数, 数量).
   */
  why: "name" | "unit" | "category" | "rate" | "count";
}

/**
 * 正向 / 反向 when the name says so clearly, else undefined. 反向 follows `directionByName`
 * (scoring's heuristic, with the 二级 and the unit); 正向 only for rates, counts and 满意度 —
 * `directionByName` calls everything else 正向 because scoring needs an answer, but a check
 * must not accuse a name with no cue of pointing the wrong way.
 */
export function clearDirection(name: string, level2: string, unit?: string): ClearDirection | undefined {
  const n = normName(name);
  if (directionByName(n, level2, unit) === "negative") {
    if (directionByName(n) === "negative") return { direction: "negative", why: "name" };
    return { direction: "negative", why: directionByName(n, "", unit) === "negative" ? "unit" : "category" };
  }
  if (TWO_WAY_RATE.test(n)) return undefined;
  if (RATE_CUE.test(n)) return { direction: "positive", why: "rate" };
  if (COUNT_CUE.test(n)) return { direction: "positive", why: "count" };
  return undefined;
}

/** Placeholder written as an indicator name: 无, *, xx, —, 待定, 指标1 … */
const PLACEHOLDER_NAME_WHOLE = /^(?:无|暂无|略|空|[*xX×]+|[—–\-_/\\]+|…+|\.{2,}|\?+|待定|待填|待补充|(?:三级)?指标\d*|[xX×]{2,}.*)$/;
const PLACEHOLDER_NAME_PART = /(?<![A-Za-z])[xX×*]{2,}(?![A-Za-z])/;

export function isPlaceholderName(name: string): boolean {
  const n = normName(name);
  return n !== "" && (PLACEHOLDER_NAME_WHOLE.test(n) || PLACEHOLDER_NAME_PART.test(n));
}

/** Does a value (or a basis) merely repeat the indicator's name? Equal, or one inside the other and ≥ 60% of it. */
export function copiesName(text: string, name: string): boolean {
  const a = normName(text);
  const b = normName(name);
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.6;
}

/**
 * An empty template row: no real 三级 name (blank or a placeholder such as “无”) and no 指标值.
 * STR-07 reports these; the other rules skip them.
 */
export function isEmptyTemplateRow(ind: Indicator): boolean {
  const noName = ind.level3.value.trim() === "" || isPlaceholderName(ind.level3.value);
  return noName && isBlankValue(ind.target?.value);
}

export function isBlankValue(v: TargetValue | undefined): boolean {
  return v === undefined || v.kind === "empty";
}

export function hasDefect(v: TargetValue | undefined, code: string): boolean {
  return v !== undefined && v.kind !== "empty" && v.defects.some((d) => d.code === code);
}

const FLIP: Record<Comparator, Comparator> = { "≥": "≤", ">": "<", "≤": "≥", "<": ">", "=": "=" };

/** The value as it should be written: the parser's repair when it knows one, else the value as read. */
export function repairedTarget(v: QuantitativeValue): string {
  return v.defects.find((d) => d.suggested !== undefined)?.suggested ?? formatTargetValue(v);
}

/**
 * VAL-03's verdict: the comparison symbol points against the indicator's clear direction. `suggested`
 * is the repaired value with the symbol turned round — the one replacement both VAL-01 (writing) and
 * VAL-03 (direction) offer for the cell, so two findings on it never suggest different values.
 * `misfiled`: only the 成本 category calls it a cost and the value is no amount — the row is in the
 * wrong category, and no symbol is suggested.
 */
export interface DirectionVerdict {
  name: string;
  nameDirection: "positive" | "negative";
  byCategory: boolean;
  misfiled: boolean;
  suggested: string;
}

export function directionVerdict(ind: Indicator, v: QuantitativeValue): DirectionVerdict | undefined {
  if (v.comparator === null) return undefined;
  const symbolDir = directionBySymbol(v);
  const name = measuredName(ind, v);
  const clear = clearDirection(name, ind.level2.value, v.unit);
  if (symbolDir === undefined || symbolDir === "equal" || clear === undefined || clear.why === "unit" || symbolDir === clear.direction) return undefined;
  // A 指标库 indicator's direction is the library's (“成本控制率 ≤100%”, “有效投诉次数 ≤3次”): the name's cue never contradicts it.
  const entry = libraryEntryFor(name);
  if (entry && (entry.direction === "正向") === (symbolDir === "positive")) return undefined;
  const nameDirection = clear.direction === "positive" ? "positive" : "negative";
  const byCategory = clear.why === "category";
  const flipped = FLIP[v.comparator];
  const repaired = repairedTarget(v);
  const suggested = /^[≥≤><=]/.test(repaired) ? flipped + repaired.slice(1) : formatTargetValue({ ...v, comparator: flipped });
  return { name, nameDirection, byCategory, misfiled: nameDirection === "negative" && byCategory && unitClass(v.unit) !== "money", suggested };
}

/** What kind of measure an indicator's 二级 or name asks for (a 时效 time, a rate, a count, a 数量 quantity), if any. */
export type Expect = "rate" | "count" | "quantity" | "timeliness";

export function expectsMeasure(ind: Indicator): Expect | undefined {
  const l2 = canonicalLevel2(ind.level2.value)?.name;
  const name = ind.level3.value;
  if (l2 === "时效指标") return "timeliness";
  if (isSatisfactionName(name)) return undefined;
  if (isRateName(name)) return "rate";
  if (isCountName(name)) return "count";
  if (isQualityName(name)) return undefined;
  if (l2 === "数量指标") return "quantity";
  return undefined;
}

/** An output (产出) indicator: its 一级 is 产出指标 or its 二级 one of 数量, 质量, 时效, 成本. */
export function isOutputIndicator(ind: Indicator): boolean {
  const { l1, l2 } = categoriesOf(ind);
  return l1 === "产出指标" || l2 === "数量指标" || l2 === "质量指标" || l2 === "时效指标" || l2 === "成本指标";
}
