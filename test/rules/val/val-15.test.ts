import rule from "../../../src/rules/catalogue/val/val-15-columns-agree";
import { ruleTester } from "../rule-tester";
import { formFrom, ptRows } from "../builders";

/** A target form whose table has 计量单位 and 指标方向 columns beside the 指标值 (provincial layouts). */
const withColumns = (...rows: (string | null)[][]) => () => {
  const grid = ptRows({ indicators: rows });
  grid[grid.length - rows.length - 1] = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"];
  return [formFrom("PT", grid)];
};

ruleTester(rule, {
  valid: [
    {
      name: "unit and direction columns that agree with the values",
      forms: withColumns(["产出指标", "数量指标", "培训人次", "500", "人次", "正向"], [null, "质量指标", "验收合格率", "≥95%", "%", "正向"], [null, "成本指标", "项目总成本", "≤80", "万元", "反向"]),
    },
    { name: "百分比 in the unit column is %", forms: withColumns(["产出指标", "质量指标", "验收合格率", "≥95%", "百分比", "正向"]) },
    { name: "a blank or 无 unit column says nothing", forms: withColumns(["效益指标", "社会效益指标", "办公环境", "明显改善", "无", "正向"]) },
  ],
  invalid: [
    {
      name: "the unit column contradicts the value's own unit (万元 vs %)",
      forms: withColumns(["产出指标", "质量指标", "验收合格率", "≥95%", "万元", "正向"]),
      findings: [
        {
          messageId: "unitContradicts",
          severity: "warning",
          cells: ["D9", "E9"],
          message: "D9 的指标值“≥95%”自带的单位是百分比（“%”），而计量单位列（E9）写的是金额（“万元”），两者矛盾。请统一为同一个单位。",
        },
      ],
    },
    {
      name: "the unit column holds something that is not a unit",
      forms: withColumns(["产出指标", "数量指标", "培训人次", "500人次", "≥500", "正向"], [null, "质量指标", "验收合格率", "≥95%", "定量", "正向"]),
      findings: [
        { messageId: "notAUnit", cells: ["E9", "D9", "F9"], message: "E9 的计量单位“≥500”不是计量单位。请只写单位（如“%”“万元”“个”“天”），数值和符号写在指标值里。" },
        { messageId: "notAUnit", cells: ["E10", "D10"] },
      ],
    },
    {
      name: "反向 written with ≥, 正向 with ≤",
      forms: withColumns([null, "成本指标", "项目总成本", "≥80万元", "万元", "反向"], ["产出指标", "质量指标", "验收合格率", "≤95%", "%", "正向"]),
      findings: [
        { messageId: "directionContradicts", message: /“≥80万元”用了“≥”，而指标方向（F9）为“反向”：反向指标越小越好，应写上限（≤）。/ },
        { messageId: "directionContradicts", message: /正向指标越大越好，应写下限（≥）/ },
      ],
    },
  ],
});
