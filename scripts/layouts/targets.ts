/**
 * Target layouts (项目支出绩效目标表 / 申报表, 部门整体支出绩效目标表) rebuilt from the labels and
 * structure of public templates; each function states its sources. Projects and numbers are
 * made up and consistent: money lines add up, a total-cost 成本指标 stays within the budget,
 * weights (where a template has them) sum to 100, deadlines fall in the budget year.
 */
import type { LayoutTruth, TruthCell } from "../../test/fixtures/layouts/truth";
import { cell, targetMoney } from "./blocks";
import { indicatorRows, tableHeader, type Column, type Ind } from "./indicators";
import { checkBlocks, type Layout } from "./self-evaluations";
import { SheetBuilder } from "./sheet";

/** 湖南 2023 部门整体支出绩效目标表: 指标值类型 column, symbol in the 指标值 cell, 计量单位 column. */
export function hunanDepartment2023(): Layout {
  const s = new SheetBuilder("整体绩效目标表", [14, 16, 24, 12, 14, 12, 20]);
  let r = 1;
  const title = s.put(0, r++, "2023年部门整体支出绩效目标表", { span: 7, title: true });
  const mu = s.put(6, r++, "单位：万元");
  s.put(0, r, "部门（单位）名称");
  const unit = s.put(1, r++, "某县农业农村局", { span: 6 });
  s.put(0, r, "年度预算申请", { down: 2 });
  const heads = ["资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"];
  heads.forEach((h, i) => s.put(1 + i, r, h, { center: true }));
  r++;
  const money = targetMoney(
    s,
    [1, 2, 3].map((c) => ({ col: c, row: r })),
    [
      { key: "total", label: "资金总额", amount: 2860 },
      { key: "fiscal", label: "其中：财政拨款", amount: 2700 },
      { key: "other", label: "其他资金", amount: 160 },
    ],
  );
  // By use: 基本支出 + 项目支出 = 资金总额 (checked here, since neither line is a total of the other).
  const byUse = targetMoney(
    s,
    [4, 5].map((c) => ({ col: c, row: r })),
    [
      { key: "basic", label: "基本支出", amount: 1160 },
      { key: "project", label: "项目支出", amount: 1700 },
    ],
    false,
  );
  if (byUse[0]!.value + byUse[1]!.value !== money[0]!.value) throw new Error("基本支出 + 项目支出 ≠ 资金总额");
  r++;
  s.put(0, r, "部门职能职责概述");
  s.put(1, r++, "贯彻执行农业农村工作方针政策，统筹推进乡村振兴，负责粮食生产、农田建设、农业技术推广和农产品质量安全监管。", { span: 6 });
  s.put(0, r, "年度整体绩效目标");
  const annual = s.put(1, r++, "全年建成高标准农田3万亩，粮食播种面积稳定在85万亩以上，农作物良种覆盖率达到96%，服务对象满意度90%以上。", { span: 6 });
  s.put(0, r, "年度绩效指标", { down: 9 });
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "valueType", label: "指标值类型" },
    { kind: "value", label: "指标值" },
    { kind: "unit", label: "计量单位" },
  ];
  r = tableHeader(s, r, cols, 1);
  const inds: Ind[] = [
    { l1: "产出指标", l2: "数量指标", l3: "高标准农田建设面积", t: { cmp: "≥", n: 3, u: "万亩" } },
    { l1: "产出指标", l2: "质量指标", l3: "农作物良种覆盖率", t: { cmp: "≥", n: 96, u: "%" } },
    { l1: "产出指标", l2: "时效指标", l3: "年度重点工作完成时间", t: { by: [2023, 12] } },
    { l1: "产出指标", l2: "成本指标", l3: "“三公”经费支出", t: { cmp: "≤", n: 25, u: "万元" } },
    { l1: "效益指标", l2: "经济效益指标", l3: "粮食播种面积", t: { cmp: "≥", n: 85, u: "万亩" } },
    { l1: "效益指标", l2: "社会效益指标", l3: "农村居民人均可支配收入增长率", t: { cmp: "≥", n: 6, u: "%" } },
    { l1: "效益指标", l2: "生态效益指标", l3: "化肥农药使用量", t: { q: "零增长" } },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "农业经营主体满意度", t: { cmp: "≥", n: 90, u: "%" } },
  ];
  const t = indicatorRows(s, r, cols, inds, { merge: true, left: 1 });
  const truth: LayoutTruth = {
    id: "hunan-2023-dt",
    sources: [
      "湖南省财政厅 2023年度 省级部门整体支出绩效目标表 (湘财绩 series; the 2023 预算 templates of the 湖南 预算管理一体化 system): 部门（单位）名称, 年度预算申请 by source and by use, 部门职能职责概述, 年度整体绩效目标, 指标值类型 (定量/定性) and 计量单位 columns. Seed 000 holds the 2021 layout of the same table. Not verified against a retrieved copy of the template while building this layout: the label set is the one this province's published forms commonly show.",
    ],
    covers: ["指标值类型 column (定量/定性), never the value", "comparison symbol in the 指标值 cell with the unit in 计量单位", "year in the title 2023年…", "单位：万元 line", "money by source and by use on one row", "department form (DT)"],
    sheet: s.name,
    kind: "DT",
    title: cell(title),
    header: { year: { value: 2023, ref: title.ref, text: title.text }, unit: cell(unit), moneyUnit: { value: "万元", ref: mu.ref, text: mu.text } },
    goals: { annual: cell(annual) },
    money: [...money, ...byUse],
    indicators: t.truth,
  };
  return { sheet: s, truth };
}

/** 广东 项目支出绩效目标申报表: fixed rows per 二级 with 不适用, required columns marked with *. */
export function guangdong(): Layout {
  const s = new SheetBuilder("绩效目标申报表", [12, 16, 26, 16, 24, 14]);
  let r = 1;
  const title = s.put(0, r++, "项目支出绩效目标申报表", { span: 5, title: true });
  const yearAt = s.put(0, r++, "（2024年度）", { span: 5, title: true });
  s.put(0, r, "*项目名称");
  const project = s.put(1, r++, "基层医疗卫生机构设备配置补助", { span: 4 });
  s.put(0, r, "*主管部门");
  const unit = s.put(1, r, "某市卫生健康局", { span: 2 });
  s.put(3, r, "*项目实施单位");
  const implementer = s.put(4, r++, "某市基层卫生服务中心");
  s.put(0, r, "项目资金（万元）", { down: 1 });
  s.put(1, r, "年度资金总额");
  s.put(3, r, "其中：财政资金");
  const money = targetMoney(
    s,
    [
      { col: 2, row: r },
      { col: 4, row: r },
    ],
    [
      { key: "total", label: "年度资金总额", amount: 500 },
      { key: "fiscal", label: "其中：财政资金", amount: 500 },
    ],
  );
  r++;
  s.put(0, r, "*年度绩效目标");
  const annual = s.put(1, r++, "为30家基层医疗卫生机构配置诊疗设备60台以上，设备验收合格率100%，基层诊疗量增长5%以上。", { span: 4 });
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "*三级指标" },
    { kind: "target", label: "*指标值" },
    { kind: "desc", label: "指标解释" },
  ];
  r = tableHeader(s, r, cols, 0);
  const inds: Ind[] = [
    { l1: "产出指标", l2: "数量指标", l3: "配置诊疗设备数量", t: { cmp: "≥", n: 60, u: "台" }, desc: "当年完成配置并交付使用的设备台数" },
    { l1: "产出指标", l2: "数量指标", l3: "受助基层医疗卫生机构数", t: { cmp: "≥", n: 30, u: "家" }, desc: "获得设备配置的机构家数" },
    { l1: "产出指标", l2: "质量指标", l3: "设备验收合格率", t: { cmp: "=", n: 100, u: "%" }, desc: "验收合格台数/配置台数×100%" },
    { l1: "产出指标", l2: "时效指标", l3: "设备采购完成时间", t: { by: [2024, 9] }, desc: "合同约定的交付期限" },
    { l1: "产出指标", l2: "成本指标", l3: "设备采购总成本", t: { cmp: "≤", n: 480, u: "万元" }, desc: "按中标价计算的采购总额" },
    { l1: "效益指标", l2: "经济效益指标", l3: "", na: true },
    { l1: "效益指标", l2: "社会效益指标", l3: "基层诊疗量增长率", t: { cmp: "≥", n: 5, u: "%" }, desc: "与上年相比的诊疗人次增幅" },
    { l1: "效益指标", l2: "生态效益指标", l3: "", na: true },
    { l1: "效益指标", l2: "可持续影响指标", l3: "设备正常使用年限", t: { cmp: "≥", n: 8, u: "年" }, desc: "设备设计使用年限" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "患者满意度", t: { cmp: "≥", n: 90, u: "%" }, desc: "抽样调查满意及以上比例" },
  ];
  const t = indicatorRows(s, r, cols, inds, { merge: true, left: 0 });
  return {
    sheet: s,
    truth: {
      id: "guangdong-pt",
      sources: [
        "广东省财政厅 省级财政资金项目支出绩效目标申报表 (粤财绩 series; the 广东 数字财政 system's template marks required fields with * and lists every 二级 category as a fixed row, filled with 不适用 when unused). Not verified against a retrieved copy of the template while building this layout: the label set is the one this province's published forms commonly show.",
      ],
      covers: ["*三级指标 / *指标值 / *项目名称 (leading asterisk)", "fixed-row template with 不适用 rows", "项目实施单位", "money on one row (年度资金总额 | 其中：财政资金)", "指标解释 column", "total-cost 成本指标 within the budget"],
      sheet: s.name,
      kind: "PT",
      title: cell(title),
      header: { year: { value: 2024, ref: yearAt.ref, text: yearAt.text }, unit: cell(unit), implementer: cell(implementer), project: cell(project) },
      goals: { annual: cell(annual) },
      money,
      indicators: t.truth,
    },
  };
}

/** 浙江 项目绩效目标表: 指标方向 (正向/反向), 计量单位, 权重 summing to 100, 项目编码. */
export function zhejiang(): Layout {
  const s = new SheetBuilder("项目绩效目标", [12, 16, 24, 10, 12, 12, 8, 26]);
  let r = 1;
  const title = s.put(0, r++, "2024年度项目绩效目标表", { span: 8, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r, "城市河道保洁养护经费", { span: 3 });
  s.put(4, r, "项目编码");
  const code = s.put(5, r++, "330100240000000001268", { span: 3 });
  s.put(0, r, "主管部门");
  const unit = s.put(1, r, "某区城市管理局", { span: 3 });
  s.put(4, r, "实施单位");
  const implementer = s.put(5, r++, "某区河道管理所", { span: 3 });
  s.put(0, r, "资金总额（万元）");
  s.put(2, r, "其中：财政资金");
  s.put(4, r, "其他资金");
  const money = targetMoney(
    s,
    [
      { col: 1, row: r },
      { col: 3, row: r },
      { col: 5, row: r },
    ],
    [
      { key: "total", label: "资金总额", amount: 210 },
      { key: "fiscal", label: "其中：财政资金", amount: 200 },
      { key: "other", label: "其他资金", amount: 10 },
    ],
  );
  s.put(6, r++, "", { span: 2 });
  s.put(0, r, "年度绩效目标");
  const annual = s.put(1, r++, "完成辖区120公里河道日常保洁，河面漂浮物清理率95%以上，作业响应时间不超过2小时，周边居民满意度90%以上。", { span: 7 });
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "dir", label: "指标方向" },
    { kind: "value", label: "指标值" },
    { kind: "unit", label: "计量单位" },
    { kind: "weight", label: "权重" },
    { kind: "desc", label: "指标解释" },
  ];
  r = tableHeader(s, r, cols, 0);
  const inds: Ind[] = [
    { l1: "产出指标", l2: "数量指标", l3: "日常保洁河道长度", t: { cmp: "≥", n: 120, u: "公里" }, w: 15, desc: "纳入保洁合同的河道长度" },
    { l1: "产出指标", l2: "质量指标", l3: "河面漂浮物清理率", t: { cmp: "≥", n: 95, u: "%" }, w: 15, desc: "巡查合格次数/巡查总次数" },
    { l1: "产出指标", l2: "时效指标", l3: "保洁作业响应时间", t: { cmp: "≤", n: 2, u: "小时" }, w: 15, desc: "接到派单至到场作业的时间" },
    { l1: "产出指标", l2: "成本指标", l3: "每公里年保洁成本", t: { cmp: "≤", n: 1.75, u: "万元" }, w: 15, desc: "保洁合同金额/保洁长度" },
    { l1: "效益指标", l2: "生态效益指标", l3: "河道水质达标率", t: { cmp: "≥", n: 90, u: "%" }, w: 15, desc: "监测断面达标比例" },
    { l1: "效益指标", l2: "可持续影响指标", l3: "河道长效管护机制", t: { q: "健全" }, w: 10, desc: "保洁考核与河长制巡查结合" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "周边居民满意度", t: { cmp: "≥", n: 90, u: "%" }, w: 15, desc: "问卷调查满意及以上比例" },
  ];
  checkBlocks(inds, undefined, 100);
  const t = indicatorRows(s, r, cols, inds, { merge: true, left: 0 });
  return {
    sheet: s,
    truth: {
      id: "zhejiang-pt",
      sources: [
        "浙江省财政厅 项目绩效目标表 (浙财绩效 series; the 浙江 预算管理一体化 system's 绩效目标 page lists 指标方向 正向/反向, 指标值, 计量单位 and 权重 per indicator, with 指标解释). Not verified against a retrieved copy of the template while building this layout: the label set is the one this province's published forms commonly show.",
      ],
      covers: ["指标方向 column (正向/反向) instead of a symbol", "计量单位 column", "权重 on a target table (sums to 100)", "项目编码 in its own cell", "year in the title", "资金总额（万元） with 其中：财政资金 on one row"],
      sheet: s.name,
      kind: "PT",
      title: cell(title),
      header: { year: { value: 2024, ref: title.ref, text: title.text }, unit: cell(unit), implementer: cell(implementer), project: cell(project), projectCode: cell(code) },
      goals: { annual: cell(annual) },
      money,
      indicators: t.truth,
    },
  };
}

/** 山东 项目支出绩效目标表: 一级预算单位, 归口科室, 项目类别, 项目编码, 项目年度目标, 指标值类型. */
export function shandong(): Layout {
  const s = new SheetBuilder("绩效目标表", [14, 16, 24, 12, 16, 24]);
  let r = 1;
  const title = s.put(0, r++, "项目支出绩效目标表", { span: 6, title: true });
  const yearAt = s.put(0, r++, "（2024年度）", { span: 6, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r, "中小学校舍安全维修改造", { span: 2 });
  s.put(3, r, "项目编码");
  const code = s.put(4, r++, "37000024P000000045102", { span: 2 });
  s.put(0, r, "一级预算单位");
  const top = s.put(1, r, "某市教育局", { span: 2 });
  s.put(3, r, "实施单位");
  const implementer = s.put(4, r++, "某市教育服务中心", { span: 2 });
  s.put(0, r, "归口科室");
  const office = s.put(1, r, "教育科", { span: 2 });
  s.put(3, r, "项目类别");
  const category = s.put(4, r++, "其他运转类项目", { span: 2 });
  s.put(0, r, "项目资金（万元）", { down: 3 });
  const labels = ["年度资金总额", "其中：财政拨款", "其他资金"];
  labels.forEach((l, i) => s.put(1, r + i, l, { span: 2 }));
  const money = targetMoney(
    s,
    [0, 1, 2].map((i) => ({ col: 3, row: r + i })),
    [
      { key: "total", label: labels[0]!, amount: 1800 },
      { key: "fiscal", label: labels[1]!, amount: 1800 },
      { key: "other", label: labels[2]!, amount: 0 },
    ],
  );
  for (let i = 0; i < 3; i++) s.put(4, r + i, "", { span: 2 });
  r += 3;
  s.put(0, r, "项目年度目标");
  const annual = s.put(1, r++, "完成全市中小学校舍维修改造2万平方米，工程验收合格率100%，8月底前完工，消除校舍安全隐患。", { span: 5 });
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "valueType", label: "指标值类型" },
    { kind: "target", label: "指标值" },
    { kind: "desc", label: "指标解释" },
  ];
  r = tableHeader(s, r, cols, 0);
  const inds: Ind[] = [
    { l1: "产出指标", l2: "数量指标", l3: "校舍维修改造面积", t: { cmp: "≥", n: 2, u: "万平方米" }, desc: "竣工验收的维修面积" },
    { l1: "产出指标", l2: "质量指标", l3: "工程验收合格率", t: { cmp: "=", n: 100, u: "%" }, desc: "验收合格工程数/完工工程数" },
    { l1: "产出指标", l2: "时效指标", l3: "维修工程完工时间", t: { by: [2024, 8] }, desc: "暑期完工，不影响开学" },
    { l1: "产出指标", l2: "成本指标", l3: "每平方米维修成本", t: { cmp: "≤", n: 800, u: "元" }, desc: "工程结算额/维修面积" },
    { l1: "效益指标", l2: "社会效益指标", l3: "受益学生人数", t: { cmp: "≥", n: 1.5, u: "万人" }, desc: "维修校舍所在学校在校生数" },
    { l1: "效益指标", l2: "可持续影响指标", l3: "校舍安全隐患", t: { q: "全部消除" }, desc: "维修后经安全鉴定无隐患" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "师生满意度", t: { cmp: "≥", n: 90, u: "%" }, desc: "问卷调查满意及以上比例" },
  ];
  const t = indicatorRows(s, r, cols, inds, { merge: true, left: 0 });
  return {
    sheet: s,
    truth: {
      id: "shandong-pt",
      sources: [
        "山东省财政厅 省级项目支出绩效目标表 (鲁财绩 series; the 山东 预算管理一体化 项目库 template: 一级预算单位, 归口科室, 项目类别, 项目编码, 项目年度目标, and 指标值类型 定量/定性 beside 指标值). Not verified against a retrieved copy of the template while building this layout: the label set is the one this province's published forms commonly show.",
      ],
      covers: ["一级预算单位 / 归口科室 / 项目类别 / 项目编码 header fields", "项目年度目标", "指标值类型 column beside a whole-cell 指标值", "money lines down one column"],
      sheet: s.name,
      kind: "PT",
      title: cell(title),
      header: {
        year: { value: 2024, ref: yearAt.ref, text: yearAt.text },
        topUnit: cell(top),
        implementer: cell(implementer),
        project: cell(project),
        projectCode: cell(code),
        office: cell(office),
        category: cell(category),
      },
      goals: { annual: cell(annual) },
      money,
      indicators: t.truth,
    },
  };
}

/** 深圳 二级项目支出绩效目标申报表: label： cells, fixed rows repeated per 二级, 不适用 rows. */
export function shenzhen(): Layout {
  const s = new SheetBuilder("社区党群服务中心运营经费", [24, 18, 22, 24, 30]);
  let r = 1;
  const title = s.put(0, r++, "二级项目支出绩效目标申报表", { span: 5, title: true });
  const pair = (l1: string, v1: string | number, l2: string, v2: string | number): [TruthCell<string | number>, TruthCell<string | number>] => {
    s.put(0, r, l1);
    const a = s.put(1, r, v1, { span: 2, ...(typeof v1 === "number" ? { numFmt: "0.00" } : {}) });
    s.put(3, r, l2);
    const b = s.put(4, r++, v2, typeof v2 === "number" ? { numFmt: "0.00" } : {});
    return [cell(a), cell(b)];
  };
  const [code, project] = pair("项目编码：", "440306241391500000088", "项目名称：", "社区党群服务中心运营经费（某社区）");
  const [unit, top] = pair("申请单位：", "深圳市某区某街道办事处（本级）", "一级预算单位：", "深圳市某区某街道办事处（本级）");
  const [, category] = pair("实施期限：", "1", "项目类型：", "15 其他经费");
  pair("是否新增项目：", "否", "分配方式：", "项目法");
  const [, amount] = pair("项目总金额（中期规划，万元）：", 180, "本年度项目金额（万元）：", 60);
  const long = (label: string, text: string): TruthCell => {
    s.put(0, r, label);
    return cell(s.put(1, r++, text, { span: 4 }));
  };
  long("政策依据：", "依据街道社区党群服务中心建设管理办法，保障社区党群服务中心日常运营。");
  long("测算依据：", "活动经费120场×0.3万元=36万元；场地运维24万元；合计60万元。");
  const annual = long("年度目标：", "全年开展党群服务活动120场以上，服务居民8000人次以上，居民满意度90%以上。");
  const longTerm = long("长期目标（跨度多年的项目需填）：", "持续提升社区党群服务中心服务能力，形成常态化服务机制。");
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "target", label: "目标值" },
    { kind: "desc", label: "指标解释" },
  ];
  r = tableHeader(s, r, cols, 0);
  const inds: Ind[] = [
    { l1: "产出", l2: "数量", l3: "开展党群服务活动场次", t: { cmp: "≥", n: 120, u: "场" }, desc: "以活动台账记录为准" },
    { l1: "产出", l2: "数量", l3: "服务居民人次", t: { cmp: "≥", n: 8000, u: "人次" }, desc: "以签到记录为准" },
    { l1: "产出", l2: "质量", l3: "活动按计划开展率", t: { cmp: "≥", n: 95, u: "%" }, desc: "按计划开展场次/计划场次" },
    { l1: "产出", l2: "时效", l3: "活动经费支付完成时间", t: { by: [2024, 12] }, desc: "年底前完成全部支付" },
    { l1: "产出", l2: "成本", l3: "运营总成本", t: { cmp: "≤", n: 60, u: "万元" }, desc: "不超过本年度项目金额" },
    { l1: "效益", l2: "经济效益", l3: "", na: true },
    { l1: "效益", l2: "社会效益", l3: "社区居民参与率", t: { cmp: "≥", n: 30, u: "%" }, desc: "参与活动居民数/常住居民数" },
    { l1: "效益", l2: "生态效益", l3: "", na: true },
    { l1: "效益", l2: "可持续影响", l3: "", na: true },
    { l1: "满意度", l2: "服务对象满意度", l3: "居民满意度", t: { cmp: "≥", n: 90, u: "%" }, desc: "问卷调查满意及以上比例" },
    { l1: "满意度", l2: "其他满意度", l3: "", na: true },
  ];
  const t = indicatorRows(s, r, cols, inds, { merge: false, left: 0 });
  s.put(0, t.next, "备注：置灰信息由系统带出，无需录入。", { span: 5 });
  const text = (c: TruthCell<string | number>): TruthCell => ({ value: String(c.value), ref: c.ref, text: c.text });
  return {
    sheet: s,
    truth: {
      id: "shenzhen-pt",
      sources: [
        "深圳市 预算管理一体化 system's 二级项目支出绩效目标申报表 (export/import template, one project per sheet), as published in the public repository samon6bl/jixiaopingjia (松岗街道 2023 workbooks): label： cells, 申请单位 / 一级预算单位 / 项目类型 / 本年度项目金额（万元）, fixed rows 产出·数量 … 满意度·其他满意度 with 不适用 in unused ones.",
      ],
      covers: ["label： cells with trailing full-width colon", "申请单位 / 一级预算单位", "本年度项目金额（万元） (and 项目总金额（中期规划，万元） beside it, not the year's amount)", "no year in the title: the year from the 项目编码 (4403062413… → 2024)", "fixed rows with 不适用 in 三级, 目标值 and 指标解释", "一级 and 二级 without 指标 suffix, repeated on every row", "年度目标 / 长期目标（跨度多年的项目需填）"],
      sheet: s.name,
      kind: "PT",
      title: cell(title),
      header: {
        year: { value: 2024, ref: code.ref, text: code.text },
        unit: text(unit),
        project: text(project),
        projectCode: text(code),
        topUnit: text(top),
        category: text(category),
      },
      goals: { annual, longTerm },
      money: [{ key: "total", column: "budget", value: 60, ref: amount.ref, text: amount.text }],
      indicators: t.truth,
    },
  };
}

/** 中央部门项目库 绩效目标表: title from the project name, 中期 and 年度 money side by side, two indicator blocks. */
export function centralLibrary(): Layout {
  const s = new SheetBuilder("项目支出绩效目标申报表", [12, 14, 14, 22, 14, 14, 22, 14]);
  let r = 1;
  const title = s.put(0, r++, "2021年全民健身科学指导服务经费绩效目标表", { span: 8, title: true });
  const yearAt = s.put(0, r++, "( 2022年度)", { span: 8, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r++, "2021年全民健身科学指导服务经费", { span: 7 });
  s.put(0, r, "主管部门及代码");
  const unit = s.put(1, r, "[135]国家体育总局", { span: 3 });
  s.put(4, r, "实施单位");
  const implementer = s.put(5, r++, "某体育科学研究所", { span: 3 });
  s.put(0, r, "项目属性");
  s.put(1, r, "延续项目", { span: 3 });
  s.put(4, r, "项目周期");
  s.put(5, r++, "3年", { span: 3 });
  s.put(0, r, "项目资金（万元）", { down: 4 });
  const lines = [
    ["中期资金总额：", 900, "年度资金总额：", 300, "total"],
    ["    其中：财政拨款", 900, "    其中：财政拨款", 300, "fiscal"],
    ["   上年结转资金", 0, "   上年结转资金", 0, "carryover"],
    ["          其他资金", 0, "          其他资金", 0, "other"],
  ] as const;
  const money = lines.map(([ml, mv, al, av, key], i) => {
    s.put(1, r + i, ml, { span: 2 });
    s.put(3, r + i, mv, { numFmt: "0.00" });
    s.put(4, r + i, al, { span: 2 });
    const at = s.put(6, r + i, av, { numFmt: "0.00", span: 2 });
    return { key, column: "budget" as const, value: av, ref: at.ref, text: at.text };
  });
  r += lines.length;
  s.put(0, r, "总体目标", { down: 2 });
  s.put(1, r, "中期目标", { span: 3, center: true });
  s.put(4, r++, "年度目标", { span: 4, center: true });
  const longTerm = s.put(1, r, "三年内为全国200个城市提供科学健身指导服务，建成国民体质监测数据平台。", { span: 3 });
  const annual = s.put(4, r++, "年度内为70个城市开展科学健身指导服务，培训社会体育指导员3000人次，服务对象满意度90%以上。", { span: 4 });
  const inds = (period: "mid" | "annual"): Ind[] => [
    { l1: "产出指标", l2: "数量指标", l3: "指导服务覆盖城市数", t: { cmp: "≥", n: period === "mid" ? 200 : 70, u: "个" } },
    { l1: "产出指标", l2: "数量指标", l3: "培训社会体育指导员人次", t: { cmp: "≥", n: period === "mid" ? 9000 : 3000, u: "人次" } },
    { l1: "产出指标", l2: "质量指标", l3: "培训考核合格率", t: { cmp: "≥", n: 95, u: "%" } },
    { l1: "产出指标", l2: "时效指标", l3: period === "mid" ? "数据平台建成时间" : "年度培训完成时间", t: period === "mid" ? { by: [2024, 12] } : { by: [2022, 11] } },
    { l1: "产出指标", l2: "成本指标", l3: "人均培训成本", t: { cmp: "≤", n: 0.05, u: "万元" } },
    { l1: "效益指标", l2: "社会效益指标", l3: "经常参加体育锻炼人数比例", t: { cmp: "≥", n: period === "mid" ? 38 : 37, u: "%" } },
    { l1: "效益指标", l2: "可持续影响指标", l3: "科学健身指导服务机制", t: { q: "持续运行" } },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "培训学员满意度", t: { cmp: "≥", n: 90, u: "%" } },
  ];
  const mid = inds("mid");
  s.put(0, r, "绩效指标", { down: mid.length + 1 });
  const left: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "target", label: "指标值" },
  ];
  const right: Column[] = [
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "target", label: "指标值" },
  ];
  tableHeader(s, r, left, 1);
  r = tableHeader(s, r, right, 5);
  const a = indicatorRows(s, r, left, mid, { merge: true, left: 1, period: "mid-term" });
  const b = indicatorRows(s, r, right, inds("annual"), { merge: true, left: 5, period: "annual", level1: a.truth.map((t) => t.level1!) });
  return {
    sheet: s,
    truth: {
      id: "central-library-pt",
      sources: [
        "中央部门 项目库 (财政部 预算管理一体化 中央部门项目支出) 项目支出绩效目标申报表 as exported by the system — public example workbook in the repository 1751660300/DoExecl (static/template.xls): <项目名称>绩效目标表 title, ( YYYY年度) line, 主管部门及代码 [nnn]…, 中期资金总额 | 年度资金总额 side by side, 总体目标 中期目标 | 年度目标, indicator table with a 中期 block and a 年度 block sharing the 一级 column.",
        "财政部《中央部门预算绩效目标管理办法》（财预〔2015〕88号）附件 项目支出绩效目标申报表 for the labels.",
      ],
      covers: ["title made from the project name + 绩效目标表; the project name's year (2021) is not the budget year (2022, from the ( 2022年度) line)", "主管部门及代码 [135]…", "中期 and 年度 money side by side (only 年度 is the year's money)", "two indicator blocks side by side (中期 | 年度) sharing 一级", "labels with leading spaces (    其中：财政拨款)"],
      sheet: s.name,
      kind: "PT",
      title: cell(title),
      header: { year: { value: 2022, ref: yearAt.ref, text: yearAt.text }, unit: cell(unit), implementer: cell(implementer), project: cell(project) },
      goals: { annual: cell(annual), longTerm: cell(longTerm) },
      money,
      indicators: [...a.truth, ...b.truth],
    },
  };
}

/** 财预〔2021〕101号 附件2 core-indicator table: 成本指标 as a 一级, 指标解释, 指标性质, 度量单位, 分值, 评（扣）分标准. */
export function national101(): Layout {
  const s = new SheetBuilder("核心绩效指标表", [12, 16, 22, 24, 9, 10, 10, 8, 30]);
  let r = 1;
  const title = s.put(0, r++, "中央部门本级项目支出核心绩效指标表（2023年度）", { span: 9, title: true });
  s.put(0, r, "项目名称");
  const project = s.put(1, r, "政务信息系统运行维护", { span: 3 });
  s.put(4, r, "主管部门");
  const unit = s.put(5, r++, "某部", { span: 4 });
  s.put(0, r, "年度资金总额（万元）");
  const money = targetMoney(s, [{ col: 1, row: r }], [{ key: "total", label: "年度资金总额", amount: 860 }]);
  s.put(2, r, "其中：财政拨款");
  const fiscal = targetMoney(s, [{ col: 3, row: r }], [{ key: "fiscal", label: "其中：财政拨款", amount: 860 }]);
  s.put(4, r++, "", { span: 5 });
  s.put(0, r, "年度绩效目标");
  const annual = s.put(1, r++, "保障部机关12个政务信息系统全年稳定运行，系统可用率不低于99.5%，故障2小时内响应，运维成本控制在预算内。", { span: 8 });
  const cols: Column[] = [
    { kind: "l1", label: "一级指标" },
    { kind: "l2", label: "二级指标" },
    { kind: "l3", label: "三级指标" },
    { kind: "desc", label: "指标解释" },
    { kind: "cmp", label: "指标性质" },
    { kind: "value", label: "指标值" },
    { kind: "unit", label: "度量单位" },
    { kind: "weight", label: "分值" },
    { kind: "scoring", label: "评（扣）分标准" },
  ];
  r = tableHeader(s, r, cols, 0);
  const inds: Ind[] = [
    { l1: "产出指标", l2: "数量指标", l3: "运维信息系统数量", t: { cmp: "≥", n: 12, u: "个" }, w: 10, desc: "纳入运维合同的信息系统个数", scoring: "达到目标值得满分，每少1个扣1分" },
    { l1: "产出指标", l2: "质量指标", l3: "系统可用率", t: { cmp: "≥", n: 99.5, u: "%" }, w: 15, desc: "系统正常运行时长/全年时长", scoring: "达到目标值得满分，每低0.1个百分点扣1分" },
    { l1: "产出指标", l2: "时效指标", l3: "故障响应时间", t: { cmp: "≤", n: 2, u: "小时" }, w: 10, desc: "报修至运维人员响应的时长", scoring: "超过目标值每次扣1分" },
    { l1: "成本指标", l2: "经济成本指标", l3: "运维总成本", t: { cmp: "≤", n: 860, u: "万元" }, w: 15, desc: "运维合同与备件支出合计", scoring: "不超过目标值得满分，超出按比例扣分" },
    { l1: "成本指标", l2: "社会成本指标", l3: "因运维中断对外服务的时长", t: { cmp: "≤", n: 8, u: "小时" }, w: 5, desc: "计划外中断对外服务的累计时长", scoring: "超过目标值不得分" },
    { l1: "效益指标", l2: "社会效益指标", l3: "网上办件按时办结率", t: { cmp: "≥", n: 98, u: "%" }, w: 15, desc: "依托系统办理事项的按时办结比例", scoring: "达到目标值得满分，未达到按比例得分" },
    { l1: "效益指标", l2: "社会效益指标", l3: "系统安全等级保护测评", t: { q: "通过" }, w: 15, desc: "年度等级保护测评结论", scoring: "通过得满分，未通过不得分" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "系统使用人员满意度", t: { cmp: "≥", n: 90, u: "%" }, w: 15, desc: "年度问卷调查满意及以上比例", scoring: "达到目标值得满分，每低1个百分点扣1分" },
  ];
  checkBlocks(inds, undefined, 100);
  const t = indicatorRows(s, r, cols, inds, { merge: true, left: 0 });
  return {
    sheet: s,
    truth: {
      id: "national-2021-101-pt",
      sources: [
        "财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）附件2 中央部门本级项目支出核心绩效指标表模板 — 成本指标 as a 一级 (经济成本指标 / 社会成本指标 / 生态环境成本指标), 指标解释, 指标性质, 指标值, 度量单位, 分值, 评（扣）分标准. Notice as reproduced at http://lsrwf.cn/news/708af42006d811ec81694b356a0c000d.",
      ],
      covers: ["成本指标 as 一级 with 经济成本指标 / 社会成本指标 (101号 framework)", "指标解释 and 评（扣）分标准 columns", "指标性质 + 度量单位 split target", "分值 on a target table", "year in the title with （2023年度） attached"],
      sheet: s.name,
      kind: "PT",
      title: cell(title),
      header: { year: { value: 2023, ref: title.ref, text: title.text }, unit: cell(unit), project: cell(project) },
      goals: { annual: cell(annual) },
      money: [...money, ...fiscal],
      indicators: t.truth,
    },
  };
}
