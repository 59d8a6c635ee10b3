/**
 * The region profiles we ship. Numbers marked (practice) are common practice seen in real
 * forms rather than text of a regulation; each is a setting, not a constant in a rule.
 */
import { RegionProfileSchema, type RegionProfile } from "./profile";

const national: RegionProfile = {
  id: "national",
  name: { "zh-CN": "全国通用（财预〔2020〕10号）", en: "National default (Cai Yu [2020] No. 10)" },
  basis: "财预〔2020〕10号《项目支出绩效评价管理办法》；财预〔2021〕101号指标体系",
  weights: { execution: 10, output: 50, benefit: 30, satisfaction: 10, cost: null, total: 100, free: false },
  reverseScoring: "ratio",
  frameworks: ["53", "88", "101"],
  moneyTolerancePerAddend: 0.01,
  scoreTolerance: 0.5,
  executionThreshold: null,
  satisfactionFloor: 80,
  overshootRatio: 1.2,
  grades: { excellent: 90, good: 80, fair: 60 },
};

export const PROFILES: Record<string, RegionProfile> = Object.fromEntries(
  [
    national,
    { ...national, id: "hunan", name: { "zh-CN": "湖南", en: "Hunan" }, basis: "湖南省财政厅部门整体及项目支出绩效自评表（2021）；评分权重按财政部2020年10号文" },
    {
      ...national,
      id: "hebei",
      name: { "zh-CN": "河北", en: "Hebei" },
      basis: "河北省预算绩效目标表（含绩效指标描述、指标值确定依据）；评分权重按财政部2020年10号文",
      reverseScoring: "linear",
    },
    {
      ...national,
      id: "gansu",
      name: { "zh-CN": "甘肃", en: "Gansu" },
      basis: "甘肃省2024年绩效目标表（成本指标为一级指标，101号体系）",
      frameworks: ["101"],
      weights: { execution: 10, output: 40, benefit: 30, satisfaction: 10, cost: 10, total: 100, free: false },
    },
    {
      ...national,
      id: "sichuan",
      name: { "zh-CN": "四川", en: "Sichuan" },
      basis: "四川省项目支出绩效自评：执行率10分，其余90分由指标自由分配；执行率低于90%须说明（practice）",
      weights: { execution: 10, output: null, benefit: null, satisfaction: null, cost: null, total: 100, free: true },
      executionThreshold: 0.9,
    },
  ].map((p) => [p.id, RegionProfileSchema.parse(p)]),
);

export const DEFAULT_PROFILE = "national";

export function getProfile(id: string): RegionProfile | undefined {
  return PROFILES[id];
}
