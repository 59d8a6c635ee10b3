/**
 * The whole rule catalogue (domain reference §6), family by family:
 * STR structure, VAL values, MON money, WGT weights, EVA self-evaluation scores,
 * XDOC across forms, JS 部门决算 identities, JN the 决算情况说明 and the published package,
 * RUN the 绩效运行监控表 (execution against time, forecasts that miss, values against direction).
 */
import type { Rule } from "../types";
import { STR_RULES } from "./str";
import { VAL_RULES } from "./val";
import { MON_RULES } from "./mon";
import { WGT_RULES } from "./wgt";
import { EVA_RULES } from "./eva";
import { XDOC_RULES } from "./xdoc";
import { JS_RULES } from "./js";
import { JN_RULES } from "./jn";
import { RUN_RULES } from "./run";

export const ALL_RULES: readonly Rule[] = [...STR_RULES, ...VAL_RULES, ...MON_RULES, ...WGT_RULES, ...EVA_RULES, ...XDOC_RULES, ...JS_RULES, ...JN_RULES, ...RUN_RULES];
