/**
 * Running rules over forms. Each form rule sees the forms of its kinds, workbook rules see all
 * forms at once; findings come back in a stable order (sheet, then row, column, rule). A rule
 * that fails on unexpected data yields an info finding instead of an exception: nothing in the
 * engine throws at the user.
 */
import { parseA1 } from "../grid/address";
import { hasIndicators, type Form } from "../forms/forms";
import type { Indicator, TracedValue } from "../forms/indicator";
import { ALL_RULES } from "./catalogue";
import { DEFAULT_PROFILE, getProfile } from "./profiles";
import type { RegionProfile } from "./profiles/profile";
import { isWorkbookRule, type Finding, type Locale, type Message, type Report, type Rule, type RuleContext } from "./types";

export interface CheckOptions {
  profile?: RegionProfile;
  locale?: Locale;
  /** Rule ids to skip (ignored by the clerk for this workbook). */
  ignore?: readonly string[];
  /** Rules to run (default: the whole catalogue). */
  rules?: readonly Rule[];
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
  const indicators = form.indicators
    .filter((i) => !i.notApplicable && !(twoPeriods && i.period === "mid-term"))
    .map((i): Indicator => {
      if (!i.target?.parts && !i.actual?.parts) return i;
      const out: Indicator = { ...i };
      const target = asOneCell(i.target);
      const actual = asOneCell(i.actual);
      if (target) out.target = target;
      if (actual) out.actual = actual;
      return out;
    });
  return { ...form, indicators };
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
  return sortFindings(dedupe(findings), forms);
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

/** Stable order: sheets in the order their forms appear, then by the first cell (row, column), then rule id. */
export function sortFindings(findings: Finding[], forms: readonly Form[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const f of forms) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  // Sort keys computed once per finding, not once per comparison.
  const keyed = findings.map((f, i) => {
    const a = f.cells[0] ? parseA1(f.cells[0].ref) : undefined;
    return { f, i, sheet: sheetOrder.get(f.sheet) ?? 1e9, row: a ? a.row : Number.MAX_SAFE_INTEGER, col: a ? a.col : 0 };
  });
  return keyed
    .sort((x, y) => x.sheet - y.sheet || x.row - y.row || x.col - y.col || (x.f.rule < y.f.rule ? -1 : x.f.rule > y.f.rule ? 1 : 0) || x.i - y.i)
    .map(({ f }) => f);
}
