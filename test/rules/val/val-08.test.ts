import rule from "../../../src/rules/catalogue/val/val-08-vague";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { CLEAN_101, dt, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "measurable targets, quantitative and qualitative", forms: () => [ptY(CLEAN_101), ptY([["效益指标", "社会效益指标", "接待质量", "达到国家卫生安全标准"], [null, "社会效益指标", "制度建设", "健全"]])] },
    { name: "a number makes it measurable (提升至95%)", forms: rows(["效益指标", "社会效益指标", "群众办事满意率", "提升至95%"]) },
    { name: "a value copying its name is VAL-07's", forms: rows(["效益指标", "社会效益指标", "提升政府公信力", "提升政府公信力"]) },
    { name: "self-evaluations are not checked", forms: () => [ps({ indicators: [["效益指标", "社会效益指标", "应急处置能力", "全面提升", "全面提升", 30, 30]] })] },
    { name: "seeds 000, 001, 003, 004", forms: () => ["000", "001", "003", "004"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "vague wording (seed 002: 提高接待质量)",
      forms: rows(["效益指标", "社会效益指标", "保障接待质量", "提高接待质量"]),
      findings: [
        {
          messageId: "vague",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标值“提高接待质量”用了“提高”这样的模糊表述，没有可衡量的标准，年终无法判断是否完成。请写成明确的目标值：定量如“≥95%”，定性如“达到国家标准”。",
        },
      ],
    },
    {
      name: "several vague words, on a department form",
      forms: () => [dt({ indicators: [["产出指标", "数量指标", "培训人次", "明显增加"], ["效益指标", "社会效益指标", "服务水平", "进一步提升，效果较好"]] })],
      findings: [
        { messageId: "vague", cells: ["D6"], message: /用了“明显”这样的模糊表述/ },
        { messageId: "vague", cells: ["D7"], message: /用了“提升”“较好”“进一步”这样的模糊表述/ },
      ],
    },
    {
      name: "seed 002",
      forms: () => formsOfSeedText("002"),
      findings: [{ messageId: "vague", cells: ["E122"] }],
    },
  ],
});
