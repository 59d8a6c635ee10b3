/**
 * What the ribbon buttons 检查本表 and 清除标记 do, the same in Excel (src/taskpane/commands.ts,
 * the function file) and in WPS (src/wps-addin/ribbon.ts, the entry page): neither opens the
 * task pane.
 */
import type { WorkbookHost } from "../hosts/host";
import { checkSheet, type CheckSheetResult } from "./check-sheet";
import { readStatus } from "./read-outcome";

/** 检查本表 against any host: check the active sheet, mark it, bring the worst finding into view. */
export async function checkActiveSheetOn(host: WorkbookHost): Promise<CheckSheetResult> {
  const result = await checkSheet(host);
  if (result.first) await host.select(result.sheet, result.first);
  return result;
}

/** 清除标记 against any host: every sheet back as it was. */
export async function clearMarksOn(host: WorkbookHost): Promise<void> {
  await host.clearHighlights();
}

/** One Chinese sentence saying what 检查本表 found, for a host that has somewhere to show it (WPS's status bar). */
export function checkSummary(result: CheckSheetResult): string {
  if (result.forms.length === 0) return `绩效表助手：在工作表“${result.sheet}”中没有识别出绩效表格，未作检查。`;
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  if (errors + warnings + infos === 0) {
    // Forms read only in part (or a part not readable at all) get no plain all-clear.
    if (readStatus(result.forms, 0, result.unread) === "partial") return `绩效表助手：工作表“${result.sheet}”读到的内容中未发现问题，但有未读到的部分没有检查；详情请点“打开助手”。`;
    return `绩效表助手：工作表“${result.sheet}”未发现问题。`;
  }
  const parts = [errors ? `错误 ${errors} 处` : "", warnings ? `警告 ${warnings} 处` : "", infos ? `提示 ${infos} 处` : ""].filter(Boolean);
  return `绩效表助手：工作表“${result.sheet}”发现${parts.join("、")}，已在单元格上标出，并选中了最严重的一处；详情请点“打开助手”。`;
}
