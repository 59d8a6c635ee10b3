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
    {
      name: "a graded word on a qualitative 效益 indicator is the accepted 定性 form (深圳 template: 显著/明显/一般)",
      forms: rows(["效益指标", "社会效益指标", "保障接待质量", "提高接待质量"], ["效益指标", "社会效益指标", "居民生活环境", "明显"], ["效益指标", "可持续影响指标", "社区治理水平", "得到提升"]),
    },
    { name: "约 inside a word is no hedge (节约, 签约)", forms: rows(["效益指标", "经济效益指标", "节约资金", "节约≥5万元"]) },
    { name: "seeds 000, 001, 003, 004", forms: () => ["000", "001", "003", "004"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "vague wording on an output indicator",
      forms: rows(["产出指标", "质量指标", "接待服务质量", "提高接待质量"]),
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
      name: "several vague words, on a department form; a rate name under 效益 asks for a measure",
      forms: () => [dt({ indicators: [["产出指标", "数量指标", "培训人次", "明显增加"], ["效益指标", "社会效益指标", "群众知晓率", "进一步提升，效果较好"]] })],
      findings: [
        { messageId: "vague", cells: ["D6"], message: /用了“明显”这样的模糊表述/ },
        { messageId: "vague", cells: ["D7"], message: /用了“提升”“较好”“进一步”这样的模糊表述/ },
      ],
    },
    {
      name: "the words of issue 17: 良好, 得到保障, 相对减少, 及时",
      forms: rows(["产出指标", "质量指标", "设备运行状况", "良好"], ["产出指标", "质量指标", "办公秩序", "得到保障"], ["产出指标", "成本指标", "能耗", "相对减少"], ["产出指标", "时效指标", "维修响应", "及时"]),
      findings: [
        { messageId: "vague", cells: ["D9"], message: /用了“良好”这样/ },
        { messageId: "vague", cells: ["D10"], message: /用了“得到保障”这样/ },
        { messageId: "vague", cells: ["D11"], message: /用了“相对减少”这样/ },
        { messageId: "vague", cells: ["D12"], message: /用了“及时”这样/ },
      ],
    },
    {
      name: "an approximate number (约, 左右) on any indicator",
      forms: rows(["产出指标", "数量指标", "服务人次", "约6.6万人次"], ["效益指标", "社会效益指标", "受益人数", "500人左右"]),
      findings: [
        {
          messageId: "approximate",
          cells: ["D9"],
          message: "D9 的指标值“约6.6万人次”用了“约”，只是一个大概的数，既不是下限也不是上限，年终无法判断是否完成。请去掉“约”，写成“≥6.6万人次”或“≤6.6万人次”。",
        },
        { messageId: "approximate", cells: ["D10"], message: /用了“左右”.*写成“≥500人”或“≤500人”/ },
      ],
    },
    {
      name: "seed 002: 及时 for a 时效 or 数量 target (VAL-07 says the same on those cells and is shown)",
      forms: () => formsOfSeedText("002"),
      findings: [
        { messageId: "vague", cells: ["E70"], message: /“及时缴纳”用了“及时”/ },
        { messageId: "vague", cells: ["E94"] },
        { messageId: "vague", cells: ["E194"], message: /“及时足额”/ },
      ],
    },
  ],
});
