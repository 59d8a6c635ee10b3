import rule from "../../../src/rules/catalogue/js/js-08-three-public-costs";
import { ruleTester } from "../rule-tester";
import { jsForms, t07 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "预算数 and 决算数 add up", forms: () => jsForms(t07()) },
    { name: "seed 003: only 公务用车运行费", forms: () => jsForms(t07([95, null, 95, null, 95, null], [92.51, null, 92.51, null, 92.51, null])) },
    { name: "all blank", forms: () => jsForms(t07([null, null, null, null, null, null], [null, null, null, null, null, null])) },
    { name: "within 0.01 per stated addend", forms: () => jsForms(t07([10.02, 1.01, 5.01, 1, 4, 4], [8, null, 5, null, 5, 3])) },
  ],
  invalid: [
    {
      name: "预算数 合计 ≠ 因公出国 + 公务用车 + 公务接待",
      forms: () => jsForms(t07([11, null, 6, null, 6, 4])),
      findings: [
        {
          messageId: "totalDiffers",
          severity: "error",
          cells: ["A7", "C7", "F7"],
          message: "公开07表预算数：“三公”经费合计 11 万元不等于因公出国（境）费、公务用车购置及运行费、公务接待费之和 10 万元，相差 1 万元。",
        },
      ],
    },
    {
      name: "决算数 公务用车 小计 ≠ 购置费 + 运行费 (the 合计 adds the 小计 and holds)",
      forms: () => jsForms(t07(undefined, [8, null, 5, 1, 5, 3])),
      findings: [
        { messageId: "vehiclesDiffer", cells: ["I7", "J7", "K7"], message: "公开07表决算数：公务用车购置及运行费 5 万元不等于购置费与运行费之和 6 万元，相差 -1 万元。" },
      ],
    },
  ],
});
