import rule from "../../../src/rules/catalogue/val/val-03-direction";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "directions agree", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    {
      name: "rates written both ways (控制率, 调整率, 结余率) have no clear direction (重庆 DS layout)",
      forms: rows(
        ["产出指标", "质量指标", "预算调整率", "≤8%"],
        ["产出指标", "质量指标", "公用经费控制率", "≤100%"],
        ["产出指标", "质量指标", "“三公”经费控制率", "≤100%"],
        ["产出指标", "质量指标", "结转结余率", "≤10%"],
        ["产出指标", "质量指标", "成本控制率", "≥95%"],
      ),
    },
    {
      name: "time limits with ≤, periods with ≥, names without a cue",
      forms: rows(
        ["产出指标", "时效指标", "年检、维修相应时效", "≤10分钟"],
        ["产出指标", "时效指标", "供暖周期", "≥120天"],
        ["产出指标", "质量指标", "取暖温度", "≥20度"],
        ["效益指标", "社会效益指标", "保障机关运转", "≤5次"],
      ),
    },
    { name: "正向 phrases win over cost words (取暖费用节约率)", forms: rows(["效益指标", "经济效益指标", "取暖费用节约率", "≥5%"]) },
    { name: "a percentage under 社会成本 keeps the direction of its name", forms: rows(["成本指标", "社会成本指标", "各单位后勤服务满意度", "≥95%"]) },
    {
      name: "a 指标库 indicator keeps the library's direction over the name's cue (成本控制率 is a ceiling, 有效投诉次数 too)",
      forms: rows(["成本指标", "经济成本指标", "成本控制率", "≤100%"], ["满意度指标", "服务对象满意度指标", "有效投诉次数", "≤3次"]),
    },
    { name: "seeds 000, 001, 003", forms: () => ["000", "001", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "a cost with ≥",
      forms: rows(["产出指标", "成本指标", "项目总成本", "≥100万元"]),
      findings: [
        {
          messageId: "negativeWithLowerBound",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标“项目总成本”越小越好（反向指标），指标值“≥100万元”却用了“≥”。请改为“≤100万元”；若确实越大越好，请核对指标名称。",
        },
      ],
    },
    {
      name: "money under a 成本 二级 with > (seed 002: 劳务派遣48人 > 135 万元)",
      forms: rows(["成本指标", "生态环境成本指标", "劳务派遣48人", "> 135 万元"]),
      findings: [
        {
          messageId: "costCategoryWithLowerBound",
          cells: ["D9", "B9"],
          message: "D9 的指标“劳务派遣48人”列在“生态环境成本指标”下，成本类指标越小越好，指标值“> 135 万元”却用了“>”。请改为“<135万元”；若它其实是效益或产出指标，请移到相应类别下。",
        },
      ],
    },
    {
      name: "seed 002: an awareness rate filed under 社会成本指标 is misfiled — no flipped symbol offered",
      forms: rows(["成本指标", "社会成本指标", "工作认知度的持续影响", "≥98%"]),
      findings: [
        {
          messageId: "misfiledUnderCost",
          cells: ["D9", "B9"],
          message: "D9 的指标“工作认知度的持续影响”（指标值“≥98%”）不是金额，看不出是成本，却列在“社会成本指标”下。成本类指标越小越好，而它越大越好：问题在类别，不在符号。请把这一行移到相应的效益或产出指标下。",
        },
      ],
    },
    {
      name: "a rate and a satisfaction capped with ≤",
      forms: rows(["产出指标", "质量指标", "验收合格率", "≤95%"], ["满意度指标", "服务对象满意度指标", "职工满意度", "<90%"]),
      findings: [
        {
          messageId: "positiveWithUpperBound",
          cells: ["D9"],
          message: "D9 的指标“验收合格率”越大越好（正向指标），指标值“≤95%”却用了“≤”，等于给它设了上限。请改为“≥95%”；若确实越小越好，请核对指标名称。",
        },
        { messageId: "positiveWithUpperBound", cells: ["D10"], message: /请改为“>90%”/ },
      ],
    },
    {
      name: "seed 004: 总成本费用 ≥95% under 经济效益, twice",
      forms: () => formsOfSeedText("004"),
      findings: ["E108", "E171"].map((ref) => ({ messageId: "negativeWithLowerBound", cells: [ref] })),
    },
  ],
});
