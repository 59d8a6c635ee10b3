/**
 * EVA-12 A 定量 or 时效 target needs an actual the formula can read: a number (in the target's
 * unit) or a date. Blank, words, or a date against a number are errors; a number in a unit
 * that cannot be compared with the target's (人 against 次) is a warning.
 */
import { scoreSelfEvaluation } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-12",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "定量指标应填写数值型的实际完成值（时效指标填写完成时间）。",
      en: "A quantitative indicator needs a numeric actual (a deadline indicator, a date).",
    },
    messages: {
      actualMissing: {
        "zh-CN": "{ref}“{name}”的实际完成值没有填写。年度指标值是“{target}”，请填写实际完成的{what}，否则无法计分。",
        en: "The actual of “{name}” ({ref}) is blank. The target is “{target}”; enter the actual {whatEn}, otherwise it cannot be scored.",
      },
      actualNotNumeric: {
        "zh-CN": "{ref}“{name}”的实际完成值“{actual}”不是数值，而年度指标值“{target}”是定量的。请填写实际完成的数值{unit}，否则无法按公式计分。",
        en: "The actual of “{name}” ({ref}), “{actual}”, is not a number, but the target “{target}” is quantitative. Enter the actual number{unitEn}, otherwise it cannot be scored by formula.",
      },
      actualNotDate: {
        "zh-CN": "{ref}“{name}”的实际完成值“{actual}”不是日期。年度指标值是完成时限“{target}”，请填写实际完成时间（如“2021年11月”）或“按时完成”。",
        en: "The actual of “{name}” ({ref}), “{actual}”, is not a date. The target is the deadline “{target}”; enter the completion date (e.g. 2021年11月) or 按时完成.",
      },
      unitsDiffer: {
        "zh-CN": "{ref}“{name}”的实际完成值“{actual}”与年度指标值“{target}”单位不同，无法比较。请用与指标值相同的单位填写。",
        en: "The actual of “{name}” ({ref}), “{actual}”, is in a different unit from the target “{target}”, so they cannot be compared. Use the target's unit.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    for (const e of scoreSelfEvaluation(form, ctx.profile).indicators) {
      const r = e.result;
      if (r.kind !== "unscored") continue;
      const ind = e.indicator;
      const target = ind.target?.value;
      if (!ind.actual || !target || (target.kind !== "quantitative" && target.kind !== "deadline")) continue;
      const unit = target.kind === "quantitative" ? target.unit : "";
      const data = {
        ref: ind.actual.ref,
        name: e.name,
        actual: ind.actual.text.trim(),
        target: ind.target!.text.trim(),
        what: target.kind === "deadline" ? "时间" : `数值${unit !== "" ? `（单位：${unit}）` : ""}`,
        whatEn: target.kind === "deadline" ? "date" : `number${unit !== "" ? ` (in ${unit})` : ""}`,
        unit: unit !== "" ? `和单位（${unit}）` : "",
        unitEn: unit !== "" ? ` in ${unit}` : "",
      };
      const at = cells(ind.actual, ind.target);
      if (r.reason === "no-actual") ctx.report({ messageId: "actualMissing", data, cells: at });
      else if (r.reason === "actual-not-numeric") ctx.report({ messageId: "actualNotNumeric", data, cells: at });
      else if (r.reason === "actual-not-date") ctx.report({ messageId: "actualNotDate", data, cells: at });
      else if (r.reason === "units-differ") ctx.report({ messageId: "unitsDiffer", severity: "warning", data, cells: at });
    }
  },
});
