/**
 * EVA-06 A 定性 indicator's score must fall in the band its 实际完成值 claims: 达成年度指标
 * [80%, 100%], 部分达成年度指标并具有一定效果 [60%, 80%), 未达成年度指标且效果较差 [0, 60%) of
 * the 分值 (bands widened by the profile's scoreTolerance for rounded scores).
 * - The actual says so in words (部分达成, 基本完成, 未完成 …): a score outside is an error.
 * - The actual repeats the target word for word (全面提升 → 全面提升): that claims the target
 *   was reached; a lower score contradicts it — a warning, since either the actual or the score
 *   may be what is wrong.
 * Without either, the stated score itself chooses the band and there is nothing to contradict.
 */
import { bandRangeText, QUALITATIVE_BANDS, scoreSelfEvaluation, show, bandOfScore } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-06",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "定性指标的得分应落在实际完成情况对应的档次内（达成 80%–100%，部分达成 60%–80%，未达成 60% 以下）。",
      en: "A qualitative indicator's score must lie in the band its actual describes (achieved 80–100%, partly 60–80%, not achieved below 60%).",
    },
    messages: {
      outsideBand: {
        "zh-CN": "{ref}“{name}”的实际完成值“{actual}”表示“{band}”，得分应在 {range}，表中填 {stated} 分（属于“{statedBand}”档）。请调整得分，或如实改写实际完成值。",
        en: "The actual of “{name}” ({ref}), “{actual}”, says “{bandEn}”, so the score must be {rangeEn}; the form says {stated} (band “{statedBandEn}”). Adjust the score or describe the actual truthfully.",
      },
      copyOutsideBand: {
        "zh-CN": "{ref}“{name}”的实际完成值“{actual}”与年度指标值相同，表示已“达成年度指标”，得分应在 {range}；表中只给了 {stated} 分（属于“{statedBand}”档）。请在实际完成值中如实写明完成了什么、哪些没有达到，使实际完成情况与所给得分相符。",
        en: "The actual of “{name}” ({ref}), “{actual}”, repeats the target, which claims the target was achieved, so the score should be {rangeEn}; the form gives only {stated} (band “{statedBandEn}”). Describe what was actually achieved and what was not, so that the actual matches the score given.",
      },
    },
    heuristic:
      "Band from the actual: a word-for-word copy of the target (spaces and punctuation ignored) claims 达成; otherwise wording without digits: 未达成/未完成/未实现/效果较差 → 未达成, 部分/基本 达成/完成/实现, 一定效果 → 部分达成, 达成/达到/完成/实现/达标 → 达成.",
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    for (const e of scoreSelfEvaluation(form, ctx.profile).indicators) {
      const r = e.result;
      if (r.kind !== "band" || e.check !== "outside-band" || !r.band || e.stated.score === null) continue;
      const ind = e.indicator;
      const range = bandRangeText(r.band, r.weight);
      const statedBand = QUALITATIVE_BANDS[bandOfScore(e.stated.score, r.weight)].name;
      const copy = r.bandSource === "copy";
      ctx.report({
        messageId: copy ? "copyOutsideBand" : "outsideBand",
        severity: copy ? "warning" : "error",
        data: {
          ref: ind.score!.ref,
          name: e.name,
          actual: ind.actual?.text.trim() ?? "",
          band: QUALITATIVE_BANDS[r.band].name["zh-CN"],
          bandEn: QUALITATIVE_BANDS[r.band].name.en,
          range: range["zh-CN"],
          rangeEn: range.en,
          stated: show(e.stated.score),
          statedBand: statedBand["zh-CN"],
          statedBandEn: statedBand.en,
        },
        cells: cells(ind.score, ind.actual, ind.target),
      });
    }
  },
});
