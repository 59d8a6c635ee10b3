/**
 * 正向 / 反向: whether bigger is better for an indicator.
 *
 * The comparison symbol decides when there is one (≥ > 正向, ≤ < 反向, = 等于). Without a symbol
 * the indicator's name, its 二级 and the target's unit decide, by keywords (heuristic, measured on
 * the indicators of all five seeds in test/unit/scoring/direction.test.ts):
 * 1. 正向 phrases win: "…节约/节支/降低率/下降率/控制率/达标率/完成率/合格率/覆盖率/满意度/满意率/到位率/执行率/保障率"
 *    (成本节约率 is 正向).
 * 2. 反向 names (smaller is better): 成本, 费用, 单价, 价格, 用时 (not 使用时间), 耗时, 时长,
 *    完成时间/时限/期限/截止, 响应/处理/办结时间, 发生率, 投诉率, 差错率, 出错率, 事故, 故障率,
 *    返修率, 涨幅, 超支, 能耗, 损耗, 空置率, 流失率, 不合格率, 误差; and 经费 when the value is an
 *    amount of money (or has no unit) — "办公经费 ≥95%" is a rate, not a cost.
 * 3. A duration unit (秒, 分钟, 小时, 天, 日, 工作日, 周) is a time limit, so 反向 ("及时缴纳电费
 *    ≤10天", "故障维修及时率 24小时") — unless the name speaks of something that should last
 *    (持续, 使用, 寿命, 保修, 保存, 运行, 开放, 在线, 周期: "供暖周期 ≥120天").
 * 4. Under a 成本 二级 (成本指标, 经济成本指标, 社会成本指标 …) an amount of money, a percentage
 *    or a value without a unit is a cost ceiling: 反向 ("项目支出 ≤95%"). Counts there
 *    ("做好70辆公务用车的维修维护工作 70辆", "全年预计接待批次 28000人/次") are outputs clerks put
 *    under 成本 by mistake and keep the direction of their name.
 * 5. Everything else — counts, 完成率, 合格率, 覆盖率, 满意度 … — is 正向.
 *
 * Measured on the seeds (test/unit/scoring/direction.test.ts): of the quantitative targets with a
 * symbol, the heuristic disagrees only where the form contradicts itself ("劳务派遣48人 >135万元"
 * under 生态环境成本指标, "总成本费用 ≥95%" under 经济效益指标, "工作认知度的持续影响 ≥98%" under
 * 社会成本指标). Steps 3 and 4 come from 002 (甘肃 2024: ≤10天 / ≤30分钟 time limits, counts under
 * 经济成本指标); 004's "持续使用时间 15年" used to be caught by "用时".
 */
import type { TargetValue } from "../values/target-value";

export type Direction = "positive" | "negative" | "equal";

const POSITIVE_OVERRIDE = /节约|节支|降低率|下降率|控制率|达标率|完成率|合格率|覆盖率|满意度|满意率|到位率|执行率|保障率/;
const NEGATIVE =
  /成本|费用|单价|价格|(?<!使)用时|耗时|时长|完成时间|完成时限|时限|期限|截止|响应时间|处理时间|办结时间|发生率|投诉率|差错率|出错率|事故|故障率|返修率|涨幅|超支|能耗|损耗|空置率|流失率|不合格率|误差/;
const DURATION_UNIT = /^(?:个)?(?:秒|分钟|分|小时|天|日|工作日|周)(?:内|以内|之内)?$/;
const LASTING = /持续|使用|寿命|保修|保存|运行|开放|在线|周期/;
const MONEY_NAME = /经费/;
const MONEY_UNIT = /^(?:亿元|万元|千元|元)/;

/**
 * Direction implied by the indicator's name, its 二级 (e.g. 成本指标) and, when known, the
 * target's unit ("天", "万元", "%"). See the module comment for the order of the tests.
 */
export function directionByName(name: string, level2 = "", unit?: string): Direction {
  if (POSITIVE_OVERRIDE.test(name)) return "positive";
  if (NEGATIVE.test(name)) return "negative";
  const u = (unit ?? "").trim();
  const moneyOrNone = u === "" || MONEY_UNIT.test(u);
  if (MONEY_NAME.test(name) && moneyOrNone) return "negative";
  if (DURATION_UNIT.test(u) && !LASTING.test(name)) return "negative";
  if (/成本/.test(level2) && (moneyOrNone || u === "%")) return "negative";
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

/** Where a direction came from: the target's symbol, the date of a deadline, or the name heuristic. */
export type DirectionSource = "symbol" | "deadline" | "name";

/** The direction used for scoring and where it came from. */
export function directionWithSource(target: TargetValue | undefined, name: string, level2 = ""): { direction: Direction; source: DirectionSource } {
  const bySymbol = directionBySymbol(target);
  if (bySymbol) return { direction: bySymbol, source: "symbol" };
  if (target?.kind === "deadline") return { direction: "negative", source: "deadline" };
  const unit = target?.kind === "quantitative" ? target.unit : undefined;
  return { direction: directionByName(name, level2, unit), source: "name" };
}

/** The direction used for scoring: the symbol when there is one, else the name (and unit). */
export function directionOf(target: TargetValue | undefined, name: string, level2 = ""): Direction {
  return directionWithSource(target, name, level2).direction;
}
