/**
 * RUN-03 Values that contradict the target's direction (绩效运行监控表):
 * - a 反向 target (≤, a cost, a time limit) whose 1–N月 value is already above its ceiling while
 *   the forecast still claims to meet it — the year cannot come back under a passed ceiling for a
 *   cumulative cost, and a 单价/用时 above it needs explaining;
 * - an 执行情况 or 预计完成 written with the opposite comparison symbol to the target's
 *   ("≤90%" under a "≥95%" target): a value is a number reached, not a second target.
 */
import type { MonitoringIndicator } from "../../../forms/monitoring";
import { missesTarget, pastCeiling } from "../../../scoring/monitoring";
import { directionBySymbol } from "../../../scoring/direction";
import { cells, nonEmpty } from "../../support";
import { defineRule } from "../../types";

function oppositeSymbol(ind: MonitoringIndicator, v: MonitoringIndicator["executed"]): boolean {
  const t = directionBySymbol(ind.target?.value);
  const d = directionBySymbol(v?.value);
  return t !== undefined && d !== undefined && t !== "equal" && d !== "equal" && t !== d;
}

export default defineRule({
  meta: {
    id: "RUN-03",
    severity: "warning",
    forms: ["MT"],
    description: {
      "zh-CN": "运行监控：执行情况或预计完成与指标方向矛盾（反向指标已超上限却预计达标，或写了与指标值相反的比较符号）。",
      en: "Monitoring: a value contradicting the target's direction (a ceiling already passed while the forecast claims it is met, or the opposite comparison symbol).",
    },
    messages: {
      ceilingPassed: {
        "zh-CN": "{ref}“{name}”的年度指标值为“{target}”（越低越好），截至目前已是“{executed}”，超过上限，但全年预计仍为“{expected}”。请核实执行数；确实超出的，修改全年预计并填写偏差原因。",
        en: "“{name}” has the ceiling “{target}” (lower is better) but already stands at “{executed}” in {ref}, while its forecast still says “{expected}”. Check the figure; if it is right, correct the forecast and give the reason.",
      },
      ceilingPassedNoReason: {
        "zh-CN": "{ref}“{name}”的年度指标值为“{target}”（越低越好），截至目前已是“{executed}”，超过上限，但没有填写偏差原因。请说明超出的原因和控制措施。",
        en: "“{name}” has the ceiling “{target}” (lower is better) but already stands at “{executed}” in {ref}, and no reason is given. Explain why, and how it will be brought back under control.",
      },
      oppositeSymbol: {
        "zh-CN": "{ref}“{name}”写成“{value}”，比较符号与年度指标值“{target}”相反。执行情况和预计完成应填实际达到的数（如 96%），不带比较符号。",
        en: "“{name}” is written “{value}” in {ref}, with the opposite symbol to its target “{target}”. Executed and forecast values are the numbers reached (e.g. 96%), without a comparison symbol.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "MT") return;
    for (const ind of form.indicators) {
      if (ind.notApplicable) continue;
      const base = { name: ind.level3.value, target: ind.target?.text.trim() ?? "" };
      for (const v of [ind.executed, ind.expected]) {
        if (v && oppositeSymbol(ind, v)) ctx.report({ messageId: "oppositeSymbol", data: { ...base, ref: v.ref, value: v.text.trim() }, cells: cells(v, ind.target) });
      }
      if (!pastCeiling(ind)) continue;
      const data = { ...base, ref: ind.executed!.ref, executed: ind.executed!.text.trim(), expected: ind.expected?.text.trim() ?? "" };
      if (missesTarget(ind, ind.expected?.value) === false) ctx.report({ messageId: "ceilingPassed", data, cells: cells(ind.executed, ind.expected, ind.target) });
      else if (!nonEmpty(ind.reason)) ctx.report({ messageId: "ceilingPassedNoReason", data, cells: cells(ind.executed, ind.target) });
    }
  },
});
