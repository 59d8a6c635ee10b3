import rule from "../../../src/rules/catalogue/eva/eva-04-execution-threshold";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { qty } from "../builders-eva";

const low = { budget: [100, 100, 80] as [number, number, number], execution: [10, "80%", 8] as [number, string, number] };
const indicators = [qty("维修次数", "≥50次", "59次", 90, 90)];

ruleTester(rule, {
  valid: [
    { name: "national profile sets no threshold", forms: () => [ps({ ...low, indicators })] },
    { name: "sichuan, 95% ≥ 90%", profile: "sichuan", forms: () => [ps({ budget: [100, 100, 95], execution: [10, "95%", 9.5], indicators })] },
    { name: "sichuan, exactly 90%", profile: "sichuan", forms: () => [ps({ budget: [100, 100, 90], execution: [10, "90%", 9], indicators })] },
    {
      name: "sichuan, low but explained in 实际完成情况",
      profile: "sichuan",
      forms: () => [ps({ ...low, achieved: "受疫情影响，部分资金结转至下年使用。", indicators })],
    },
    {
      name: "sichuan, low but explained in a 偏差原因",
      profile: "sichuan",
      forms: () => [ps({ ...low, indicators: [qty("维修次数", "≥50次", "45次", 90, 81, "工程延期，预算执行率偏低，已督促施工方加快进度。")] })],
    },
  ],
  invalid: [
    {
      name: "sichuan, 80% with no explanation",
      profile: "sichuan",
      forms: () => [ps({ ...low, indicators })],
      findings: [
        {
          messageId: "belowThreshold",
          severity: "error",
          cells: ["G5", "E5", "D5"],
          message: "G5 执行率 80%（80 ÷ 100 = 80%）低于要求的 90%，表中没有说明原因。请在“实际完成情况”或偏差原因栏写明预算执行偏低的原因和改进措施。",
        },
      ],
    },
  ],
});
