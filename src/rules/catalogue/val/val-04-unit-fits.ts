/**
 * VAL-04 the unit fits what the indicator measures:
 * - a rate (name ending in 率 / 比例 / 占比 / 比重) takes %, not 万元, 小时 or a count
 *   (“资金使用率 100万元”, “故障维修及时率 24小时”);
 * - a 数量指标, or a name that is a count (…次数, 人数, 数量, 面积), takes a count unit, not %
 *   (“相关支出次数 ≥95%”) — unless the name itself is a rate (“后勤保障工作完成率” is common
 *   and accepted practice under 数量指标);
 * - a 时效指标 takes a date or a duration, not % (“保障时间 ≥95%”) — again unless the name is a
 *   rate (“按期完成率”) — and never money;
 * - an 经济成本指标 (or the 88号 产出成本) takes money or %, not a count or a time
 *   (“做好70辆公务用车的维修维护工作 70辆” under 经济成本指标). 社会/生态环境成本 may be
 *   non-monetary and are not checked.
 * The name measured is the value's own subject when it has one (“保洁率≥90%”).
 * A unit contradicting a separate unit column is not checked: no layout in the seeds has one.
 */
import { hasIndicators } from "../../../forms/forms";
import { canonicalLevel2, cells, fmt } from "../../support";
import { defineRule } from "../../types";
import { isCountName, isRateName, measuredName, UNIT_CLASS_EN, UNIT_CLASS_ZH, unitClass } from "./heuristics";

export default defineRule({
  meta: {
    id: "VAL-04",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标值的单位应与指标相符：比率用%，数量指标用数量单位，时效指标用时间，经济成本用金额。",
      en: "The unit fits the indicator: rates in %, quantities in count units, timeliness in dates or durations, economic cost in money.",
    },
    heuristic:
      "Unit classes from the parsed unit (money 万元/元, percent, time 天/小时/个工作日/年, count 次/人/辆/个…, other); rate names end in 率/比例/占比/比重; count names end in 次数/人数/数量/个数/人次/场次/批次/面积. Rules: rate with money/time/count; 数量指标 or count name with % (rate names exempt); 时效指标 with % (rate names exempt) or money; 经济成本/产出成本 with count or time. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 13 findings — 001: 1 (支持全区公务用车数量 ≥9090%); 002: 6 (资金使用率 100万元 and 75万元, 故障维修及时率 24小时; 经济成本 in 个工作日 (水费缴纳情况 7个工作日内缴纳), in 辆 (70辆) and in 人/次 (全年预计接待批次 365人/次)); 004: 6 (公务用车 ≥96%, 相关支出次数 ≥95% ×2, 取暖覆盖面积 ≥100%, 采购时效完成率 365天, 保障时间 ≥95%). " +
      "Judged: 12 right, 1 debatable — “取暖覆盖面积 ≥100%” probably means a coverage rate, but the name asks for an area, so the message (name it 覆盖率, or give 平方米) still helps. 0 accepted as false. Rate names under 数量/时效 (后勤保障工作完成率, 按期完成率, 到位率 ×8 in 001) are exempt and stay silent.",
    messages: {
      rateWithUnit: {
        "zh-CN": "{ref} 的指标“{name}”是比率，指标值“{text}”却是{unitKindZh}（“{unit}”）。比率应以“%”表示，如“≥95%”；若要考核{unitKindZh}，请把指标名改成相应的名称。",
        en: "“{name}” in {ref} is a rate, but its target “{text}” is {unitKindEn} (“{unit}”). Rates are given in %, e.g. “≥95%”; if {unitKindEn} is meant, rename the indicator.",
      },
      countWithPercent: {
        "zh-CN": "{ref} 的指标“{name}”是数量指标，指标值“{text}”却是百分比。请写明具体数量和单位（如“≥50次”），或把指标改为比率（如“完成率”）。",
        en: "“{name}” in {ref} is a quantity, but its target “{text}” is a percentage. Give the number and its unit (e.g. “≥50次”), or make the indicator a rate (e.g. 完成率).",
      },
      timelinessWithPercent: {
        "zh-CN": "{ref} 的时效指标“{name}”用了百分比“{text}”，看不出时限。请写成完成时间（如“{year}年12月前”）或时长（如“≤10个工作日”），或改为“按时完成率”这样的比率指标。",
        en: "The timeliness indicator “{name}” in {ref} has a percentage target “{text}”, which states no deadline. Give a date (e.g. “{year}年12月前”) or a duration (“≤10个工作日”), or make it a rate such as 按时完成率.",
      },
      timelinessWithMoney: {
        "zh-CN": "{ref} 的时效指标“{name}”用了金额“{text}”。时效指标应写完成时间（如“{year}年12月前”）或时长；金额请放到成本指标。",
        en: "The timeliness indicator “{name}” in {ref} has an amount of money as its target (“{text}”). Give a date (e.g. “{year}年12月前”) or a duration; put amounts under cost.",
      },
      costWithUnit: {
        "zh-CN": "{ref} 的成本指标“{name}”用了{unitKindZh}单位“{unit}”（“{text}”）。经济成本应以金额（万元、元）或比率表示，如“≤{example}万元”；若考核的是数量或时间，请移到产出指标下。",
        en: "The cost indicator “{name}” in {ref} uses {unitKindEn} (“{unit}”, “{text}”). Economic cost is given in money or as a rate, e.g. “≤{example}万元”; move counts and times to the outputs.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    const year = form.header.year?.value ?? new Date().getFullYear();
    const total = form.money.find((m) => m.key === "total");
    const budget = total ? Object.values(total.amounts).find((a) => a?.value != null)?.value : undefined;
    for (const ind of form.indicators) {
      const t = ind.target;
      if (!t || t.value.kind !== "quantitative") continue;
      const v = t.value;
      const name = measuredName(ind, v);
      const cls = unitClass(v.unit);
      const l2 = canonicalLevel2(ind.level2.value)?.name;
      const rate = isRateName(name);
      const data = { ref: t.ref, name, text: t.text.trim(), unit: v.unit, unitKindZh: UNIT_CLASS_ZH[cls], unitKindEn: UNIT_CLASS_EN[cls], year, example: budget != null ? fmt(budget) : "X" };
      const at = cells(t);
      if (rate && (cls === "money" || cls === "time" || cls === "count")) ctx.report({ messageId: "rateWithUnit", data, cells: at });
      else if (cls === "percent" && !rate && (l2 === "数量指标" || isCountName(name))) ctx.report({ messageId: "countWithPercent", data, cells: cells(t, ind.level2) });
      else if (l2 === "时效指标" && cls === "percent" && !rate) ctx.report({ messageId: "timelinessWithPercent", data, cells: cells(t, ind.level2) });
      else if (l2 === "时效指标" && cls === "money") ctx.report({ messageId: "timelinessWithMoney", data, cells: cells(t, ind.level2) });
      else if ((l2 === "经济成本指标" || l2 === "成本指标") && (cls === "count" || cls === "time")) ctx.report({ messageId: "costWithUnit", data, cells: cells(t, ind.level2) });
    }
  },
});
