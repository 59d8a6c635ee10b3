import rule from "../../../src/rules/catalogue/run/run-01-behind-time";
import { ruleTester } from "../rule-tester";
import { mt } from "../builders-run";

const trainees = { name: "培训人次", target: "≥1200人次" };

ruleTester(rule, {
  valid: [
    { name: "on time: 50% spent by June", forms: () => [mt({ month: 6, budget: 100, executed: 50, indicators: [{ ...trainees, executed: "600人次", expected: "1200人次" }] })] },
    { name: "behind by less than 20 points", forms: () => [mt({ month: 6, budget: 100, executed: 31, indicators: [{ ...trainees, executed: "400人次", expected: "1200人次" }] })] },
    { name: "a rate is not cumulative: 合格率 at 90% in June is not behind", forms: () => [mt({ month: 6, indicators: [{ l2: "质量指标", name: "合格率", target: "≥95%", executed: "90%", expected: "95%" }] })] },
    { name: "the stated rate is executed ÷ budget", forms: () => [mt({ month: 6, budget: 200, executed: 100, rate: "50.00%", indicators: [] })] },
    { name: "--month 3 asks about March: 30% spent is ahead", forms: () => [mt({ month: 9, budget: 100, executed: 30, indicators: [] })], options: { month: 3 } },
    { name: "no month on the form, in February: one month elapsed", forms: () => [mt({ budget: 100, executed: 5, indicators: [] })], options: { today: new Date(2024, 1, 10) } },
  ],
  invalid: [
    {
      name: "money well behind the months elapsed",
      forms: () => [mt({ month: 7, budget: 200, executed: 40, indicators: [] })],
      findings: [
        {
          messageId: "fundsBehind",
          severity: "warning",
          cells: ["C5", "B5"],
          message: "C5 截至 7 月预算执行率为 20%（40 ÷ 200），比时间进度 58.3% 低 38.3 个百分点，执行明显滞后。请在偏差原因中说明原因并写明加快执行的措施。",
        },
      ],
    },
    {
      name: "a cumulative indicator behind",
      forms: () => [mt({ month: 6, indicators: [{ ...trainees, executed: "300人次", expected: "1200人次" }] })],
      findings: [{ messageId: "indicatorBehind", cells: ["E8", "D8"], message: /只达到年度指标值“≥1200人次”的 25%，比时间进度 50% 低 25 个百分点/ }],
    },
    {
      name: "--month 10 overrides the form's 6",
      forms: () => [mt({ month: 6, budget: 100, executed: 50, indicators: [] })],
      options: { month: 10 },
      findings: [{ messageId: "fundsBehind", message: /截至 10 月预算执行率为 50%/ }],
    },
    {
      name: "no month on the form: the months completed at today's date (October → 9)",
      forms: () => [mt({ budget: 100, executed: 40, indicators: [] })],
      options: { today: new Date(2024, 9, 15) },
      findings: [{ messageId: "fundsBehind", message: /截至 9 月预算执行率为 40%/ }],
    },
    {
      name: "a stated rate that is not executed ÷ budget",
      forms: () => [mt({ month: 6, budget: 200, executed: 100, rate: "60%", indicators: [] })],
      findings: [{ messageId: "rateMismatch", severity: "error", cells: ["D5", "C5", "B5"], message: "D5 填报的执行率为 60%，但执行数 100 ÷ 预算数 200 = 50%。请改为 50%。" }],
    },
  ],
});
