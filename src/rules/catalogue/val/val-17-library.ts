/**
 * VAL-17 an indicator that is one of the 指标库's (src/library) keeps the library's unit and
 * direction: “培训考核合格率” is a percentage, “项目总成本” an amount of money with ≤, “有效投诉
 * 次数” a ceiling. The name must be the library's own (or end in a library name of five characters
 * or more), so nothing only alike is judged.
 *
 * Only what the other VAL rules leave is reported: satisfaction units are VAL-10's, a direction
 * that the name alone shows (VAL-03's directionVerdict) is VAL-03's. Units are compared by class
 * (percentage, amount of money, count, time, other), and only where a percentage or an amount of
 * money is involved, and never a unit the classes do not know (“公里” against “km”, “万元·” with a
 * stray dot, seen in a 深圳 form), nor a cost in % (a share of the budget,
 * “项目总成本 ≤90%” in seed 004).
 */
import { hasIndicators } from "../../../forms/forms";
import { libraryEntryFor } from "../../../library/search";
import { SOURCE_SHORT } from "../../../library/indicators";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { directionVerdict, hasDefect, isSatisfactionIndicator, repairedTarget, unitClass, UNIT_CLASS_EN, UNIT_CLASS_ZH } from "./heuristics";

const FLIP = { "≥": "≤", ">": "<", "≤": "≥", "<": ">", "=": "=" } as const;

export default defineRule({
  meta: {
    id: "VAL-17",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标库中的指标应使用指标库的单位和方向：比率用百分比，成本用金额并写“≤”，反向指标用≤或<。",
      en: "An indicator from the indicator library keeps the library's unit and direction: rates in %, costs in money with ≤, smaller-is-better indicators with ≤ or <.",
    },
    heuristic:
      "An indicator is the library's when its 三级 name, normalised, equals a library name or ends in one of five characters or more (libraryEntryFor, src/library/search.ts). " +
      "Units are compared by class and only where a percentage or an amount of money is involved; satisfaction units are left to VAL-10 and directions the name shows to VAL-03. " +
      "Measured on the five seeds and every layout of test/fixtures/layouts (test/rules/val/val-17.test.ts): no finding. On the 24 real forms read by npm run corpus: one finding before unknown units were left out (a 深圳 “项目总成本不超76.8258万元·”, the stray dot read as a unit: a false positive), none after. " +
      "VAL-03 defers to the library where the two disagree (成本控制率 ≤100%, 有效投诉次数 ≤3次 are ceilings); its count on the real forms is unchanged (15).",
    messages: {
      unit: {
        "zh-CN": "{ref} 的指标“{name}”是指标库中的“{entry}”（来源：{source}），应以“{unit}”计（{classZh}），指标值“{text}”却是{actualZh}。请写成“{example}”这样的形式，或换一个与指标值相符的指标名称。",
        en: "“{name}” in {ref} is the library's “{entry}” (source: {source}), measured in “{unit}” ({classEn}), but its target “{text}” is {actualEn}. Write it like “{example}”, or rename the indicator to fit its value.",
      },
      direction: {
        "zh-CN": "{ref} 的指标“{name}”是指标库中的“{entry}”（来源：{source}），属于{directionZh}指标（{why}），指标值“{text}”却用了“{symbol}”。请改为“{suggested}”。",
        en: "“{name}” in {ref} is the library's “{entry}” (source: {source}), a {directionEn} indicator, but its target “{text}” uses “{symbol}”. Write “{suggested}”.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || ind.notApplicable || t.value.kind !== "quantitative") continue;
      const v = t.value;
      if (hasDefect(v, "placeholder") || hasDefect(v, "doubled-number")) continue;
      const entry = libraryEntryFor(ind.level3.value);
      if (!entry || entry.kind !== "定量" || entry.unit === "") continue;
      const base = { ref: t.ref, name: ind.level3.value.trim(), entry: entry.level3, source: entry.sources.map((s) => SOURCE_SHORT[s]).join("、"), text: t.text.trim() };
      const actualUnit = v.unit.trim() !== "" ? v.unit : (ind.unit?.value.trim() ?? "");
      const want = unitClass(entry.unit);
      const got = unitClass(actualUnit);
      // A cost in % is read as a share of the budget (“项目总成本 ≤90%”, seed 004): not judged.
      const costShare = want === "money" && got === "percent";
      if (!isSatisfactionIndicator(ind) && !costShare && got !== "none" && got !== "other" && want !== got && (want === "percent" || want === "money" || got === "percent" || got === "money")) {
        const example = entry.target.replace(/X/g, String(v.number));
        ctx.report({
          messageId: "unit",
          data: { ...base, unit: entry.unit, classZh: UNIT_CLASS_ZH[want], classEn: UNIT_CLASS_EN[want], actualZh: `${UNIT_CLASS_ZH[got]}（${actualUnit}）`, actualEn: `${UNIT_CLASS_EN[got]} (${actualUnit})`, example },
          cells: cells(t, ind.unit),
        });
        continue;
      }
      const c = v.comparator;
      if (c === null || c === "=") continue;
      const upward = c === "≥" || c === ">";
      if ((entry.direction === "正向") === upward) continue;
      if (directionVerdict(ind, v)) continue;
      const repaired = repairedTarget(v);
      const suggested = /^[≥≤><=]/.test(repaired) ? FLIP[c] + repaired.slice(1) : `${FLIP[c]}${repaired}`;
      const negative = entry.direction === "反向";
      ctx.report({
        messageId: "direction",
        data: {
          ...base,
          symbol: c,
          suggested,
          directionZh: entry.direction,
          directionEn: negative ? "smaller-is-better" : "bigger-is-better",
          why: negative ? "越小越好，指标值是上限" : "越大越好，指标值是下限",
        },
        cells: cells(t),
      });
    }
  },
});
