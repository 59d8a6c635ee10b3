/**
 * Build 绩效运行监控表 from approved 绩效目标表: for each project (PT) or department (DT) target
 * form, a new sheet on the monitoring template (templates/definitions/mt-national.ts) holding the
 * same project, goal and indicators with their 年度指标值 and 年初预算数, and the monitoring
 * columns (1–N月执行, 全年预计完成, 偏差原因, 纠偏措施, 完成目标可能性) left for the clerk. Rows
 * marked 不适用 and a mid-term block are left out.
 */
import type { Form } from "../forms/forms";
import type { WorkbookHost } from "../hosts/host";
import { findTemplate, insertTemplate, monitoringInputFromTargets } from "../templates";

export interface GeneratedMonitoring {
  sheet: string;
  /** The target form it was made from. */
  source: { kind: "PT" | "DT"; sheet: string; name: string };
  indicators: number;
  /** Fill data the template could not place (reported, never silently dropped). */
  unplaced: string[];
}

export async function generateMonitoring(host: WorkbookHost, forms: readonly Form[], month?: number): Promise<GeneratedMonitoring[]> {
  const def = findTemplate("MT")!;
  const out: GeneratedMonitoring[] = [];
  for (const form of forms) {
    if (form.kind !== "PT" && form.kind !== "DT") continue;
    const data = monitoringInputFromTargets(form, month);
    const result = await insertTemplate(host, def, { data });
    const name = form.header.project?.value ?? form.header.unit?.value ?? form.title?.value ?? form.sheet;
    out.push({ sheet: result.sheet, source: { kind: form.kind, sheet: form.sheet, name }, indicators: Array.isArray(data.indicators) ? data.indicators.length : 0, unplaced: [...result.unplaced] });
  }
  return out;
}
