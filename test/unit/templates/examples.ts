/**
 * Fill data for each kind, as a clerk's JSON would give it: complete and clean (targets with
 * symbols and units, money that adds up, weights that sum to 100).
 */
import type { FillInput } from "../../../src/templates";

export const PT_HEBEI: FillInput["PT"] = {
  year: 2025,
  unit: "唐山市开平区机关事务中心本级",
  project: "本级公务用车购置",
  projectCode: "13020525P00911110004E",
  money: { total: 100, fiscal: 100, other: 0 },
  goals: { annual: "1.按计划购置公务用车3辆，保障公务出行。", use: "用于本级公务用车购置" },
  spendingPlan: { "3": 30, "6": 50, "10": 80, "12": 100 },
  indicators: [
    { level1: "产出指标", level2: "数量指标", level3: "购置公务用车数量", description: "本年购置公务用车的数量", target: "≥3辆", basis: "计划标准" },
    { level1: "产出指标", level2: "质量指标", level3: "车辆验收合格率", description: "验收合格车辆占购置车辆的比例", target: "≥98%", basis: "行业标准" },
    { level1: "产出指标", level2: "时效指标", level3: "采购完成时间", description: "完成采购的时间", target: "2025年10月前", basis: "计划标准" },
    { level1: "产出指标", level2: "成本指标", level3: "单车购置成本", description: "每辆车的购置费用", target: "≤30万元", basis: "历史标准" },
    { level1: "效益指标", level2: "社会效益指标", level3: "公务出行保障率", description: "公务用车需求得到保障的比例", target: "≥95%", basis: "历史标准" },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "用车单位满意度", description: "用车单位对保障服务的满意程度", target: "≥90%", basis: "行业标准" },
  ],
};

export const DT_HUNAN: FillInput["DT"] = {
  year: 2022,
  unit: "石峰区机关事务服务中心",
  money: { total: 917.49, fiscal: 917.49, basic: 328.99, project: 588.5 },
  duties: "负责区直机关办公用房的管理、维修和后勤服务工作。",
  tasks: [
    { name: "零星维修", owner: "后勤股", goal: "保障机关大楼正常运转。" },
    { name: "公车平台", owner: "公车平台股", goal: "保障公车平台正常运行。" },
  ],
  indicators: [
    { level1: "产出指标", level2: "产出数量", level3: "零星维修次数", target: "≥50次" },
    { level1: "产出指标", level2: "产出质量", level3: "设备正常使用率", target: "≥95%" },
    { level1: "效益指标", level2: "社会效益", level3: "办公环境改善", target: "有效改善" },
    { level1: "效益指标", level2: "社会公众及服务对象满意度", level3: "机关人员满意度", target: "≥90%" },
  ],
};

export const DT_GANSU: FillInput["DT"] = {
  year: 2024,
  unit: "和政县机关事务管理局",
  goals: { items: ["提高后勤服务保障水平", "及时缴纳水、电、电梯维保费"] },
  money: { personnel: 595.51, publicUse: 20, basic: 615.51, project: 1022, fiscal: 1637.51, incomeTotal: 1637.51, expenseTotal: 1637.51 },
  indicators: [
    { level1: "部门管理", level2: "计划制定", level3: "工作计划制定健全性", target: "健全" },
    { level1: "履职效果", level2: "公务用车管理", level3: "保障公车数量", target: "≥70辆" },
  ],
};

export const ST_HUNAN: FillInput["ST"] = {
  year: 2021,
  unit: "石峰区机关事务服务中心",
  rows: [
    { direction: "零星维修购置及各类合同", amount: 80, longTermGoal: "保障机关大楼的正常运转", annualGoal: "对大楼进行零星维修。" },
    { direction: "物业管理及水电气供应", amount: 433.5, longTermGoal: "保障机关大楼的正常运转", annualGoal: "按合同支付物业管理费。" },
  ],
  total: 513.5,
};

export const PS_HUNAN: FillInput["PS"] = {
  year: 2021,
  unit: "株洲市石峰区机关事务服务中心",
  project: "公车平台经费",
  subProject: "公车平台相关支出",
  period: "2021年度",
  investment: { total: 119.48, fiscal: 119.48 },
  money: { total: { initialBudget: 75, adjustedBudget: 119.48, executed: 119.48 }, fiscal: { initialBudget: 75, adjustedBudget: 119.48 } },
  goals: { expected: "保障公车平台正常运行。", achieved: "全年派车1346次，保障了公务出行和疫情期间用车。" },
  weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  indicators: [
    { level1: "产出指标", level2: "数量指标", level3: "公车平台派车次数", target: "≥1000次", actual: "1346次", weight: 20 },
    { level1: "产出指标", level2: "质量指标", level3: "车辆信息台账", target: "详细准确", actual: "详细准确", weight: 10 },
    { level1: "产出指标", level2: "时效指标", level3: "各项工作完成时限", target: "2021年12月前", actual: "2021年12月", weight: 10 },
    { level1: "产出指标", level2: "成本指标", level3: "公车平台运行经费", target: "≤119.48万元", actual: "119.48万元", weight: 10 },
    { level1: "效益指标", level2: "社会效益指标", level3: "网上派单覆盖率", target: "≥90%", actual: "95%", weight: 30 },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "用车单位满意度", target: "≥90%", actual: "95%", weight: 10 },
  ],
};

export const DS_HUNAN: FillInput["DS"] = {
  year: 2021,
  unit: "株洲市石峰区机关事务服务中心",
  money: { total: { initialBudget: 917.49, adjustedBudget: 1474.07, executed: 1474.07 } },
  execution: { weight: 10, rate: 1, score: 10 },
  goals: { expected: "保障机关大楼正常运转。", achieved: "完成零星维修59次。" },
  weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  indicators: [
    { level1: "产出指标", level2: "数量指标", level3: "零星维修次数", target: "50次", actual: "59次", weight: 50, score: 50 },
    { level1: "效益指标", level2: "社会效益指标", level3: "应急处置能力", target: "全面提升", actual: "全面提升", weight: 30, score: 27 },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "机关干部职工满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 },
  ],
  total: { weight: 100, score: 97, grade: "优" },
};

export const JS_05: FillInput["JS"] = {
  year: 2021,
  unit: "株洲市石峰区机关事务服务中心",
  table: "05",
  lines: [
    { label: "合计", amounts: { total: 1406.53, basic: 335.54, project: 1070.99 } },
    { code: "201", label: "一般公共服务支出", amounts: { total: 1256.53, basic: 335.54, project: 920.99 } },
    { code: "210", label: "卫生健康支出", amounts: { total: 100, project: 100 } },
    { code: "212", label: "城乡社区支出", amounts: { total: 50, project: 50 } },
  ],
};
