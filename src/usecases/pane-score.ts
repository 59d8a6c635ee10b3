/**
 * The task pane's 评分 on the active sheet: score the self-evaluations found there (writing the
 * live formulas with `scoreWorkbook`, or only computing them with `scoreSelfEvaluation`), and
 * generate a 自评表 from the target forms found there (`generateSelfEvaluation`).
 */
import { FORM_KIND_NAMES, isSelfEvaluation, type Form, type SelfEvaluationForm } from "../forms/forms";
import type { WorkbookHost } from "../hosts/host";
import type { RegionProfile } from "../rules/profiles/profile";
import { scoreSelfEvaluation, type SelfEvaluationScore } from "../scoring";
import { generateSelfEvaluation, planSelfEvaluations, type GeneratedSelfEvaluation } from "./generate-self-evaluation";
import { planInsert, type PlannedSheet } from "./pane-insert";
import { recogniseWorkbook } from "./recognise-workbook";
import type { CellChange } from "./pane-write";
import { planFormScores, scoreWorkbook, showExpected, type ScoredForm } from "./score-workbook";

export interface SheetScore {
  kind: SelfEvaluationForm["kind"];
  sheet: string;
  /** The form's range on its sheet. */
  range: string;
  title: string;
  score: SelfEvaluationScore;
  /** Present when the formulas were written: what went into which cell. */
  written?: ScoredForm;
}

export interface SheetScoreResult {
  sheet: string;
  /** Formulas were written into the sheet. */
  wrote: boolean;
  forms: SheetScore[];
}

function titleOf(form: Form): string {
  return form.title?.value.trim() || FORM_KIND_NAMES[form.kind].zh;
}

async function formsOn(host: WorkbookHost, sheet: string): Promise<{ sheet: string; forms: Form[] }> {
  const [recognition] = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet } });
  return { sheet: recognition?.sheet ?? sheet, forms: recognition?.forms ?? [] };
}

/**
 * Scores the self-evaluations on `sheet` (the active sheet when omitted). With `write`, the
 * scoring formulas go into the sheet through `scoreWorkbook`; otherwise nothing is written.
 */
export async function scoreSheet(host: WorkbookHost, profile: RegionProfile, options: { sheet?: string; write: boolean }): Promise<SheetScoreResult> {
  const target = options.sheet ?? (await host.activeSheet());
  if (options.write) {
    const result = await scoreWorkbook(host, profile, { scope: { kind: "sheet", sheet: target } });
    return {
      sheet: result.forms[0]?.sheet ?? target,
      wrote: true,
      forms: result.forms.map((written) => ({ kind: written.kind, sheet: written.sheet, range: written.range, title: written.title, score: written.score, written })),
    };
  }
  const { sheet, forms } = await formsOn(host, target);
  return {
    sheet,
    wrote: false,
    forms: forms
      .filter(isSelfEvaluation)
      .map((form) => ({ kind: form.kind, sheet: form.sheet, range: form.range, title: titleOf(form), score: scoreSelfEvaluation(form, profile) })),
  };
}

export interface GenerateResult {
  sheet: string;
  /** Kinds of the forms found on the sheet (to say why nothing was generated). */
  found: Form["kind"][];
  generated: GeneratedSelfEvaluation[];
}

/** Generates a 自评表 for every department (DT) and project (PT) target form on `sheet`. */
export async function generateFromSheet(host: WorkbookHost, profile: RegionProfile, sheet?: string): Promise<GenerateResult> {
  const target = sheet ?? (await host.activeSheet());
  const { sheet: name, forms } = await formsOn(host, target);
  const targets = forms.filter((f) => f.kind === "DT" || f.kind === "PT");
  const generated = targets.length > 0 ? await generateSelfEvaluation(host, targets, profile) : [];
  return { sheet: name, found: forms.map((f) => f.kind), generated };
}

/** The 自评表 sheets `generateFromSheet` would add, cell by cell, for the preview before asking. */
export async function planGenerateFromSheet(host: WorkbookHost, profile: RegionProfile, sheet?: string): Promise<{ sheet: string; found: Form["kind"][]; sheets: PlannedSheet[] }> {
  const target = sheet ?? (await host.activeSheet());
  const { sheet: name, forms } = await formsOn(host, target);
  const sheets = planSelfEvaluations(forms, profile).map((p) => planInsert(p.template, { data: p.draft.data, sheetName: p.sheetName }));
  return { sheet: name, found: forms.map((f) => f.kind), sheets };
}

export interface ScorePlan {
  sheet: string;
  /** What 计算并写入本表得分 would write, cell by cell: the text now → the score it will show. */
  changes: CellChange[];
  /** Sheets whose marks the scoring replaces with its notes (undo clears them). */
  noted: string[];
}

/** The writes `scoreSheet(…, { write: true })` would make, without writing: for the preview before asking. */
export async function planSheetScores(host: WorkbookHost, profile: RegionProfile, sheet?: string): Promise<ScorePlan> {
  const target = sheet ?? (await host.activeSheet());
  const { sheet: name, forms } = await formsOn(host, target);
  const selfEvaluations = forms.filter(isSelfEvaluation);
  if (selfEvaluations.length === 0) return { sheet: name, changes: [], noted: [] };
  const grid = await host.readSheet(name);
  const changes: CellChange[] = [];
  let notes = 0;
  for (const form of selfEvaluations) {
    const plan = planFormScores(form, grid, profile);
    notes += plan.notes.length;
    for (const c of plan.cells) {
      const write = c.formula !== undefined ? { formula: c.formula } : { value: c.value ?? null };
      changes.push({ sheet: name, ref: c.ref, before: c.before.text, after: showExpected(c), write });
    }
    for (const r of plan.retyped) changes.push({ sheet: name, ref: r.ref, before: String(r.value), after: String(r.value), write: { value: r.value } });
  }
  return { sheet: name, changes, noted: notes > 0 ? [name] : [] };
}
