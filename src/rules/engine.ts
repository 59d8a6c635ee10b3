/**
 * Running rules over forms. Each form rule sees the forms of its kinds, workbook rules see all
 * forms at once. Findings that share a cell or a root cause are merged into one (the most
 * specific shown, the others attached as `related`), and come back errors first, then
 * warnings, then infos, each in a stable order (sheet, row, column, rule). A rule that fails on
 * unexpected data yields an info finding instead of an exception: nothing in the engine throws
 * at the user.
 */
import { parseA1 } from "../grid/address";
import { hasIndicators, type Form } from "../forms/forms";
import type { Indicator, TracedValue } from "../forms/indicator";
import { ALL_RULES } from "./catalogue";
import { recordWaivedRows } from "./support";
import { DEFAULT_PROFILE, getProfile } from "./profiles";
import type { RegionProfile } from "./profiles/profile";
import { isWorkbookRule, type Finding, type Locale, type Message, type RelatedFinding, type Report, type Rule, type RuleContext, type Severity } from "./types";

export interface CheckOptions {
  profile?: RegionProfile;
  locale?: Locale;
  /** Rule ids to skip (ignored by the clerk for this workbook). */
  ignore?: readonly string[];
  /** Rules to run (default: the whole catalogue). */
  rules?: readonly Rule[];
  /**
   * Merge findings that share a cell or a cause (default true). Off only to see one rule's raw
   * output (the rule tests).
   */
  merge?: boolean;
  /** 运行监控: the month execution is compared with (1–12); default the form's own, else the date. */
  month?: number;
  /** The date the monitoring rules take as today (default: now). */
  today?: Date;
}

/** Replace {name} placeholders; unknown placeholders are left visible rather than dropped. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

function render(msg: Message | undefined, locale: Locale, data: Record<string, string | number> | undefined, fallback: string): string {
  if (!msg) return fallback;
  return formatMessage(msg[locale] ?? msg["zh-CN"], data);
}

function formSummary(form: Form): Finding["form"] {
  return { kind: form.kind, range: form.range, title: form.title?.value ?? "" };
}

/** A value split over columns, as one cell would say it: its whole text ("≥95%"), not the number's cell's. */
function asOneCell(v: TracedValue | undefined): TracedValue | undefined {
  return v?.parts ? { ...v, text: v.value.text } : v;
}

/**
 * The form as the rules see it:
 * - without the indicator rows the clerk marked 不适用 / 无 (a template with a fixed row per
 *   category asks for that mark): no rule reports on such a row;
 * - where the table has a mid-term and an annual block side by side, with the annual block only
 *   (the year's targets, which the form's annual money and goal go with);
 * - a target or actual split over comparison, value and unit columns carries its whole text, so
 *   every rule reads and quotes it exactly as if it were written in one cell (its `parts` keep
 *   the cells, which findings point at).
 */
export function applicableView(form: Form): Form {
  if (!hasIndicators(form)) return form;
  const split = form.indicators.some((i) => i.target?.parts || i.actual?.parts);
  const twoPeriods = form.indicators.some((i) => i.period === "annual");
  if (!split && !twoPeriods && !form.indicators.some((i) => i.notApplicable)) return form;
  const inPeriod = form.indicators.filter((i) => !(twoPeriods && i.period === "mid-term"));
  const indicators = inPeriod
    .filter((i) => !i.notApplicable)
    .map((i): Indicator => {
      if (!i.target?.parts && !i.actual?.parts) return i;
      const out: Indicator = { ...i };
      const target = asOneCell(i.target);
      const actual = asOneCell(i.actual);
      if (target) out.target = target;
      if (actual) out.actual = actual;
      return out;
    });
  const view = { ...form, indicators };
  recordWaivedRows(view, inPeriod.filter((i) => i.notApplicable));
  return view;
}

export function checkForms(allForms: readonly Form[], options: CheckOptions = {}): Finding[] {
  const forms = allForms.map(applicableView);
  const profile = options.profile ?? getProfile(DEFAULT_PROFILE)!;
  const locale = options.locale ?? "zh-CN";
  const ignore = new Set(options.ignore ?? []);
  const rules = (options.rules ?? ALL_RULES).filter((r) => !ignore.has(r.meta.id));
  const findings: Finding[] = [];

  const contextFor = (rule: Rule, form: Form | undefined): RuleContext => ({
    profile,
    ...(options.month !== undefined ? { month: options.month } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
    report: (r: Report) => {
      const target = r.form ?? form;
      const finding: Finding = {
        rule: rule.meta.id,
        messageId: r.messageId,
        severity: r.severity ?? rule.meta.severity,
        sheet: target?.sheet ?? "",
        cells: r.cells,
        message: render(rule.meta.messages[r.messageId], locale, r.data, r.messageId),
      };
      const hint = rule.meta.hints?.[r.messageId];
      if (hint) finding.hint = render(hint, locale, r.data, "");
      if (target) finding.form = formSummary(target);
      if (r.cause) finding.cause = r.cause;
      if (r.fix) finding.fix = r.fix;
      findings.push(finding);
    },
  });

  const failed = (rule: Rule, form: Form | undefined, e: unknown): void => {
    findings.push({
      rule: rule.meta.id,
      messageId: "internal",
      severity: "info",
      sheet: form?.sheet ?? "",
      cells: [],
      message:
        locale === "en"
          ? `Rule ${rule.meta.id} could not check this form (${(e as Error).message}). The other rules ran normally.`
          : `规则 ${rule.meta.id} 未能检查这张表（${(e as Error).message}），其余规则照常检查。`,
      ...(form ? { form: formSummary(form) } : {}),
    });
  };

  for (const rule of rules) {
    if (isWorkbookRule(rule)) {
      try {
        rule.checkWorkbook(forms, contextFor(rule, undefined));
      } catch (e) {
        failed(rule, undefined, e);
      }
      continue;
    }
    for (const form of forms) {
      if (!rule.meta.forms.includes(form.kind)) continue;
      try {
        rule.check(form, contextFor(rule, form));
      } catch (e) {
        failed(rule, form, e);
      }
    }
  }
  const unique = dedupe(findings);
  return sortFindings(options.merge === false ? unique : mergeRelated(unique), forms);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.sheet}|${f.message}|${f.cells.map((c) => c.ref).join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Which of two findings on one cell (or of one cause) is the more specific, at equal severity:
 * money, then the 分值 (the root of a wrong total), then scores before value formats, a malformed value before a missing symbol, structure
 * and cross-document hints last. Rules not listed rank by family, then id.
 */
const SPECIFICITY = [
  "MON-02", "MON-01", "MON-05", "MON-03", "WGT-01", "WGT-02", "WGT-", "EVA-", "JS-", "MON-",
  "VAL-06", "VAL-01", "VAL-13", "VAL-10", "VAL-09", "VAL-07", "VAL-05", "VAL-04", "VAL-03", "VAL-11", "VAL-08", "VAL-02", "VAL-",
  "STR-07", "STR-03", "STR-", "XDOC-03", "XDOC-",
];

function specificity(rule: string): number {
  const i = SPECIFICITY.findIndex((p) => (p.endsWith("-") ? rule.startsWith(p) : rule === p));
  return i < 0 ? SPECIFICITY.length : i;
}

/** The finding to show first of two about one cell or cause: higher severity, then more specific. */
function shownFirst(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || specificity(a.rule) - specificity(b.rule);
}

function cellKey(f: Finding): string | undefined {
  const c = f.cells[0];
  return c ? `cell|${c.sheet ?? f.sheet}|${c.ref}` : undefined;
}

function causeKey(f: Finding): string | undefined {
  return f.cause ? `cause|${f.sheet}|${f.form?.range ?? ""}|${f.cause}` : undefined;
}

function asRelated(f: Finding): RelatedFinding[] {
  const { related, form: _form, ...own } = f;
  return [own, ...(related ?? [])];
}

/**
 * One root cause, one finding: findings whose first cell is the same cell, or which carry the
 * same cause on the same form, become one finding — the most specific (by severity, then
 * SPECIFICITY) — with the others attached as `related`, most severe first. Idempotent: a merged
 * finding's attachments travel with it into a later merge.
 */
export function mergeRelated(findings: readonly Finding[]): Finding[] {
  const parent = findings.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    for (let k = i; k !== r; ) {
      const next = parent[k]!;
      parent[k] = r;
      k = next;
    }
    return r;
  };
  const firstWithKey = new Map<string, number>();
  findings.forEach((f, i) => {
    for (const key of [cellKey(f), causeKey(f)]) {
      if (key === undefined) continue;
      const j = firstWithKey.get(key);
      if (j === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Finding[]>();
  findings.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const [shown, ...others] = [...group].sort(shownFirst);
    if (!shown) continue;
    if (others.length === 0) {
      out.push(shown);
      continue;
    }
    const related = [...(shown.related ?? []), ...others.flatMap(asRelated)].sort(
      (a, b) => RANK[a.severity] - RANK[b.severity] || specificity(a.rule) - specificity(b.rule),
    );
    out.push({ ...shown, related });
  }
  return out;
}

/**
 * A replacement a message offers for its own cell: 应写成“≥50次”, 请改为“≥90%”, 数字重复，应为“≥90%”,
 * 请改写成“2021年12月31日前”. Examples (如“…”), alternatives (或改为“…”) and another cell's
 * correction (表头的金额单位“万元”应为“元”) are not replacements.
 */
const SUGGESTION = /(?:应写成|请改为|请改写成|(?<![”或])应为)“([^”]+)”/;

export function suggestedReplacement(f: Pick<Finding, "message">): string | undefined {
  return SUGGESTION.exec(f.message)?.[1];
}

/**
 * What merging guarantees, as problems found (empty when all holds): no two shown findings
 * start on one cell, and a finding and those attached to it never offer different
 * replacements for the same cell. Used by the tests and the precision script.
 */
export function mergeProblems(findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const key = cellKey(f);
    if (key === undefined) continue;
    const other = seen.get(key);
    if (other) problems.push(`${key}: ${other.rule} and ${f.rule} both shown`);
    else seen.set(key, f);
    const offers = new Map<string, Set<string>>();
    for (const x of [f, ...(f.related ?? [])]) {
      const s = suggestedReplacement(x);
      const c = x.cells[0];
      if (s === undefined || !c) continue;
      const at = `${c.sheet ?? x.sheet}!${c.ref}`;
      offers.set(at, (offers.get(at) ?? new Set()).add(s));
    }
    for (const [at, set] of offers) if (set.size > 1) problems.push(`${at}: different replacements ${[...set].map((x) => `“${x}”`).join(" / ")}`);
  }
  return problems;
}

/**
 * Stable order: errors, then warnings, then infos; within each, sheets in the order their forms
 * appear, then by the first cell (row, column), then rule id.
 */
export function sortFindings(findings: Finding[], forms: readonly Form[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const f of forms) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  // Sort keys computed once per finding, not once per comparison.
  const keyed = findings.map((f, i) => {
    const a = f.cells[0] ? parseA1(f.cells[0].ref) : undefined;
    return { f, i, sheet: sheetOrder.get(f.sheet) ?? 1e9, row: a ? a.row : Number.MAX_SAFE_INTEGER, col: a ? a.col : 0 };
  });
  return keyed
    .sort((x, y) => RANK[x.f.severity] - RANK[y.f.severity] || x.sheet - y.sheet || x.row - y.row || x.col - y.col || (x.f.rule < y.f.rule ? -1 : x.f.rule > y.f.rule ? 1 : 0) || x.i - y.i)
    .map(({ f }) => f);
}
