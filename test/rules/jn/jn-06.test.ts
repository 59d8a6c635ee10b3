import rule from "../../../src/rules/catalogue/jn/jn-06-yuan-amounts";
import { ruleTester } from "../rule-tester";
import { allTables, FULL_NARRATIVE, jsForms, narrative, t02, t05 } from "../builders-js";

const one = (line: string) => jsForms(t05(), narrative([["十一、一般性支出情况", line]]));

ruleTester(rule, {
  valid: [
    { name: "the full narrative in 万元", forms: () => jsForms(...allTables(), narrative(FULL_NARRATIVE)) },
    { name: "per-head amounts and unit prices stay in 元", forms: () => one("培训人均费用500元，会议费标准每人每天300元，补助标准为200元/人。") },
  ],
  invalid: [
    {
      name: "会议费 in 元 beside tables in 万元",
      forms: () => one("2021年本部门开支会议费12,345.00元，开支培训费2万元。"),
      findings: [{ messageId: "yuanInText", severity: "warning", cells: ["A18"], message: "说明中“2021年本部门开支会议费12,345.00元”以元为单位，而决算表以万元为单位；请写作 1.2345 万元。" }],
    },
    {
      name: "one table in 元 among tables in 万元",
      forms: () => jsForms(t05(), t02().map((r) => (r[0] === "金额单位：万元" ? ["金额单位：元"] : r)), t05()),
      findings: [{ messageId: "tableInYuan", message: "公开02表的金额单位为“元”（金额单位：元），其他决算表为万元，请统一。" }],
    },
  ],
});
