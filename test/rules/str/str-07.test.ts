import rule from "../../../src/rules/catalogue/str/str-07-placeholders";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    { name: "every row has a value", forms: () => [ptY(CLEAN_101)] },
    { name: "seeds 001 to 004", forms: () => ["001", "002", "003", "004"].flatMap((n) => formsOfSeedText(n)) },
    {
      name: "rows marked 不适用 or 无 in a fixed-row template",
      forms: () => [ptY([...CLEAN_101, [null, "经济效益指标", "不适用", "不适用"], [null, "生态效益指标", "无", null], [null, "可持续影响指标", "不涉及", "不涉及"]])],
    },
  ],
  invalid: [
    {
      name: "placeholder values",
      forms: () => [ptY([["产出指标", "数量指标", "维修次数", "*"], [null, "质量指标", "验收合格率", "≥xx%"], [null, "时效指标", "完成时间", "xx"]])],
      findings: [
        {
          messageId: "placeholderValue",
          severity: "error",
          cells: ["D9", "C9"],
          message: "D9 的指标值“*”是占位符，还没有填写实际目标。请填写具体的指标值（如“≥95%”），不需要的指标请删除这一行。",
        },
        { messageId: "placeholderValue", severity: "error", cells: ["D10", "C10"], message: /“≥xx%”是占位符/ },
        { messageId: "placeholderValue", severity: "error", cells: ["D11", "C11"], message: /“xx”是占位符/ },
      ],
    },
    {
      name: "a named indicator without a value",
      forms: () => [ptY([...CLEAN_101, [null, "服务对象满意度指标", "群众满意度", null]])],
      findings: [
        {
          messageId: "missingValue",
          severity: "error",
          cells: ["D15", "C15"],
          message: "D15 没有填写指标值（三级指标“群众满意度”）。请填写可衡量的目标值（定量如“≥95%”，定性如“达到国家标准”）；不适用的指标请删除这一行。",
        },
      ],
    },
    {
      name: "empty template rows",
      forms: () => [ptY([...CLEAN_101, [null, "服务对象满意度指标", "xx", null], [null, "服务对象满意度指标", "*", null]])],
      findings: [
        { messageId: "emptyRow", severity: "warning", cells: ["C15", "D15"], message: "第 15 行是没有填写的模板行（三级指标为“xx”，指标值为空）。请填写完整，或删除这一行。" },
        { messageId: "emptyRow", severity: "warning", cells: ["C16", "D16"] },
      ],
    },
    {
      name: "self-evaluation: blank 年度指标值",
      forms: () => [ps({ indicators: [["产出指标", "数量指标", "维修次数", null, "59次", 50, 50]] })],
      findings: [{ messageId: "missingValue", severity: "error", cells: ["E10", "D10"] }],
    },
    {
      // The rows whose 三级 is “无” (经济效益, 生态效益) do not apply: nothing is reported on them.
      name: "seed 000: 效益/质量 rows without values (the “无” rows do not apply)",
      forms: () => formsOfSeedText("000"),
      findings: [
        { messageId: "missingValue", severity: "error", cells: ["E21", "D21"] },
        { messageId: "missingValue", severity: "error", cells: ["E23", "D23"] },
        { messageId: "missingValue", cells: ["E58", "D58"] },
        { messageId: "missingValue", cells: ["E60", "D60"] },
        { messageId: "missingValue", cells: ["E72", "D72"] },
        { messageId: "missingValue", cells: ["E76", "D76"] },
        { messageId: "missingValue", cells: ["E78", "D78"] },
        { messageId: "missingValue", cells: ["E90", "D90"] },
        { messageId: "missingValue", cells: ["E94", "D94"] },
        { messageId: "missingValue", cells: ["E96", "D96"] },
      ],
    },
  ],
});
