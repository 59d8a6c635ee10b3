import rule from "../../../src/rules/catalogue/val/val-07-kind-fits";
import { ruleTester } from "../rule-tester";
import { ps } from "../builders";
import { CLEAN_101, CLEAN_88, dt, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "fitting values", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    {
      name: "a quantity in Chinese numerals is measurable (两栋, 半小时内)",
      forms: () => [ptY([["产出指标", "数量指标", "保洁工作站数量", "两栋"], [null, "时效指标", "处理卫生的及时性", "半小时内"]])],
    },
    { name: "qualitative values for …性 names (seed 002's department table)", forms: () => [dt({ indicators: [["部门管理", "计划制定", "工作计划制定健全性", "健全"], [null, "目标设定", "绩效目标合理性", "合理"]] })] },
    { name: "a value that shares only a few words with the name", forms: rows(["效益指标", "可持续影响指标", "全面实现“网上派单”智能化", "全面实现"], [null, "质量指标", "优化人员管理", "优化"]) },
    { name: "vague words on target forms are VAL-08's", forms: rows(["产出指标", "数量指标", "维修次数", "明显提升"]) },
    { name: "satisfaction in words is VAL-10's", forms: rows(["满意度指标", "服务对象满意度指标", "职工满意度", "满意"]) },
    { name: "seeds 000 and 003", forms: () => [...formsOfSeedText("000"), ...formsOfSeedText("003")] },
  ],
  invalid: [
    {
      name: "a question (seed 002)",
      forms: rows(["产出指标", "时效指标", "故障维修是否及时", "发现故障是否及时维修"]),
      findings: [
        { messageId: "question", severity: "warning", cells: ["D9"], message: "D9 的指标值“发现故障是否及时维修”写成了问句，没有给出标准。请写明要达到的目标，如“≤24小时”或“及时维修”。" },
      ],
    },
    {
      name: "the value repeats the name",
      forms: rows(["效益指标", "生态效益指标", "节能环保", "节能环保"], [null, "社会效益指标", "提升政务服务水平", "政务服务水平"]),
      findings: [
        {
          messageId: "copiesName",
          cells: ["D9", "C9"],
          message: "D9 的指标值“节能环保”只是重复了指标名称“节能环保”，没有写出要达到的标准。请填写可衡量的目标值（定量如“≥95%”，定性如“达到国家标准”“健全”）。",
        },
        { messageId: "copiesName", cells: ["D10", "C10"] },
      ],
    },
    {
      name: "words where a measure is expected",
      forms: rows(["产出指标", "数量指标", "各统办楼、政务中心水费缴纳", "及时缴纳"], [null, "时效指标", "出车完成及时性", "及时"], [null, "质量指标", "验收合格率", "合格"]),
      findings: [
        {
          messageId: "qualitativeForQuantitative",
          cells: ["D9", "C9"],
          message: "D9 的指标“各统办楼、政务中心水费缴纳”是数量指标，指标值“及时缴纳”却是文字，无法衡量。请写成“符号＋数值＋单位”，如“≥50次”。",
        },
        { messageId: "qualitativeForQuantitative", cells: ["D10", "C10"], message: /是时效指标，.*如“2024年12月前”/ },
        { messageId: "qualitativeForQuantitative", cells: ["D11", "C11"], message: /是比率，.*如“≥95%”/ },
      ],
    },
    {
      name: "vague words in a self-evaluation (VAL-08 does not run there)",
      forms: () => [ps({ indicators: [["产出指标", "数量指标", "维修次数", "明显提升", "提升", 50, 50]] })],
      findings: [{ messageId: "qualitativeForQuantitative", cells: ["E10", "D10"] }],
    },
    {
      name: "a percentage for a …性 name",
      forms: rows(["效益指标", "可持续影响指标", "长期使用性", "≥90%"], [null, "社会效益指标", "后勤服务工作规范性", "100%"]),
      findings: [
        {
          messageId: "quantitativeForQualitative",
          cells: ["D9", "C9"],
          message: "D9 的指标“长期使用性”要求的是定性判断，指标值“≥90%”却是百分比，看不出衡量的是什么。请改为定性标准（如“长期使用”），或把指标名改成比率（如“长期使用率”）。",
        },
        { messageId: "quantitativeForQualitative", cells: ["D10", "C10"], message: /请改为定性标准（如“达到……标准”），或把指标名改成比率（如“后勤服务工作规范率”）/ },
      ],
    },
    {
      name: "seed 004: 结果准确性 ≥98%",
      forms: () => formsOfSeedText("004"),
      findings: [{ messageId: "quantitativeForQualitative", cells: ["E194", "C194"] }],
    },
  ],
});
