/**
 * WGT-01 分值 add up as labelled: the indicators under a heading such as "产出指标 (50分)" carry
 * 50 points between them, and the 总分 row's 分值 is the sum of the points above it
 * (执行率 分值 + every indicator's 分值).
 *
 * Division of labour with WGT-02 (points vs the profile's total, 100): when the 总分 row
 * already states the profile's total and the points add up to something else, the row is right
 * and the points are wrong — WGT-02 says so, and this rule stays silent about the row. This
 * rule reports the 总分 row only when it is wrong itself (≠ the points and ≠ the profile's total).
 */
import { defineRule } from "../../types";
import { cells, fmt, WEIGHTS_CAUSE } from "../../support";

const TOLERANCE = 1e-6;

export default defineRule({
  meta: {
    id: "WGT-01",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "各一级指标下的分值之和应等于标题标明的分数（如“产出指标 (50分)”），总分行的分值应等于各项分值之和。",
      en: "Points under each 一级 heading add up to the points it states (e.g. “产出指标 (50分)”), and the 总分 row equals the sum of all points.",
    },
    messages: {
      blockMismatch: {
        "zh-CN": "一级指标“{block}”标明 {stated} 分，但其下各指标分值合计为 {sum} 分（{parts}）。请调整这些指标的分值，或更正 {ref} 标题中的分数。",
        en: "The heading “{block}” states {stated} points, but its indicators carry {sum} ({parts}). Adjust their points, or correct the points in the heading at {ref}.",
      },
      totalRowMismatch: {
        "zh-CN": "总分行的分值写的是 {stated} 分，但执行率分值 {execution} 分加各指标分值 {indicators} 分合计为 {sum} 分。请更正 {ref}。",
        en: "The 总分 row states {stated} points, but the execution rate's {execution} plus the indicators' {indicators} make {sum}. Correct {ref}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const weighted = form.indicators.filter((i) => i.weight?.value !== null && i.weight?.value !== undefined);
    if (weighted.length === 0) return;

    for (const block of form.level1Blocks) {
      if (block.statedWeight === null) continue;
      const inBlock = weighted.filter((i) => block.rows.includes(i.row));
      if (inBlock.length === 0) continue;
      const sum = inBlock.reduce((a, i) => a + i.weight!.value!, 0);
      if (Math.abs(sum - block.statedWeight) <= TOLERANCE) continue;
      ctx.report({
        messageId: "blockMismatch",
        data: {
          block: block.name.value,
          stated: fmt(block.statedWeight),
          sum: fmt(sum),
          parts: inBlock.map((i) => fmt(i.weight!.value!)).join(" + "),
          ref: block.name.ref,
        },
        cells: cells(block.name, ...inBlock.map((i) => i.weight)),
        cause: WEIGHTS_CAUSE,
      });
    }

    const stated = form.total.weight;
    if (!stated || stated.value === null) return;
    const execution = form.execution.weight?.value ?? 0;
    const indicators = weighted.reduce((a, i) => a + i.weight!.value!, 0);
    const sum = execution + indicators;
    if (Math.abs(stated.value - sum) <= TOLERANCE) return;
    if (Math.abs(stated.value - ctx.profile.weights.total) <= TOLERANCE) return; // the points are wrong: WGT-02
    ctx.report({
      messageId: "totalRowMismatch",
      data: { stated: fmt(stated.value), execution: fmt(execution), indicators: fmt(indicators), sum: fmt(sum), ref: stated.ref },
      cells: cells(stated, form.execution.weight),
      cause: WEIGHTS_CAUSE,
    });
  },
});
