/**
 * STR-03 each 二级 sits under a 一级 that allows it, in one of the frameworks (53号 / 88号 /
 * 101号, see frameworks.ts); and a form keeps to one framework.
 *
 * 社会公众或服务对象满意度 under 效益指标 is the 财预〔2013〕53号 framework, not a mistake, when
 * the form itself follows it (no 满意度指标 一级 on the form) and the profile accepts 53号; on a
 * form that has a 满意度指标 一级 it is a row in the wrong place (error).
 *
 * - A 二级 under a 一级 that no framework allows (服务对象满意度 under 效益指标, 社会效益 under
 *   产出指标) → error: a reviewer rejects it, and scoring puts the points in the wrong block.
 * - A pair that only a framework the region profile does not accept allows (成本指标 under
 *   产出指标 with the 甘肃 profile, which takes 101号 only) → warning.
 * - A form that uses pairs only 88号 allows (产出›成本, 效益›可持续影响) together with pairs
 *   only 101号 allows (一级 成本指标) → one warning per form (the catalogue's "mixture").
 * - Names of neither framework: an unknown 二级 under a known 一级 → warning; an unknown 一级
 *   on a project form (PT/PS) → warning, once per 一级 cell. Department forms (DT/DS) may use
 *   their own 一级 (seed 002: 部门管理 / 履职效果 / 能力建设), so they are not checked there.
 * Rows missing a 一级 or 二级 are STR-02's.
 */
import { canonicalLevel1, canonicalLevel2, cells } from "../../support";
import { defineRule } from "../../types";
import { FRAMEWORK_NAMES, frameworksAllowing, level1sFor, type Framework } from "./frameworks";
import type { TracedText } from "../../../forms/traced";

export default defineRule({
  meta: {
    id: "STR-03",
    severity: "error",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "二级指标应放在允许它的一级指标下（53号、88号或101号指标体系，按地区配置所采用的），同一张表不宜混用两套体系。",
      en: "Each level-2 category sits under a level-1 category that allows it (the 53, 88 or 101 framework, as the region profile accepts); one form keeps to one framework.",
    },
    messages: {
      wrongLevel1: {
        "zh-CN": "{ref} 的二级指标“{level2}”放在了一级指标“{level1}”（{level1Ref}）下，它应属于“{expected}”。请把这一行移到“{expected}”下，或在一级指标列单独写明“{expected}”。",
        en: "The level-2 category “{level2}” in {ref} sits under the level-1 category “{level1}” ({level1Ref}); it belongs under “{expected}”. Move the row there or write “{expected}” in its level-1 cell.",
      },
      notInProfile: {
        "zh-CN": "{ref} 的“{level1} › {level2}”只属于{framework}指标体系，而{profile}只采用{accepted}。请按{accepted}体系调整指标类别。",
        en: "“{level1} › {level2}” in {ref} belongs only to the {framework} framework, but the {profileEn} profile uses {accepted} only. Rearrange the categories to that framework.",
      },
      mixedFrameworks: {
        "zh-CN": "这张表混用了两套指标体系：{ref88} 的“{pair88}”是{fw88}体系的写法，{ref101} 的“{pair101}”是{fw101}体系的写法。可以接受，但建议统一为一套体系。",
        en: "This form mixes two frameworks: “{pair88}” in {ref88} follows {fw88}, “{pair101}” in {ref101} follows {fw101}. Acceptable, but better keep to one.",
      },
      unknownLevel2: {
        "zh-CN": "{ref} 的二级指标“{level2}”不是一级指标“{level1}”下的标准类别（应为{allowed}之一）。请改用标准的二级指标名称。",
        en: "“{level2}” in {ref} is not a standard level-2 category under “{level1}” (expected one of {allowed}). Use a standard category name.",
      },
      unknownLevel1: {
        "zh-CN": "{ref} 的一级指标“{level1}”不是标准类别（产出指标、成本指标、效益指标、满意度指标）。请改用标准的一级指标名称。",
        en: "The level-1 category “{level1}” in {ref} is not a standard one (产出指标, 成本指标, 效益指标, 满意度指标). Use a standard name.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "DT" && form.kind !== "PT" && form.kind !== "DS" && form.kind !== "PS") return;
    const accepted = ctx.profile.frameworks;
    const acceptedText = accepted.map((f) => FRAMEWORK_NAMES[f]).join("、");
    // The form's own structure decides whether 53号 (satisfaction inside 效益) can be what it follows.
    const follows53 = !form.indicators.some((i) => canonicalLevel1(i.level1.value) === "满意度指标");
    const possible = (fws: Framework[]): Framework[] => (follows53 ? fws : fws.filter((f) => f !== "53"));
    const exclusive: Partial<Record<Framework, { l2: TracedText; pair: string }>> = {};
    const reportedLevel1 = new Set<string>();

    for (const ind of form.indicators) {
      const { level1, level2 } = ind;
      if (level1.value.trim() === "" || level2.value.trim() === "") continue;
      const l1 = canonicalLevel1(level1.value);
      const l2 = canonicalLevel2(level2.value);
      if (l1 === undefined) {
        if ((form.kind === "PT" || form.kind === "PS") && !reportedLevel1.has(level1.ref)) {
          reportedLevel1.add(level1.ref);
          ctx.report({ messageId: "unknownLevel1", severity: "warning", data: { ref: level1.ref, level1: level1.value }, cells: cells(level1) });
        }
        continue;
      }
      if (l2 === undefined) {
        // "社会公众满意度指标" and other wordings of the one 满意度 category are not worth a warning.
        if (l1 === "满意度指标" && /满意/.test(level2.value)) continue;
        const allowed = standardLevel2s(l1).join("、");
        ctx.report({ messageId: "unknownLevel2", severity: "warning", data: { ref: level2.ref, level1: level1.value, level2: level2.value, allowed }, cells: cells(level2, level1) });
        continue;
      }
      const fws = possible(frameworksAllowing(l1, l2.name));
      const data = { ref: level2.ref, level1: level1.value, level2: level2.value, level1Ref: level1.ref };
      if (fws.length === 0) {
        const expected = level1sFor(l2.name, ["88", "101"]);
        ctx.report({ messageId: "wrongLevel1", severity: "error", data: { ...data, expected: (expected.length > 0 ? expected : level1sFor(l2.name)).join("”或“") }, cells: cells(level2, level1) });
        continue;
      }
      if (!fws.some((f) => accepted.includes(f))) {
        ctx.report({
          messageId: "notInProfile",
          severity: "warning",
          data: { ...data, framework: fws.map((f) => FRAMEWORK_NAMES[f]).join("、"), profile: ctx.profile.name["zh-CN"], profileEn: ctx.profile.name.en, accepted: acceptedText },
          cells: cells(level2, level1),
        });
        continue;
      }
      // Mixture is older (53号/88号) against newer (101号): a pair only one side allows.
      const side: Framework | undefined = !fws.includes("101") ? (fws.includes("88") ? "88" : "53") : fws.length === 1 ? "101" : undefined;
      if (side && !exclusive[side]) exclusive[side] = { l2: level2, pair: `${level1.value} › ${level2.value}` };
    }

    // Two frameworks each with a pair only it allows (88号 or 53号 style next to 101号's 一级 成本指标).
    const older = (["88", "53"] as const).find((f) => exclusive[f] && accepted.includes(f));
    if (older && exclusive["101"] && accepted.includes("101")) {
      const [fa, fb] = [older, "101" as const];
      const a = exclusive[fa]!;
      const b = exclusive[fb]!;
      ctx.report({
        messageId: "mixedFrameworks",
        severity: "warning",
        data: { ref88: a.l2.ref, pair88: a.pair, fw88: FRAMEWORK_NAMES[fa], ref101: b.l2.ref, pair101: b.pair, fw101: FRAMEWORK_NAMES[fb] },
        cells: cells(a.l2, b.l2),
      });
    }
  },
});

const ALL_LEVEL2 = ["数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"];

/** Standard 二级 names under a canonical 一级, in either framework. */
function standardLevel2s(level1: string): string[] {
  return ALL_LEVEL2.filter((l2) => l2 !== level1 && frameworksAllowing(level1, l2).length > 0);
}
