import rule from "../../../src/rules/catalogue/js/js-02-expenditure-grand-total";
import { ruleTester } from "../rule-tester";
import { jsForms, t01, t04 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "01: 总计 = 本年支出合计 + 结余分配 + 年末结转和结余", forms: () => jsForms(t01({ distribution: 1.5, closing: 8 })) },
    { name: "01: within 0.01 per stated addend", forms: () => jsForms(t01({ closing: 8.01, expenditureGrand: 178.02 })) },
    { name: "04: every column adds up", forms: () => jsForms(t04({ closing: [10, 10, null, null] })) },
    { name: "04: 年末 balance blank, columns blank", forms: () => jsForms(t04()) },
  ],
  invalid: [
    {
      name: "01: 年末结转和结余 left out of 总计",
      forms: () => jsForms(t01({ closing: 5, expenditureGrand: 170 })),
      findings: [
        {
          messageId: "expenditureGrandTotal",
          severity: "error",
          cells: ["F16", "F13", "F15"],
          message: "公开01表支出总计 170 万元不等于本年支出合计与结余之和 175 万元（本年支出合计 170 + 年末结转和结余 5），相差 -5 万元。",
        },
      ],
    },
    {
      name: "04: the 合计 column of 总计 misses the balance, the 一般公共预算 column has it",
      forms: () => jsForms(t04({ closing: [10, 10, null, null], expenditureGrand: [150, 160, null, null] })),
      findings: [
        {
          messageId: "expenditureGrandTotal",
          cells: ["F13", "F8", "F9"],
          message: "公开04表“合计”列支出总计 150 万元不等于本年支出合计与结余之和 160 万元（本年支出合计 150 + 年末财政拨款结转和结余 10），相差 -10 万元。",
        },
      ],
    },
  ],
});
