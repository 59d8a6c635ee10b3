/**
 * STR-06 the same 三级 name twice in one table. Either a row was copied and not edited (same
 * value: delete it or make it another indicator) or two different things share a name
 * (different values: nobody can tell which target is which, and a self-evaluation cannot be
 * matched to it). Names are compared normalised (no spaces, trailing punctuation or bracketed
 * unit); blank and placeholder names are left to STR-02/STR-05/STR-07.
 * One finding per repeated name: its later cells first, then the first occurrence; with
 * different values the value cells follow.
 */
import type { Indicator } from "../../../forms/indicator";
import { cells } from "../../support";
import { defineRule } from "../../types";
import { isPlaceholderName, normName } from "../val/heuristics";

function valueText(ind: Indicator): string {
  return (ind.target?.text ?? "").trim();
}

export default defineRule({
  meta: {
    id: "STR-06",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "同一张表中三级指标不应重名，尤其是重名而指标值不同。",
      en: "No two indicators of one table share a name, least of all with different targets.",
    },
    heuristic:
      "Names compared after normalising (spaces, trailing punctuation, a bracketed unit removed). " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 3 findings — 004: 采购计划落实 twice with ≥98% (社会效益 and 生态效益); 002: 全年预计接待批次 with 365人/次 and 28000人/次, and 加强业务培训 three times in the department table (>50, >150, >200人次 under three different duties). Judged: 3 right, 0 false positives.",
    messages: {
      sameValue: {
        "zh-CN": "{ref} 的三级指标“{name}”与 {firstRef} 重名，指标值也相同（“{value}”），像是重复填写的一行。请删除重复的一行，或改成另一个需要考核的指标。",
        en: "The indicator “{name}” in {ref} repeats {firstRef} with the same target (“{value}”); the row looks copied. Delete it or replace it with another indicator.",
      },
      differentValues: {
        "zh-CN": "三级指标“{name}”在 {refs} 出现了 {count} 次，指标值却不同（{values}），无法分辨各自考核什么。请改成能区分的名称（写明各自的考核对象），或删除多余的一行。",
        en: "The indicator name “{name}” appears {count} times ({refs}) with different targets ({values}); nobody can tell them apart. Give each a distinct name or delete the extra row.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "DT" && form.kind !== "PT" && form.kind !== "DS" && form.kind !== "PS") return;
    const groups = new Map<string, Indicator[]>();
    for (const ind of form.indicators) {
      const key = normName(ind.level3.value);
      if (key === "" || isPlaceholderName(key)) continue;
      groups.set(key, [...(groups.get(key) ?? []), ind]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [first, ...rest] = group as [Indicator, ...Indicator[]];
      const values = group.map(valueText);
      const name = first.level3.value.trim();
      if (new Set(values).size === 1) {
        ctx.report({
          messageId: "sameValue",
          data: { ref: rest.map((i) => i.level3.ref).join("、"), firstRef: first.level3.ref, name, value: values[0] || "空" },
          cells: cells(...rest.map((i) => i.level3), first.level3),
        });
      } else {
        ctx.report({
          messageId: "differentValues",
          data: { refs: group.map((i) => i.level3.ref).join("、"), count: group.length, name, values: values.map((v) => `“${v || "空"}”`).join("、") },
          cells: cells(...rest.map((i) => i.level3), first.level3, ...group.map((i) => i.target)),
        });
      }
    }
  },
});
