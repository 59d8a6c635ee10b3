/**
 * The rule engine's vocabulary. A rule is one module (ESLint-style): metadata — id, severity,
 * the forms it applies to, its messages in zh-CN and en with {placeholders} — and a pure check
 * over typed forms that reports findings through the context. Messages live in the metadata,
 * never in the logic, so rewording or translating never touches a check.
 */
import type { Form, FormKind } from "../forms/forms";
import type { RegionProfile } from "./profiles/profile";

export type Severity = "error" | "warning" | "info";

/** A cell the reader must look at, with its current text. */
export interface FindingCell {
  ref: string;
  text: string;
  /** The cell's sheet when it is not the finding's own (cross-form findings). */
  sheet?: string;
}

/**
 * The replacement a rule is sure of: write `value` into `ref` (on `sheet` when it is not the
 * finding's own). Only rules with one deterministic answer state it (a doubled number, a missing
 * comparison symbol, a total that should be the sum of its parts).
 */
export interface FindingFix {
  ref: string;
  sheet?: string;
  value: string | number;
  /** What the cell shows now (the fix is not applied when the cell no longer shows it). */
  from: string;
}

export interface Finding {
  rule: string;
  /** Which message of the rule's table (stable, for tests and translations). */
  messageId: string;
  severity: Severity;
  sheet: string;
  /** The cells that matter: the first is where the problem shows; the rest are what it was compared with. */
  cells: FindingCell[];
  /** The message in the report's language. */
  message: string;
  hint?: string;
  /** The form the finding belongs to (absent for findings about the workbook as a whole). */
  form?: { kind: FormKind; range: string; title: string };
  /**
   * A root cause shared with other findings of the same form (e.g. "weights": one 分值 defect
   * seen by WGT-01, WGT-02 and EVA-08). Findings sharing a cause or a cell are merged.
   */
  cause?: string;
  /**
   * Findings merged into this one because they share its cell or its cause: the shown finding is
   * the most specific (highest severity first), these are attached so nothing is lost.
   */
  related?: RelatedFinding[];
  /** The correction, when the rule knows it for certain. */
  fix?: FindingFix;
}

/** A finding attached to another one (same cell or same cause), without its own attachments. */
export type RelatedFinding = Omit<Finding, "related" | "form">;

export type Locale = "zh-CN" | "en";

export interface Message {
  "zh-CN": string;
  en: string;
}

export interface RuleMeta {
  /** Stable id from the catalogue: STR-01, VAL-01, MON-02, JS-05 … */
  id: string;
  /** Default severity; a report may use another one from the catalogue's E/W pairs. */
  severity: Severity;
  /** Form kinds it checks; "workbook" rules see every form at once. */
  forms: readonly FormKind[] | "workbook";
  /** One line: what the rule checks. */
  description: Message;
  /** Message table; texts may use {placeholders}. */
  messages: Record<string, Message>;
  /** Optional hints per message id, shown under the message. */
  hints?: Record<string, Message>;
  /**
   * For rules that need judgement (a name that "sounds like" a cost, copy-paste detection):
   * how the heuristic works and how it was measured on the seeds.
   */
  heuristic?: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  cells: FindingCell[];
  /** Overrides the rule's default severity (for the catalogue's E/W rules). */
  severity?: Severity;
  /** The form the finding is about, for workbook rules. */
  form?: Form;
  /** A root cause shared with other rules' findings on the same form (see Finding.cause). */
  cause?: string;
  /** The correction, when there is exactly one. */
  fix?: FindingFix;
}

export interface RuleContext {
  readonly profile: RegionProfile;
  /** 运行监控: the month asked for (`--month`, the pane's setting); the RUN rules default to the form's own. */
  readonly month?: number;
  /** Today, for the RUN rules' default month (tests fix it). */
  readonly today?: Date;
  report(r: Report): void;
}

export interface FormRule {
  meta: RuleMeta;
  check(form: Form, ctx: RuleContext): void;
}

export interface WorkbookRule {
  meta: RuleMeta & { forms: "workbook" };
  checkWorkbook(forms: readonly Form[], ctx: RuleContext): void;
}

export type Rule = FormRule | WorkbookRule;

export function isWorkbookRule(rule: Rule): rule is WorkbookRule {
  return rule.meta.forms === "workbook";
}

/** Identity helpers that keep a rule's types checked where it is written. */
export function defineRule(rule: FormRule): FormRule {
  return rule;
}

export function defineWorkbookRule(rule: WorkbookRule): WorkbookRule {
  return rule;
}
