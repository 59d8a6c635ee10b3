import { Grid } from "../../../src/grid/grid";
import { recogniseGrid } from "../../../src/recognise";
import type { DepartmentTargetForm, Form, ProjectSelfEvaluationForm, ProjectTargetForm, DepartmentSelfEvaluationForm } from "../../../src/forms/forms";
import { formsOfSeedText } from "./helpers";

function only<K extends Form["kind"]>(forms: Form[], kind: K): Extract<Form, { kind: K }>[] {
  return forms.filter((f): f is Extract<Form, { kind: K }> => f.kind === kind);
}

describe("seed 000 (湖南 2021)", () => {
  const forms = formsOfSeedText("000");
  const dt = only(forms, "DT")[0] as DepartmentTargetForm;
  const pts = only(forms, "PT") as ProjectTargetForm[];

  it("reads the department form's header and money by label", () => {
    expect(dt.header.unit).toMatchObject({ value: "石峰区机关事务服务中心" });
    expect(dt.header.year?.value).toBe(2021);
    expect(dt.header.moneyUnit?.value).toBe("万元");
    const money = Object.fromEntries(dt.money.map((m) => [m.key, m.amounts.budget?.value ?? null]));
    expect(money).toMatchObject({ total: 917.4946, fiscal: 917.4946, basic: 328.9946, project: 588.5 });
    expect(dt.tasks.map((t) => t.name.value)).toEqual(["零星维修购置及各类合同", "物业管理及水电气供应", "公车平台"]);
    expect(dt.layout).toBe("hunan-2021");
  });

  it("fills 一级 down through merged cells and keeps the cell it came from", () => {
    const quality = dt.indicators.find((i) => i.level3.value.startsWith("办公室和会议室"))!;
    expect(quality.level1).toMatchObject({ value: "产出指标", inherited: true });
    expect(quality.level2.value).toBe("产出质量");
    const first = dt.indicators[0]!;
    expect(first.level1.inherited).toBeUndefined();
    expect(quality.level1.ref).toBe(first.level1.ref);
    expect(quality.target?.value).toMatchObject({ kind: "quantitative", comparator: "≥", number: 95, unit: "%" });
  });

  it("reads the three 专项资金支出方向 tables", () => {
    expect(pts.map((p) => [p.header.project?.value, p.money.find((m) => m.key === "total")?.amounts.budget?.value])).toEqual([
      ["零星维修购置及各类合同", 80],
      ["物业管理及水电气供应", 433.5],
      ["公车平台", 75],
    ]);
    expect(pts[0]!.goals.longTerm?.value).toBe("保障机关大楼的正常运转及改善干部职工的办公环境");
    expect(pts[0]!.header.specialFund?.value).toBe("零星维修购置及各类合同专项经费");
  });
});

describe("seed 001 (河北 2020)", () => {
  const pts = only(formsOfSeedText("001"), "PT") as ProjectTargetForm[];

  it("reads 项目编码, 资金支出计划 and the unit written without a label", () => {
    const p = pts[0]!;
    expect(p.header.projectCode?.value).toBe("430-0502-JBN-GG1U");
    expect(p.header.unit?.value).toBe("秦皇岛市北戴河区机关事务管理局");
    expect(p.spendingPlan.map((s) => [s.month, s.percent.value])).toEqual([
      [3, 25],
      [6, 50],
      [10, 100],
      [12, 100],
    ]);
    expect(p.goals.use?.value).toBe("根据合同支付2020年“创意之家”租赁费。");
    expect(p.layout).toBe("hebei");
  });

  it("keeps the malformed targets as written and flags them", () => {
    const all = pts.flatMap((p) => p.indicators);
    const doubled = all.filter((i) => i.target?.value.kind === "quantitative" && i.target.value.defects.some((d) => d.code === "doubled-number"));
    expect(doubled).toHaveLength(27);
  });

  it("joins a 三级 name broken over two lines", () => {
    const p = pts.find((x) => x.header.project?.value === "后勤管理经费")!;
    expect(p.indicators[0]!.level3.value).toBe("后勤管理经费\n到位率");
  });
});

describe("seed 002 (甘肃 2024, PDF extraction)", () => {
  const forms = formsOfSeedText("002");
  const dt = only(forms, "DT")[0] as DepartmentTargetForm;

  it("reads rows that lost a leading cell or had a cell split in two", () => {
    const rows = dt.indicators.map((i) => [i.level1.value, i.level2.value.slice(0, 10), i.level3.value, i.target?.text]);
    expect(rows).toContainEqual(["履职效果", "党政机关公务用车管理", "保障公车数量", "70辆"]);
    expect(rows).toContainEqual(["能力建设", "提升接待服务员业务水", "加强业务培训", ">200人次"]);
    const sat = (only(forms, "PT")[0] as ProjectTargetForm).indicators.at(-1)!;
    expect([sat.level1.value, sat.level2.value, sat.level3.value, sat.target?.text]).toEqual(["满意度指标", "服务对象满意度指标", "干部职工满意度", "95%"]);
  });

  it("reads money by type and by source", () => {
    const money = Object.fromEntries(dt.money.map((m) => [m.key, m.amounts.budget?.value ?? null]));
    expect(money).toMatchObject({ personnel: 595.51, publicUse: 20, basic: 615.51, project: 1022, incomeTotal: 1637.51, expenseTotal: 1637.51 });
    expect(dt.goals.items?.map((g) => g.value)).toEqual(["提高后勤服务保障工作服务水平", "及时缴纳水、电、电梯维保费", "为干部职工提供良好的办公条件"]);
  });

  it("takes 成本指标 as a first level (2024 layout)", () => {
    const pt = only(forms, "PT")[0] as ProjectTargetForm;
    expect(pt.level1Blocks.map((b) => b.name.value)).toEqual(["成本指标", "产出指标", "效益指标", "满意度指标"]);
    expect(pt.layout).toBe("gansu-2024");
    expect(pt.header.year?.value).toBe(2024);
    expect(pt.header.implementer?.value).toBe("机关事务管理局");
  });
});

describe("seed 003 self-evaluations", () => {
  const forms = formsOfSeedText("003");
  const ds = only(forms, "DS")[0] as DepartmentSelfEvaluationForm;
  const ps = only(forms, "PS") as ProjectSelfEvaluationForm[];

  it("reads 执行率, money columns, stated block points and the total", () => {
    expect(ds.execution.weight?.value).toBe(10);
    expect(ds.execution.rate?.value).toBe(1);
    expect(ds.execution.score?.value).toBe(10);
    const total = ds.money.find((m) => m.key === "total")!;
    expect([total.amounts.initialBudget?.value, total.amounts.adjustedBudget?.value, total.amounts.executed?.value]).toEqual([917.49, 1474.07, 1474.07]);
    expect(ds.level1Blocks.map((b) => [b.name.value, b.statedWeight])).toEqual([
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
    expect(ds.total.weight?.value).toBe(100);
    expect(ds.total.score?.value).toBe(92);
    expect(ds.total.grade?.value).toBe("优");
  });

  it("realigns rows shifted by the PDF conversion (分值 and 得分 stay numbers)", () => {
    for (const form of [ds, ...ps]) {
      for (const ind of form.indicators) {
        expect(ind.weight?.value).toEqual(expect.any(Number));
        expect(ind.score?.value).toEqual(expect.any(Number));
      }
    }
    const epidemic = ds.indicators.find((i) => i.level3.value === "疫情防控相关知识")!;
    expect([epidemic.level2.value, epidemic.target?.text, epidemic.actual?.text]).toEqual(["质量指标", "宣传到位", "共同战“疫”"]);
  });

  it("puts a row above a merged 一级 label into the block its 二级 belongs to", () => {
    const works = ps.find((p) => p.header.project?.value.startsWith("工程改造"))!;
    const social = works.indicators.find((i) => i.level2.value === "社会效益指标")!;
    expect(social.level1).toMatchObject({ value: "效益指标", inherited: true });
  });

  it("finds the 14 of 15 drivers as it is written", () => {
    const car = ps.find((p) => p.header.project?.value === "公车平台经费")!;
    const drivers = car.indicators.find((i) => i.level3.value === "公车平台司勤人员")!;
    expect(drivers.target?.value).toMatchObject({ number: 15, unit: "人" });
    expect(drivers.actual?.value).toMatchObject({ number: 14, unit: "人" });
    expect(drivers.score?.value).toBe(10);
    expect(car.investment.total?.value).toBe(119.48);
  });
});

describe("labels, not positions", () => {
  const rows = (cells: (string | null)[][]): Grid => Grid.fromRows("表", cells);

  it("reads columns in another order, optional columns missing, several forms on one sheet", () => {
    const g = rows([
      ["项目支出绩效目标表"],
      ["项目名称", "甲项目"],
      ["项目资金", "年度资金总额:", "50"],
      ["指标值", "三级指标", "二级指标", "一级指标"],
      ["≥10次", "培训次数", "数量指标", "产出指标"],
      ["≥90%", "满意度", "服务对象满意度指标", "满意度指标"],
      [],
      ["项目支出绩效目标表"],
      ["项目名称", "乙项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "完成时间", "2024年12月前"],
    ]);
    const { forms } = recogniseGrid(g);
    expect(forms.map((f) => [f.kind, f.range])).toEqual([
      ["PT", "A1:D6"],
      ["PT", "A8:D11"],
    ]);
    const a = forms[0] as ProjectTargetForm;
    expect(a.indicators.map((i) => [i.level1.value, i.level2.value, i.level3.value, i.target?.text])).toEqual([
      ["产出指标", "数量指标", "培训次数", "≥10次"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ]);
    expect(a.indicators[0]!.level3.ref).toBe("B5");
    expect(a.money[0]!.amounts.budget).toMatchObject({ value: 50, ref: "C3" });
  });

  it("treats merged 一级 cells as 'same as above'", () => {
    const g = new Grid(
      "表",
      Grid.fromRows("x", [
        ["部门整体支出绩效目标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "a", "1次"],
        [null, null, "b", "2次"],
        [null, "质量指标", "c", "≥90%"],
      ]).toTextRows().map((r) => r.map((t) => (t === "" ? undefined : { value: t, text: t }))),
      [{ top: 2, left: 0, bottom: 4, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }],
    );
    const dt = recogniseGrid(g).forms[0] as DepartmentTargetForm;
    expect(dt.indicators.map((i) => [i.level1.value, i.level1.inherited ?? false, i.level2.value])).toEqual([
      ["产出指标", false, "数量指标"],
      ["产出指标", true, "数量指标"],
      ["产出指标", true, "质量指标"],
    ]);
  });

  it("reads a self-evaluation without a title by its columns", () => {
    const g = rows([
      ["项目名称", "丙项目"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "次数", "10次", "9次", "50", "45"],
    ]);
    const [form] = recogniseGrid(g).forms;
    expect(form?.kind).toBe("PS");
  });

  it("says so when a sheet holds no form", () => {
    const r = recogniseGrid(rows([["随便写的", "内容"], ["1", "2"]]));
    expect(r.forms).toEqual([]);
    expect(r.messages[0]).toMatch(/未识别出/);
    expect(recogniseGrid(rows([])).messages[0]).toMatch(/未识别出/);
  });
});
