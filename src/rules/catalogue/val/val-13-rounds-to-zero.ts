/**
 * VAL-13 a value that is 0 in its unit (“0 万元/人”, “0万元”): an amount or quantity too small
 * for the unit was rounded away, and the target says nothing. Needs a smaller unit (元 for 万元,
 * 月 for 年, 分钟 for 小时 …).
 * Heuristic: a quantitative target whose number (and upper end) is 0, in a unit that has a
 * smaller one (SMALLER below). Not reported when 0 is a real target: a ceiling (≤0, <1 …) or a
 * name where none is the goal (超支, 损失, 事故, 投诉, 差错, 故障, 违规, 浪费, 欠款, 结余 …).
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { measuredName, normName } from "./heuristics";

const SMALLER: Record<string, string> = {
  亿元: "万元",
  万元: "元",
  千元: "元",
  万人: "人",
  万人次: "人次",
  万户: "户",
  万次: "次",
  吨: "千克",
  公里: "米",
  千米: "米",
  万平方米: "平方米",
  公顷: "平方米",
  亩: "平方米",
  年: "月",
  个月: "天",
  月: "天",
  天: "小时",
  小时: "分钟",
};

const ZERO_IS_THE_GOAL = /超支|损失|事故|投诉|差错|出错|故障|违规|违纪|违法|浪费|欠|结余|结转|罚|赔|流失|案件|污染|排放|伤亡|死亡|安全隐患|闲置|挪用|挤占/;

export default defineRule({
  meta: {
    id: "VAL-13",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标值不能因单位太大而成为 0（如“0 万元/人”），应改用更小的单位。",
      en: "A target does not round to 0 in too large a unit (e.g. “0 万元/人”); use a smaller unit.",
    },
    heuristic:
      "A quantitative target equal to 0 in a unit that has a smaller one (万元→元, 年→月, 小时→分钟 …), unless it is a ceiling (≤, <) or the name is one where none is the goal (超支, 事故, 投诉, 故障, 违规, 浪费, 结余 …). " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 0 findings (no target of 0 in the seeds); tested on built forms.",
    messages: {
      roundsToZero: {
        "zh-CN": "{ref} 的指标值“{text}”以“{unit}”为单位是 0，看不出实际标准。若数额不足 1{unitHead}，请改用更小的单位（如“{smaller}”）写出实际数值。",
        en: "The target “{text}” in {ref} is 0 in “{unit}” and states no real standard. If the amount is below 1 {unitHead}, use a smaller unit (e.g. “{smaller}”) and give the actual value.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "quantitative") continue;
      const v = t.value;
      if (v.number !== 0 || (v.upper !== undefined && v.upper !== 0)) continue;
      if (v.comparator === "≤" || v.comparator === "<") continue;
      const [head = "", ...per] = v.unit.split("/");
      const smallerHead = SMALLER[head];
      if (smallerHead === undefined) continue;
      if (ZERO_IS_THE_GOAL.test(normName(measuredName(ind, v)))) continue;
      const smaller = [smallerHead, ...per].join("/");
      ctx.report({ messageId: "roundsToZero", data: { ref: t.ref, text: t.text.trim(), unit: v.unit, unitHead: head, smaller }, cells: cells(t) });
    }
  },
});
