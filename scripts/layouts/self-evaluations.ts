/**
 * Self-evaluation layouts (项目支出绩效自评表) rebuilt from the labels and structure of public
 * templates; each function states its sources. Projects, units and numbers are made up and
 * internally consistent: money lines add up, 执行率 and every 得分 follow 财预〔2020〕10号.
 */
import type { LayoutTruth, TruthIndicator, TruthMoney, TruthParsed } from "../../test/fixtures/layouts/truth";
import { cell, selfEvalMoney, type SelfEvalMoney } from "./blocks";
import { indicatorRows, round2, sums, tableHeader, type Column, type Ind } from "./indicators";
import { SheetBuilder } from "./sheet";

export interface Layout {
  sheet: SheetBuilder;
  truth: LayoutTruth;
}

interface TenOptions {
  id: string;
  sources: string[];
  covers: string[];
  sheet: string;
  /** Rows above the title ("附件"), written as they are. */
  before?: string[];
  title: string;
  /** The year line under the title, e.g. "（2022年度）"; the year is read from it. */
  yearLine: string;
  year: number;
  project: string;
  projectCode?: string;
  unitLabel: string;
  unit: string;
  implementer: string;
  moneyHeading: string;
  moneyColumns: [string, string, string, string, string, string];
  money: SelfEvalMoney[];
  formulas?: boolean;
  expected: string;
  achieved: string;
  columns: [string, string, string, string, string, string, string, string];
  inds: Ind[];
  merge: boolean;
  l1Points?: Record<string, number>;
  pointsStyle?: "full" | "half";
  totalLabel: string;
}

/**
 * The 财预〔2020〕10号 附件 project self-evaluation and the provincial copies of it: 9 columns,
 * 项目资金 block with 年初预算数/全年预算数/全年执行数/分值/执行率/得分, 年度总体目标 with
 * 预期目标 | 实际完成情况, the indicator table under a merged 绩效指标 label, and the 总分 row.
 */
function tenStyle(o: TenOptions): Layout {
  const s = new SheetBuilder(o.sheet, [12, 16, 14, 24, 14, 14, 9, 9, 26]);
  let r = 1;
  for (const line of o.before ?? []) s.put(0, r++, line);
  const title = s.put(0, r++, o.title, { span: 9, title: true });
  const yearAt = s.put(0, r++, o.yearLine, { span: 9, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r++, o.project, { span: 8 });
  s.put(0, r, o.unitLabel);
  const unit = s.put(1, r, o.unit, { span: 3 });
  s.put(4, r, "实施单位");
  const implementer = s.put(5, r++, o.implementer, { span: 4 });
  const m = selfEvalMoney(s, { row: r, heading: o.moneyHeading, columns: o.moneyColumns, lines: o.money, weight: 10, formulas: o.formulas, left: 0 });
  for (let rr = r; rr < m.next; rr++) s.put(8, rr, "");
  r = m.next;
  s.put(0, r, "年度总体目标", { down: 2 });
  s.put(1, r, "预期目标", { span: 4, center: true });
  s.put(5, r++, "实际完成情况", { span: 4, center: true });
  const expected = s.put(1, r, o.expected, { span: 4 });
  const achieved = s.put(5, r++, o.achieved, { span: 4 });
  s.put(0, r, "绩效指标", { down: o.inds.length + 1 });
  const cols: Column[] = [
    { kind: "l1", label: o.columns[0] },
    { kind: "l2", label: o.columns[1] },
    { kind: "l3", label: o.columns[2] },
    { kind: "target", label: o.columns[3] },
    { kind: "actual", label: o.columns[4] },
    { kind: "weight", label: o.columns[5] },
    { kind: "score", label: o.columns[6] },
    { kind: "deviation", label: o.columns[7] },
  ];
  r = tableHeader(s, r, cols, 1);
  const t = indicatorRows(s, r, cols, o.inds, { merge: o.merge, left: 1, l1Points: o.l1Points, pointsStyle: o.pointsStyle });
  r = t.next;
  checkBlocks(o.inds, o.l1Points, 90);
  const sum = sums(o.inds);
  s.put(0, r, o.totalLabel, { span: 6, center: true });
  const totalWeight = s.put(6, r, 100);
  const totalScore = s.put(7, r, round2(sum.score + m.execution.score!.value), { numFmt: "0.00" });
  s.put(8, r, "");
  const truth: LayoutTruth = {
    id: o.id,
    sources: o.sources,
    covers: o.covers,
    sheet: o.sheet,
    kind: "PS",
    title: cell(title),
    header: {
      year: { value: o.year, ref: yearAt.ref, text: yearAt.text },
      unit: cell(unit),
      implementer: cell(implementer),
      project: cell(project),
      ...(o.projectCode ? { projectCode: { value: o.projectCode, ref: project.ref, text: project.text } } : {}),
    },
    goals: { expected: cell(expected), achieved: cell(achieved) },
    money: m.money,
    execution: m.execution,
    total: { weight: cell(totalWeight), score: cell(totalScore) },
    indicators: t.truth,
  };
  return { sheet: s, truth };
}

/** Σ 分值 per 一级 equals the points its label states, and all indicators sum to `total`. */
export function checkBlocks(inds: readonly Ind[], points: Record<string, number> | undefined, total: number): void {
  const by = new Map<string, number>();
  for (const i of inds) if (!i.na && i.w !== undefined) by.set(i.l1, (by.get(i.l1) ?? 0) + i.w);
  for (const [l1, p] of Object.entries(points ?? {})) if (round2(by.get(l1) ?? 0) !== p) throw new Error(`${l1}: 分值 sum ${by.get(l1)} ≠ ${p}`);
  const all = round2([...by.values()].reduce((a, b) => a + b, 0));
  if (all !== total) throw new Error(`分值 sum ${all} ≠ ${total}`);
}

const TEN_MONEY_COLUMNS: [string, string, string, string, string, string] = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
const TEN_TABLE: TenOptions["columns"] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const DONE = { q: "达成年度指标" } as const;

/** 财预〔2020〕10号 附件1 项目支出绩效自评表, as the Ministry of Finance publishes it. */
export function national10(): Layout {
  return tenStyle({
    id: "national-2020-10-ps",
    sources: [
      "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件1 项目支出绩效自评表 — labels, columns and the 总分 row as published with the document.",
    ],
    covers: ["the national self-evaluation template itself", "其中：当年财政拨款 / 上年结转资金", "一级 labels with stated points （50分）", "deadline target", "a partial score with its 偏差原因", "SUM formulas in 年度资金总额"],
    sheet: "项目支出绩效自评表",
    title: "项目支出绩效自评表",
    yearLine: "（2022年度）",
    year: 2022,
    project: "城乡社区体育健身设施建设补助",
    unitLabel: "主管部门",
    unit: "某市体育局",
    implementer: "某市全民健身服务中心",
    moneyHeading: "项目资金（万元）",
    moneyColumns: TEN_MONEY_COLUMNS,
    money: [
      { key: "total", label: "年度资金总额", initial: 120, adjusted: 120, executed: 115.2 },
      { key: "fiscal", label: "其中：当年财政拨款", initial: 100, adjusted: 100, executed: 96 },
      { key: "carryover", label: "上年结转资金", initial: 20, adjusted: 20, executed: 19.2 },
      { key: "other", label: "其他资金", initial: 0, adjusted: 0, executed: 0 },
    ],
    formulas: true,
    expected: "新建社区健身路径40个，配备健身器材400套，受益群众5万人以上，群众满意度90%以上。",
    achieved: "新建社区健身路径40个，配备健身器材380套，受益群众5.2万人，群众满意度93%。",
    columns: TEN_TABLE,
    merge: true,
    l1Points: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
    totalLabel: "总分",
    inds: [
      { l1: "产出指标", l2: "数量指标", l3: "新建社区健身路径数量", t: { cmp: "≥", n: 40, u: "个" }, a: { n: 40, u: "个" }, w: 10 },
      { l1: "产出指标", l2: "数量指标", l3: "配备健身器材数量", t: { cmp: "≥", n: 400, u: "套" }, a: { n: 380, u: "套" }, w: 10, dev: "2个社区因场地调整延后安装20套，已列入次年一季度计划。" },
      { l1: "产出指标", l2: "质量指标", l3: "器材验收合格率", t: { cmp: "=", n: 100, u: "%" }, a: { n: 100, u: "%" }, w: 10 },
      { l1: "产出指标", l2: "时效指标", l3: "设施安装完成时间", t: { by: [2022, 11] }, a: { done: [2022, 10] }, w: 10 },
      { l1: "产出指标", l2: "成本指标", l3: "单套器材平均采购成本", t: { cmp: "≤", n: 0.3, u: "万元/套" }, a: { n: 0.28, u: "万元/套" }, w: 10 },
      { l1: "效益指标", l2: "社会效益指标", l3: "受益群众人数", t: { cmp: "≥", n: 5, u: "万人" }, a: { n: 5.2, u: "万人" }, w: 10 },
      { l1: "效益指标", l2: "社会效益指标", l3: "健身设施开放率", t: { cmp: "≥", n: 95, u: "%" }, a: { n: 98, u: "%" }, w: 10 },
      { l1: "效益指标", l2: "可持续影响指标", l3: "设施维护管理机制", t: { q: "健全" }, a: DONE, w: 10 },
      { l1: "满意度指标", l2: "服务对象满意度指标", l3: "群众满意度", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 93, u: "%" }, w: 10 },
    ],
  });
}

/**
 * 河北 项目支出绩效自评表 as a 河北 unit published it: 廊坊市食品工程学校, "办公宿舍楼、食堂及餐厅暖通改造经费
 * 绩效自评表", 附件1 项目支出绩效自评表（2019年度）, http://www.lfsp.cn/newsinfo/1158053.html (retrieved
 * as a public page). Its labels: 附件1 over the title, the year line, 项目名称, 主管部门, 实施单位, 项目资金
 * （万元） with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 written over two lines in their
 * cells, 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金, 年度总体目标 with 预期目标 | 实际完成情况,
 * then 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, the 一级
 * merged and without stated points (产出指标, 效益指标, 满意度指标), 二级 经济效益指标 … 服务对象满意度指标,
 * and each 三级 name keeping the template's numbering ("指标1工程完工率"). The template's unused rows
 * ("指标2", "……") are not copied: a correct copy has none (STR-07 reports them).
 */
export function hebei(): Layout {
  return tenStyle({
    id: "hebei-ps",
    sources: [
      "廊坊市食品工程学校 附件1 项目支出绩效自评表（2019年度）, published at http://www.lfsp.cn/newsinfo/1158053.html: the 河北 copy of the national self-evaluation, its labels and structure as listed in the function's comment. Projects, units and numbers here are made up.",
    ],
    covers: [
      "附件1 line above the title",
      "labels broken over two lines inside their cells (年初⏎预算数, 年度⏎指标值, 实际⏎完成值)",
      "一级 merged, without stated points",
      "三级 names keeping the template's numbering (指标1…)",
      "经济效益指标 as a 二级 under 效益指标",
    ],
    sheet: "项目自评表",
    before: ["附件1"],
    title: "项目支出绩效自评表",
    yearLine: "（2019年度）",
    year: 2019,
    project: "办公宿舍楼及食堂暖通改造经费",
    unitLabel: "主管部门",
    unit: "某市发展和改革委员会",
    implementer: "某市职业学校",
    moneyHeading: "项目资金\n（万元）",
    moneyColumns: ["年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"],
    money: [
      { key: "total", label: "年度资金总额", initial: 45, adjusted: 45, executed: 43.2 },
      { key: "fiscal", label: "其中：当年财政拨款", initial: 45, adjusted: 45, executed: 43.2 },
      { key: "carryover", label: "上年结转资金", initial: 0, adjusted: 0, executed: 0 },
      { key: "other", label: "其他资金", initial: 0, adjusted: 0, executed: 0 },
    ],
    expected: "完成办公宿舍楼、食堂及餐厅暖通改造，工程验收合格，改造后冬季室温达标，师生满意度90%以上。",
    achieved: "改造工程已完工并通过验收，尾款3%待质保期满后支付；冬季室温全部达标，师生满意度95%。",
    columns: ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
    merge: true,
    totalLabel: "总分",
    inds: [
      { l1: "产出指标", l2: "数量指标", l3: "指标1改造建筑面积", t: { cmp: "≥", n: 3200, u: "平方米" }, a: { n: 3200, u: "平方米" }, w: 10 },
      { l1: "产出指标", l2: "质量指标", l3: "指标1工程完工率", t: { cmp: "=", n: 100, u: "%" }, a: { n: 100, u: "%" }, w: 10 },
      { l1: "产出指标", l2: "质量指标", l3: "指标2工程验收合格率", t: { cmp: "=", n: 100, u: "%" }, a: { n: 100, u: "%" }, w: 10 },
      { l1: "产出指标", l2: "时效指标", l3: "指标1项目完成时间", t: { by: [2019, 11] }, a: { done: [2019, 10] }, w: 10 },
      { l1: "产出指标", l2: "成本指标", l3: "指标1工程总成本", t: { cmp: "≤", n: 45, u: "万元" }, a: { n: 43.2, u: "万元" }, w: 10 },
      { l1: "效益指标", l2: "经济效益指标", l3: "指标1年供暖能耗下降率", t: { cmp: "≥", n: 10, u: "%" }, a: { n: 12, u: "%" }, w: 10 },
      { l1: "效益指标", l2: "社会效益指标", l3: "指标1冬季室温达标率", t: { cmp: "≥", n: 95, u: "%" }, a: { n: 100, u: "%" }, w: 10 },
      { l1: "效益指标", l2: "可持续影响指标", l3: "指标1设施使用年限", t: { cmp: "≥", n: 15, u: "年" }, a: { n: 15, u: "年" }, w: 10 },
      { l1: "满意度指标", l2: "服务对象满意度指标", l3: "指标1师生满意度", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 95, u: "%" }, w: 10 },
    ],
  });
}

/** 安徽 county-level 项目支出绩效自评表 (2022年度), as published by a 池州 township. */
export function anhui(): Layout {
  return tenStyle({
    id: "anhui-ps",
    sources: [
      "安徽 池州市贵池区 published 项目支出绩效自评表 (2022年度), found by search as a public attachment: http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 — 主管部门/实施单位 with code prefixes (219-…, 219001-…), 年度资金总额: with a colon, 其中:本年财政拨款, 产出指标(50分) with half-width brackets.",
    ],
    covers: ["附件 line above the title", "主管部门 and 实施单位 with code prefixes", "年度资金总额： / 其中：本年财政拨款", "一级 points in half-width brackets (50分)"],
    sheet: "Sheet1",
    before: ["附件"],
    title: "项目支出绩效自评表",
    yearLine: "(2022年度)",
    year: 2022,
    project: "农作物病虫害统防统治补助项目",
    unitLabel: "主管部门",
    unit: "312-宣城市宣州区农业农村局",
    implementer: "312001-宣城市宣州区农业技术推广中心",
    moneyHeading: "项目资金\n（万元）",
    moneyColumns: TEN_MONEY_COLUMNS,
    money: [
      { key: "total", label: "年度资金总额：", initial: 100, adjusted: 100, executed: 98 },
      { key: "fiscal", label: "其中：本年财政拨款", initial: 100, adjusted: 100, executed: 98 },
      { key: "carryover", label: "上年结转资金", initial: 0, adjusted: 0, executed: 0 },
      { key: "other", label: "其他资金", initial: 0, adjusted: 0, executed: 0 },
    ],
    expected: "本项目申请预算资金100万元，用于5万亩水稻病虫害统防统治作业补助，防治效果达到90%以上。",
    achieved: "本项目执行资金98万元，完成统防统治作业5.1万亩，防治效果92%。",
    columns: TEN_TABLE,
    merge: true,
    l1Points: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
    pointsStyle: "half",
    totalLabel: "总分",
    inds: [
      { l1: "产出指标", l2: "数量指标", l3: "统防统治作业面积", t: { cmp: "≥", n: 5, u: "万亩" }, a: { n: 5.1, u: "万亩" }, w: 15 },
      { l1: "产出指标", l2: "质量指标", l3: "病虫害防治效果", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 92, u: "%" }, w: 15 },
      { l1: "产出指标", l2: "时效指标", l3: "防治作业完成时间", t: { by: [2022, 9] }, a: { done: [2022, 8] }, w: 10 },
      { l1: "产出指标", l2: "成本指标", l3: "亩均防治作业补助", t: { cmp: "≤", n: 20, u: "元/亩" }, a: { n: 19.2, u: "元/亩" }, w: 10 },
      { l1: "效益指标", l2: "经济效益指标", l3: "挽回粮食损失", t: { cmp: "≥", n: 1500, u: "吨" }, a: { n: 1620, u: "吨" }, w: 15 },
      { l1: "效益指标", l2: "生态效益指标", l3: "化学农药使用量减少率", t: { cmp: "≥", n: 5, u: "%" }, a: { n: 6, u: "%" }, w: 15 },
      { l1: "满意度指标", l2: "服务对象满意度指标", l3: "农户满意度", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 95, u: "%" }, w: 10 },
    ],
  });
}

interface SplitOptions {
  id: string;
  sources: string[];
  covers: string[];
  sheet: string;
  title: string;
  year: number;
  project: string;
  unit: string;
  implementer: string;
  moneyColumns: [string, string, string, string, string, string];
  money: SelfEvalMoney[];
  expected: string;
  achieved: string;
  cols: Column[];
  inds: Ind[];
  l1Points?: Record<string, number>;
  totalLabel: string;
}

/**
 * A self-evaluation whose indicator table splits the target over columns (指标性质 | 指标值 |
 * 度量单位) and gives the actual as a bare number; the year stands in the title.
 */
function splitStyle(o: SplitOptions): Layout {
  const width = o.cols.length + 1;
  const s = new SheetBuilder(o.sheet, [12, ...o.cols.map((c) => (c.kind === "l3" || c.kind === "deviation" ? 24 : c.kind === "cmp" || c.kind === "unit" || c.kind === "weight" || c.kind === "score" ? 9 : 13))]);
  let r = 1;
  const title = s.put(0, r++, o.title, { span: width, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r++, o.project, { span: width - 1 });
  s.put(0, r, "主管部门");
  const half = Math.floor((width - 1) / 2);
  const unit = s.put(1, r, o.unit, { span: half - 1 });
  s.put(half, r, "实施单位");
  const implementer = s.put(half + 1, r++, o.implementer, { span: width - half - 1 });
  const m = selfEvalMoney(s, { row: r, heading: "项目资金（万元）", columns: o.moneyColumns, lines: o.money, weight: 10, left: 0 });
  for (let rr = r; rr < m.next; rr++) for (let c = 8; c < width; c++) s.put(c, rr, "");
  r = m.next;
  s.put(0, r, "年度总体目标", { down: 2 });
  s.put(1, r, "预期目标", { span: half, center: true });
  s.put(half + 1, r++, "实际完成情况", { span: width - half - 1, center: true });
  const expected = s.put(1, r, o.expected, { span: half });
  const achieved = s.put(half + 1, r++, o.achieved, { span: width - half - 1 });
  s.put(0, r, "绩效指标", { down: o.inds.length + 1 });
  r = tableHeader(s, r, o.cols, 1);
  const t = indicatorRows(s, r, o.cols, o.inds, { merge: true, left: 1, l1Points: o.l1Points });
  r = t.next;
  checkBlocks(o.inds, o.l1Points, 90);
  const sum = sums(o.inds);
  const wCol = 1 + o.cols.findIndex((c) => c.kind === "weight");
  const sCol = 1 + o.cols.findIndex((c) => c.kind === "score");
  s.put(0, r, o.totalLabel, { span: wCol, center: true });
  const totalWeight = s.put(wCol, r, 100);
  for (let c = wCol + 1; c < sCol; c++) s.put(c, r, "");
  const totalScore = s.put(sCol, r, round2(sum.score + m.execution.score!.value), { numFmt: "0.00" });
  for (let c = sCol + 1; c < width; c++) s.put(c, r, "");
  return {
    sheet: s,
    truth: {
      id: o.id,
      sources: o.sources,
      covers: o.covers,
      sheet: o.sheet,
      kind: "PS",
      title: cell(title),
      header: { year: { value: o.year, ref: title.ref, text: title.text }, unit: cell(unit), implementer: cell(implementer), project: cell(project) },
      goals: { expected: cell(expected), achieved: cell(achieved) },
      money: m.money,
      execution: m.execution,
      total: { weight: cell(totalWeight), score: cell(totalScore) },
      indicators: t.truth,
    },
  };
}

/** 江苏 项目支出绩效自评表 with 指标性质 and 计量单位 columns, the year in the title. */
export function jiangsu(): Layout {
  return splitStyle({
    id: "jiangsu-ps",
    sources: [
      "江苏省财政厅 省级部门项目支出绩效自评表 (苏财绩〔2021〕 series of 绩效自评 notices; indicator table with 指标性质 and 计量单位 as the 江苏 预算管理一体化 system lays it out), columns otherwise as 财预〔2020〕10号 附件1. Not verified against a retrieved copy of the template while building this layout: the label set is the one this province's published forms commonly show.",
    ],
    covers: ["year in the title 2023年度项目支出绩效自评表", "指标性质 and 计量单位 columns", "a qualitative row in a split table (no symbol, no unit)", "a partial score on a split row", "资金总额 / 其中：财政拨款 / 其他资金"],
    sheet: "2023自评",
    title: "2023年度项目支出绩效自评表",
    year: 2023,
    project: "公共图书馆免费开放补助",
    unit: "某市文化广电和旅游局",
    implementer: "某市图书馆",
    moneyColumns: TEN_MONEY_COLUMNS,
    money: [
      { key: "total", label: "资金总额", initial: 500, adjusted: 500, executed: 480 },
      { key: "fiscal", label: "其中：财政拨款", initial: 450, adjusted: 450, executed: 432 },
      { key: "other", label: "其他资金", initial: 50, adjusted: 50, executed: 48 },
    ],
    expected: "全年免费接待读者80万人次，新增馆藏图书3万册，举办公益讲座48场，读者满意度90%以上。",
    achieved: "全年接待读者76万人次，新增馆藏图书3.2万册，举办公益讲座52场，读者满意度94%。",
    cols: [
      { kind: "l1", label: "一级指标" },
      { kind: "l2", label: "二级指标" },
      { kind: "l3", label: "三级指标" },
      { kind: "cmp", label: "指标性质" },
      { kind: "value", label: "指标值" },
      { kind: "unit", label: "计量单位" },
      { kind: "actualValue", label: "实际完成值" },
      { kind: "weight", label: "分值" },
      { kind: "score", label: "得分" },
      { kind: "deviation", label: "偏差原因分析及改进措施" },
    ],
    l1Points: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
    totalLabel: "总分",
    inds: [
      { l1: "产出指标", l2: "数量指标", l3: "年接待读者人次", t: { cmp: "≥", n: 80, u: "万人次" }, a: { n: 76, u: "万人次" }, w: 10, dev: "馆舍外立面维修闭馆一个月，接待量减少；次年增设流动服务点补足。" },
      { l1: "产出指标", l2: "数量指标", l3: "新增馆藏图书", t: { cmp: "≥", n: 3, u: "万册" }, a: { n: 3.2, u: "万册" }, w: 10 },
      { l1: "产出指标", l2: "数量指标", l3: "公益讲座场次", t: { cmp: "≥", n: 48, u: "场" }, a: { n: 52, u: "场" }, w: 10 },
      { l1: "产出指标", l2: "质量指标", l3: "图书借还服务差错率", t: { cmp: "≤", n: 0.5, u: "%" }, a: { n: 0.3, u: "%" }, w: 10 },
      { l1: "产出指标", l2: "成本指标", l3: "每场讲座平均成本", t: { cmp: "≤", n: 0.5, u: "万元" }, a: { n: 0.45, u: "万元" }, w: 10 },
      { l1: "效益指标", l2: "社会效益指标", l3: "数字资源访问量", t: { cmp: "≥", n: 150, u: "万次" }, a: { n: 160, u: "万次" }, w: 15 },
      { l1: "效益指标", l2: "可持续影响指标", l3: "免费开放服务运行", t: { q: "长效运行" }, a: DONE, w: 15 },
      { l1: "满意度指标", l2: "服务对象满意度指标", l3: "读者满意度", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 94, u: "%" }, w: 10 },
    ],
  });
}

/**
 * 四川 部门预算项目支出绩效自评表 (报表编号 510000_0013zp), as county departments publish it with
 * their 部门决算: title with (YYYY年度) attached, 项目名称 starting with the 21-character 项目编码,
 * 项目基本情况 (项目年度目标 | 年度目标完成情况), 预算执行情况(10分) with 年初预算 / 调整后预算数 /
 * 预算执行数 / 预算执行率 / 权重 / 得分 / 原因 over 总额, 其中：财政资金, 财政专户管理资金, 单位资金,
 * 其他资金; 绩效指标(90分) with 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析;
 * 合计 row; 评价结论, 存在问题, 改进措施.
 */
export function sichuan510000(): Layout {
  const s = new SheetBuilder("部门预算项目支出绩效自评表", [14, 14, 16, 24, 9, 10, 9, 10, 8, 8, 24]);
  let r = 1;
  s.put(0, r++, "报表编号：510000_0013zp", { span: 11 });
  const title = s.put(0, r++, "部门预算项目支出绩效自评表(2023年度)", { span: 11, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r++, "51000023R000000021406-2023年城乡居民医疗保险经办服务经费", { span: 10 });
  s.put(0, r, "主管部门");
  const unit = s.put(1, r, "某县医疗保障局", { span: 4 });
  s.put(5, r, "实施单位（盖章）", { span: 2 });
  const implementer = s.put(7, r++, "某县医疗保障事务中心", { span: 4 });
  s.put(0, r, "项目基本情况", { down: 4 });
  s.put(1, r++, "1.项目年度目标完成情况", { span: 10 });
  s.put(1, r, "项目年度目标", { span: 5, center: true });
  s.put(6, r++, "年度目标完成情况", { span: 5, center: true });
  const annual = s.put(1, r, "为全县参保群众提供医保经办服务5万人次以上，待遇核定准确率100%，报销业务按时办结率95%以上，参保率稳定在95%以上。", { span: 5 });
  const achieved = s.put(6, r++, "全年经办服务5.23万人次，待遇核定准确率100%，按时办结率97%，参保率96.2%，参保群众满意度88%。", { span: 5 });
  s.put(1, r, "2.项目实施内容及过程概述", { span: 3 });
  s.put(4, r++, "年初制定经办服务计划，按季度开展业务培训和窗口考核，年底完成全部资金支付。", { span: 7 });
  const lines: (Omit<SelfEvalMoney, "key"> & { key: TruthMoney["key"] })[] = [
    { key: "total", label: "总额", initial: 300, adjusted: 320, executed: 313.6 },
    { key: "fiscal", label: "其中：财政资金", initial: 280, adjusted: 300, executed: 294 },
    { key: "specialAccount", label: "财政专户管理资金", initial: 0, adjusted: 0, executed: 0 },
    { key: "unitFunds", label: "单位资金", initial: 20, adjusted: 20, executed: 19.6 },
  ];
  s.put(0, r, "预算执行情况(10分)", { down: lines.length + 2 });
  const heads = ["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"];
  heads.forEach((h, i) => s.put(1 + i, r, h, { center: true }));
  s.put(8, r++, "原因", { span: 3, center: true });
  const money: LayoutTruth["money"] = [];
  let execution: NonNullable<LayoutTruth["execution"]> = {};
  lines.forEach((l, i) => {
    s.put(1, r, l.label);
    const cols = [
      [l.initial, "initialBudget"],
      [l.adjusted, "adjustedBudget"],
      [l.executed, "executed"],
    ] as const;
    cols.forEach(([v, column], j) => {
      const at = s.put(2 + j, r, v, { numFmt: "0.00" });
      money.push({ key: l.key, column, value: v, ref: at.ref, text: at.text });
    });
    const rate = l.adjusted === 0 ? 0 : Math.round((l.executed / l.adjusted) * 10000) / 10000;
    const ra = s.put(5, r, rate, { numFmt: "0.00%" });
    if (i === 0) {
      const w = s.put(6, r, 10);
      const sc = s.put(7, r, Math.round(10 * Math.min(rate, 1) * 100) / 100, { numFmt: "0.00" });
      execution = { weight: cell(w), rate: cell(ra), score: cell(sc) };
      s.put(8, r, "", { span: 3, down: lines.length + 1 });
    } else {
      s.put(6, r, "/", { center: true });
      s.put(7, r, "/", { center: true });
    }
    r++;
  });
  const parts = lines.slice(1);
  for (const f of ["initial", "adjusted", "executed"] as const) if (round2(parts.reduce((a, l) => a + l[f], 0)) !== lines[0]![f]) throw new Error(`四川 money lines do not add up (${f})`);
  s.put(1, r, "其他资金");
  s.put(6, r, "/", { center: true });
  s.put(7, r++, "/", { center: true });
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "cmp", label: "指标性质" },
    { kind: "value", label: "指标值" },
    { kind: "unit", label: "度量单位" },
    { kind: "actualValue", label: "完成值" },
    { kind: "weight", label: "权重" },
    { kind: "score", label: "得分" },
    { kind: "deviation", label: "未完成原因分析" },
  ];
  const inds: Ind[] = [
    { l1: "产出指标", l2: "数量指标", l3: "医保经办服务人次", t: { cmp: "≥", n: 50000, u: "人次" }, a: { n: 52300, u: "人次" }, w: 20 },
    { l1: "产出指标", l2: "质量指标", l3: "医保待遇核定准确率", t: { cmp: "=", n: 100, u: "%" }, a: { n: 100, u: "%" }, w: 15 },
    { l1: "产出指标", l2: "时效指标", l3: "报销业务按时办结率", t: { cmp: "≥", n: 95, u: "%" }, a: { n: 97, u: "%" }, w: 15 },
    { l1: "成本指标", l2: "经济成本指标", l3: "单笔业务经办成本", t: { cmp: "≤", n: 60, u: "元" }, a: { n: 58, u: "元" }, w: 10 },
    { l1: "效益指标", l2: "社会效益指标", l3: "城乡居民医保参保率", t: { cmp: "≥", n: 95, u: "%" }, a: { n: 96.2, u: "%" }, w: 10 },
    { l1: "效益指标", l2: "社会效益指标", l3: "窗口业务一次办结率", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 92, u: "%" }, w: 10 },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "参保群众满意度", t: { cmp: "≥", n: 90, u: "%" }, a: { n: 88, u: "%" }, w: 10, dev: "窗口高峰期排队时间较长，已增设自助终端并推行预约办理。" },
  ];
  s.put(0, r, "绩效指标(90分)", { down: inds.length + 1 });
  r = tableHeader(s, r, cols, 1);
  const t = indicatorRows(s, r, cols, inds, { merge: true, left: 1 });
  r = t.next;
  checkBlocks(inds, undefined, 90);
  s.put(0, r, "合计", { span: 8, center: true });
  const totalWeight = s.put(8, r, 100);
  const totalScore = s.put(9, r, round2(sums(inds).score + execution.score!.value), { numFmt: "0.00" });
  s.put(10, r++, "");
  const para = (label: string, text: string): void => {
    s.put(0, r, label);
    s.put(1, r++, text, { span: 10 });
  };
  para("评价结论", `项目自评得分${totalScore.text}分，经办服务人次、核定准确率和参保率均达到年度目标，参保群众满意度略低于目标。`);
  para("存在问题", "窗口高峰期排队时间较长，群众满意度未达到目标值。");
  para("改进措施", "增设自助终端，推行预约办理，高峰期增开窗口。");
  s.put(0, r, "项目负责人：某某", { span: 5 });
  s.put(5, r, "财务负责人：某某", { span: 6 });
  return {
    sheet: s,
    truth: {
      id: "sichuan-510000-ps",
      sources: [
        "四川 部门预算项目支出绩效自评表（报表编号 510000_0013zp, 2023年度）as published by county departments with their 部门决算, e.g. 青神县发展和改革局: https://www.scqs.gov.cn/info/13206/211004.htm and 大英县司法局: https://dyxrmt.cn/article-157795-21.html — labels, blocks and column order as there; project and numbers made up.",
      ],
      covers: [
        "报表编号 line above the title",
        "title 部门预算项目支出绩效自评表(2023年度) with the year attached",
        "项目编码 51000023R… at the start of the project name",
        "实施单位（盖章）",
        "项目年度目标 | 年度目标完成情况 (goals side by side)",
        "预算执行情况(10分) with 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因",
        "总额 / 其中：财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 (empty), '/' in 权重 and 得分",
        "绩效指标(90分) with 指标性质 ≥ ≤ =, 指标值, 度量单位, 完成值 as a bare number, 权重, 未完成原因分析",
        "成本指标 as a 一级 (101号 framework)",
        "合计 row with 权重 100 (execution 10 + indicators 90) and the total score",
        "评价结论 / 存在问题 / 改进措施 and the signature line below the table",
      ],
      sheet: s.name,
      kind: "PS",
      title: cell(title),
      header: {
        year: { value: 2023, ref: title.ref, text: title.text },
        unit: cell(unit),
        implementer: cell(implementer),
        project: cell(project),
        projectCode: { value: "51000023R000000021406", ref: project.ref, text: project.text },
      },
      goals: { annual: cell(annual), achieved: cell(achieved) },
      money,
      execution,
      total: { weight: cell(totalWeight), score: cell(totalScore) },
      indicators: t.truth,
    },
  };
}

/**
 * 重庆 部门整体绩效自评表: header with 财政处室 and 自评总分, one 部门预算执行情况 line, 年初 / 全年（调整）
 * 绩效目标 and 实际完成情况 side by side, and a flat indicator list — 指标名称, 计量单位, 指标性质
 * (定量指标 / 定性指标, a kind, not a comparison), 年初指标值, 调整指标值, 全年完成值, 得分系数（%）,
 * 指标权重（分）, 指标得分（分）, 是否核心指标 — with no 一级/二级 columns.
 */
export function chongqingDepartment(): Layout {
  const s = new SheetBuilder("部门整体绩效自评表", [22, 10, 12, 12, 12, 12, 12, 12, 12, 12]);
  let r = 1;
  const title = s.put(0, r++, "2023年度部门整体绩效自评表", { span: 10, title: true });
  s.put(0, r, "主管部门");
  const unit = s.put(1, r, "某区文化和旅游发展委员会", { span: 3 });
  s.put(4, r, "财政处室");
  s.put(5, r, "行政政法科", { span: 2 });
  s.put(7, r, "自评总分（分）");
  const totalAt = r;
  r++;
  s.put(0, r, "部门联系人");
  s.put(1, r, "某某", { span: 3 });
  s.put(4, r, "联系电话");
  s.put(5, r++, "023-00000000", { span: 5 });
  s.put(0, r, "部门预算执行情况（万元）", { down: 2 });
  ["年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）"].forEach((h, i) => s.put(1 + i, r, h, { center: true }));
  s.put(7, r++, "", { span: 3, down: 2 });
  const initial = 1500;
  const adjusted = 1600;
  const executed = 1520;
  const rate = Math.round((executed / adjusted) * 10000) / 10000;
  const money: LayoutTruth["money"] = (
    [
      [initial, "initialBudget"],
      [adjusted, "adjustedBudget"],
      [executed, "executed"],
    ] as const
  ).map(([v, column], j) => {
    const at = s.put(1 + j, r, v, { numFmt: "0.00" });
    return { key: "total" as const, column, value: v, ref: at.ref, text: at.text };
  });
  const ra = s.put(4, r, rate, { numFmt: "0.00%" });
  const w = s.put(5, r, 10);
  const execScore = round2(10 * Math.min(rate, 1));
  const sc = s.put(6, r++, execScore, { numFmt: "0.00" });
  s.put(0, r, "当年绩效目标", { down: 2 });
  s.put(1, r, "年初绩效目标", { span: 3, center: true });
  s.put(4, r, "全年（调整）绩效目标", { span: 3, center: true });
  s.put(7, r++, "全年目标实际完成情况", { span: 3, center: true });
  const expected = s.put(1, r, "全年组织文化惠民演出120场以上，公共文化设施免费开放率95%以上，预算完成率90%以上。", { span: 3 });
  s.put(4, r, "无调整", { span: 3 });
  const achieved = s.put(7, r++, "全年组织惠民演出126场，公共文化设施全部免费开放，预算完成率95%，群众满意度93%。", { span: 3 });
  const heads = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）", "指标权重（分）", "指标得分（分）", "是否核心指标"];
  heads.forEach((h, i) => s.put(i, r, h, { bold: true, center: true }));
  r++;
  type Flat = [name: string, unit: string, target: string, actual: string, weight: number, core: boolean, parsed: TruthParsed];
  const rows: Flat[] = [
    ["预算完成率", "%", "≥90%", "95%", 10, true, { kind: "quantitative", comparator: "≥", number: 90, unit: "%" }],
    ["预算调整率", "%", "≤8%", "6.67%", 5, false, { kind: "quantitative", comparator: "≤", number: 8, unit: "%" }],
    ["结转结余率", "%", "≤5%", "5%", 5, true, { kind: "quantitative", comparator: "≤", number: 5, unit: "%" }],
    ["公用经费控制率", "%", "≤100%", "97%", 5, true, { kind: "quantitative", comparator: "≤", number: 100, unit: "%" }],
    ["“三公”经费控制率", "%", "≤100%", "92%", 5, false, { kind: "quantitative", comparator: "≤", number: 100, unit: "%" }],
    ["政府采购执行率", "%", "≥95%", "98%", 5, true, { kind: "quantitative", comparator: "≥", number: 95, unit: "%" }],
    ["管理制度健全性", "", "健全", "健全", 10, false, { kind: "qualitative" }],
    ["资金使用合规性", "", "合规", "合规", 10, false, { kind: "qualitative" }],
    ["文化惠民演出场次", "场", "≥120场", "126场", 15, true, { kind: "quantitative", comparator: "≥", number: 120, unit: "场" }],
    ["公共文化设施免费开放率", "%", "≥95%", "100%", 10, false, { kind: "quantitative", comparator: "≥", number: 95, unit: "%" }],
    ["群众文化活动满意度", "%", "≥90%", "93%", 10, false, { kind: "quantitative", comparator: "≥", number: 90, unit: "%" }],
  ];
  const indicators: TruthIndicator[] = [];
  let sum = 0;
  for (const [name, u, target, actual, weight, core, parsed] of rows) {
    const n = s.put(0, r, name);
    if (u) s.put(1, r, u, { center: true });
    s.put(2, r, parsed.kind === "qualitative" ? "定性指标" : "定量指标", { center: true });
    const t = s.put(3, r, target);
    const a = s.put(5, r, actual);
    s.put(6, r, 1, { numFmt: "0%" });
    const wt = s.put(7, r, weight);
    const st = s.put(8, r, weight);
    s.put(9, r, core ? "是" : "否", { center: true });
    sum += weight;
    const actualNumber = Number(/[\d.]+/.exec(actual)?.[0]);
    indicators.push({
      row: r,
      level3: cell(n),
      target: { ref: t.ref, text: t.text, parsed, ...(u ? { unitRef: `B${r}` } : {}) },
      actual: { ref: a.ref, text: a.text, parsed: parsed.kind === "quantitative" ? { kind: "quantitative", comparator: null, number: actualNumber, unit: u } : { kind: "qualitative" } },
      weight: cell(wt),
      score: cell(st),
    });
    r++;
  }
  if (sum !== 90) throw new Error(`重庆 权重 sum ${sum} ≠ 90`);
  const total = s.put(8, totalAt, round2(execScore + sum), { numFmt: "0.00", span: 2 });
  return {
    sheet: s,
    truth: {
      id: "chongqing-ds",
      sources: [
        "重庆 部门整体绩效自评表 as published (e.g. a 西部（重庆）科学城 融媒体中心 2021 自评, https://m.yzwku.com/doc/98587.html): 主管部门, 财政处室, 自评总分, 部门预算执行情况 with 执行率权重 and 执行率得分, 年初 / 全年（调整）绩效目标 and 实际完成情况, a flat list of indicators with 计量单位, 指标性质 (定量指标/定性指标), 年初指标值, 调整指标值, 全年完成值, 得分系数, 指标权重, 指标得分, 是否核心指标.",
      ],
      covers: [
        "department self-evaluation (DS)",
        "flat indicator list with no 一级/二级 columns",
        "指标性质 holding 定量指标 / 定性指标 (a kind, not a comparison)",
        "年初指标值 / 调整指标值 (blank: no adjustment) / 全年完成值",
        "得分系数（%）, 指标权重（分）, 指标得分（分）, 是否核心指标",
        "自评总分 in the header, not in a 总分 row",
        "执行率（%） / 执行率权重 / 执行率得分（分） on the money line",
        "计量单位 column beside a value that carries its unit",
      ],
      sheet: s.name,
      kind: "DS",
      title: cell(title),
      header: { year: { value: 2023, ref: title.ref, text: title.text }, unit: cell(unit) },
      goals: { expected: cell(expected), achieved: cell(achieved) },
      money,
      execution: { weight: cell(w), rate: cell(ra), score: cell(sc) },
      total: { score: cell(total) },
      indicators,
    },
  };
}
