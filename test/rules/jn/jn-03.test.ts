import rule from "../../../src/rules/catalogue/jn/jn-03-change-reason";
import { ruleTester } from "../rule-tester";
import { FULL_NARRATIVE, jsForms, narrative } from "../builders-js";

const one = (...lines: string[]) => jsForms(narrative([["十、机关运行经费支出情况说明", ...lines]]));

ruleTester(rule, {
  valid: [
    { name: "every change of the full narrative has its reason", forms: () => jsForms(narrative(FULL_NARRATIVE)) },
    { name: "the reason in the next sentence", forms: () => one("机关运行经费支出20万元，比上年决算数减少5万元，减少20%。主要是压减了办公费。") },
    { name: "the reason in the next paragraph (a PDF page break)", forms: () => one("机关运行经费支出20万元，比2020年度减少5万元，减少20%。", "主要原因：压减办公费。") },
    { name: "unchanged: no reason needed", forms: () => one("机关运行经费支出20万元，与上年持平。", "“三公”经费支出与上年相比增加0万元。") },
    { name: "a change on the budget, not on last year", forms: () => one("机关运行经费支出20万元，比年初预算减少5万元。") },
  ],
  invalid: [
    {
      name: "a decrease on last year with no reason",
      forms: () => one("2021年度本单位机关运行经费支出20万元，比上年决算数减少5万元，减少20%。", "机关运行经费主要用于办公费、水电费。"),
      findings: [
        {
          messageId: "reasonMissing",
          severity: "warning",
          cells: ["A3"],
          message: "说明中“2021年度本单位机关运行经费支出20万元，比上年决算数减少5万元，减少20%。”写了与上年相比的增减，但没有说明原因；请补充“主要原因是……”。",
        },
      ],
    },
    {
      name: "同比 and a year: each sentence on its own",
      forms: () => one("公务接待费支出3万元，同比增长50%。", "公务用车运行费5万元，较2020年增加1万元。"),
      findings: [
        { messageId: "reasonMissing", cells: ["A3"], message: /“公务接待费支出3万元，同比增长50%。”/ },
        { messageId: "reasonMissing", cells: ["A4"], message: /“公务用车运行费5万元，较2020年增加1万元。”/ },
      ],
    },
    {
      name: "决算数小于预算数 with no reason",
      forms: () => one("公务接待费预算为3万元，支出决算为2万元，决算数小于预算数。", "公务用车运行费预算为5万元，支出决算为4万元，决算数小于预算数的主要原因是压减出车次数。"),
      findings: [{ messageId: "budgetReasonMissing", cells: ["A3"], message: "说明中“公务接待费预算为3万元，支出决算为2万元，决算数小于预算数。”写了决算与预算的差异，但没有说明原因；请补充“主要原因是……”。" }],
    },
  ],
});
