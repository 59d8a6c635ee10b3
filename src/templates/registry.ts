/**
 * Every template, by kind and layout. `jixiao template --list` prints this table.
 */
import type { Form, FormKind } from "../forms/forms";
import type { TemplateDefinition, TemplateKind } from "./dsl";
import { dtGansu2024 } from "./definitions/dt-gansu-2024";
import { dtHunan2021 } from "./definitions/dt-hunan-2021";
import { dsHunan2021 } from "./definitions/ds-hunan-2021";
import { js01 } from "./definitions/js-01";
import { js02 } from "./definitions/js-02";
import { js03 } from "./definitions/js-03";
import { js04 } from "./definitions/js-04";
import { js05 } from "./definitions/js-05";
import { js06 } from "./definitions/js-06";
import { js07 } from "./definitions/js-07";
import { js08 } from "./definitions/js-08";
import { js09 } from "./definitions/js-09";
import { psHunan2021 } from "./definitions/ps-hunan-2021";
import { ptGansu2024 } from "./definitions/pt-gansu-2024";
import { ptHebei } from "./definitions/pt-hebei";
import { ptHunan2021 } from "./definitions/pt-hunan-2021";
import { stHunan2021 } from "./definitions/st-hunan-2021";
import { mtNational } from "./definitions/mt-national";

/** All templates; the first of each kind is its default layout. */
export const TEMPLATES: readonly TemplateDefinition[] = [
  dtHunan2021,
  dtGansu2024,
  stHunan2021,
  ptHunan2021,
  ptHebei,
  ptGansu2024,
  dsHunan2021,
  psHunan2021,
  js01,
  js02,
  js03,
  js04,
  js05,
  js06,
  js07,
  js08,
  js09,
  mtNational,
];

/** "PT/hebei", "JS/05" */
export function templateId(def: TemplateDefinition): string {
  return `${def.kind}/${def.layout}`;
}

/** The name a clerk reads for a template id ("PT/gansu-2024" → "项目支出绩效目标表（甘肃 2024）"); the id when unknown. */
export function templateName(id: string): string {
  return TEMPLATES.find((t) => templateId(t) === id)?.name ?? id;
}

export function templatesOf(kind: TemplateKind): TemplateDefinition[] {
  return TEMPLATES.filter((t) => t.kind === kind);
}

/** A template by kind and layout (default layout when omitted); undefined when there is none. */
export function findTemplate(kind: TemplateKind, layout?: string): TemplateDefinition | undefined {
  const list = templatesOf(kind);
  if (layout === undefined) return list[0];
  const want = layout.trim().toLowerCase().replace(/^公开/, "").replace(/表$/, "");
  return list.find((t) => t.layout.toLowerCase() === want);
}

/**
 * The template to fill a recognised form into: the layout the recogniser saw, else the kind's
 * default (a 决算 table goes to its own table's template).
 */
export function templateForForm(form: Form): TemplateDefinition | undefined {
  const kind: FormKind = form.kind;
  if (kind === "JN") return undefined;
  if (form.kind === "JS") return findTemplate("JS", form.table);
  return findTemplate(kind, form.layout) ?? findTemplate(kind);
}
