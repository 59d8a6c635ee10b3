/**
 * `jixiao check <files…> [--json] [--profile ID] [--lang zh-CN|en] [--ignore IDS] [--annotate OUT.xlsx]`
 *
 * Linter-style report, grouped per form — forms with errors first, each with a one-line summary
 * of its counts — one line per finding, errors first, with the findings merged into it (same
 * cell or same cause) indented below:
 *   file › sheet!cell  error  MON-02  message
 *       ↳ 相关 VAL-02 warning: message
 * then a summary line of counts. --json gives the same order: findings errors first, forms
 * with their counts and summary line. Exit 1 when any error is found, 0 otherwise, 2 for unusable
 * input or arguments. --annotate writes a copy of the workbook (text input becomes a workbook)
 * with every flagged cell marked and a note carrying the message; the input is never modified.
 */
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { PROFILES, DEFAULT_PROFILE, getProfile } from "../../rules/profiles";
import type { Finding, Locale } from "../../rules/types";
import { FORM_KIND_NAMES, type FormKind } from "../../forms/forms";
import { qualify } from "../../grid/address";
import { checkWorkbook, countBySeverity } from "../../usecases/check-workbook";
import { highlightFindings } from "../../usecases/highlight-findings";

interface FormRef {
  kind: FormKind;
  sheet: string;
  range: string;
  title: string;
  counts: { error: number; warning: number; info: number };
  /** One line: the form and its counts. */
  summary: string;
}

interface FileReport {
  file: string;
  profile: string;
  profileName: string;
  forms: FormRef[];
  findings: Finding[];
  messages: string[];
}

function formKey(f: { sheet: string; range: string }): string {
  return `${f.sheet}|${f.range}`;
}

function formLabel(f: FormRef, locale: Locale): string {
  const name = f.title || FORM_KIND_NAMES[f.kind][locale === "en" ? "en" : "zh"];
  return `${f.kind} ${name} (${qualify(f.sheet, f.range)})`;
}

function findingLines(file: string, f: Finding, locale: Locale): string[] {
  const first = f.cells[0];
  const where = first ? qualify(first.sheet ?? f.sheet, first.ref) : f.sheet || "—";
  const related = (f.related ?? []).map((r) => {
    const at = r.cells[0] ? qualify(r.cells[0].sheet ?? r.sheet, r.cells[0].ref) : r.sheet;
    return `    ↳ ${locale === "en" ? "related" : "相关"} ${r.rule} ${r.severity} (${at}): ${r.message}`;
  });
  return [`${file} › ${where}  ${f.severity.padEnd(7)}  ${f.rule.padEnd(7)}  ${f.message}`, ...related];
}

function countsText(c: { error: number; warning: number; info: number }, locale: Locale): string {
  return locale === "en" ? `${c.error} error(s), ${c.warning} warning(s), ${c.info} info` : `${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示`;
}

function summary(findings: readonly Finding[], locale: Locale): string {
  const c = countBySeverity(findings);
  const total = findings.length;
  if (locale === "en") return total === 0 ? "✔ No problems found." : `✖ ${total} problem(s): ${countsText(c, locale)}.`;
  return total === 0 ? "✔ 未发现问题。" : `✖ 共 ${total} 个问题：${countsText(c, locale)}。`;
}

/** 0 for a form with errors, 1 with warnings only, 2 with infos only, 3 clean: errors first. */
function worst(c: { error: number; warning: number; info: number }): number {
  return c.error > 0 ? 0 : c.warning > 0 ? 1 : c.info > 0 ? 2 : 3;
}

function formRef(f: { kind: FormKind; sheet: string; range: string; title?: { value: string } }, findings: readonly Finding[], locale: Locale): FormRef {
  const own = findings.filter((x) => x.form && formKey({ sheet: x.sheet, range: x.form.range }) === formKey(f));
  const counts = countBySeverity(own);
  const ref = { kind: f.kind, sheet: f.sheet, range: f.range, title: f.title?.value ?? "" };
  const state = own.length === 0 ? (locale === "en" ? "✔ no problems" : "✔ 无问题") : countsText(counts, locale);
  return { ...ref, counts, summary: `${formLabel({ ...ref, counts, summary: "" }, locale)} — ${state}` };
}

export async function runCheck(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const files = args.positional;
  if (files.length === 0) throw new UsageError("请给出要检查的文件，例如：jixiao check 自评表.xlsx");
  const profileId = args.options.get("profile") ?? DEFAULT_PROFILE;
  const profile = getProfile(profileId);
  if (!profile) throw new UsageError(`没有名为“${profileId}”的地区配置。可用：${Object.keys(PROFILES).join("、")}。`);
  const lang = args.options.get("lang") ?? "zh-CN";
  if (lang !== "zh-CN" && lang !== "en") throw new UsageError(`--lang 只能是 zh-CN 或 en。`);
  const locale: Locale = lang;
  const ignore = (args.options.get("ignore") ?? "").split(/[,，\s]+/).filter(Boolean);
  const annotate = args.options.get("annotate");
  if (annotate !== undefined && files.length !== 1) throw new UsageError("--annotate 一次只能用于一个文件。");
  if (annotate !== undefined && !/\.xlsx$/i.test(annotate)) throw new UsageError("--annotate 的输出文件须以 .xlsx 结尾。");

  const reports: FileReport[] = [];
  let unusable = false;
  for (const file of files) {
    const doc = await ctx.open(file);
    if (!doc) {
      unusable = true;
      continue;
    }
    const result = await checkWorkbook(doc.host, { profile, locale, ignore });
    reports.push({
      file,
      profile: profile.id,
      profileName: profile.name[locale],
      // Forms with errors first, then warnings, then infos, then clean ones; document order within each.
      forms: result.forms.map((f) => formRef(f, result.findings, locale)).map((f, i) => ({ f, i })).sort((a, b) => worst(a.f.counts) - worst(b.f.counts) || a.i - b.i).map(({ f }) => f),
      findings: result.findings,
      messages: result.sheets.filter((s) => s.forms.length === 0).flatMap((s) => s.messages),
    });
    if (annotate !== undefined) {
      await highlightFindings(doc.host, result.findings);
      await ctx.writeBytes(annotate, await doc.host.save());
    }
  }

  if (args.flags.has("json")) {
    ctx.out(JSON.stringify({ files: reports }, null, 2));
  } else {
    for (const r of reports) {
      ctx.out(`${r.file}  [${locale === "en" ? "profile" : "地区配置"}: ${r.profileName}]`);
      const groups = new Map<string, Finding[]>();
      for (const f of r.findings) {
        const key = f.form ? formKey({ sheet: f.sheet, range: f.form.range }) : "";
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
      const workbookLevel = groups.get("") ?? [];
      const acrossFirst = workbookLevel.length > 0 && workbookLevel.some((f) => f.severity === "error");
      const across = (): void => {
        if (workbookLevel.length === 0) return;
        ctx.out(`  ${locale === "en" ? "Across forms" : "跨表检查"} — ${countsText(countBySeverity(workbookLevel), locale)}`);
        for (const f of workbookLevel) for (const line of findingLines(r.file, f, locale)) ctx.out(`    ${line}`);
      };
      if (acrossFirst) across();
      for (const form of r.forms) {
        ctx.out(`  ${form.summary}`);
        for (const f of groups.get(formKey(form)) ?? []) for (const line of findingLines(r.file, f, locale)) ctx.out(`    ${line}`);
      }
      if (!acrossFirst) across();
      if (r.forms.length === 0) for (const m of r.messages) ctx.out(`  ${m}`);
      ctx.out(`  ${summary(r.findings, locale)}`);
    }
    if (reports.length > 1) ctx.out(summary(reports.flatMap((r) => r.findings), locale));
    if (annotate !== undefined && reports.length === 1) ctx.out(locale === "en" ? `Annotated copy written to ${annotate}.` : `已生成带标记的副本：${annotate}`);
  }
  if (unusable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
