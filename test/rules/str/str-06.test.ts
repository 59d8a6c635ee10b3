import rule from "../../../src/rules/catalogue/str/str-06-duplicate-names";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    { name: "distinct names", forms: () => [ptY(CLEAN_101)] },
    { name: "the same name in two different tables", forms: () => [ptY(CLEAN_101, {}, "表1"), ptY(CLEAN_101, {}, "表2")] },
    { name: "repeated placeholder rows are STR-07's", forms: () => [ptY([...CLEAN_101, ["效益指标", "经济效益指标", "无", null], [null, "生态效益指标", "无", null]])] },
    { name: "rows marked 不适用, or its slip 不适应, are not duplicates", forms: () => [ptY([...CLEAN_101, [null, "经济效益指标", "不适应", "不适应"], [null, "生态效益指标", "不适应", "不适应"], [null, "可持续影响指标", "不适用", "不适用"]])] },
    { name: "seeds 000, 001, 003", forms: () => ["000", "001", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "a copied row: same name, same value (seed 004's 采购计划落实)",
      forms: () => formsOfSeedText("004"),
      findings: [
        {
          messageId: "sameValue",
          severity: "warning",
          cells: ["C89", "C88"],
          message: "C89 的三级指标“采购计划落实”与 C88 重名，指标值也相同（“≥98%”），像是重复填写的一行。请删除重复的一行，或改成另一个需要考核的指标。",
        },
      ],
    },
    {
      name: "same name with different values (seed 002's 全年预计接待批次, and 加强业务培训 ×3 in the department table)",
      forms: () => formsOfSeedText("002"),
      findings: [
        {
          messageId: "differentValues",
          cells: ["E23", "C24", "E22", "F22", "F23", "D24"],
          message: "三级指标“加强业务培训”在 E22、E23、C24 出现了 3 次，指标值却不同（“>50人次”、“>150人次”、“>200人次”），无法分辨各自考核什么。请改成能区分的名称（写明各自的考核对象），或删除多余的一行。",
        },
        {
          messageId: "differentValues",
          cells: ["D116", "D115", "E115", "E116"],
          message: "三级指标“全年预计接待批次”在 D115、D116 出现了 2 次，指标值却不同（“365人/次”、“28000人/次”），无法分辨各自考核什么。请改成能区分的名称（写明各自的考核对象），或删除多余的一行。",
        },
      ],
    },
    {
      name: "names equal after removing spaces and a trailing full stop",
      forms: () => [ptY([...CLEAN_101, [null, "服务对象满意度指标", "干部职工 满意度。", "≥95%"]])],
      findings: [{ messageId: "differentValues", cells: ["C15", "C14", "D14", "D15"], message: /“干部职工满意度”在 C14、C15 出现了 2 次/ }],
    },
  ],
});
