/**
 * Test material for scoring: self-evaluation sheets built from a few numbers (the layout of seed
 * 003's 项目支出绩效自评表), the generated cases that reach every branch of the scoring formulas,
 * and `fillAsMet`, which fills a generated 自评表 the way a clerk whose targets were all met would.
 * Shared by the unit tests (test/unit/usecases) and the LibreOffice suite (test/calc).
 */
import { Grid } from "../../src/grid/grid";
import type { WorkbookHost } from "../../src/hosts/host";
import type { SelfEvaluationForm } from "../../src/forms/forms";
import { isSelfEvaluation } from "../../src/forms/forms";
import { recogniseWorkbook } from "../../src/usecases/recognise-workbook";

export type Cell = string | number | null;

export interface CaseRow {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: Cell;
  weight: number;
  /** The score the form states (what the clerk wrote); default blank. */
  score?: Cell;
  /** The score the rules give, worked out by hand (two decimals); "" for blank. */
  expect?: number | "";
}

export interface CaseForm {
  /** Sheet name. */
  sheet: string;
  project: string;
  budget: Cell;
  executed: Cell;
  execWeight?: number;
  /** The stated 执行率 (a fraction) and 得分; default blank. */
  rate?: Cell;
  execScore?: Cell;
  /** Leave out the 得分 column of the 执行率 row (as seed 003's 公车平台经费 does). */
  noExecScoreCell?: boolean;
  rows: CaseRow[];
  /** The stated 总分 and 等级 text; defaults 0 and "等级：差". */
  total?: Cell;
  grade?: string;
  /** Worked out by hand: 执行率 (a fraction, "" for blank), 执行率得分, 总分 and the 等级 text (random cases: unused). */
  expectRate: number | "";
  expectExecScore: number | "" | null;
  expectTotal: number;
  expectGrade: string;
}

/** A 项目支出绩效自评表 as rows of cells (A…I), as seed 003 lays it out. */
export function caseRows(c: CaseForm): Cell[][] {
  const weights = c.rows.reduce((s, r) => s + r.weight, 0) + (c.execWeight ?? 10);
  const rows: Cell[][] = [
    ["2021 年度项目支出绩效自评表"],
    [],
    ["部门名称", "测试单位"],
    ["项目支出名称", "专项名称", c.project, null, "项目总投资 (万元)", typeof c.budget === "number" ? c.budget : 100],
    [null, "支出方向名称 (子项目)", c.project, null, "其中: 财政拨款 (万元)", typeof c.budget === "number" ? c.budget : 100],
    ["项目总实施期: 2021 年度"],
    [
      "年度项目资金 (万元)",
      "年度资金总额",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      ...(c.noExecScoreCell ? [] : ["得分 (分值×执行率)"]),
    ],
    [null, "合计", typeof c.budget === "number" ? c.budget : 100, c.budget, c.executed, c.execWeight ?? 10, c.rate ?? null, ...(c.noExecScoreCell ? [] : [c.execScore ?? null])],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    ["年度总体目标", "完成年度工作任务", null, null, "完成了年度工作任务，各项指标达到预期"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  let last1 = "";
  let last2 = "";
  for (const r of c.rows) {
    rows.push([null, r.level1 === last1 ? null : r.level1, r.level2 === last2 && r.level1 === last1 ? null : r.level2, r.level3, r.target, r.actual, r.weight, r.score ?? null, null]);
    last1 = r.level1;
    last2 = r.level2;
  }
  rows.push(["总分", null, null, null, null, weights, c.total ?? 0, c.grade ?? "等级：差"]);
  return rows;
}

export function caseGrid(c: CaseForm): Grid {
  return Grid.fromRows(c.sheet, caseRows(c));
}

const OUT = "产出指标 (50分)";
const BEN = "效益指标 (30分)";
const SAT = "满意度指标 (10分)";

/**
 * Generated cases, national profile (反向 by ratio): every branch of the indicator formula —
 * target met, missed, overshot; 正向, 反向, 等于 with T > 0 and T = 0; percentages as numbers and
 * as text; units converted; blank and unreadable actuals — and of the execution row: rate below
 * and over 100%, zero budget, blank spending, no 得分 cell. `expect` is worked out by hand.
 */
export const NATIONAL_CASES: CaseForm[] = [
  {
    sheet: "正向",
    expectRate: 0.862,
    expectExecScore: 8.62,
    expectTotal: 75.42,
    expectGrade: "等级：中",
    project: "正向指标",
    budget: 200,
    executed: 172.4,
    rows: [
      { level1: OUT, level2: "数量指标", level3: "零星维修次数", target: "≥50次", actual: "59 次", weight: 5, score: 5, expect: 5 },
      { level1: OUT, level2: "数量指标", level3: "司勤人员", target: "15 人", actual: "14 人", weight: 10, score: 10, expect: 9.33 },
      { level1: OUT, level2: "数量指标", level3: "网上派单次数", target: "≥1000次", actual: "1,346 次", weight: 5, score: 5, expect: 5 },
      { level1: OUT, level2: "数量指标", level3: "培训人次", target: ">200人次", actual: "150人次", weight: 5, expect: 3.75 },
      { level1: OUT, level2: "质量指标", level3: "设备完好率", target: "90%-95%", actual: "85%", weight: 5, expect: 4.72 },
      { level1: OUT, level2: "质量指标", level3: "验收合格率", target: "≥95%", actual: "≥96%", weight: 5, expect: 5 },
      { level1: OUT, level2: "质量指标", level3: "维修及时率", target: "≥98%", actual: -3, weight: 5, expect: 0 },
      { level1: OUT, level2: "时效指标", level3: "完成时限", target: "2021年12月前", actual: "2021年11月", weight: 10, score: 10, expect: 10 },
      { level1: BEN, level2: "社会效益指标", level3: "办公环境", target: "舒适整洁", actual: "舒适整洁", weight: 15, score: 14 },
      { level1: BEN, level2: "可持续影响指标", level3: "节能宣传覆盖率", target: "≥80%", actual: null, weight: 15, score: 15, expect: "" },
      { level1: SAT, level2: "服务对象满意度指标", level3: "干部职工满意度", target: "≥90%", actual: 0.95, weight: 10, score: 10, expect: 10 },
    ],
    total: 91,
    grade: "等级：优",
  },
  {
    sheet: "反向与等于",
    expectRate: 1,
    expectExecScore: 10,
    expectTotal: 75.36,
    expectGrade: "等级：中",
    project: "反向与等于指标",
    budget: 480.21,
    executed: 480.21,
    execScore: 9,
    rows: [
      { level1: OUT, level2: "成本指标", level3: "后勤保障经费", target: "≤450万元", actual: "436.20 万元", weight: 10, expect: 10 },
      { level1: OUT, level2: "成本指标", level3: "物业管理经费", target: "450万元以内", actual: "480.21万元", weight: 10, score: 10, expect: 9.37 },
      { level1: OUT, level2: "成本指标", level3: "水电气费用", target: "≤450万元", actual: "4800000元", weight: 10, expect: 9.38 },
      { level1: OUT, level2: "数量指标", level3: "会议服务", target: "=12次", actual: "10 次", weight: 5, expect: 4.17 },
      { level1: OUT, level2: "数量指标", level3: "会议场次", target: "≥250场次", actual: "260 场", weight: 5, expect: 5 },
      { level1: OUT, level2: "质量指标", level3: "安全事故", target: "=0起", actual: "0起", weight: 5, expect: 5 },
      { level1: OUT, level2: "质量指标", level3: "投诉次数", target: "=0次", actual: "2次", weight: 5, expect: 0 },
      { level1: BEN, level2: "社会效益指标", level3: "应急处置能力", target: "全面提升", actual: "部分达成", weight: 15, score: 13 },
      { level1: BEN, level2: "经济效益指标", level3: "节约率", target: "≥5%", actual: "全部完成", weight: 15, score: 15, expect: "" },
      { level1: SAT, level2: "服务对象满意度指标", level3: "满意度", target: "≥90%", actual: "85%", weight: 10, expect: 9.44 },
    ],
  },
  {
    sheet: "超支",
    expectRate: 1.205,
    expectExecScore: 10,
    expectTotal: 98.89,
    expectGrade: "等级：优",
    project: "执行率超过100%",
    budget: 100,
    executed: 120.5,
    rate: 1.205,
    execScore: 10,
    rows: [
      { level1: OUT, level2: "数量指标", level3: "巡查次数", target: "≥100次", actual: "250次", weight: 50, expect: 50 },
      { level1: BEN, level2: "社会效益指标", level3: "群众满意", target: "≥90%", actual: "90%", weight: 30, expect: 30 },
      { level1: SAT, level2: "服务对象满意度指标", level3: "满意度", target: "≥90%", actual: "80%", weight: 10, expect: 8.89 },
    ],
  },
  {
    sheet: "零预算",
    expectRate: "",
    expectExecScore: "",
    expectTotal: 47.78,
    expectGrade: "等级：差",
    project: "全年预算为零",
    budget: 0,
    executed: 0,
    rows: [
      { level1: OUT, level2: "数量指标", level3: "巡查次数", target: "≥100次", actual: "40次", weight: 50, expect: 20 },
      { level1: BEN, level2: "社会效益指标", level3: "群众满意", target: "≥90%", actual: "60%", weight: 30, expect: 20 },
      { level1: SAT, level2: "服务对象满意度指标", level3: "满意度", target: "≥90%", actual: "70%", weight: 10, expect: 7.78 },
    ],
  },
  {
    sheet: "未执行",
    expectRate: "",
    expectExecScore: "",
    expectTotal: 77.5,
    expectGrade: "等级：中",
    project: "全年执行数未填",
    budget: 80,
    executed: null,
    rows: [
      { level1: OUT, level2: "数量指标", level3: "巡查次数", target: "≥100次", actual: "75次", weight: 50, expect: 37.5 },
      { level1: BEN, level2: "社会效益指标", level3: "群众满意", target: "≥90%", actual: "90%", weight: 30, expect: 30 },
      { level1: SAT, level2: "服务对象满意度指标", level3: "满意度", target: "≥90%", actual: "95%", weight: 10, expect: 10 },
    ],
  },
  {
    sheet: "无得分格",
    expectRate: 103 / 119.48,
    expectExecScore: null,
    expectTotal: 95.29,
    expectGrade: "等级：优",
    project: "执行率一行没有得分格",
    budget: 119.48,
    executed: 103,
    rate: 1,
    noExecScoreCell: true,
    rows: [
      { level1: OUT, level2: "数量指标", level3: "司勤人员", target: "15 人", actual: "14 人", weight: 50, expect: 46.67 },
      { level1: BEN, level2: "社会效益指标", level3: "群众满意", target: "≥90%", actual: "90%", weight: 30, expect: 30 },
      { level1: SAT, level2: "服务对象满意度指标", level3: "满意度", target: "≥90%", actual: "95%", weight: 10, expect: 10 },
    ],
  },
];

/** 反向 by the linear method (河北 profile): missed a little, and by twice the ceiling or more. */
export const LINEAR_CASES: CaseForm[] = [
  {
    sheet: "线性法",
    expectRate: 431.15 / 500,
    expectExecScore: 8.62,
    expectTotal: 67.28,
    expectGrade: "等级：中",
    project: "反向线性法",
    budget: 500,
    executed: 431.15,
    rows: [
      { level1: OUT, level2: "成本指标", level3: "物业管理经费", target: "≤450万元", actual: "480.21万元", weight: 20, expect: 18.66 },
      { level1: OUT, level2: "成本指标", level3: "维修费用", target: "≤100万元", actual: "230万元", weight: 15, expect: 0 },
      { level1: OUT, level2: "成本指标", level3: "后勤保障经费", target: "≤450万元", actual: "400万元", weight: 15, expect: 15 },
      { level1: BEN, level2: "社会效益指标", level3: "投诉处理时长", target: "≤2天", actual: "3天", weight: 30, expect: 15 },
      { level1: SAT, level2: "服务对象满意度指标", level3: "满意度", target: "≥90%", actual: "95%", weight: 10, expect: 10 },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Filling a generated self-evaluation

/** The text of an actual that meets `target` exactly (the number at the target, in its unit). */
function meetingActual(form: SelfEvaluationForm, ind: SelfEvaluationForm["indicators"][number]): string {
  const t = ind.target!.value;
  if (t.kind === "quantitative") {
    const first = t.comparator === "≤" || t.comparator === "<" ? (t.upper ?? t.number) : t.number;
    return [`${first}${t.unit}`, ...(t.more ?? []).map((q) => `${q.number}${q.unit}`)].join(" ");
  }
  if (t.kind === "deadline") {
    const year = t.year ?? form.header.year?.value ?? 2021;
    return `${year}年${t.month ?? 12}月`;
  }
  return ind.target!.text.trim();
}

/**
 * Fills every self-evaluation on `sheets` as a clerk whose targets were all met: 全年预算数 and
 * 全年执行数 = 年初预算数, each 实际完成值 exactly at its target, 定性 scored full marks, the
 * 实际完成情况 written. A 年度指标值 the target form left blank is filled with "达到预期" (the
 * clerk has to supply the approved value; the target form itself is reported by STR-07).
 */
export async function fillAsMet(host: WorkbookHost, sheets: readonly string[]): Promise<void> {
  for (const sheet of sheets) {
    const [recognition] = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet } });
    for (const form of recognition!.forms.filter(isSelfEvaluation)) {
      for (const line of form.money) {
        const initial = line.amounts.initialBudget?.value;
        if (typeof initial !== "number") continue;
        for (const col of ["adjustedBudget", "executed"] as const) {
          const ref = line.amounts[col]?.ref;
          if (ref) await host.write(sheet, ref, [[{ value: initial }]]);
        }
      }
      if (form.goals.achieved?.ref) await host.write(sheet, form.goals.achieved.ref, [[{ value: "全面完成了年度绩效目标，各项指标均达到年度指标值。" }]]);
      for (const ind of form.indicators) {
        if (!ind.actual) continue;
        if (!ind.target || ind.target.value.kind === "empty") {
          await host.write(sheet, ind.target!.ref, [[{ value: "达到预期" }]]);
          await host.write(sheet, ind.actual.ref, [[{ value: "达到预期" }]]);
          if (ind.score && ind.weight?.value != null) await host.write(sheet, ind.score.ref, [[{ value: ind.weight.value }]]);
          continue;
        }
        await host.write(sheet, ind.actual.ref, [[{ value: meetingActual(form, ind) }]]);
        if (ind.target.value.kind === "qualitative" && ind.score && ind.weight?.value != null) await host.write(sheet, ind.score.ref, [[{ value: ind.weight.value }]]);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Random cases (deterministic): many indicators, to catch rounding and reading differences

/** A small deterministic generator (LCG), so a failure names a reproducible case. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `sheets` forms of `perSheet` quantitative indicators each, with random symbols (≥ > ≤ < =, or
 * none), targets (0 included), units, actuals around the target (numbers, text with the unit,
 * fractions for percentages, blanks, words) and weights. No hand-worked `expect`: the value is
 * whatever the scoring engine says, and LibreOffice must agree with it.
 */
export function randomCases(seed: number, sheets: number, perSheet: number): CaseForm[] {
  const rnd = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: CaseForm[] = [];
  for (let s = 0; s < sheets; s++) {
    const rows: CaseRow[] = [];
    for (let i = 0; i < perSheet; i++) {
      const symbol = pick(["≥", ">", "≤", "<", "=", "=", ""] as const);
      const unit = pick(["%", "次", "万元", "人", "天", ""] as const);
      const zero = symbol === "=" && rnd() < 0.3;
      const T = zero ? 0 : unit === "%" ? pick([80, 85, 90, 95, 98, 100]) : Math.round((1 + rnd() * 499) * 100) / 100;
      const factor = pick([0, 0.37, 0.5, 0.8, 0.95, 1, 1, 1.04, 1.3, 2, 2.6]);
      const A = zero ? pick([0, 0, 1, 3]) : Math.round(T * factor * 100) / 100;
      const form = rnd();
      let actual: Cell;
      if (form < 0.08) actual = null;
      else if (form < 0.12) actual = pick(["全部完成", "已完成", "达到"]);
      else if (unit === "%" && form < 0.3) actual = Math.round(A * 100) / 10000;
      else if (form < 0.45) actual = A;
      else actual = `${pick(["", "", "≥", "≤", "约"])}${A}${pick([" ", ""])}${unit}`;
      const level2 = symbol === "≤" || symbol === "<" ? "成本指标" : pick(["数量指标", "质量指标"]);
      const name = symbol === "" ? pick(["任务完成率", "覆盖人数", "办结时长", "运行成本"]) : `指标${s + 1}-${i + 1}`;
      rows.push({ level1: "产出指标", level2, level3: name, target: `${symbol}${T}${unit}`, actual, weight: pick([1, 2, 2.5, 3, 5, 7, 10]) });
    }
    const budget = Math.round((10 + rnd() * 990) * 100) / 100;
    out.push({
      sheet: `随机${s + 1}`,
      project: `随机用例${s + 1}`,
      budget,
      executed: Math.round(budget * pick([0, 0.3, 0.8624, 0.99995, 1, 1.2]) * 100) / 100,
      rows,
      expectRate: "",
      expectExecScore: null,
      expectTotal: 0,
      expectGrade: "",
    });
  }
  return out;
}
