/**
 * VAL-14 targets no project can mean (issue 17):
 * - a saving rate (节约率, 节支率, 节省率, 增值率, 降低率 …) of 50% or more as a floor: halving a
 *   cost within one budget year is not a plan, it is a slip (5% written as 50%, or the rate of
 *   what is kept written for what is saved);
 * - a total-cost 成本 indicator of 0 (“≤0万元”, “0元”): the project would spend nothing;
 * - the 指标值类型 column against the value: 定性 with a number and a unit (“≥95%” typed as
 *   定性), or 定量 valued in words (“良好” typed as 定量).
 * Satisfaction above 100% is VAL-05's; a value rounding to 0 in its unit is VAL-13's.
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { isCostIndicator, moneyAmount, UNIT_COST_NAME } from "../mon/mon-02-cost-within-budget";
import { measuredName, normName } from "./heuristics";

const SAVING_RATE = /(?:节约|节支|节省|节能|增值|降低|下降|减少|压减|压缩)(?:率|比例|幅度)$/;
const SAVING_LIMIT = 50;

export default defineRule({
  meta: {
    id: "VAL-14",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标值不能不合常理：节约率等 ≥50%、总成本为 0，或与“指标值类型”列（定量/定性）不符。",
      en: "A target is plausible: no saving rate of 50% or more, no total cost of 0, and it agrees with the 定量/定性 column.",
    },
    heuristic:
      "Saving rate: a name ending in 节约率/节支率/增值率/降低率 … with a % target whose floor (≥, >, = or bare) is ≥ 50. Zero cost: MON-02's cost indicator (成本 一级/二级 or a total-cost name) with a money target of 0 and no unit-cost name. Value type: the 指标值类型 column says 定性 and the value is a number with a unit, or 定量 and the value is words. " +
      "Measured: seed 004 gives 3 (政府采购节支率, 取暖费用节约率, 国有资产保障增值率, each ≥95%: judged right — the share kept written for the share saved); the other seeds, the layout corpus and the real forms (npm run corpus) give none.",
    messages: {
      savingRate: {
        "zh-CN": "{ref} 的指标“{name}”目标为“{text}”：一年内节约或降低一半以上不合常理，可能是数字写错（如 5% 写成 50%），或写成了保留的比例。请核对。",
        en: "“{name}” in {ref} targets “{text}”: saving or cutting half or more within a year is implausible — a slip (5% written as 50%) or the share kept rather than saved. Check it.",
      },
      zeroCost: {
        "zh-CN": "{ref} 的成本指标“{name}”目标为“{text}”，即项目不花一分钱，这不可能。请填写按测算依据得出的成本上限，如“≤{example}”。",
        en: "The cost indicator “{name}” in {ref} targets “{text}”: the project would spend nothing. Give the ceiling from the cost estimate, e.g. “≤{example}”.",
      },
      qualitativeWithUnit: {
        "zh-CN": "{ref} 的指标“{name}”在“指标值类型”列（{typeRef}）标为定性，指标值“{text}”却是带单位的数值。请把类型改为定量，或用文字写出定性标准。",
        en: "“{name}” in {ref} is marked 定性 (qualitative) in the value-type column ({typeRef}), but its target “{text}” is a number with a unit. Mark it 定量 or state the standard in words.",
      },
      quantitativeInWords: {
        "zh-CN": "{ref} 的指标“{name}”在“指标值类型”列（{typeRef}）标为定量，指标值“{text}”却是文字，无法计算得分。请写成“符号＋数值＋单位”，或把类型改为定性。",
        en: "“{name}” in {ref} is marked 定量 (quantitative) in the value-type column ({typeRef}), but its target “{text}” is words and cannot be scored. Write symbol + number + unit, or mark it 定性.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    const unit = form.header.moneyUnit?.value ?? "万元";
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind === "empty") continue;
      const v = t.value;
      const data = { ref: t.ref, text: t.text.trim(), name: ind.level3.value.trim() };
      const type = ind.valueType?.value.trim() ?? "";
      if (v.kind === "quantitative" && /^定性/.test(type) && v.unit.trim() !== "") {
        ctx.report({ messageId: "qualitativeWithUnit", data: { ...data, typeRef: ind.valueType!.ref }, cells: cells(t, ind.valueType) });
        continue;
      }
      if (v.kind === "qualitative" && /^定量/.test(type)) {
        ctx.report({ messageId: "quantitativeInWords", data: { ...data, typeRef: ind.valueType!.ref }, cells: cells(t, ind.valueType) });
        continue;
      }
      if (v.kind !== "quantitative") continue;
      const name = normName(measuredName(ind, v));
      const floor = v.comparator === null || v.comparator === "≥" || v.comparator === ">" || v.comparator === "=";
      if (v.unit.trim() === "%" && floor && v.number >= SAVING_LIMIT && SAVING_RATE.test(name)) {
        ctx.report({ messageId: "savingRate", data: { ...data, name }, cells: cells(t) });
        continue;
      }
      const money = moneyAmount(v);
      if (money && money.number === 0 && isCostIndicator(ind) && !UNIT_COST_NAME.test(name)) {
        ctx.report({ messageId: "zeroCost", data: { ...data, example: `X${unit}` }, cells: cells(t) });
      }
    }
  },
});
