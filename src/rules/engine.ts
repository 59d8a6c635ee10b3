/**
 * Running rules over forms. Each form rule sees the forms of its kinds, workbook rules see all
 * forms at once; findings come back in a stable order (sheet, then row, column, rule). A rule
 * that fails on unexpected data yields an info finding instead of an exception: nothing in the
 * engine throws at the user.
 */
import { parseA1 } from "../grid/address";
import type { Form } from "../forms/forms";
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

export function checkForms(forms: readonly Form[], options: CheckOptions = {}): Finding[] {
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
