import rule from "../../../src/rules/catalogue/val/val-02-symbol-present";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: [string, string, string][]) => () => [ptY(r.map(([l2, name, value]) => ["产出指标", l2, name, value]))];

ruleTester(rule, {
  valid: [
    { name: "symbols present", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    { name: "comparing words, ranges and deadlines", forms: rows(["数量指标", "维修次数", "50次以上"], ["质量指标", "合格率", "90%-95%"], ["时效指标", "完成时间", "2024年12月"], ["时效指标", "办结时限", "7个工作日内"]) },
    { name: "达 / 达到 before the number is a floor in words", forms: rows(["质量指标", "满意度", "满意率达95%"], ["质量指标", "合格率", "达到90%"]) },
    { name: "qualitative values", forms: rows(["质量指标", "工作制度", "健全"]) },
    {
      name: "periods and terms stated as a length are neither floor nor ceiling (issue 17)",
      forms: rows(["时效指标", "项目实施周期", "12个月"], ["时效指标", "服务期限", "365天"], ["时效指标", "保洁服务时间", "1年"], ["时效指标", "租赁期", "3年"], ["时效指标", "合同期", "24个月"]),
    },
    { name: "a cost-control rate at 100%: ≤100% and ≥100% would both be wrong advice (issue 17)", forms: rows(["质量指标", "成本控制率", "100%"], ["质量指标", "预算执行率", "100%"]) },
    { name: "a rate at 100%: nothing lies above it, the bare value says “all of it”", forms: rows(["质量指标", "资金到位率", "100%"], ["质量指标", "验收合格率", "100%"]) },
    {
      name: "an amount to deliver under 数量指标 is an exact target (深圳 template: “资助企业数量 100家”)",
      forms: rows(["数量指标", "需出具物业评估报告的物业数量", "1处"], ["数量指标", "零星维修次数", "50 次"], ["数量指标", "保障车辆", "70辆"], ["数量指标", "绿化面积", "14.3公顷"]),
    },
    { name: "seeds 000 and 001", forms: () => [...formsOfSeedText("000"), ...formsOfSeedText("001")] },
  ],
  invalid: [
    {
      name: "a rate without symbol below 100%: 正向",
      forms: rows(["质量指标", "验收合格率", "95%"]),
      findings: [{ messageId: "missingSymbolPositive", severity: "warning", cells: ["D9"], message: "D9 的指标值“95%”没有比较符号。“验收合格率”越大越好（正向指标），应写成“≥95%”。" }],
    },
    {
      name: "a count without symbol outside 数量指标 (a benefit's count is a floor)",
      forms: () => [ptY([["效益指标", "社会效益指标", "培训人次", "50 次"]])],
      findings: [{ messageId: "missingSymbolPositive", message: "D9 的指标值“50 次”没有比较符号。“培训人次”越大越好（正向指标），应写成“≥50次”。" }],
    },
    {
      name: "a cost word in the name: 反向",
      forms: rows(["质量指标", "返修率", "5%"]),
      findings: [{ messageId: "missingSymbolNegative", message: "D9 的指标值“5%”没有比较符号。“返修率”越小越好（反向指标），应写成“≤5%”。" }],
    },
    {
      name: "a duration reads as a time limit",
      forms: rows(["时效指标", "及时缴纳水费", "7天"]),
      findings: [{ messageId: "missingSymbolTimeLimit", message: "D9 的指标值“7天”没有比较符号。“及时缴纳水费”的目标是一个时限，越短越好，应写成“≤7天”。" }],
    },
    {
      name: "money under a 成本 二级",
      forms: () => [ptY([["成本指标", "经济成本指标", "泵站维修", "100 万元"]])],
      findings: [{ messageId: "missingSymbolCost", message: "D9 的指标值“100 万元”没有比较符号。“泵站维修”列在“经济成本指标”下，成本越低越好，应写成“≤100万元”。" }],
    },
    {
      name: "no clear direction, or a unit that does not fit the name's reading (资金使用率 100万元)",
      forms: () => [ptY([["效益指标", "社会效益指标", "保障车辆", "70辆"], ["产出指标", "数量指标", "资金使用率", "100万元"]])],
      findings: [
        { messageId: "missingSymbol", cells: ["D9"], message: "D9 的指标值“70辆”没有比较符号，看不出是下限还是上限。请加上符号，如“≥70辆”（越大越好）或“≤70辆”（越小越好）。" },
        { messageId: "missingSymbol", cells: ["D10"], message: /如“≥100万元”（越大越好）或“≤100万元”（越小越好）/ },
      ],
    },
    {
      name: "the subject written in the cell decides (保洁率95%)",
      forms: rows(["数量指标", "卫生保洁", "保洁率95%"]),
      findings: [{ messageId: "missingSymbolPositive", message: "D9 的指标值“保洁率95%”没有比较符号。“保洁率”越大越好（正向指标），应写成“保洁率≥95%”。" }],
    },
  ],
});
