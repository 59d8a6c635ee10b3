import rule from "../../../src/rules/catalogue/xdoc/xdoc-01-copied-indicators";
import { ruleTester } from "../rule-tester";
import { ps, pt } from "../builders";
import { stackedPts } from "../builders-monwgt";

type Ind = (string | null)[];

/** Seed 002's 劳务派遣 table (its 10 indicators). */
const LABOUR: Ind[] = [
  ["成本指标", "经济成本指标", "各单位后勤服务满意度", "$\\geq 95\\%$"],
  [null, "社会成本指标", "工作认知度的持续影响", "$\\geq 98\\%$"],
  [null, "生态环境成本指标", "劳务派遣48人", "> 135 万元"],
  ["产出指标", "数量指标", "保障劳务派遣人数", "> 48 人"],
  [null, "时效指标", "2024年1-12月", "12个月"],
  [null, "质量指标", "劳务派遣人员合格率", "$\\geq 98\\%$"],
  ["效益指标", "生态效益指标", "对生态环境是否污染", "否"],
  [null, "社会效益指标", "后勤服务工作规范性", "100%"],
  [null, "经济效益指标", "对后勤服务工作认知度的提升", "$\\geq 98\\%$"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度调查", "$\\geq 98\\%$"],
];
/** Seed 002's 机关灶 table: the same block under other 二级 order, first row changed, plain signs. */
const CANTEEN: Ind[] = [
  ["成本指标", "经济成本指标", "资金使用率", "75万元"],
  [null, "社会成本指标", "工作认知度的持续影响", "≥98%"],
  [null, "生态环境成本指标", "劳务派遣48人", ">135万元"],
  ["产出指标", "数量指标", "保障劳务派遣人数", ">48人"],
  [null, "时效指标", "2024年1-12月", "12个月"],
  [null, "质量指标", "劳务派遣人员合格率", "≥98%"],
  ["效益指标", "生态效益指标", "对生态环境是否污染", "否"],
  [null, "经济效益指标", "后勤服务工作规范性", "100%"],
  [null, "社会效益指标", "对后勤服务工作认知度的提升", "≥98%"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度调查", "≥98%"],
];

const generic = (first: Ind, second: Ind): Ind[] => [
  ["产出指标", "数量指标", ...first.slice(2)],
  [null, "质量指标", ...second.slice(2)],
  [null, "时效指标", "完成时间", "2021年12月前"],
  ["效益指标", "社会效益指标", "保障机关正常运转", "正常运转"],
  ["满意度指标", "服务对象满意度指标", "全体机关人员满意度", "≥90%"],
];

/** Seed 004: two unrelated projects sharing 7 of 9 template rows, with two rows changed. */
const TEMPLATE = (cost: string, coverage: string): Ind[] => [
  ["产出指标", "数量指标", "相关支出次数", "≥95%"],
  [null, "质量指标", "保障支出", "≥96%"],
  [null, "时效指标", "资金支出情况", "365天"],
  [null, "成本指标", cost, "≤90%"],
  ["效益指标", "经济效益指标", "总成本费用", "≥95%"],
  [null, "社会效益指标", "执行相关规定", "≥96%"],
  [null, "生态效益指标", "经费保障覆盖率", coverage],
  [null, "可持续影响指标", "办公经费", "≥95%"],
  ["满意度指标", "服务对象满意度指标", "人民群众满意度", "≥98%"],
];

// stackedPts: the first form's indicators start at row 9 (三级 in C); each form takes 9 + n rows.
ruleTester(rule, {
  valid: [
    {
      name: "projects that share only generic rows (完成时间, 满意度): 3 of 5",
      forms: () =>
        stackedPts([
          { project: "零星维修", indicators: generic(["", "", "维修次数", "≥50次"], ["", "", "设备正常使用率", "≥95%"]) },
          { project: "公车平台", indicators: generic(["", "", "出车次数", "≥50次"], ["", "", "车辆完好率", "≥95%"]) },
        ]),
    },
    {
      name: "small tables sharing 2 of 3 (seed 001's 长期使用性 / 服务对象满意度)",
      forms: () =>
        stackedPts([
          { project: "后勤保障经费", indicators: [["产出指标", "时效指标", "后勤保障经费到位率", "≥90%"], ["效果指标", "可持续影响指标", "长期使用性", "≥90%"], ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥80%"]] },
          { project: "综合办公楼水电费", indicators: [["产出指标", "时效指标", "完成率", "≥90%"], ["效果指标", "可持续影响指标", "长期使用性", "≥90%"], ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥80%"]] },
        ]),
    },
    {
      name: "the same names with other values are not copies",
      forms: () => stackedPts([{ project: "甲项目", indicators: TEMPLATE("项目成本", "≥94%") }, { project: "乙项目", indicators: TEMPLATE("项目成本", "≥98%").map((r) => [...r.slice(0, 3), "≥99%"]) }]),
    },
    { name: "the same project twice is not a copy between projects", forms: () => stackedPts([{ project: "2024年公务接待费", indicators: LABOUR }, { project: "公务接待费", indicators: LABOUR }]) },
    {
      name: "a target form and a self-evaluation are not compared",
      forms: () => [pt({ project: "甲项目", indicators: [["产出指标", "数量指标", "次数", "50次"]] }), ps({ project: "乙项目", indicators: [["产出指标", "数量指标", "次数", "50次", "50次", 90, 90]] })],
    },
  ],
  invalid: [
    {
      name: "seed 002: 机关灶 repeats 9 of the 10 indicators of 劳务派遣",
      forms: () => stackedPts([{ project: "2024年后勤服务人员劳务派遣费用", indicators: LABOUR }, { project: "2024年机关灶、职工灶运行经费", indicators: CANTEEN }]),
      findings: [
        {
          messageId: "copiedBlock",
          severity: "warning",
          cells: ["C29", "C30", "C31", "C32", "C33", "C34", "C35", "C36", "C37", "C10", "C11", "C12", "C13", "C14", "C15", "C16", "C17", "C18"],
          message:
            "项目“2024年机关灶、职工灶运行经费”的 10 个绩效指标中有 9 个与项目“2024年后勤服务人员劳务派遣费用”的指标名称和指标值完全相同（从 C29 起）。不同项目照抄同一组指标，说明这些指标不是针对本项目设定的；请按本项目的实际产出和效益改写。",
        },
      ],
    },
    {
      name: "seed 004: 7 of 9 template rows in two unrelated projects (78%)",
      forms: () => stackedPts([{ project: "本级独生子女父母退休一次性奖励", indicators: TEMPLATE("项目支出", "≥94%") }, { project: "本级其他人员日常工作经费", indicators: TEMPLATE("项目成本", "≥98%") }]),
      findings: [{ messageId: "copiedBlock", cells: ["C27", "C28", "C29", "C31", "C32", "C34", "C35", "C9", "C10", "C11", "C13", "C14", "C16", "C17"], message: /^项目“本级其他人员日常工作经费”的 9 个绩效指标中有 7 个与项目“本级独生子女父母退休一次性奖励”/ }],
    },
    {
      name: "three copies of one table: each later copy is reported once, against the first",
      forms: () => stackedPts([{ project: "甲项目", indicators: LABOUR }, { project: "乙项目", indicators: LABOUR }, { project: "丙项目", indicators: LABOUR }]),
      findings: [
        { messageId: "copiedBlock", message: /^项目“乙项目”的 10 个绩效指标中有 10 个与项目“甲项目”/ },
        { messageId: "copiedBlock", message: /^项目“丙项目”的 10 个绩效指标中有 10 个与项目“甲项目”/ },
      ],
    },
    {
      name: "a copy is reported against the form it shares most with, not the first similar one",
      forms: () => stackedPts([{ project: "甲项目", indicators: CANTEEN }, { project: "乙项目", indicators: LABOUR }, { project: "丙项目", indicators: LABOUR }]),
      findings: [
        { messageId: "copiedBlock", message: /^项目“乙项目”的 10 个绩效指标中有 9 个与项目“甲项目”/ },
        { messageId: "copiedBlock", message: /^项目“丙项目”的 10 个绩效指标中有 10 个与项目“乙项目”/ },
      ],
    },
    {
      name: "a run of 5 identical indicators in larger tables (5 of 12)",
      forms: () => {
        const block: Ind[] = TEMPLATE("项目成本", "≥94%").slice(0, 5);
        const own = (p: string): Ind[] => Array.from({ length: 7 }, (_, i) => [i === 0 ? "效益指标" : null, "社会效益指标", `${p}效益${i + 1}`, "好"]);
        return stackedPts([{ project: "甲项目", indicators: [...block, ...own("甲")] }, { project: "乙项目", indicators: [...own("乙"), ...block] }]);
      },
      findings: [{ messageId: "copiedBlock", cells: ["C37", "C38", "C39", "C40", "C41", "C9", "C10", "C11", "C12", "C13"], message: /的 12 个绩效指标中有 5 个与项目“甲项目”/ }],
    },
  ],
});
