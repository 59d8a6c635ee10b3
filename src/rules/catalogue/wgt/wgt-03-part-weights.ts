/**
 * WGT-03 一级 weights against the region profile. 财预〔2020〕10号: 预算执行率 10, 产出 50,
 * 效益 30, 满意度 10, "原则上统一设置…如有特殊情况，一级指标权重可做适当调整". Hence:
 *
 * - the 执行率 分值 differing from the profile is a warning (it is fixed in practice);
 * - an indicator part differing is information only (adjustments are allowed);
 * - a profile with `free` weights (四川: 10 for execution, 90 shared freely) checks only the 执行率;
 * - where the profile gives 成本 its own part (甘肃, 101号), a separate 成本指标 heading is compared
 *   with it and 产出 with the rest; a form that keeps 成本 inside 产出 is compared with
 *   产出 + 成本 together. Where the profile has no 成本 part, a 成本指标 heading counts as 产出.
 *
 * A part's designed weight is what its heading states ("产出指标 (50分)"), else the sum of its
 * indicators' points — so a heading that disagrees with its own points (WGT-01) is not reported
 * twice. Forms with 一级 outside the four standard ones (部门管理 / 履职效果 …) are skipped.
 */
import type { SelfEvaluationForm } from "../../../forms/forms";
import type { FindingCell } from "../../types";
import { defineRule } from "../../types";
import { canonicalLevel1, cells, fmt } from "../../support";

const TOLERANCE = 1e-6;

type Part = "产出指标" | "成本指标" | "效益指标" | "满意度指标";
const PARTS: Part[] = ["产出指标", "成本指标", "效益指标", "满意度指标"];

interface PartWeight {
  weight: number;
  cells: FindingCell[];
}

/** Designed weight per 一级 part; undefined when the form has a 一级 outside the standard four or no points at all. */
function partWeights(form: SelfEvaluationForm): Map<Part, PartWeight> | undefined {
  const out = new Map<Part, PartWeight>();
  if (form.indicators.some((i) => canonicalLevel1(i.level1.value) === undefined)) return undefined;
  for (const part of PARTS) {
    const blocks = form.level1Blocks.filter((b) => canonicalLevel1(b.name.value) === part);
    const inds = form.indicators.filter((i) => canonicalLevel1(i.level1.value) === part);
    if (blocks.length === 0 && inds.length === 0) continue;
    const stated = blocks.length > 0 && blocks.every((b) => b.statedWeight !== null);
    const weighted = inds.filter((i) => i.weight?.value !== null && i.weight?.value !== undefined);
    if (!stated && weighted.length === 0) continue;
    const weight = stated ? blocks.reduce((a, b) => a + b.statedWeight!, 0) : weighted.reduce((a, i) => a + i.weight!.value!, 0);
    // A stated weight is changed in the heading; a summed one in the indicators' 分值.
    out.set(part, { weight, cells: stated ? cells(...blocks.map((b) => b.name)) : cells(...blocks.map((b) => b.name), ...weighted.map((i) => i.weight)) });
  }
  return out.size > 0 ? out : undefined;
}

export default defineRule({
  meta: {
    id: "WGT-03",
    severity: "warning",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "执行率和各一级指标的权重与地区方案（如 10/50/30/10）不同。",
      en: "The execution rate's and the 一级 parts' weights differ from the region profile (e.g. 10/50/30/10).",
    },
    messages: {
      executionWeight: {
        "zh-CN": "预算执行率的分值是 {actual} 分，{profile}规定为 {expected} 分。执行率分值一般固定不变，请把 {ref} 改为 {expected} 分，并相应调整指标分值。",
        en: "The execution rate carries {actual} points; {profileEn} sets {expected}. This weight is normally fixed: change {ref} to {expected} and adjust the indicator points accordingly.",
      },
      partWeight: {
        "zh-CN": "一级指标“{part}”共 {actual} 分，{profile}的权重是 {expected} 分。财预〔2020〕10号规定一级指标权重原则上统一设置、特殊情况可适当调整；如无特殊原因，请按 {expected} 分设置（见 {ref}）。",
        en: "The part “{part}” carries {actual} points; {profileEn} gives it {expected}. Weights are set uniformly in principle and may be adjusted in special cases; unless there is a reason, use {expected} (see {ref}).",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const w = ctx.profile.weights;
    const data = { profile: ctx.profile.name["zh-CN"], profileEn: ctx.profile.name.en };

    const exec = form.execution.weight;
    if (exec && exec.value !== null && Math.abs(exec.value - w.execution) > TOLERANCE) {
      ctx.report({ messageId: "executionWeight", data: { ...data, actual: fmt(exec.value), expected: fmt(w.execution), ref: exec.ref }, cells: cells(exec) });
    }
    if (w.free) return;

    const parts = partWeights(form);
    if (!parts) return;
    const compare = (name: string, actual: PartWeight | undefined, expected: number | null): void => {
      if (!actual || expected === null || Math.abs(actual.weight - expected) <= TOLERANCE) return;
      ctx.report({
        messageId: "partWeight",
        severity: "info",
        data: { ...data, part: name, actual: fmt(actual.weight), expected: fmt(expected), ref: actual.cells[0]?.ref ?? "" },
        cells: actual.cells,
      });
    };
    const merge = (a: PartWeight | undefined, b: PartWeight | undefined): PartWeight | undefined =>
      a && b ? { weight: a.weight + b.weight, cells: [...a.cells, ...b.cells] } : (a ?? b);

    const output = parts.get("产出指标");
    const cost = parts.get("成本指标");
    if (w.cost === null) {
      compare(cost ? "产出指标（含成本指标）" : "产出指标", merge(output, cost), w.output);
    } else if (cost) {
      compare("产出指标", output, w.output);
      compare("成本指标", cost, w.cost);
    } else {
      compare("产出指标（含成本）", output, w.output === null ? null : w.output + w.cost);
    }
    compare("效益指标", parts.get("效益指标"), w.benefit);
    compare("满意度指标", parts.get("满意度指标"), w.satisfaction);
  },
});
