/**
 * Put findings on the sheet: every cell a finding names is marked (errors red, warnings amber,
 * info blue) with a note carrying the message. Marks go through the host's highlight calls,
 * which never change the clerk's own formatting and are removed exactly by clearHighlights.
 */
import type { Highlight, WorkbookHost, Severity } from "../hosts/host";
import type { Finding } from "../rules/types";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export function highlightsBySheet(findings: readonly Finding[]): Map<string, Highlight[]> {
  const out = new Map<string, Map<string, Highlight>>();
  for (const f of findings) {
    for (const c of f.cells) {
      const sheetName = c.sheet ?? f.sheet;
      if (sheetName === "") continue;
      const sheet = out.get(sheetName) ?? new Map<string, Highlight>();
      out.set(sheetName, sheet);
      const note = `【${LABEL[f.severity]} ${f.rule}】${f.message}${f.hint ? `\n${f.hint}` : ""}`;
      const prev = sheet.get(c.ref);
      if (!prev) {
        sheet.set(c.ref, { ref: c.ref, severity: f.severity, note });
      } else {
        if (RANK[f.severity] > RANK[prev.severity]) prev.severity = f.severity;
        if (!prev.note?.includes(note)) prev.note = `${prev.note}\n${note}`;
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}

/**
 * Mark the findings on their sheets; sheets without findings get their old marks cleared, except
 * those the host knows carry none (an Excel host knows it of the sheets it has just read bare).
 */
export async function highlightFindings(host: WorkbookHost, findings: readonly Finding[]): Promise<number> {
  const bySheet = highlightsBySheet(findings);
  let marked = 0;
  for (const s of await host.listSheets()) {
    const marks = bySheet.get(s.name) ?? [];
    if (marks.length === 0 && host.knownUnmarked?.(s.name) === true) continue;
    await host.setHighlights(s.name, marks);
    marked += marks.length;
  }
  return marked;
}
