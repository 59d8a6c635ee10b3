/**
 * STR-02 every indicator row has its 一级, 二级 and 三级 — after the recogniser's fill-down of
 * merged cells, so a blank 一级/二级 under a filled one is already "same as above" and only a
 * category that is missing for real is reported (typically the first rows of a table whose
 * 一级 column was never filled, or a 三级 left blank next to a target).
 *
 * A table that lists indicators by name only, with no 一级/二级 columns, is asked for its 三级 only.
 *
 * A row with neither a 三级 name nor a 指标值 is an empty template row: STR-07 reports it
 * (as a leftover to fill or delete), so STR-02 leaves it alone.
 */
import { cells } from "../../support";
import { defineRule } from "../../types";
import { isEmptyTemplateRow } from "../val/heuristics";

const LEVEL_NAMES = { level1: ["一级指标", "level-1 category"], level2: ["二级指标", "level-2 category"], level3: ["三级指标", "indicator name"] } as const;

export default defineRule({
  meta: {
    id: "STR-02",
    severity: "error",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "每一行绩效指标都应有一级、二级、三级指标（合并单元格按“同上”处理）。",
      en: "Every indicator row has its level-1, level-2 and level-3 names (merged cells count as “same as above”).",
    },
    messages: {
      missingLevels: {
        "zh-CN": "第 {row} 行的指标缺少{levels}（{ref} 是空的）。请补填；合并单元格的类别写在该组第一行即可。",
        en: "The indicator in row {row} has no {levelsEn} ({ref} is blank). Fill it in; for merged cells the first row of the group is enough.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "DT" && form.kind !== "PT" && form.kind !== "DS" && form.kind !== "PS") return;
    for (const ind of form.indicators) {
      if (isEmptyTemplateRow(ind)) continue;
      // A table with no 一级/二级 columns (重庆's flat list) cannot leave them blank: only 三级 is asked for.
      const levels = ind.uncategorised ? (["level3"] as const) : (["level1", "level2", "level3"] as const);
      const missing = levels.filter((k) => ind[k].value.trim() === "");
      const first = missing[0];
      if (first === undefined) continue;
      ctx.report({
        messageId: "missingLevels",
        data: {
          row: ind.row,
          ref: ind[first].ref,
          levels: missing.map((k) => LEVEL_NAMES[k][0]).join("、"),
          levelsEn: missing.map((k) => LEVEL_NAMES[k][1]).join(", "),
        },
        cells: cells(...missing.map((k) => ind[k]), ind.level3),
      });
    }
  },
});
