/**
 * Put findings on the sheet: every cell a finding names is marked (errors red, warnings amber,
 * info blue) with a note carrying the message — a cell's notes errors first, and the findings
 * merged into a finding (same cell or cause) below it, marked “↳ 相关”. Marks go through the host's highlight calls,
 * which never change the clerk's own formatting and are removed exactly by clearHighlights.
 */
import type { Highlight, WorkbookHost, Severity } from "../hosts/host";
import type { Finding, RelatedFinding } from "../rules/types";
import { withLights, type IndicatorLightMark } from "./monitoring-lights";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, ok: 0 };
const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示", ok: "正常" };

export function highlightsBySheet(findings: readonly Finding[]): Map<string, Highlight[]> {
  // Per cell: its notes, errors first, then warnings, then infos (each in the findings' order).
  type Marked = { ref: string; severity: Severity; notes: { rank: number; text: string }[] };
  const out = new Map<string, Map<string, Marked>>();
  const mark = (f: RelatedFinding, related: boolean): void => {
    for (const c of f.cells) {
      const sheetName = c.sheet ?? f.sheet;
      if (sheetName === "") continue;
      const sheet = out.get(sheetName) ?? new Map<string, Marked>();
      out.set(sheetName, sheet);
      const note = `${related ? "↳ 相关" : ""}【${LABEL[f.severity]} ${f.rule}】${f.message}${f.hint ? `\n${f.hint}` : ""}`;
      const prev = sheet.get(c.ref);
      if (!prev) {
        sheet.set(c.ref, { ref: c.ref, severity: f.severity, notes: [{ rank: RANK[f.severity], text: note }] });
      } else {
        if (RANK[f.severity] > RANK[prev.severity]) prev.severity = f.severity;
        if (!prev.notes.some((n) => n.text === note)) prev.notes.push({ rank: RANK[f.severity], text: note });
      }
    }
  };
  for (const f of findings) {
    mark(f, false);
    for (const r of f.related ?? []) mark(r, true);
  }
  return new Map(
    [...out].map(([k, v]) => [
      k,
      [...v.values()].map((h) => ({ ref: h.ref, severity: h.severity, note: h.notes.map((n, i) => ({ ...n, i })).sort((a, b) => b.rank - a.rank || a.i - b.i).map((n) => n.text).join("\n") })),
    ]),
  );
}

/**
 * Mark the findings on their sheets; sheets without findings get their old marks cleared, except
 * those the host knows carry none (an Excel host knows it of the sheets it has just read bare).
 */
export async function highlightFindings(host: WorkbookHost, findings: readonly Finding[], lights: readonly IndicatorLightMark[] = []): Promise<number> {
  const bySheet = withLights(highlightsBySheet(findings), lights);
  let marked = 0;
  for (const s of await host.listSheets()) {
    const marks = bySheet.get(s.name) ?? [];
    if (marks.length === 0 && host.knownUnmarked?.(s.name) === true) continue;
    await host.setHighlights(s.name, marks);
    marked += marks.length;
  }
  return marked;
}
