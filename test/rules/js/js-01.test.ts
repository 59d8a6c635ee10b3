import rule from "../../../src/rules/catalogue/js/js-01-income-grand-total";
import { ruleTester } from "../rule-tester";
import { INCOME_01, jsForms, t01, t04, t08 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "01: 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", forms: () => jsForms(t01({ unused: 5, opening: 12.5 })) },
    { name: "01: balances blank", forms: () => jsForms(t01()) },
    {
      name: "01: a rounding difference of 0.01 per stated addend",
      forms: () => jsForms(t01({ income: [["一、一般公共预算财政拨款收入", 100.01], ["八、其他收入", 20]], opening: 0.5, incomeGrand: 120.52 })),
    },
    { name: "04: 年初财政拨款结转和结余 blank, its breakdown lines stated", forms: () => jsForms(t04({ opening: [null, 5, 2.5, null] })) },
    { name: "04: 年初财政拨款结转和结余 stated itself", forms: () => jsForms(t04({ opening: [7.5, 5, 2.5, null] })) },
    { name: "a blank 总计 states nothing", forms: () => jsForms(t01({ incomeGrand: null })) },
    { name: "other tables are not this rule's", forms: () => jsForms(t08()) },
  ],
  invalid: [
    {
      name: "01: 年初结转和结余 left out of 总计",
      forms: () => jsForms(t01({ opening: 10, incomeGrand: 170 })),
      findings: [
        {
          messageId: "incomeGrandTotal",
          severity: "error",
          cells: ["C16", "C13", "C15"],
          message: "公开01表收入总计 170 万元不等于本年收入合计与结转结余之和 180 万元（本年收入合计 170 + 年初结转和结余 10），相差 -10 万元。",
        },
      ],
    },
    {
      name: "01: 总计 off by more than the rounding tolerance",
      forms: () => jsForms(t01({ income: INCOME_01, unused: 3, incomeGrand: 172.96 })),
      findings: [{ messageId: "incomeGrandTotal", cells: ["C16", "C13", "C14"], message: /不等于本年收入合计与结转结余之和 173 万元（本年收入合计 170 \+ 使用非财政拨款结余 3），相差 -0.04 万元/ }],
    },
    {
      name: "04: 总计 without the 年初 balance given by its breakdown lines",
      forms: () => jsForms(t04({ opening: [null, 5, null, null], incomeGrand: 150 })),
      findings: [
        {
          messageId: "incomeGrandTotal",
          cells: ["C13", "C8", "C10"],
          message: "公开04表收入总计 150 万元不等于本年收入合计与结转结余之和 155 万元（本年收入合计 150 + 年初财政拨款结转和结余 5），相差 -5 万元。",
        },
      ],
    },
  ],
});
