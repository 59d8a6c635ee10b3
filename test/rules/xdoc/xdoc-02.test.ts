import rule from "../../../src/rules/catalogue/xdoc/xdoc-02-foreign-text";
import { wordsIn } from "../../../src/rules/catalogue/xdoc/xdoc-02-foreign-text";
import { ruleTester } from "../rule-tester";
import { formsFrom, ptRows, type Row } from "../builders";
import { dtRows, stackedPts, stRows } from "../builders-monwgt";

const sat: (string | null)[] = ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"];
const ind = (name: string, value = "≥95%"): (string | null)[][] => [["产出指标", "数量指标", name, value], sat];

// stackedPts: 年度绩效目标 text in B7, indicators from row 9 (三级 in C, 指标值 in D); each form takes 9 + n rows.
ruleTester(rule, {
  valid: [
    { name: "a car project speaking of 车辆 (its own theme)", forms: () => stackedPts([{ project: "公车平台", goal: "对车辆进行加油、维修、保险", indicators: ind("车辆完好率") }]) },
    {
      name: "seed 000: 公车平台 names 保险, but no project of the workbook is about 保险",
      forms: () => stackedPts([{ project: "公车平台", goal: "对车辆进行加油、维修、保险、保障人员工资等", indicators: ind("出车次数", "≥50次") }, { project: "物业管理及水电气供应", indicators: ind("保洁率") }]),
    },
    {
      name: "seed 002: 水电暖人员 in the 劳务派遣 goal is not the 水费 project",
      forms: () => stackedPts([{ project: "2024年后勤服务人员劳务派遣费用", goal: "解决水电暖人员不足的现状", indicators: ind("劳务派遣人员合格率") }, { project: "各统办楼、政务中心水费", indicators: ind("水费缴纳及时率") }]),
    },
    {
      name: "seed 003: 水电改造 in a works project is not the 水电气 bills",
      forms: () => stackedPts([{ project: "工程改造项目", goal: "完成“一户一表”水电改造项目", indicators: ind("改造完成率") }, { project: "物业管理及水电气经费", indicators: ind("保洁率") }]),
    },
    {
      name: "a goal repeating the department's duties speaks for the department",
      forms: () => {
        const duty = "负责区直机关后勤服务工作，对向区直机关提供外包服务的物业、餐饮等公司进行管理，保障机关大楼的正常运转。";
        const rows: Row[] = [
          ...dtRows({ duties: duty }),
          [],
          ...ptRows({ project: "零星维修购置及各类合同经费", indicators: ind("维修次数", "≥50次") }).map((r) => (r[0] === "年度绩效目标" ? ["年度绩效目标", duty] : r)),
          [],
          ...ptRows({ project: "物业管理及水电气经费", indicators: ind("保洁率") }),
        ];
        return formsFrom(rows);
      },
    },
    { name: "a hospital's own project may speak of 住院医师", forms: () => stackedPts([{ project: "住院医师规范化培训", unit: "某某人民医院", indicators: ind("参培住院医师满意度") }]) },
  ],
  invalid: [
    {
      name: "seed 001: a hospital indicator in a car-reform project",
      forms: () => stackedPts([{ project: "公务用车制度改革费", goal: "建设节约型、廉洁型机关；车辆管理规范透明。", indicators: [["产出指标", "数量指标", "支持全区公务用车数量", "≥90%"], ["满意度指标", "服务对象满意度指标", "参培住院医师满意度", "≥80%"]] }]),
      findings: [
        {
          messageId: "foreignDomain",
          severity: "info",
          cells: ["C10"],
          message: "项目“公务用车制度改革费”的绩效指标“参培住院医师满意度”提到“住院医师”，属于医疗卫生方面的内容，但本项目和填报单位都与医疗卫生无关，可能是从其他单位或项目的表格复制来的。请核对 C10，改成本项目自己的目标或指标。",
        },
      ],
    },
    {
      name: "seed 002: the elevator project's goal is the canteen project's",
      forms: () =>
        stackedPts([
          { project: "2024年机关灶、职工灶运行经费", goal: "保障机关灶、职工灶正常运行", indicators: ind("就餐人数", "≥100人") },
          { project: "一、二号统办楼7部电梯运行、维护费用", goal: "保障机关灶、职工灶正常运行", indicators: ind("电梯正常运行", "7部") },
        ]),
      findings: [
        {
          messageId: "namesOtherProject",
          severity: "info",
          cells: ["B18"],
          message: "项目“一、二号统办楼7部电梯运行、维护费用”的年度绩效目标提到“机关灶、职工灶”，这是本工作簿中另一个项目“2024年机关灶、职工灶运行经费”的内容，与本项目无关，可能是从那个项目复制后没有改完。请核对 B18，改成本项目自己的目标或指标。",
        },
      ],
    },
    {
      name: "seed 002: three 劳务派遣 indicators in the canteen project, one finding",
      forms: () =>
        stackedPts([
          { project: "2024年后勤服务人员劳务派遣费用", indicators: ind("保障劳务派遣人数", ">48人") },
          {
            project: "2024年机关灶、职工灶运行经费",
            indicators: [["成本指标", "生态环境成本指标", "劳务派遣48人", ">135万元"], ["产出指标", "数量指标", "保障劳务派遣人数", ">48人"], [null, "质量指标", "劳务派遣人员合格率", "≥98%"], sat],
          },
        ]),
      findings: [
        {
          messageId: "namesOtherProject",
          cells: ["C20", "C21", "C22"],
          message: "项目“2024年机关灶、职工灶运行经费”的 3 处文字（C20、C21、C22）提到“劳务派遣”，这是本工作簿中另一个项目“2024年后勤服务人员劳务派遣费用”的内容，与本项目无关，可能是从那个项目复制后没有改完。请核对 C20，改成本项目自己的目标或指标。",
        },
      ],
    },
    {
      name: "a project named only in the summary table counts too",
      forms: () => formsFrom([...stRows({ rows: [["物业管理", 100], ["公车平台经费", 75]] }), [], ...ptRows({ project: "物业管理", indicators: ind("公车出车次数", "≥50次") })]),
      findings: [{ messageId: "namesOtherProject", cells: ["C16"], message: /^项目“物业管理”的绩效指标“公车出车次数”提到“公车”，这是本工作簿中另一个项目“公车平台经费”的内容/ }],
    },
  ],
});

describe("wordsIn", () => {
  it("keeps the longest of nested words", () => {
    expect(wordsIn("参培住院医师满意度", ["住院医师", "医师"])).toEqual(["住院医师"]);
  });
});
