/**
 * Putting a template into a workbook through the host seam: a new sheet, one write of every
 * value and formula from A1, one batch of layout ops (merges, formats, widths, heights, lists,
 * prompts, print setup). The same call serves the in-memory .xlsx host, Excel and WPS.
 *
 *   const sheet = await applyTemplate(host, ptHebei, { year: 2025, unit: "…" });
 *   const { sheet, unplaced } = await insertTemplate(host, ptHebei, { data: json });
 */
import { toA1 } from "../grid/address";
import type { Highlight, LayoutOp, WorkbookHost } from "../hosts/host";
import { sanitiseSheetName } from "../hosts/memory/sheet-names";
import type { Model, TemplateDefinition } from "./dsl";
import { layoutTemplate, profileFor, type TemplatePlan } from "./layout";
import type { RegionProfile } from "../rules/profiles/profile";
import { FillInputError, parseFillInput } from "./validate";

export interface TemplateOptions {
  year?: number;
  /** 填报单位 / 部门名称. */
  unit?: string;
  moneyUnit?: "万元" | "元";
  /** Fill data of the definition's kind, checked against its input schema (inputs.ts). */
  data?: unknown;
  /** Name of the new sheet (default: the definition's, e.g. the project's name). */
  sheetName?: string;
  /** Region profile the formulas score by (default: the definition's region, else national). */
  profile?: RegionProfile;
  /**
   * Flag every filled amount "to confirm" (an input prompt on the cell, and an info mark with
   * this note): amounts carried over from last year's form.
   */
  confirm?: { note: string; highlight?: boolean };
}

export interface TemplateResult {
  sheet: string;
  /** The form's range on the sheet. */
  range: string;
  /** Data paths the layout has no cell for ("money.total" on a form without 资金总额). */
  unplaced: string[];
  /** A1 cells flagged "to confirm". */
  toConfirm: string[];
}

/** The plan for a definition and fill data, without touching a workbook. */
export function planTemplate(def: TemplateDefinition, options: TemplateOptions = {}): { plan: TemplatePlan; unplaced: string[]; model: Model } {
  const input: Model = options.data === undefined ? {} : (parseFillInput(def.kind, options.data) as Model);
  if (def.kind === "JS" && def.table && input.table !== undefined && input.table !== def.table) {
    // The data belongs to another 决算 table: say so rather than fill the wrong form.
    throw new FillInputError([`填报数据是公开${String(input.table)}表的，不能填入公开${def.table}表。`]);
  }
  const model: Model = { ...input };
  if (options.year !== undefined) model.year = options.year;
  if (options.unit !== undefined) model.unit = options.unit;
  if (options.moneyUnit !== undefined) model.moneyUnit = options.moneyUnit;
  const profile = profileFor(def, options.profile);
  const prepared = def.prepare ? def.prepare(model, profile) : { model };
  const plan = layoutTemplate(def, prepared.model, { blank: options.data === undefined, profile });
  const handled = new Set(prepared.handled ?? []);
  if (def.kind === "JS") handled.add("table");
  const unplaced = new Set<string>(prepared.unplaced ?? []);
  for (const leaf of dataLeaves(input)) if (!plan.used.has(leaf) && !handled.has(leaf) && ![...unplaced].some((u) => leaf.startsWith(u))) unplaced.add(leaf);
  return { plan, unplaced: [...unplaced], model: prepared.model };
}

/** Insert a template (empty, or filled from `options.data`) as a new sheet. */
export async function insertTemplate(host: WorkbookHost, def: TemplateDefinition, options: TemplateOptions = {}): Promise<TemplateResult> {
  const { plan, unplaced, model } = planTemplate(def, options);
  const sheet = await host.addSheet(sanitiseSheetName(options.sheetName ?? def.sheetName(model)));
  await host.write(sheet, "A1", plan.writes);
  const ops: LayoutOp[] = [...plan.ops];
  const toConfirm: string[] = [];
  if (options.confirm) {
    for (const c of plan.cells) {
      const v = c.write && "value" in c.write ? c.write.value : null;
      if ((c.style === "amount" || c.style === "points") && typeof v === "number") toConfirm.push(toA1(c.row, c.col));
    }
    for (const ref of toConfirm) ops.push({ op: "inputHint", range: ref, title: "请确认金额", text: options.confirm.note });
  }
  await host.applyLayout(sheet, ops);
  if (options.confirm && options.confirm.highlight !== false && toConfirm.length > 0) {
    const marks: Highlight[] = toConfirm.map((ref) => ({ ref, severity: "info", note: options.confirm!.note }));
    await host.setHighlights(sheet, marks);
  }
  return { sheet, range: plan.range, unplaced, toConfirm };
}

/** Insert a template; resolves to the name of the new sheet. */
export async function applyTemplate(host: WorkbookHost, def: TemplateDefinition, options: TemplateOptions = {}): Promise<string> {
  return (await insertTemplate(host, def, options)).sheet;
}

/** Paths of the values in fill data ("indicators[2].level3"); nulls and blank text hold nothing. */
export function dataLeaves(data: unknown, prefix = ""): string[] {
  if (data === null || data === undefined) return [];
  if (Array.isArray(data)) return data.flatMap((v, i) => dataLeaves(v, `${prefix}[${i}]`));
  if (typeof data === "object") return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) => dataLeaves(v, prefix === "" ? k : `${prefix}.${k}`));
  if (typeof data === "string" && data.trim() === "") return [];
  return [prefix];
}
