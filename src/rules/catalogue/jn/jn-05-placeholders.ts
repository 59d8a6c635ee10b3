/**
 * JN-05 No template placeholders left in a published 决算: “上海市普陀区XX局”, “××单位”, “某某”,
 * “***”, “○○”, “＿＿＿”. Titles, the unit in the headers, table labels and notes, and every
 * heading and paragraph of the 决算情况说明 are read; each text with a placeholder is one finding
 * at its cell.
 */
import type { Form } from "../../../forms/forms";
import { defineRule } from "../../types";
import { cells } from "../../support";
import { PLACEHOLDER, pieces, quote } from "./texts";

const text = (zh: string, en: string) => ({ "zh-CN": zh, en });

const ROLE: Record<string, { zh: string; en: string }> = {
  title: { zh: "标题", en: "the title" },
  heading: { zh: "说明的标题", en: "a heading of the narrative" },
  paragraph: { zh: "说明", en: "the narrative" },
  unit: { zh: "单位名称", en: "the unit's name" },
  note: { zh: "表下说明", en: "the note under the table" },
  label: { zh: "表中项目", en: "a line of the table" },
};

export default defineRule({
  meta: {
    id: "JN-05",
    severity: "error",
    forms: ["JS", "JN"],
    description: text("决算公开表和决算情况说明中不得留有模板占位符（XX、××、某某、***、○○）。", "No template placeholders (XX, ××, 某某, ***, ○○) may be left in the published tables and narrative."),
    messages: {
      placeholder: text("{role}“{quote}”中有未替换的占位符“{token}”，请填入实际内容。", "{roleEn} “{quote}” still holds the placeholder “{token}”; fill in the real text."),
    },
  },
  check(form: Form, ctx) {
    for (const p of pieces([form])) {
      const v = p.field.value;
      const m = new RegExp(PLACEHOLDER.source).exec(v);
      if (!m) continue;
      const role = ROLE[p.role]!;
      ctx.report({ messageId: "placeholder", data: { role: role.zh, roleEn: role.en, quote: quote(v, Math.max(0, m.index - 20), m.index + m[0].length + 20), token: m[0] }, cells: cells(p.field) });
    }
  },
});
