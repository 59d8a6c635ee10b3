/**
 * The fixed vocabularies templates offer in drop-down lists and skeleton rows: 一级/二级
 * indicator names of both frameworks (财预〔2015〕88号 style and 财预〔2021〕101号), the
 * and the 指标值确定依据. (The 定性 bands and the weights live in scoring/ and the region
 * profiles.) See the domain reference §2.
 */
import type { Model } from "./dsl";

/** 一级 of both frameworks (效果指标 is 河北 2020's name for 效益指标). */
export const LEVEL1 = ["产出指标", "成本指标", "效益指标", "满意度指标"] as const;
export const LEVEL1_HEBEI = ["产出指标", "成本指标", "效益指标", "效果指标", "满意度指标"] as const;
/** Whole-department first levels (甘肃 2024) besides the project ones. */
export const LEVEL1_DEPARTMENT = ["部门管理", "履职效果", "能力建设", ...LEVEL1] as const;

/** 二级, older framework: 成本 under 产出. */
export const LEVEL2_OLD = ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"] as const;
/** 二级, 财预〔2021〕101号: 成本 a first level of its own. */
export const LEVEL2_101 = ["经济成本指标", "社会成本指标", "生态环境成本指标", "数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标", "服务对象满意度指标"] as const;
/** 二级 as 湖南 2021 abbreviates them (产出数量 = 数量指标). */
export const LEVEL2_HUNAN = ["产出数量", "产出质量", "产出时效", "产出成本", "经济效益", "社会效益", "生态效益", "可持续影响", "社会公众及服务对象满意度"] as const;

/** A layout's 二级 list: its own framework first, then the other's names (both are accepted). */
export const LEVEL2_LISTS = {
  hunan: [...LEVEL2_HUNAN, ...LEVEL2_OLD, "经济成本指标", "社会成本指标", "生态环境成本指标"],
  old: [...LEVEL2_OLD, "经济成本指标", "社会成本指标", "生态环境成本指标"],
  "101": [...LEVEL2_101, "成本指标", "可持续影响指标"],
} as const;

/** 指标值确定依据 */
export const BASIS = ["计划标准", "行业标准", "历史标准", "其他标准"] as const;

const rowsOf = (spec: [string, string[]][]): Model[] => spec.flatMap(([level1, l2s]) => l2s.map((level2) => ({ level1, level2 })));

/** Skeleton rows of the older framework (河北, self-evaluations). */
export function skeletonOld(level1Effect = "效益指标"): Model[] {
  return rowsOf([
    ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
    [level1Effect, ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ]);
}

/** Skeleton rows of the 101号 framework, 成本指标 first (甘肃 2024). */
export function skeleton101(): Model[] {
  return rowsOf([
    ["成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]],
    ["产出指标", ["数量指标", "质量指标", "时效指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ]);
}

/** Skeleton rows as 湖南 2021 prints them (满意度 under 效益指标). */
export function skeletonHunan(): Model[] {
  return rowsOf([
    ["产出指标", ["产出数量", "产出质量", "产出时效", "产出成本"]],
    ["效益指标", ["经济效益", "社会效益", "生态效益", "可持续影响", "社会公众及服务对象满意度"]],
  ]);
}

/** Whole-department skeleton (甘肃 2024): 部门管理 / 履职效果 / 能力建设. */
export function skeletonDepartment(): Model[] {
  return rowsOf([
    ["部门管理", ["计划制定", "目标设定", "预算编制"]],
    ["履职效果", ["", "", ""]],
    ["能力建设", ["", "", ""]],
  ]);
}
