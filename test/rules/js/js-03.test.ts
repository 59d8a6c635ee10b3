import rule from "../../../src/rules/catalogue/js/js-03-income-equals-expenditure";
import { ruleTester } from "../rule-tester";
import { jsForms, t01, t04 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "01: 收入总计 = 支出总计", forms: () => jsForms(t01()) },
    { name: "01: with balances on both sides", forms: () => jsForms(t01({ opening: 10, closing: 10 })) },
    { name: "01: a rounding difference of 0.01", forms: () => jsForms(t01({ incomeGrand: 170.01 })) },
    { name: "04: income 总计 = the 合计 column of the expenditure 总计", forms: () => jsForms(t04()) },
    { name: "both 总计 blank", forms: () => jsForms(t01({ incomeGrand: null, expenditureGrand: null })) },
  ],
  invalid: [
    {
      name: "01: the two 总计 differ",
      forms: () => jsForms(t01({ incomeGrand: 171 })),
      findings: [{ messageId: "totalsDiffer", severity: "error", cells: ["C16", "F16"], message: "公开01表收入总计 171 万元不等于支出总计 170 万元，相差 1 万元。" }],
    },
    {
      name: "04: the income 总计 against the 合计 column",
      forms: () => jsForms(t04({ expenditureGrand: [151, 151, null, null] })),
      findings: [{ messageId: "totalsDiffer", cells: ["C13", "F13"], message: "公开04表收入总计 150 万元不等于支出总计 151 万元，相差 -1 万元。" }],
    },
    {
      name: "01: one 总计 blank counts as 0",
      forms: () => jsForms(t01({ expenditureGrand: null })),
      findings: [{ messageId: "totalsDiffer", cells: ["C16", "F16"], message: "公开01表收入总计 170 万元不等于支出总计 0 万元，相差 170 万元。" }],
    },
  ],
});
