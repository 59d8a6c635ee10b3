import rule from "../../../src/rules/catalogue/js/js-04-subtotals-equal-lines";
import { ruleTester } from "../rule-tester";
import { EXPENDITURE_01, jsForms, t01, t04 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "01: 本年收入合计 and 本年支出合计 = Σ their lines", forms: () => jsForms(t01()) },
    { name: "04: both sides, every column", forms: () => jsForms(t04({ opening: [7.5, 5, 2.5, null] })) },
    {
      name: "01: within 0.01 per stated line",
      forms: () => jsForms(t01({ expenditure: [["一、一般公共服务支出", 120.01], ["九、卫生健康支出", 30.01], ["二十三、其他支出", 20.01]], expenditureTotal: 170 })),
    },
    { name: "04: a balance line blank over stated breakdown lines is JS-01's business", forms: () => jsForms(t04({ opening: [null, 5, 2.5, null] })) },
  ],
  invalid: [
    {
      name: "01: 本年收入合计 ≠ Σ income lines",
      forms: () => jsForms(t01({ incomeTotal: 171 })),
      findings: [
        {
          messageId: "subtotalDiffers",
          severity: "error",
          cells: ["C13", "C5", "C12"],
          message: "公开01表本年收入合计 171 万元不等于其上各收入行之和 170 万元，相差 1 万元。",
        },
      ],
    },
    {
      name: "01: 本年支出合计 ≠ Σ 功能分类 lines",
      forms: () => jsForms(t01({ expenditure: EXPENDITURE_01.map(([l, v]) => [l, l === "九、卫生健康支出" ? 31 : v]), expenditureTotal: 170 })),
      findings: [{ messageId: "subtotalDiffers", cells: ["F13", "F5", "F7", "F9"], message: "公开01表本年支出合计 170 万元不等于其上各支出行之和 171 万元，相差 -1 万元。" }],
    },
    {
      name: "04: one fund column of 本年支出合计 ≠ Σ its lines",
      forms: () => jsForms(t04({ expenditureTotal: [150, 140, null, null] })),
      findings: [
        {
          messageId: "subtotalDiffers",
          cells: ["G8", "G5", "G7"],
          message: "公开04表“一般公共预算财政拨款”列本年支出合计 140 万元不等于其上各支出行之和 150 万元，相差 -10 万元。",
        },
      ],
    },
    {
      name: "04: 年初财政拨款结转和结余 ≠ Σ the lines under it",
      forms: () => jsForms(t04({ opening: [10, 5, 4, null] })),
      findings: [{ messageId: "balanceDiffers", cells: ["C9", "C10", "C11"], message: "公开04表年初财政拨款结转和结余 10 万元不等于其下各行之和 9 万元，相差 1 万元。" }],
    },
  ],
});
