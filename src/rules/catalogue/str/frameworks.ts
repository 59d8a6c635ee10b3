/**
 * The indicator frameworks (domain reference §2) as data: which canonical 二级 may sit under
 * which canonical 一级. Canonical names come from `canonicalLevel1` / `canonicalLevel2`
 * (abbreviations such as 产出数量 = 数量指标, 效果指标 = 效益指标 are resolved there).
 *
 * | 一级 | 财预〔2013〕53号 共性指标框架 | 财预〔2015〕88号 style | 财预〔2021〕101号 |
 * |---|---|---|---|
 * | 产出指标 | 数量, 质量, 时效, 成本 | 数量, 质量, 时效, 成本 | 数量, 质量, 时效 |
 * | 成本指标 | — | — | 经济成本, 社会成本, 生态环境成本 |
 * | 效益指标 | 经济效益, 社会效益, 生态效益, 可持续影响, 社会公众或服务对象满意度 | 经济效益, 社会效益, 生态效益, 可持续影响 | 经济效益, 社会效益, 生态效益 |
 * | 满意度指标 | — | 服务对象满意度 | 服务对象满意度 |
 *
 * The older common framework (财预〔2013〕53号, the basis of several provinces' 2020–2022
 * layouts, seed 000) has no 满意度 一级: satisfaction is a 二级 of 效益指标. A form follows it
 * when its own structure shows it — no 满意度指标 一级 anywhere on the form.
 *
 * A 一级 成本指标 whose 二级 is written plainly "成本指标" is taken as 101号 (the 一级 is).
 */
export type Framework = "53" | "88" | "101";

export const FRAMEWORK_NAMES: Record<Framework, string> = { "53": "财预〔2013〕53号", "88": "财预〔2015〕88号", "101": "财预〔2021〕101号" };

const FRAMEWORKS: Record<Framework, Record<string, readonly string[]>> = {
  "53": {
    产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
    效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"],
  },
  "88": {
    产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
    效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    满意度指标: ["服务对象满意度指标"],
  },
  "101": {
    产出指标: ["数量指标", "质量指标", "时效指标"],
    成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标", "成本指标"],
    效益指标: ["经济效益指标", "社会效益指标", "生态效益指标"],
    满意度指标: ["服务对象满意度指标"],
  },
};

/** The frameworks in which `level2` may sit under `level1` (canonical names); [] when in neither. */
export function frameworksAllowing(level1: string, level2: string): Framework[] {
  return (Object.keys(FRAMEWORKS) as Framework[]).filter((f) => FRAMEWORKS[f][level1]?.includes(level2) ?? false);
}

/** The 一级 categories under which a canonical 二级 belongs, in the given frameworks (default: all). */
export function level1sFor(level2: string, frameworks: readonly Framework[] = Object.keys(FRAMEWORKS) as Framework[]): string[] {
  const out = new Set<string>();
  for (const f of frameworks) for (const [l1, l2s] of Object.entries(FRAMEWORKS[f])) if (l2s.includes(level2)) out.add(l1);
  return [...out];
}
