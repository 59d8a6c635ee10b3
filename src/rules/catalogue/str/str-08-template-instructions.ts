/**
 * STR-08 instruction text left from the template: a cell that still says what to write instead
 * of the clerk's own words — "（200字以内）", "对照年度目标，说明…", "请填写…", "填写说明：…" —
 * has not been filled in. One finding per cell, whichever field the cell holds (header, goals,
 * indicator name, target, description, deviation reason …). The patterns are the template
 * vocabulary's (recognise/vocabulary.ts, `TEMPLATE_INSTRUCTIONS`).
 */
import type { Form } from "../../../forms/forms";
import type { TracedText } from "../../../forms/traced";
import { isTemplateInstruction } from "../../../recognise/vocabulary";
import { cells } from "../../support";
import { defineRule } from "../../types";

type Field = { ref: string; text: string; value: unknown };

/** The text fields of a performance form a clerk fills in, in reading order. */
function textFields(form: Form): Field[] {
  if (form.kind !== "DT" && form.kind !== "PT" && form.kind !== "DS" && form.kind !== "PS") return [];
  const out: (Field | undefined)[] = [];
  const h = form.header;
  out.push(h.unit, h.project, h.implementer);
  const g = form.goals;
  out.push(g.longTerm, g.annual, ...(g.items ?? []), g.expected, g.achieved, g.use);
  if (form.kind === "DT") {
    out.push(form.duties);
    for (const t of form.tasks) out.push(t.name, t.owner, t.goal);
  }
  for (const ind of form.indicators) {
    out.push(ind.level3, ind.target, ind.description, ind.basis, ind.actual, ind.deviation, ind.remark);
  }
  return out.filter((f): f is Field => f !== undefined);
}

export default defineRule({
  meta: {
    id: "STR-08",
    severity: "warning",
    forms: ["DT", "PT", "DS", "PS"],
    description: {
      "zh-CN": "单元格里不能留着模板的填写说明（如“（200字以内）”“对照年度目标，说明……”），应换成实际内容。",
      en: "No cell still holds the template's instructions (“（200字以内）”, “对照年度目标，说明…”); they are replaced by the real content.",
    },
    messages: {
      instructionLeft: {
        "zh-CN": "{ref} 还是模板的填写说明“{text}”，没有填写实际内容。请按说明填写后删去说明文字。",
        en: "{ref} still holds the template's instruction “{text}” instead of content. Fill it in and remove the instruction.",
      },
    },
  },
  check(form, ctx) {
    const seen = new Set<string>();
    for (const f of textFields(form)) {
      if (seen.has(f.ref)) continue;
      const text = f.text.trim();
      if (!isTemplateInstruction(text)) continue;
      seen.add(f.ref);
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      ctx.report({ messageId: "instructionLeft", data: { ref: f.ref, text: shown }, cells: cells(f as TracedText) });
    }
  },
});
