import rule from "../../../src/rules/catalogue/val/val-05-percent-range";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "0–100%", forms: () => [ptY(CLEAN_101), ptY([["产出指标", "数量指标", "取暖覆盖率", "≥100%"], [null, "质量指标", "合格率", "0%"]])] },
    { name: "growth rates may exceed 100%", forms: rows(["效益指标", "经济效益指标", "收入增长率", "≥120%"], [null, "社会效益指标", "同比下降", "-5%"]) },
    { name: "a doubled number is VAL-01's", forms: rows(["产出指标", "时效指标", "资金到位率", "≥9090%及以上"]) },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "a rate above 100%",
      forms: rows(["产出指标", "质量指标", "验收合格率", "≥105%"]),
      findings: [
        { messageId: "above100", severity: "warning", cells: ["D9"], message: "D9 的指标值“≥105%”超过了 100%。“验收合格率”不是增长率，比率不会超过 100%，请核对数值。" },
      ],
    },
    {
      name: "a range ending above 100%, and a negative rate",
      forms: rows(["产出指标", "质量指标", "验收合格率", "95%-105%"], [null, "质量指标", "返修率", "≤-2%"]),
      findings: [
        { messageId: "above100", cells: ["D9"] },
        { messageId: "negative", cells: ["D10"], message: "D10 的指标值“≤-2%”是负的百分比。“返修率”不是增减变化率，不会小于 0，请核对数值。" },
      ],
    },
  ],
});
