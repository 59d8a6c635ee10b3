import rule from "../../../src/rules/catalogue/val/val-04-unit-fits";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "fitting units", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    {
      name: "rates under 数量/时效 are accepted practice; periods in 天; money or % for cost",
      forms: rows(
        ["产出指标", "数量指标", "后勤保障工作完成率", "≥95%"],
        ["产出指标", "时效指标", "按期完成率", "≥95%"],
        ["产出指标", "时效指标", "供暖周期", "≥120天"],
        ["成本指标", "经济成本指标", "采购单价涨幅比率", "≤80%"],
        ["成本指标", "社会成本指标", "故障影响时长", "≤24小时"],
      ),
    },
    { name: "the subject written in the cell is the name measured (保洁率≥90% under 数量)", forms: rows(["产出指标", "数量指标", "卫生保洁", "保洁率≥90%"]) },
    { name: "seeds 000 and 003", forms: () => [...formsOfSeedText("000"), ...formsOfSeedText("003")] },
  ],
  invalid: [
    {
      name: "a rate in money and in hours (seed 002)",
      forms: rows(["产出指标", "数量指标", "资金使用率", "100万元"], ["成本指标", "社会成本指标", "故障维修及时率", "24小时"]),
      findings: [
        {
          messageId: "rateWithUnit",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标“资金使用率”是比率，指标值“100万元”却是金额（“万元”）。比率应以“%”表示，如“≥95%”；若要考核金额，请把指标名改成相应的名称。",
        },
        { messageId: "rateWithUnit", cells: ["D10"], message: /是比率，指标值“24小时”却是时间（“小时”）/ },
      ],
    },
    {
      name: "a count in % (seed 004: 相关支出次数 ≥95%, 公务用车 ≥96% under 数量指标)",
      forms: rows(["产出指标", "数量指标", "相关支出次数", "≥95%"], [null, "数量指标", "公务用车", "≥96%"]),
      findings: [
        {
          messageId: "countWithPercent",
          cells: ["D9", "B9"],
          message: "D9 的指标“相关支出次数”是数量指标，指标值“≥95%”却是百分比。请写明具体数量和单位（如“≥50次”），或把指标改为比率（如“完成率”）。",
        },
        { messageId: "countWithPercent", cells: ["D10", "B10"] },
      ],
    },
    {
      name: "时效 in % or in money",
      forms: rows(["产出指标", "时效指标", "保障时间", "≥95%"], [null, "时效指标", "资金支出情况", "100万元"]),
      findings: [
        {
          messageId: "timelinessWithPercent",
          cells: ["D9", "B9"],
          message: "D9 的时效指标“保障时间”用了百分比“≥95%”，看不出时限。请写成完成时间（如“2024年12月前”）或时长（如“≤10个工作日”），或改为“按时完成率”这样的比率指标。",
        },
        { messageId: "timelinessWithMoney", cells: ["D10", "B10"], message: "D10 的时效指标“资金支出情况”用了金额“100万元”。时效指标应写完成时间（如“2024年12月前”）或时长；金额请放到成本指标。" },
      ],
    },
    {
      name: "经济成本 in a count or a time (seed 002)",
      forms: () => [ptY([["成本指标", "经济成本指标", "做好70辆公务用车的维修维护工作", "70辆"], [null, "经济成本指标", "水费缴纳情况", "7个工作日内缴纳"]], { amount: 200, fiscal: 200 })],
      findings: [
        {
          messageId: "costWithUnit",
          cells: ["D9", "B9"],
          message: "D9 的成本指标“做好70辆公务用车的维修维护工作”用了数量单位“辆”（“70辆”）。经济成本应以金额（万元、元）或比率表示，如“≤200万元”；若考核的是数量或时间，请移到产出指标下。",
        },
        { messageId: "costWithUnit", cells: ["D10", "B10"], message: /用了时间单位“个工作日”（“7个工作日内缴纳”）/ },
      ],
    },
    {
      name: "seed 004",
      forms: () => formsOfSeedText("004"),
      findings: [
        { messageId: "countWithPercent", cells: ["E82", "B82"] },
        { messageId: "rateWithUnit", cells: ["E85"] },
        { messageId: "countWithPercent", cells: ["E104", "B104"] },
        { messageId: "countWithPercent", cells: ["E125", "B125"] },
        { messageId: "timelinessWithPercent", cells: ["E148", "B148"] },
        { messageId: "countWithPercent", cells: ["E167", "B167"] },
      ],
    },
  ],
});
