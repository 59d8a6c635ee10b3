import rule from "../../../src/rules/catalogue/val/val-12-basis";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const withBasis = (...rows: (string | null)[][]) => () => [ptY(rows, { withBasis: true })];

ruleTester(rule, {
  valid: [
    { name: "no basis column: nothing to check", forms: () => [ptY(CLEAN_101)] },
    {
      name: "standard bases and cited sources",
      forms: withBasis(
        ["产出指标", "数量指标", "维修次数", "≥50次", "计划标准"],
        [null, "质量指标", "验收合格率", "≥95%", "行业标准"],
        [null, "时效指标", "完成时间", "2024年12月前", "历史标准"],
        ["效益指标", "社会效益指标", "环境改善", "达到国家标准", "其他标准"],
        ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "依据《政府采购合同》约定"],
      ),
    },
    { name: "seeds 000, 002, 003 have no basis column", forms: () => ["000", "002", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "single rows: blank, a copy of the name, a non-standard text",
      forms: withBasis(
        ["产出指标", "数量指标", "维修次数", "≥50次", "计划标准"],
        [null, "质量指标", "验收合格率", "≥95%", null],
        [null, "时效指标", "完成时间", "2024年12月前", "完成时间"],
        ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "年生产量"],
      ),
      findings: [
        {
          messageId: "missing",
          severity: "warning",
          cells: ["E10", "C10"],
          message: "E10 没有填写指标值确定依据（三级指标“验收合格率”）。请写明依据：计划标准、行业标准、历史标准或其他标准。",
        },
        { messageId: "copiesName", cells: ["E11", "C11"], message: "E11 的指标值确定依据“完成时间”只是重复了三级指标名称，没有写出依据。请改为计划标准、行业标准、历史标准或其他标准。" },
        { messageId: "notStandard", cells: ["E12", "C12"], message: "E12 的指标值确定依据“年生产量”看不出是哪种依据。请写明计划标准、行业标准、历史标准或其他标准（可注明具体文件）。" },
      ],
    },
    {
      name: "seed 001: the column is blank in every table (one finding per table)",
      forms: () => formsOfSeedText("001"),
      findings: [39, 53, 67, 81, 95, 109, 123, 137, 151].map((r) => ({ messageId: "columnEmpty", cells: [`F${r}`, `F${r + 1}`, `F${r + 2}`] })),
    },
    {
      name: "seed 004: the column repeats the 三级 names in every table",
      forms: () => formsOfSeedText("004"),
      findings: [
        {
          messageId: "columnCopiesNames",
          cells: ["F82", "F83", "F85", "F86", "F87", "F88", "F89", "F90", "F91"],
          message: "“本级公务用车购置绩效目标表”的“指标值确定依据”一列（F82 至 F91）只是重复了三级指标名称，没有写出依据。请逐项改为计划标准、行业标准、历史标准或其他标准（可注明具体文件）。",
        },
        ...[104, 125, 146, 167, 188].map((r) => ({ messageId: "columnCopiesNames", cells: Array.from({ length: 9 }, (_, i) => `F${r + i}`) })),
      ],
    },
  ],
});
