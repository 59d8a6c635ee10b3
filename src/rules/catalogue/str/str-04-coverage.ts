/**
 * STR-04 coverage: a target or self-evaluation table needs 产出 (a 数量指标, and a 质量 or 时效
 * 指标), 效益 and 满意度 indicators; under the 101号 framework also 成本.
 *
 * Categories are read through canonicalLevel1/canonicalLevel2, so abbreviations (产出数量,
 * 效果指标) count; a row counts for its 二级 when that is known, else for its 一级. Empty template
 * rows (三级 blank or a placeholder such as “无”, and no 指标值) do not count — they are
 * STR-07's. 成本 is required when the region profile accepts only the 101号 framework (under
 * 88号 成本指标 is an optional 二级 of 产出).
 * A 满意度 category whose rows the template holds and the clerk marked 不适用 is waived, not
 * missing: 满意度 indicators are asked for where the project serves the public or its users
 * directly, and templates with a fixed row per category say to write 不适用 otherwise (深圳:
 * “满意度指标仅针对直接面向社会主体及公众提供公共服务……其他项目结合实际情况可不设满意度指标”).
 * Outputs and 效益 are required of every project, so marking them 不适用 does not waive them.
 * Not checked: ST (the summary table has no indicators), DS (not in the catalogue's list) and
 * department forms that use their own 一级 categories only (seed 002's 部门管理 / 履职效果 …).
 */
import { FORM_KIND_NAMES } from "../../../forms/forms";
import { canonicalLevel1, canonicalLevel2, cells, fmt, waivedRows } from "../../support";
import { defineRule, type FindingCell } from "../../types";
import { isEmptyTemplateRow } from "../val/heuristics";

export default defineRule({
  meta: {
    id: "STR-04",
    severity: "warning",
    forms: ["PT", "DT", "PS"],
    description: {
      "zh-CN": "指标应覆盖产出（数量，及质量或时效）、效益和满意度；101号体系还需成本指标。",
      en: "Indicators cover outputs (quantity, and quality or timeliness), benefits and satisfaction; under the 101 framework also cost.",
    },
    heuristic:
      "Issue 17, on the real 深圳 申报表 (npm run corpus): 176 findings before, 39 after: 137 forms had their 满意度 rows marked 不适用 as the template instructs; the 39 left are forms with no indicators at all or with every 效益 row 不适用. " +
      "Categories via canonicalLevel1/canonicalLevel2 (a row counts for its 二级 when known, else its 一级); empty template rows (“无”, no value) do not count; forms using only their own 一级 names are skipped; 成本 is required only when the profile accepts 101号 alone. " +
      "Measured on the five seeds (test/rules/strval-seeds.test.ts): 9 findings, all on 001 (8 tables with only a 时效 output lack 数量, 1 with only 数量 lacks 质量/时效). Judged: 9 right, 0 false positives. " +
      "Seed 000's 满意度 rows count for 满意度 through their 二级 although they sit under 效益指标 (STR-03 reports that); seed 002's department table (部门管理 / 履职效果 / 能力建设) is skipped.",
    messages: {
      noIndicators: {
        "zh-CN": "“{title}”没有填写任何绩效指标。请按产出、效益、满意度等类别填写指标。",
        en: "“{titleEn}” has no indicators. Add output, benefit and satisfaction indicators.",
      },
      missingOutput: {
        "zh-CN": "“{title}”没有产出指标。请至少设置一个数量指标，以及一个质量或时效指标。",
        en: "“{titleEn}” has no output indicators. Add at least one quantity indicator and one quality or timeliness indicator.",
      },
      missingQuantity: {
        "zh-CN": "“{title}”的产出指标（{ref}）下没有数量指标。请补充一个数量指标，写明要完成多少（如“××完成数量 ≥N项”）。",
        en: "The outputs of “{titleEn}” ({ref}) have no quantity indicator. Add one stating how much will be delivered (e.g. “××完成数量 ≥N项”).",
      },
      missingQualityOrTimeliness: {
        "zh-CN": "“{title}”的产出指标（{ref}）下既没有质量指标，也没有时效指标。请至少补充一个（如“验收合格率 ≥95%”或“2024年12月前完成”）。",
        en: "The outputs of “{titleEn}” ({ref}) have neither a quality nor a timeliness indicator. Add at least one (e.g. “验收合格率 ≥95%” or “2024年12月前完成”).",
      },
      missingBenefit: {
        "zh-CN": "“{title}”没有效益指标。请补充经济、社会、生态效益或可持续影响方面的指标。",
        en: "“{titleEn}” has no benefit indicators. Add economic, social, ecological or sustainability indicators.",
      },
      missingSatisfaction: {
        "zh-CN": "“{title}”没有满意度指标。请补充服务对象满意度指标（如“服务对象满意度 ≥90%”）。",
        en: "“{titleEn}” has no satisfaction indicator. Add one (e.g. “服务对象满意度 ≥90%”).",
      },
      missingCost: {
        "zh-CN": "“{title}”没有成本指标，而{profile}采用101号指标体系，要求设置成本指标。请补充经济成本等指标（如“项目总成本 ≤{example}万元”）。",
        en: "“{titleEn}” has no cost indicator, which the 101 framework used by the {profileEn} profile requires. Add one (e.g. “项目总成本 ≤{example}万元”).",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PT" && form.kind !== "DT" && form.kind !== "PS") return;
    const title = form.title?.value || FORM_KIND_NAMES[form.kind].zh;
    const titleEn = form.title?.value || FORM_KIND_NAMES[form.kind].en;
    const anchor: FindingCell[] = form.title ? cells(form.title) : cells(form.indicators[0]?.level1);
    if (form.indicators.length === 0) {
      ctx.report({ messageId: "noIndicators", data: { title, titleEn }, cells: anchor });
      return;
    }
    const rows = form.indicators.filter((ind) => !isEmptyTemplateRow(ind));
    const cats = rows.map((ind) => ({ ind, l1: canonicalLevel1(ind.level1.value), l2: canonicalLevel2(ind.level2.value)?.name }));
    if (cats.every((c) => c.l1 === undefined && c.l2 === undefined)) return; // a department's own framework

    const has = (test: (l1: string | undefined, l2: string | undefined) => boolean): boolean => cats.some((c) => test(c.l1, c.l2));
    const isOutput = (l1: string | undefined, l2: string | undefined): boolean =>
      l2 === "数量指标" || l2 === "质量指标" || l2 === "时效指标" || (l2 === undefined && l1 === "产出指标");
    const output = has((l1, l2) => isOutput(l1, l2) || l1 === "产出指标");
    const data = { title, titleEn };
    if (!output) ctx.report({ messageId: "missingOutput", data, cells: anchor });
    else {
      const outputCell = cats.find((c) => c.l1 === "产出指标" || isOutput(c.l1, c.l2))!.ind.level1;
      const at = { ...data, ref: outputCell.ref };
      if (!has((_l1, l2) => l2 === "数量指标")) ctx.report({ messageId: "missingQuantity", data: at, cells: cells(outputCell) });
      if (!has((_l1, l2) => l2 === "质量指标" || l2 === "时效指标")) ctx.report({ messageId: "missingQualityOrTimeliness", data: at, cells: cells(outputCell) });
    }
    const benefitL2 = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];
    if (!has((l1, l2) => (l2 !== undefined ? benefitL2.includes(l2) : l1 === "效益指标"))) ctx.report({ messageId: "missingBenefit", data, cells: anchor });
    const isSatisfaction = (l1: string | undefined, l2: string | undefined): boolean => (l2 !== undefined ? l2 === "服务对象满意度指标" : l1 === "满意度指标");
    const satisfactionWaived = waivedRows(form).some((ind) => isSatisfaction(canonicalLevel1(ind.level1.value), canonicalLevel2(ind.level2.value)?.name));
    if (!has(isSatisfaction) && !satisfactionWaived) ctx.report({ messageId: "missingSatisfaction", data, cells: anchor });
    const costL2 = ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"];
    if (!ctx.profile.frameworks.includes("88") && !has((l1, l2) => l1 === "成本指标" || (l2 !== undefined && costL2.includes(l2)))) {
      const total = form.money.find((m) => m.key === "total");
      const amount = total ? Object.values(total.amounts).find((a) => a?.value != null)?.value : undefined;
      ctx.report({
        messageId: "missingCost",
        data: { ...data, profile: ctx.profile.name["zh-CN"], profileEn: ctx.profile.name.en, example: amount != null ? fmt(amount) : "X" },
        cells: anchor,
      });
    }
  },
});
