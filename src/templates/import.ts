/**
 * Forms found in pasted or imported text (or any workbook) re-laid on their official templates:
 * text → grid → recognised forms → one filled template sheet per form. Nothing of the source's
 * text becomes a formula (see layout.ts).
 */
import type { Form } from "../forms/forms";
import { FORM_KIND_NAMES } from "../forms/forms";
import { gridFromText } from "../grid/from-text";
import type { WorkbookHost } from "../hosts/host";
import { recogniseGrid } from "../recognise";
import { templateId } from "./registry";
import { insertFromForm } from "./from-form";

export interface ImportedSheet {
  sheet: string;
  kind: Form["kind"];
  /** "PT/hebei" */
  template: string;
  title: string;
  unplaced: string[];
  toConfirm: string[];
}

export interface ImportReport {
  sheets: ImportedSheet[];
  /** Sentences about what was not turned into a sheet. */
  messages: string[];
}

export interface ImportOptions {
  /** Carry the forms over to this year (amounts flagged to confirm). */
  year?: number;
}

/** Insert every recognised form as a filled template sheet. */
export async function importForms(host: WorkbookHost, forms: readonly Form[], options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { sheets: [], messages: [] };
  for (const form of forms) {
    const title = form.title?.value || FORM_KIND_NAMES[form.kind].zh;
    const done = await insertFromForm(host, form, options.year !== undefined ? { year: options.year } : {});
    if (!done) {
      report.messages.push(`“${title}”（${FORM_KIND_NAMES[form.kind].zh}）没有模板，未生成工作表。`);
      continue;
    }
    report.sheets.push({ sheet: done.sheet, kind: form.kind, template: templateId(done.template), title, unplaced: done.unplaced, toConfirm: done.toConfirm });
  }
  return report;
}

/** Text copied out of Word or PDF → filled template sheets. */
export async function importText(host: WorkbookHost, text: string, options: ImportOptions = {}): Promise<ImportReport> {
  const recognition = recogniseGrid(gridFromText(text));
  const report = await importForms(host, recognition.forms, options);
  if (recognition.forms.length === 0) report.messages.push(...recognition.messages);
  return report;
}
