/**
 * The task pane's 导入: text copied out of Word or PDF → a preview of the forms found → new
 * sheets, laid out on the official templates (`importForms`), or the text's table as it is.
 */
import type { Form } from "../forms/forms";
import { gridFromText } from "../grid/from-text";
import type { CellValue, Grid } from "../grid/grid";
import type { CellWrite, WorkbookHost } from "../hosts/host";
import { recogniseGrid } from "../recognise";
import { templateForForm, templateId } from "../templates/registry";
import { importForms, type ImportReport } from "../templates/import";

export interface PastedForm {
  form: Form;
  /** "PT/hebei"; undefined when no template fits (the narrative). */
  template?: string;
}

export interface PastedText {
  grid: Grid;
  forms: PastedForm[];
  /** The recogniser's sentences when nothing was found. */
  messages: string[];
}

/** Reads pasted text; nothing is written. */
export function readPastedText(text: string): PastedText {
  const grid = gridFromText(text, { sheet: "导入" });
  const recognition = recogniseGrid(grid);
  return {
    grid,
    forms: recognition.forms.map((form) => {
      const t = templateForForm(form);
      return t ? { form, template: templateId(t) } : { form };
    }),
    messages: recognition.forms.length === 0 ? recognition.messages : [],
  };
}

/** Inserts every form found as a filled template sheet (carried over to `year` when given). */
export async function insertPastedForms(host: WorkbookHost, pasted: PastedText, year?: number): Promise<ImportReport> {
  return importForms(host, pasted.forms.map((f) => f.form), year !== undefined ? { year } : {});
}

const NUMBER = /^-?(\d{1,3}(,\d{3})+|0|[1-9]\d*)(\.\d+)?$/;

/** Pasted text is all text: amounts ("1,474.07", "10") become numbers; codes with a leading zero stay text. */
export function pastedValue(v: CellValue | undefined): CellValue {
  if (typeof v !== "string") return v ?? null;
  const s = v.trim();
  return NUMBER.test(s) ? Number(s.replace(/,/g, "")) : v;
}

/** Inserts the text's table as it is, values only (hosts write text as text, never as a formula). */
export async function insertPastedGrid(host: WorkbookHost, grid: Grid, name = "导入的文字"): Promise<string> {
  const sheet = await host.addSheet(name);
  const rows: CellWrite[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row: CellWrite[] = [];
    for (let c = 0; c < grid.colCount; c++) row.push({ value: pastedValue(grid.cell(r, c)?.value) });
    rows.push(row);
  }
  if (rows.length > 0 && grid.colCount > 0) await host.write(sheet, "A1", rows);
  return sheet;
}
