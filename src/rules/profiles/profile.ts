/**
 * Region profiles: what differs between provinces — the weight scheme, the 反向 scoring
 * variant, the indicator frameworks accepted, tolerances and thresholds — as data, validated
 * by zod, chosen with `--profile` and named in every report.
 */
import { z } from "zod";

export const RegionProfileSchema = z.object({
  id: z.string(),
  name: z.object({ "zh-CN": z.string(), en: z.string() }),
  /** Where the numbers come from (document numbers, practice). */
  basis: z.string(),
  /** Points per part of a self-evaluation. `free` lets the indicator parts share `indicatorsTotal` freely (四川). */
  weights: z.object({
    execution: z.number(),
    output: z.number().nullable(),
    benefit: z.number().nullable(),
    satisfaction: z.number().nullable(),
    /** 成本指标 as its own part (101号 forms that score it separately); null when counted inside 产出. */
    cost: z.number().nullable(),
    total: z.number(),
    free: z.boolean(),
  }),
  /** 反向 indicators that miss: ratio W×T/A, or linear W×(1−(A−T)/T), zero at A ≥ 2T. */
  reverseScoring: z.enum(["ratio", "linear"]),
  /** Indicator frameworks accepted for 一级/二级: the 2013 53号 common framework, the older 88号 set and the 2021 101号 set. */
  frameworks: z.array(z.enum(["53", "88", "101"])).min(1),
  /** Money: allowed difference per addend when comparing a total with its parts (amounts printed with 2 decimals). */
  moneyTolerancePerAddend: z.number().nonnegative(),
  /** Scores: difference below which a stated score is taken as a rounding of the computed one. */
  scoreTolerance: z.number().nonnegative(),
  /** 执行率 below this needs an explanation (EVA-04); null when the region sets none. */
  executionThreshold: z.number().nullable(),
  /** Lowest acceptable 满意度 target, in percent (VAL-10). */
  satisfactionFloor: z.number(),
  /** 正向 actual / target above which a full score suggests the target was set too low (EVA-11). */
  overshootRatio: z.number(),
  /** Grade bands: lower bounds of 优, 良, 中 (差 below). */
  grades: z.object({ excellent: z.number(), good: z.number(), fair: z.number() }),
});
export type RegionProfile = z.infer<typeof RegionProfileSchema>;
