import rule from "../../../src/rules/catalogue/eva/eva-12-actual-missing";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { benefit, qty } from "../builders-eva";

ruleTester(rule, {
  valid: [
    { name: "numeric actual", forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "59 次", 10, 10)] })] },
    { name: "deadline with a date", forms: () => [ps({ indicators: [["产出指标", "时效指标", "完成时限", "2021年12月前", "2021 年 12 月", 10, 10]] })] },
    { name: "deadline in words", forms: () => [ps({ indicators: [["产出指标", "时效指标", "完成时限", "2021年12月前", "按时完成", 10, 10]] })] },
    { name: "定性 actual in words", forms: () => [ps({ indicators: [benefit("应急处置能力", "全面提升", "全面提升", 15, 15)] })] },
    { name: "a bare number against a percentage", forms: () => [ps({ indicators: [["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "0.95", 10, 10]] })] },
  ],
  invalid: [
    {
      name: "actual blank",
      forms: () => [ps({ indicators: [qty("维修次数", "≥50次", null, 10, 10)] })],
      findings: [{ messageId: "actualMissing", severity: "error", cells: ["F10", "E10"], message: "F10“维修次数”的实际完成值没有填写。年度指标值是“≥50次”，请填写实际完成的数值（单位：次），否则无法计分。" }],
    },
    {
      name: "actual in words",
      forms: () => [ds({ indicators: [qty("维修次数", "≥50次", "已完成", 10, 10)] })],
      findings: [{ messageId: "actualNotNumeric", message: "F10“维修次数”的实际完成值“已完成”不是数值，而年度指标值“≥50次”是定量的。请填写实际完成的数值和单位（次），否则无法按公式计分。" }],
    },
    {
      name: "deadline actual not a date",
      forms: () => [ps({ indicators: [["产出指标", "时效指标", "完成时限", "2021年12月前", "及时", 10, 10]] })],
      findings: [{ messageId: "actualNotDate", message: "F10“完成时限”的实际完成值“及时”不是日期。年度指标值是完成时限“2021年12月前”，请填写实际完成时间（如“2021年11月”）或“按时完成”。" }],
    },
    {
      name: "another unit",
      forms: () => [ps({ indicators: [qty("维修次数", "≥50次", "50人", 10, 10)] })],
      findings: [{ messageId: "unitsDiffer", severity: "warning", message: "F10“维修次数”的实际完成值“50人”与年度指标值“≥50次”单位不同，无法比较。请用与指标值相同的单位填写。" }],
    },
  ],
});
