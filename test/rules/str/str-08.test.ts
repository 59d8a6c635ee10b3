import rule from "../../../src/rules/catalogue/str/str-08-template-instructions";
import { ruleTester } from "../rule-tester";
import { formFrom, ps } from "../builders";
import { CLEAN_101, ptY, ptYRows } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

/** A project form whose 年度绩效目标 (row 7, B7) says `goal`. */
function withGoal(goal: string) {
  const rows = ptYRows(CLEAN_101).map((r) => (r[0] === "年度绩效目标" ? ["年度绩效目标", goal] : r));
  return formFrom("PT", rows);
}

ruleTester(rule, {
  valid: [
    { name: "goals and indicators in the clerk's own words", forms: () => [ptY(CLEAN_101)] },
    { name: "a goal that mentions 说明 and a number of characters in passing", forms: () => [withGoal("完成宣传资料200份，对照年度目标全部完成，并说明经费使用情况。")] },
    { name: "the five seeds", forms: () => ["000", "001", "002", "003", "004"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "a goal left as the template's instruction",
      forms: () => [withGoal("（200字以内）")],
      findings: [
        {
          messageId: "instructionLeft",
          severity: "warning",
          cells: ["B7"],
          message: "B7 还是模板的填写说明“（200字以内）”，没有填写实际内容。请按说明填写后删去说明文字。",
        },
      ],
    },
    {
      name: "instruction text with a word limit after it, and 请填写 in an indicator",
      forms: () => [
        ptY([...CLEAN_101.slice(0, 5), [null, "服务对象满意度指标", "请填写满意度指标名称", "≥90%"]], {}),
        withGoal("概述项目年度要达到的目标（不超过300字）"),
      ],
      findings: [
        { messageId: "instructionLeft", cells: ["B7"], message: /（不超过300字）/ },
        { messageId: "instructionLeft", cells: ["C14"], message: /“请填写满意度指标名称”/ },
      ],
    },
    {
      name: "self-evaluation: 实际完成情况 and a deviation reason left as instructions, once per cell",
      forms: () => [
        ps({
          achieved: "对照年度目标，说明年度目标完成情况",
          indicators: [["产出指标", "数量指标", "维修次数", "≥50次", "45次", 50, 45, "（200字以内）"]],
        }),
      ],
      findings: [
        { messageId: "instructionLeft", cells: ["E8"], message: /对照年度目标，说明年度目标完成情况/ },
        { messageId: "instructionLeft", cells: ["I10"] },
      ],
    },
  ],
});
