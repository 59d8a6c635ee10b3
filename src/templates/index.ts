/**
 * Templates: every form of the domain as a definition (definitions/, one file each), inserted
 * through the host seam empty or filled — from typed JSON, from a recognised form (also last
 * year's, carried over), or from pasted text.
 */
export type { TemplateDefinition, TemplateKind, Model } from "./dsl";
export { TEMPLATES, findTemplate, templateForForm, templateId, templatesOf } from "./registry";
export { applyTemplate, insertTemplate, planTemplate, type TemplateOptions, type TemplateResult } from "./apply";
export { layoutTemplate, type TemplatePlan } from "./layout";
export { FILL_INPUT_SCHEMAS, isTemplateKind, type FillInput } from "./inputs";
export { FillInputError, parseFillInput, parseFillJson } from "./validate";
export { fillFromForm, fillInputFromForm, insertFromForm, monitoringInputFromTargets, rollForward, type FormFillOptions } from "./from-form";
export { importForms, importText, type ImportReport, type ImportedSheet } from "./import";
