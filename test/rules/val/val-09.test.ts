import rule from "../../../src/rules/catalogue/val/val-09-input-as-output";
import { ruleTester } from "../rule-tester";
import { ds } from "../builders";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "outputs are what the money buys; money is under 成本", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    { name: "department self-evaluations are not checked", forms: () => [ds({ indicators: [["产出指标", "数量指标", "资金支出", "450 万元", "436 万元", 50, 50]] })] },
    { name: "seeds 000 and 003", forms: () => ["000", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "an amount of money as a 数量指标 (seed 002: 资金使用率 100万元, 全年费用 ≤175万元)",
      forms: rows(["产出指标", "数量指标", "资金使用率", "100万元"], [null, "数量指标", "全年费用", "≤175万元"]),
      findings: [
        {
          messageId: "amountAsOutput",
          severity: "warning",
          cells: ["D9", "C9"],
          message: "D9 的数量指标“资金使用率”指标值是金额“100万元”，这是投入（花多少钱），不是产出。请改为考核资金换来的成果，如完成的数量（“××完成数量 ≥N项”）或质量（“××验收合格率 ≥95%”）；金额请放到成本指标。",
        },
        { messageId: "amountAsOutput", cells: ["D10", "C10"] },
      ],
    },
    {
      name: "paying or spending as 数量/质量 (seed 004: 保障支出 ≥96%)",
      forms: rows(["产出指标", "质量指标", "保障支出", "≥96%"], [null, "数量指标", "水费缴纳", "及时缴纳"]),
      findings: [
        {
          messageId: "spendingAsOutput",
          cells: ["C9", "D9"],
          message: "C9 的质量指标“保障支出”考核的是资金的支付或使用，这是投入，不是产出。请改为考核资金换来的成果，如完成的数量（“××完成数量 ≥N项”）或质量（“××验收合格率 ≥95%”）。",
        },
        { messageId: "spendingAsOutput", cells: ["C10", "D10"] },
      ],
    },
    {
      name: "money as an output under 时效 too (issue 17): 资金到位率; the examples come from the form's own indicators",
      forms: rows(["产出指标", "数量指标", "租赁房屋面积", "≥1200平方米"], [null, "质量指标", "房屋验收合格率", "≥98%"], [null, "时效指标", "资金到位率", "≥90%"]),
      findings: [
        {
          messageId: "spendingAsOutput",
          cells: ["C11", "D11"],
          message: "C11 的时效指标“资金到位率”考核的是资金的支付或使用，这是投入，不是产出。请改为考核资金换来的成果，如完成的数量（“租赁房屋面积 ≥1200平方米”）或质量（“房屋验收合格率 ≥98%”）。",
        },
      ],
    },
    {
      name: "seed 001: 经费到位率 under 时效",
      forms: () => formsOfSeedText("001"),
      findings: [
        { messageId: "spendingAsOutput", cells: ["C67", "E67"] },
        { messageId: "spendingAsOutput", cells: ["C81", "E81"] },
        { messageId: "spendingAsOutput", cells: ["C95", "E95"] },
        { messageId: "spendingAsOutput", cells: ["C137", "E137"] },
      ],
    },
    {
      name: "seed 004",
      forms: () => formsOfSeedText("004"),
      findings: [
        { messageId: "spendingAsOutput", cells: ["C83", "E83"] },
        { messageId: "spendingAsOutput", cells: ["C104", "E104"] },
        { messageId: "spendingAsOutput", cells: ["C105", "E105"] },
        { messageId: "spendingAsOutput", cells: ["C106", "E106"] }, // 资金支出情况 under 时效 (issue 17)
        { messageId: "spendingAsOutput", cells: ["C167", "E167"] },
        { messageId: "spendingAsOutput", cells: ["C168", "E168"] },
        { messageId: "spendingAsOutput", cells: ["C169", "E169"] }, // 资金支出情况 under 时效 (issue 17)
      ],
    },
  ],
});
