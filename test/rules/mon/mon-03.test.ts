import rule from "../../../src/rules/catalogue/mon/mon-03-spending-plan";
import { ruleTester } from "../rule-tester";
import { pt } from "../builders";

const ind = [["产出指标", "数量指标", "维修次数", "≥50次"]];
const plan = (...p: (number | string)[]) => () => [pt({ plan: p, indicators: ind })];

// The plan's percentages sit in B8:E8 (3月底, 6月底, 10月底, 12月底).
ruleTester(rule, {
  valid: [
    { name: "25, 50, 75, 100", forms: plan(25, 50, 75, 100) },
    { name: "seed 001 政府大楼保险: blank, 100, 100, 100", forms: plan("", 100, 100, 100) },
    { name: "seed 001 视频会议室: blanks, then 100", forms: plan("", "", "", 100) },
    { name: "written with %", forms: plan("30%", "50%", "80%", "100%") },
    { name: "100 reached before a blank 12月底", forms: plan(20, 60, 100, "") },
    { name: "no plan filled in (left to the structure rules)", forms: plan("", "", "", "") },
    { name: "a form without a plan", forms: () => [pt({ indicators: ind })] },
  ],
  invalid: [
    {
      name: "a step lower than the one before",
      forms: plan(30, 20, 60, 100),
      findings: [
        {
          messageId: "decreases",
          severity: "error",
          cells: ["C8", "B8"],
          message: "资金支出计划是累计进度，后一期不能低于前一期：6月底 填的是 20%，低于 3月底 的 30%。请核对 C8。",
        },
      ],
    },
    {
      name: "12月底 below 100",
      forms: plan(20, 40, 60, 90),
      findings: [{ messageId: "notEnding100", cells: ["E8"], message: "资金支出计划到 12月底 应累计达到 100%，现在填的是 90%。请核对 E8，全年资金应在年底前全部支出。" }],
    },
    {
      name: "12月底 blank while the plan has not reached 100",
      forms: plan(25, 50, 75, ""),
      findings: [{ messageId: "endsBlank", cells: ["E8", "D8"], message: "资金支出计划的 12月底 没有填写，而到 10月底 只累计支出 75%。全年资金应在年底前全部支出，请在 E8 填写 100%。" }],
    },
    {
      name: "per-period shares that add up to 100",
      forms: plan(25, 25, 25, 25),
      findings: [{ messageId: "notCumulative", cells: ["B8", "C8", "D8", "E8"], message: /^资金支出计划各期填的是 3月底 25%、6月底 25%、10月底 25%、12月底 25%，加起来正好 100%/ }],
    },
    {
      name: "fractions instead of percentages",
      forms: plan(0.25, 0.5, 0.75, 1),
      findings: [{ messageId: "fractions", cells: ["B8", "C8", "D8", "E8"] }],
    },
    {
      name: "a share above 100",
      forms: plan(30, 60, 120, 100),
      findings: [{ messageId: "outOfRange", cells: ["D8"], message: "资金支出计划 10月底 填的是 120%，累计支出比例只能在 0% 到 100% 之间。请核对 D8。" }],
    },
    {
      name: "both a decrease and a short end",
      forms: plan(50, 40, 60, 80),
      findings: [
        { messageId: "decreases", cells: ["C8", "B8"] },
        { messageId: "notEnding100", cells: ["E8"] },
      ],
    },
  ],
});
