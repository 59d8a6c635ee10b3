/**
 * RUN-02 A target that is not expected to be met needs a 偏差原因 and a 纠偏措施 (绩效运行监控表).
 * "Not expected to be met": the 全年预计完成 falls short of the 年度指标值 in the target's own
 * direction (below a ≥, above a ≤, after a deadline), or the clerk ticked 完全不可能. Without a
 * reason → error; with a reason but no measures (where the form has a 纠偏措施 column) → warning.
 * 有可能 alone is not reported: it is shown amber by the traffic lights.
 */
import type { MonitoringForm } from "../../../forms/forms";
import { unlikelyToMeet } from "../../../scoring/monitoring";
import { cells, nonEmpty } from "../../support";
import { defineRule } from "../../types";

function hasMeasuresColumn(form: MonitoringForm): boolean {
  return form.indicators.some((i) => i.measures !== undefined);
}

export default defineRule({
  meta: {
    id: "RUN-02",
    severity: "error",
    forms: ["MT"],
    description: {
      "zh-CN": "运行监控：预计全年完不成的指标（全年预计完成达不到年度指标值，或填“完全不可能”），应填写偏差原因和纠偏措施。",
      en: "Monitoring: an indicator not expected to reach its annual target (the forecast falls short, or “impossible” is ticked) needs a deviation reason and corrective measures.",
    },
    messages: {
      forecastNoReason: {
        "zh-CN": "{ref}“{name}”全年预计完成“{expected}”，达不到年度指标值“{target}”，但没有填写偏差原因{andMeasures}。请说明完不成的原因，并写明纠偏措施。",
        en: "“{name}” is forecast at “{expected}” in {ref}, short of its annual target “{target}”, but no deviation reason{andMeasuresEn} is given. Say why it will be missed and what will be done about it.",
      },
      impossibleNoReason: {
        "zh-CN": "{ref}“{name}”填报为完全不可能完成目标，但没有填写偏差原因{andMeasures}。请说明原因，并写明纠偏措施或调整目标的申请。",
        en: "“{name}” is marked in {ref} as impossible to meet, but no deviation reason{andMeasuresEn} is given. Say why, and state the corrective measures or the request to adjust the target.",
      },
      noMeasures: {
        "zh-CN": "{ref}“{name}”预计完不成年度指标值“{target}”，已写偏差原因，但纠偏措施为空。请写明下一步采取的措施和完成时间。",
        en: "“{name}” is not expected to reach “{target}”; a reason is given in the form but the corrective measures in {ref} are empty. State the measures and when they will be taken.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "MT") return;
    const measuresColumn = hasMeasuresColumn(form);
    for (const ind of form.indicators) {
      if (ind.notApplicable) continue;
      const u = unlikelyToMeet(ind);
      if (!u) continue;
      const at = u.why === "forecast" ? ind.expected! : ind.likelihood!;
      const base = { name: ind.level3.value, target: ind.target?.text.trim() ?? "", andMeasures: measuresColumn ? "和纠偏措施" : "", andMeasuresEn: measuresColumn ? " or measures" : "" };
      if (!nonEmpty(ind.reason)) {
        const messageId = u.why === "forecast" ? "forecastNoReason" : "impossibleNoReason";
        ctx.report({ messageId, data: { ...base, ref: at.ref, expected: ind.expected?.text.trim() ?? "" }, cells: cells(at, ind.reason, ind.target) });
      } else if (measuresColumn && !nonEmpty(ind.measures)) {
        ctx.report({ messageId: "noMeasures", severity: "warning", data: { ...base, ref: ind.measures!.ref }, cells: cells(ind.measures, at) });
      }
    }
  },
});
