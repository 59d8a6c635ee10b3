import rule from "../../../src/rules/catalogue/val/val-13-rounds-to-zero";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "non-zero values", forms: () => [ptY(CLEAN_101), ptY([["成本指标", "经济成本指标", "人均培训费", "≤0.05万元/人"]])] },
    {
      name: "zero as a real target: ceilings and none-is-the-goal names",
      forms: rows(["成本指标", "经济成本指标", "超支金额", "0万元"], [null, "经济成本指标", "项目总成本", "≤0万元"], ["产出指标", "质量指标", "安全事故", "0起"], [null, "质量指标", "投诉率", "0%"]),
    },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "0 万元/人",
      forms: rows(["成本指标", "经济成本指标", "人均培训费", "0 万元/人"]),
      findings: [
        {
          messageId: "roundsToZero",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标值“0 万元/人”以“万元/人”为单位是 0，看不出实际标准。若数额不足 1万元，请改用更小的单位（如“元/人”）写出实际数值。",
        },
      ],
    },
    {
      name: "0.00 万元 and 0 小时",
      forms: rows(["成本指标", "经济成本指标", "单台维修费", "≥0.00万元"], ["产出指标", "时效指标", "响应时长", "0小时"]),
      findings: [
        { messageId: "roundsToZero", cells: ["D9"], message: /改用更小的单位（如“元”）/ },
        { messageId: "roundsToZero", cells: ["D10"], message: /改用更小的单位（如“分钟”）/ },
      ],
    },
  ],
});
