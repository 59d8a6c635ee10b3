import rule from "../../../src/rules/catalogue/mon/mon-01-total-equals-sources";
import { ruleTester } from "../rule-tester";
import { pt, ps } from "../builders";

const ind = [["产出指标", "数量指标", "维修次数", "≥50次"]];

ruleTester(rule, {
  valid: [
    { name: "sources add up", forms: () => [pt({ amount: 100, fiscal: 80, carryover: 15, other: 5, indicators: ind })] },
    { name: "within rounding of 0.01 per addend", forms: () => [pt({ amount: 100.02, fiscal: 80.01, carryover: 15, other: 5, indicators: ind })] },
    { name: "sources all blank: only the total is stated", forms: () => [pt({ amount: 100, fiscal: "", carryover: "", other: "", indicators: ind })] },
    {
      name: "self-evaluation columns add up (blank 全年执行数 of the sources is not checked)",
      forms: () => [ps({ budget: [80, 101.92, 101.92], sources: [["其中：当年财政拨款", 80, 101.92, null]], indicators: [["产出指标", "数量指标", "次数", "50次", "59次", 50, 50]] })],
    },
  ],
  invalid: [
    {
      name: "fiscal + carryover + other ≠ total",
      forms: () => [pt({ amount: 100, fiscal: 80, carryover: 10, other: 5, indicators: ind })],
      findings: [
        {
          messageId: "sourcesDoNotAddUp",
          cells: ["C3", "C4", "C5", "C6"],
          message: "预算数的资金总额 100 万元不等于各来源之和 95 万元（当年财政拨款 80 + 上年结转资金 10 + 其他资金 5），相差 5 万元。请核对 C3 和各来源金额。",
        },
      ],
    },
    {
      name: "self-evaluation 全年预算数 column",
      forms: () => [ps({ budget: [0, 436.92, 436.92], sources: [["其中：当年财政拨款", 0, 369.38, null], ["其他资金", 0, 60, null]], indicators: [["产出指标", "数量指标", "次数", "50次", "59次", 50, 50]] })],
      findings: [{ messageId: "sourcesDoNotAddUp", cells: ["D5", "D6", "D7"], message: /^全年预算数的资金总额 436.92 万元不等于各来源之和 429.38 万元/ }],
    },
  ],
});
