/**
 * Read every sheet of the workbook and summarise the performance forms recognised on it.
 * TEMPORARY body: until the recogniser lands, every sheet is listed with no forms. The exported
 * API is fixed — the task pane builds against it.
 */
import type { WorkbookHost } from "../hosts/host";

export interface FormSummary {
  kind: string;
  sheet: string;
  range: string;
  title: string;
  indicatorCount: number;
}

export interface SheetForms {
  sheet: string;
  forms: FormSummary[];
  message?: string;
}

export async function readForms(host: WorkbookHost): Promise<SheetForms[]> {
  const sheets = await host.listSheets();
  return sheets.map((s) => ({ sheet: s.name, forms: [] }));
}
