/**
 * Read every sheet of the workbook and summarise the forms recognised on it, for the task
 * pane's "what was read" list.
 */
import type { WorkbookHost } from "../hosts/host";
import { FORM_KIND_NAMES, hasIndicators } from "../forms/forms";
import { recogniseWorkbook } from "./recognise-workbook";

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
  const sheets = await recogniseWorkbook(host);
  return sheets.map((s) => {
    const out: SheetForms = {
      sheet: s.sheet,
      forms: s.forms.map((f) => ({
        kind: f.kind,
        sheet: f.sheet,
        range: f.range,
        title: f.title?.value || FORM_KIND_NAMES[f.kind].zh,
        indicatorCount: hasIndicators(f) ? f.indicators.length : 0,
      })),
    };
    if (s.forms.length === 0 && s.messages[0]) out.message = s.messages[0];
    return out;
  });
}
