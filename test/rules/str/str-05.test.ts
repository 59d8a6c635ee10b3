import rule from "../../../src/rules/catalogue/str/str-05-name-is-category";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, dt, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    { name: "specific names", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    { name: "a name that only contains a category word", forms: () => [ptY([["产出指标", "质量指标", "维修质量合格率", "≥95%"], ["满意度指标", "服务对象满意度指标", "就餐职工满意度", "≥90%"]])] },
    { name: "a placeholder name with no value is an empty row (STR-07)", forms: () => [ptY([...CLEAN_101, ["效益指标", "经济效益指标", "无", null]])] },
    { name: "seeds 000, 002, 003", forms: () => ["000", "002", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "三级 “服务对象满意度” repeats its 二级 (seed 001)",
      forms: () => [ptY([["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥80%"]])],
      findings: [
        {
          messageId: "satisfactionName",
          severity: "warning",
          cells: ["C9", "B9"],
          message: "C9 的三级指标“服务对象满意度”没有写明是谁的满意度。请写明服务对象，如“租赁方满意度”“就餐职工满意度”。",
        },
      ],
    },
    {
      name: "三级 that names a category",
      forms: () => [ptY([["产出指标", "数量指标", "数量指标", "≥50次"], ["效益指标", "社会效益指标", "社会效益", "明显"]])],
      findings: [
        {
          messageId: "categoryName",
          cells: ["C9", "B9"],
          message: "C9 的三级指标“数量指标”只是重复了指标类别的名称，看不出具体考核什么。请写成具体的指标名称，如“××完成数量”。",
        },
        { messageId: "categoryName", cells: ["C10", "B10"], message: /“社会效益”只是重复了指标类别的名称.*如“××服务水平”/ },
      ],
    },
    {
      name: "三级 equal to a department's own 二级",
      forms: () => [dt({ indicators: [["部门管理", "计划制定", "计划制定", "健全"]] })],
      findings: [{ messageId: "categoryName", cells: ["C6", "B6"] }],
    },
    {
      name: "placeholder names with a value",
      forms: () => [ptY([["产出指标", "数量指标", "xx", "≥50次"], [null, "质量指标", "XX设备合格率", "≥95%"]])],
      findings: [
        { messageId: "placeholderName", cells: ["C9"], message: "C9 的三级指标“xx”是占位符，不是指标名称。请填写具体的指标名称，或删除这一行。" },
        { messageId: "placeholderName", cells: ["C10"] },
      ],
    },
    {
      name: "seed 004: “满意度” as the name, twice",
      forms: () => formsOfSeedText("004"),
      findings: [
        { messageId: "satisfactionName", cells: ["C91", "B91"] },
        { messageId: "satisfactionName", cells: ["C133", "B133"] },
      ],
    },
  ],
});
