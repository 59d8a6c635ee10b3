import rule, { classPath, tokenize } from "../../../src/rules/catalogue/xdoc/xdoc-03-narrative-numbers";
import { ruleTester } from "../rule-tester";
import { allTables, jsForms, jsFormsOn, narrative } from "../builders-js";
import { ps } from "../builders";

/** The nine default tables (rows 1–121) and a narrative under them: its title is row 123, its first line row 124. */
const withTables = (...sections: string[][]) => jsForms(...allTables(), narrative(sections));
const A = (n: number): string => `A${123 + n}`;

describe("XDOC-03 tokens", () => {
  it("reads amounts, percentages and counts with their labels; skips years, dates and numbering", () => {
    const toks = tokenize("1、2021年度收、支总计1,474.07万元，与上年相比，减少290.92万元，减少16.48%。截至2021年12月31日共有车辆35辆，单位价值50万元以上设备1台（套）");
    expect(toks.map((t) => [t.label, t.value, t.unit, t.change ?? "", t.threshold])).toEqual([
      ["收、支总计", 1474.07, "万元", "", false],
      ["减少", 290.92, "万元", "down", false],
      ["减少", 16.48, "%", "down", false],
      ["截至共有车辆", 35, "辆", "", false],
      ["单位价值", 50, "万元", "", true],
      ["以上设备", 1, "台(套)", "", false],
    ]);
  });

  it("takes a bare number between 万元 amounts as an amount without its unit", () => {
    const toks = tokenize("后勤保障经费 143.69 万元，疫情防控专项经费 101.06，机关文印中心工作经费 43.16 万元。");
    expect(toks.map((t) => [t.label, t.value, t.kind, t.unitless])).toEqual([
      ["后勤保障经费", 143.69, "money", false],
      ["疫情防控专项经费", 101.06, "money", true],
      ["机关文印中心工作经费", 43.16, "money", false],
    ]);
  });

  it("reads a 功能分类 path", () => {
    expect(classPath("1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。")).toEqual(["一般公共服务", "政府办公厅(室)及相关机构事务", "行政运行"]);
    expect(classPath("一般公共服务（类）支出")).toEqual(["一般公共服务"]);
  });
});

const CONSISTENT: string[][] = [
  ["一、收入支出决算总体情况说明", "2021年度收、支总计170万元。与上年相比，减少30万元，减少15%，主要是因为厉行节约。"],
  ["二、收入决算情况说明", "本年收入合计170万元，其中：财政拨款收入150万元，占88.24%；上级补助收入0万元，占0%；其他收入20万元，占11.76%。"],
  ["三、支出决算情况说明", "本年支出合计170万元，其中：基本支出80万元，占47.06%；项目支出90万元，占52.94%。"],
  [
    "五、一般公共预算财政拨款支出决算情况说明",
    "（一）财政拨款支出决算总体情况",
    "2021年度财政拨款支出150万元，占本年支出合计的88.24%。",
    "（三）财政拨款支出决算具体情况",
    "1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。",
    "年初预算为70万元，支出决算为80万元，完成年初预算的114.29%，决算数大于年初预算数的主要原因是人员经费年中调增10万元。",
  ],
  ["六、一般公共预算财政拨款基本支出决算情况说明", "2021年度财政拨款基本支出80万元，其中：人员经费60万元，占基本支出的75%；公用经费20万元，占基本支出的25%。"],
  [
    "七、一般公共预算财政拨款三公经费支出决算情况说明",
    "“三公”经费财政拨款支出预算为10万元，支出决算为8万元，完成预算的80%，其中：",
    "公务用车购置费及运行维护费支出预算为6万元，支出决算为5万元，完成预算的83.33%，决算数小于预算数，与上年相比减少1万元，减少16.67%。",
    "因公出国（境）费支出预算为0万元，支出决算为0万元，完成预算的0%，决算数等于预算数。",
    "2021年度“三公”经费财政拨款支出决算中，公务接待费支出决算3万元，占37.5%，因公出国（境）费支出决算0万元，占0%，公务用车购置费及运行维护费支出决算5万元，占62.5%。",
  ],
  ["八、政府性基金预算收入支出决算情况", "2021年度政府性基金预算财政拨款收入0万元；年初结转和结余0万元；支出0万元，其中基本支出0万元，项目支出0万元；年末结转和结余0万元。"],
  ["十、关于机关运行经费支出说明", "本部门2021年度机关运行经费支出20万元，比上年决算数减少5万元，减少20%。"],
  ["十一、一般性支出情况", "2021年本部门开支会议费0万元，开支培训费2.5万元。"],
  ["十二、关于政府采购支出说明", "本部门2021年度政府采购支出总额50万元，其中：政府采购货物支出30万元、政府采购工程支出20万元、政府采购服务支出0万元。"],
  ["十三、关于国有资产占用情况说明", "截至2021年12月31日，本单位共有车辆5辆，其中，领导干部用车1辆、应急保障用车4辆；单位价值50万元以上通用设备0台（套）。"],
];

const psForm = (score = 90) =>
  ps(
    { project: "物业管理及水电气经费", budget: [80, 100, 100], sources: [["其中：当年财政拨款", 80, 100, null]], indicators: [["产出指标", "数量指标", "次数", "50次", "59次", 90, score]], total: [100, score + 10, "优"] },
    "自评表",
  );

ruleTester(rule, {
  valid: [
    { name: "a narrative that agrees with the tables and with itself", forms: () => withTables(...CONSISTENT) },
    { name: "the same narrative without tables: only its own arithmetic is checked", forms: () => jsForms(narrative(CONSISTENT)) },
    {
      name: "完成预算 counts the mid-year addition; a project's self-evaluation on another sheet agrees",
      forms: () => [
        ...jsForms(narrative([["十四、关于2021年度预算绩效情况的说明", "物业管理及水电气经费项目绩效自评综述：项目年初预算数为 80 万元，年中增加预算 20 万元，预算执行数为 100 万元，完成预算的 100%，项目绩效自评得分为 100 分。"]])),
        psForm(),
      ],
    },
    { name: "a rounding difference of 0.01 against a table (公开03 1,138.54 quoted as 1,138.53)", forms: () => withTables(["三、支出决算情况说明", "本年支出合计170万元，其中：基本支出80万元；项目支出89.99万元。"]) },
    { name: "no narrative", forms: () => jsForms(...allTables()) },
    { name: "an amount rounded in the text is taken to half its last digit (“收入支出总计 170 万元”; 20.0 for 20)", forms: () => withTables(["一、收入支出决算总体情况说明", "2021年度收入支出总计170万元，其中：其他收入20.0万元。"]) },
    { name: "2.22 is less than 2.23: stated amounts compared as written", forms: () => jsForms(narrative([["七、三公经费", "公务接待费全年预算为2.23万元，支出决算为2.22万元，决算数小于全年预算数。"]])) },
  ],
  invalid: [
    {
      name: "amounts that differ from 公开01 and 公开02",
      forms: () => withTables(["二、收入决算情况说明", "本年收入合计171万元，其中：财政拨款收入150万元；其他收入21万元。"]),
      findings: [
        { messageId: "amountDiffers", severity: "warning", cells: [A(2), "C13"], message: "说明中“本年收入合计171万元”为 171 万元，而本年收入合计为 170 万元（公开01表 C13）。" },
        { messageId: "amountDiffers", cells: [A(2), "I24"], message: "说明中“其他收入21万元”为 21 万元，而其他收入为 20 万元（公开02表 I24）。" },
      ],
    },
    {
      name: "a 功能分类 类 and a 项 quoted with other amounts than 公开05",
      forms: () =>
        withTables([
          "五、一般公共预算财政拨款支出决算情况说明",
          "（二）财政拨款支出决算结构情况",
          "2021年度财政拨款支出150万元，主要用于以下方面：一般公共服务（类）支出150万元，占100%。",
          "（三）财政拨款支出决算具体情况",
          "1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。",
          "年初预算为70万元，支出决算为81万元，完成年初预算的115.71%。",
        ]),
      findings: [
        { messageId: "amountDiffers", cells: [A(3), "C76"], message: "说明中“一般公共服务（类）支出150万元”为 150 万元，而201 一般公共服务支出为 120 万元（公开05表 C76）。" },
        { messageId: "amountDiffers", cells: [A(6), "C78"], message: "说明中“支出决算为81万元”为 81 万元，而2010301 行政运行为 80 万元（公开05表 C78）。" },
      ],
    },
    {
      name: "培训费 below the 公开06 figure",
      forms: () => withTables(["十一、一般性支出情况", "2021年本部门开支会议费0万元，开支培训费0万元。"]),
      findings: [{ messageId: "amountBelowTable", cells: [A(2), "F91"], message: "说明中“开支培训费0万元”为 0 万元，少于30216 培训费（财政拨款基本支出部分） 2 万元（公开06表 F91）。" }],
    },
    {
      name: "三公: a share, a completion rate, a comparison and a change that do not hold; an amount that contradicts 公开07",
      forms: () =>
        withTables([
          "七、一般公共预算财政拨款三公经费支出决算情况说明",
          "公务用车购置费及运行维护费支出预算为6万元，支出决算为5万元，完成预算的120%，决算数大于预算数，与上年相比减少1万元，减少20%。",
          "2021年度“三公”经费财政拨款支出决算中，公务接待费支出决算3万元，占37.5%，公务用车购置费及运行维护费支出决算5万元，占0%。",
          "3、公务用车购置费及运行维护费支出决算为0万元，其中：公务用车购置费0万元。",
        ]),
      findings: [
        { messageId: "rateWrong", cells: [A(2)], message: "说明中“公务用车购置费及运行维护费支出预算为6万元，支出决算为5万元，完成预算的120%”：决算 5 ÷ 预算 6 = 83.33%，不是 120%。" },
        { messageId: "comparisonWrong", cells: [A(2)], message: "说明中称“决算数大于预算数”，但决算 5 万元小于预算 6 万元。" },
        { messageId: "changeInconsistent", cells: [A(2)], message: "说明中“与上年相比减少1万元，减少20%”：本年 5 万元、减少 1 万元，则上年为 6 万元，减少幅度应为 16.67%，不是 20%。" },
        { messageId: "shareWrong", cells: [A(3)], message: "说明中“公务用车购置费及运行维护费支出决算5万元，占0%”：5 ÷ 8（“三公”经费合计决算数，公开07表 G102）= 62.5%，不是 0%。" },
        { messageId: "amountDiffers", cells: [A(4), "I102"], message: "说明中“公务用车购置费及运行维护费支出决算为0万元”为 0 万元，而公务用车购置及运行费决算数为 5 万元（公开07表 I102）。" },
      ],
    },
    {
      name: "“收入支出总计” against 公开01; a comparison whose amounts sit in the sentence before it",
      forms: () =>
        withTables(
          ["一、收入支出决算总体情况说明", "2021年度收入支出总计0万元。"],
          ["五、一般公共预算财政拨款支出决算情况说明", "1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。", "年初预算为90万元，支出决算为80万元。决算数大于预算数的主要原因：人员减少。"],
        ),
      findings: [
        { messageId: "amountDiffers", cells: [A(2), "C16"], message: "说明中“2021年度收入支出总计0万元”为 0 万元，而收支总计为 170 万元（公开01表 C16）。" },
        { messageId: "comparisonWrong", cells: [A(5)], message: "说明中称“决算数大于预算数”，但决算 80 万元小于预算 90 万元。" },
      ],
    },
    {
      name: "without 公开07 the shares of one total must still add up to 100%",
      forms: () => jsForms(narrative([["七、三公经费支出决算情况说明", "2021年度“三公”经费财政拨款支出决算中，公务接待费支出决算3万元，占30%，公务用车购置费及运行维护费支出决算5万元，占50%。"]])),
      findings: [
        {
          messageId: "sharesDoNotSumTo100",
          cells: ["A3"],
          message: "说明中同一总数的各项占比（30% + 50%）合计 80%，不是 100%：“公务接待费支出决算3万元，占30%，公务用车购置费及运行维护费支出决算5万元，占50%”。",
        },
      ],
    },
    {
      name: "tables on another sheet: the table cell is named in the message, not among the cells",
      forms: () => [...jsFormsOn("决算表", ...allTables()), ...jsFormsOn("说明", narrative([["七、三公经费支出决算情况说明", "3、公务用车购置费及运行维护费支出决算为0万元。"]]))],
      findings: [{ messageId: "amountDiffers", cells: ["A3"], message: "说明中“公务用车购置费及运行维护费支出决算为0万元”为 0 万元，而公务用车购置及运行费决算数为 5 万元（公开07表 决算表!I102）。" }],
    },
    {
      name: "a completion rate over a 年初预算 of 0",
      forms: () =>
        withTables([
          "五、一般公共预算财政拨款支出决算情况说明",
          "5、卫生健康（类）公共卫生（款）突发公共卫生事件应急处理（项）支出。",
          "年初预算为0万元，支出决算为30万元，完成年初预算的100%，决算数大于年初预算数的主要原因是：项目支出疫情防控专项经费增加30万元。",
        ]),
      findings: [
        {
          messageId: "rateUndefined",
          cells: [A(3)],
          message: "说明中“年初预算为0万元，支出决算为30万元，完成年初预算的100%”：预算为 0，决算 30 万元，完成预算的比例无从计算，不应写作 100%。",
        },
      ],
    },
    {
      name: "a change stated against this year instead of last year",
      forms: () => withTables(["一、收入支出决算总体情况说明", "2021年度收、支总计170万元。与上年相比，减少30万元，减少17.65%。"]),
      findings: [{ messageId: "changeInconsistent", cells: [A(2)], message: "说明中“减少30万元，减少17.65%”：本年 170 万元、减少 30 万元，则上年为 200 万元，减少幅度应为 15%，不是 17.65%。" }],
    },
    {
      name: "parts that do not add up (万元, counts), a number without its unit",
      forms: () =>
        jsForms(
          narrative([
            ["十二、关于政府采购支出说明", "本部门2021年度政府采购支出总额50万元，其中：政府采购货物支出31万元、政府采购工程支出20万元、政府采购服务支出0万元。"],
            ["十三、关于国有资产占用情况说明", "本单位共有车辆5辆，其中，领导干部用车1辆、应急保障用车5辆；单位价值50万元以上通用设备0台（套）。"],
            ["十四、关于预算绩效情况的说明", "项目支出 90 万元，具体明细项目为：物业管理经费 40 万元，后勤保障经费 30，疫情防控专项经费 20 万元。"],
          ]),
        ),
      findings: [
        { messageId: "partsDoNotAddUp", cells: ["A3"], message: "说明中“本部门2021年度政府采购支出总额50万元，其中：政府采购货物支出31万元、政府采购工程支出20万元、政府采购服务支出0万元”：各分项之和 51 万元（31 + 20 + 0）不等于总数 50 万元，相差 1 万元。" },
        { messageId: "partsDoNotAddUp", cells: ["A5"], message: "说明中“本单位共有车辆5辆，其中，领导干部用车1辆、应急保障用车5辆”：各分项之和 6辆（1 + 5）不等于总数 5辆，相差 1辆。" },
        { messageId: "unitMissing", cells: ["A7"], message: "说明中“后勤保障经费 30”的数字没有单位（同一句的其他金额以万元计）。" },
      ],
    },
    {
      name: "a project's self-evaluation on another sheet: 全年预算数 and 得分",
      forms: () => [
        ...jsForms(narrative([["十四、关于2021年度预算绩效情况的说明", "物业管理及水电气经费项目绩效自评综述：项目全年预算数为 80 万元，年中增加预算 20 万元，预算执行数为 100 万元，完成预算的 100%，项目绩效自评得分为 90 分。"]])),
        psForm(),
      ],
      findings: [
        { messageId: "amountDiffers", cells: ["A3"], message: "说明中“项目全年预算数为 80 万元”为 80 万元，而“物业管理及水电气经费”自评表的全年预算数为 100 万元（“物业管理及水电气经费”自评表 自评表!D5）。" },
        { messageId: "scoreDiffers", cells: ["A3"], message: /^说明中“项目绩效自评得分为 90 分”为 90 分，而“物业管理及水电气经费”自评表的总分为 100 分/ },
      ],
    },
  ],
});
