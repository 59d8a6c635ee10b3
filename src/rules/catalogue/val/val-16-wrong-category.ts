/**
 * VAL-16 an indicator filed under a category it does not belong to (issue 17), judged by its own
 * name, where the name leaves no doubt:
 * - a 满意度 (satisfaction) indicator under an output or cost category (数量, 质量, 时效, 成本):
 *   satisfaction is measured by asking the people served and belongs under 满意度指标 (under
 *   效益 it is the 财预〔2013〕53号 framework, STR-03's business);
 * - a total cost (总成本, 总费用, 成本控制 …) under a 效益 category: what the project costs is
 *   not an effect of it, and belongs under 成本指标.
 * A rate under 数量 is VAL-04's (a % for a quantity); money counted as an output is VAL-09's.
 */
import { hasIndicators } from "../../../forms/forms";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { TOTAL_COST_NAME } from "../mon/mon-02-cost-within-budget";
import { categoriesOf, isSatisfactionName, normName } from "./heuristics";

const OUTPUT_OR_COST = new Set(["数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"]);
const BENEFIT = new Set(["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]);

export default defineRule({
  meta: {
    id: "VAL-16",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "指标应放在与其内容相符的类别下：满意度不放在产出或成本类别下，总成本不放在效益类别下。",
      en: "An indicator sits under the category it belongs to: no satisfaction under an output or cost category, no total cost under a benefit category.",
    },
    heuristic:
      "By the 三级 name only where it is unambiguous: 满意度/满意率 (isSatisfactionName) under 数量/质量/时效/成本 二级; a total-cost name (MON-02's TOTAL_COST_NAME: 总成本, 总费用, 成本控制 …) under 经济/社会/生态效益 or 可持续影响. " +
      "Measured on the seeds: 3 findings, all judged right — 002 各单位后勤服务满意度 under 经济成本指标, 004 总成本费用 (≥95%) under 经济效益指标 twice; none on the layout corpus; on the real forms see docs/precision.md.",
    messages: {
      satisfactionMisfiled: {
        "zh-CN": "{ref} 的指标“{name}”是满意度，却列在“{level2}”下。满意度通过调查服务对象得出，应放在“满意度指标”下。",
        en: "“{name}” in {ref} is a satisfaction indicator filed under “{level2}”. Satisfaction is measured by asking the people served; file it under 满意度指标.",
      },
      costMisfiled: {
        "zh-CN": "{ref} 的指标“{name}”是项目的成本，却列在“{level2}”下。花多少钱不是项目的效益，应放在“成本指标”下。",
        en: "“{name}” in {ref} is the project's cost, filed under “{level2}”. What a project costs is not an effect of it; file it under 成本指标.",
      },
    },
  },
  check(form, ctx) {
    if (!hasIndicators(form)) return;
    for (const ind of form.indicators) {
      const { l2 } = categoriesOf(ind);
      if (l2 === undefined) continue;
      const name = normName(ind.level3.value);
      const data = { ref: ind.level3.ref, name, level2: ind.level2.value.trim() };
      if (OUTPUT_OR_COST.has(l2) && isSatisfactionName(name)) ctx.report({ messageId: "satisfactionMisfiled", data, cells: cells(ind.level3, ind.level2) });
      else if (BENEFIT.has(l2) && TOTAL_COST_NAME.test(name)) ctx.report({ messageId: "costMisfiled", data, cells: cells(ind.level3, ind.level2) });
    }
  },
});
