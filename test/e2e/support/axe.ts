/**
 * axe-core's automated accessibility scan, injected into the page as a script (its source from
 * node_modules — nothing is fetched) and run on the whole document.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

let source: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; summary: string }[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Rules that passed, for the record. */
  passes: number;
}

export async function runAxe(page: Page): Promise<AxeReport> {
  source ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!has) await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    type Result = {
      id: string;
      impact: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; html: string; failureSummary?: string }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Result[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 300), summary: n.failureSummary ?? "" })),
      })),
    };
  });
}

export function serious(report: AxeReport): AxeViolation[] {
  return report.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Drops the one known false positive of Fluent UI v9: Tabster's focus "dummy" elements
 * (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around tab lists and other arrow-key
 * groups) are focusable on purpose — they only hand the focus straight on — and hidden from screen
 * readers on purpose, which axe's aria-hidden-focus rule reports (microsoft/tabster#288; Microsoft's
 * own Accessibility Insights suppresses it the same way). Only those nodes of only that rule go.
 */
export function withoutKnownFalsePositives(report: AxeReport): AxeReport {
  const violations = report.violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !/\bdata-tabster-dummy\b/.test(n.html)) } : v))
    .filter((v) => v.nodes.length > 0);
  return { ...report, violations };
}

/** Each violation with its first offending elements (and how many more), for a failing assertion's message. */
export function describeViolations(violations: readonly AxeViolation[], perRule = 6): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, perRule).map((n) => `    ${n.target.join(" ")}\n      ${n.html}\n      ${n.summary.replace(/\n/g, "\n      ")}`);
      if (v.nodes.length > perRule) nodes.push(`    … and ${v.nodes.length - perRule} more`);
      return `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join("\n")}`;
    })
    .join("\n");
}
