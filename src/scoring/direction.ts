/**
 * 正向 / 反向: whether bigger is better for an indicator.
 *
 * The comparison symbol decides when there is one (≥ > 正向, ≤ < 反向, = 等于). Without a symbol
 * the indicator's name decides, by keywords (heuristic, explained here and measured in
 * test/rules and test/unit/scoring on the seeds):
 * - 反向 (smaller is better): 成本, 费用/费, 单价, 价格, 用时, 耗时, 时长, 时限 with a time unit,
 *   发生率, 投诉率, 差错率, 出错率, 事故, 故障率, 返修率, 涨幅, 超支, 能耗, 损耗, 空置率, 流失率;
 * - 正向 (bigger is better): everything else — counts, 完成率, 合格率, 覆盖率, 满意度 …
 * A name can contain both (成本节约率 is 正向): 正向 "…节约/节支/降低率/下降率" phrases win.
 */
import type { TargetValue } from "../values/target-value";

export type Direction = "positive" | "negative" | "equal";

const NEGATIVE = /成本|费用|单价|价格|用时|耗时|时长|发生率|投诉率|差错率|出错率|事故|故障率|返修率|涨幅|超支|能耗|损耗|空置率|流失率|不合格率|误差/;
const POSITIVE_OVERRIDE = /节约|节支|降低率|下降率|控制率|达标率|完成率|合格率|覆盖率|满意度|到位率|执行率/;

/** Direction implied by the indicator's name (and its 二级, e.g. 成本指标). */
export function directionByName(name: string, level2 = ""): Direction {
  if (POSITIVE_OVERRIDE.test(name)) return "positive";
  if (NEGATIVE.test(name)) return "negative";
  if (/成本/.test(level2)) return "negative";
  return "positive";
}

/** Direction implied by the target's comparison symbol; undefined when it has none. */
export function directionBySymbol(target: TargetValue | undefined): Direction | undefined {
  if (!target || (target.kind !== "quantitative" && target.kind !== "deadline")) return undefined;
  switch (target.comparator) {
    case "≥":
    case ">":
      return "positive";
    case "≤":
    case "<":
      return "negative";
    case "=":
      return "equal";
    default:
      return undefined;
  }
}

/** The direction used for scoring: the symbol when there is one, else the name. */
export function directionOf(target: TargetValue | undefined, name: string, level2 = ""): Direction {
  return directionBySymbol(target) ?? (target?.kind === "deadline" ? "negative" : directionByName(name, level2));
}
