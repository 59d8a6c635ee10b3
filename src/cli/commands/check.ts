/**
 * `jixiao check <files…> [--json] [--profile ID] [--lang zh-CN|en] [--ignore IDS] [--annotate OUT.xlsx] [--report REPORT.xlsx]`
 *
 * Linter-style report, grouped per form, one line per finding:
 *   file › sheet!cell  error  MON-02  message
 * then a summary line of counts. Exit 1 when any error is found, 0 otherwise, 2 for unusable
 * input or arguments. --annotate writes a copy of the workbook (text input becomes a workbook)
 * with every flagged cell marked and a note carrying the message; the input is never modified.
 * --report writes a copy of the workbook with a 检查报告 sheet added (per-form counts, one row
 * per finding with a link to its cell), printable A4 landscape; also a new file.
 */
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { PROFILES, DEFAULT_PROFILE, getProfile } from "../../rules/profiles";
import type { Finding, Locale } from "../../rules/types";
import { FORM_KIND_NAMES, type FormKind } from "../../forms/forms";
import { qualify } from "../../grid/address";
import { checkWorkbook, countBySeverity } from "../../usecases/check-workbook";
import { writeCheckReport } from "../../usecases/check-report";
import { highlightFindings } from "../../usecases/highlight-findings";

interface FormRef {
  kind: FormKind;
  sheet: string;
  range: string;
  title: string;
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

function findingLine(file: string, f: Finding): string {
  const first = f.cells[0];
  const where = first ? qualify(first.sheet ?? f.sheet, first.ref) : f.sheet || "—";
  return `${file} › ${where}  ${f.severity.padEnd(7)}  ${f.rule.padEnd(7)}  ${f.message}`;
}

function summary(findings: readonly Finding[], locale: Locale): string {
  const c = countBySeverity(findings);
  const total = findings.length;
  if (locale === "en") return total === 0 ? "✔ No problems found." : `✖ ${total} problem(s): ${c.error} error(s), ${c.warning} warning(s), ${c.info} info.`;
  return total === 0 ? "✔ 未发现问题。" : `✖ 共 ${total} 个问题：${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示。`;
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
  const report = args.options.get("report");
  if (report !== undefined && files.length !== 1) throw new UsageError("--report 一次只能用于一个文件。");
  if (report !== undefined && !/\.xlsx$/i.test(report)) throw new UsageError("--report 的输出文件须以 .xlsx 结尾。");
  if (report !== undefined && annotate !== undefined && report === annotate) throw new UsageError("--report 和 --annotate 须写到不同的文件。");

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
      forms: result.forms.map((f) => ({ kind: f.kind, sheet: f.sheet, range: f.range, title: f.title?.value ?? "" })),
      findings: result.findings,
      messages: result.sheets.filter((s) => s.forms.length === 0).flatMap((s) => s.messages),
    });
    if (annotate !== undefined) {
      await highlightFindings(doc.host, result.findings);
      await ctx.writeBytes(annotate, await doc.host.save());
    }
    if (report !== undefined) {
      if (annotate !== undefined) await doc.host.clearHighlights();
      const forms = result.forms.map((f) => ({ kind: f.kind, sheet: f.sheet, range: f.range, title: f.title?.value ?? "" }));
      await writeCheckReport(doc.host, { forms, findings: result.findings, locale });
      await ctx.writeBytes(report, await doc.host.save());
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
      for (const form of r.forms) {
        const list = groups.get(formKey(form)) ?? [];
        ctx.out(`  ${formLabel(form, locale)}  ${list.length === 0 ? (locale === "en" ? "✔" : "✔ 无问题") : ""}`.trimEnd());
        for (const f of list) ctx.out(`    ${findingLine(r.file, f)}`);
      }
      const workbookLevel = groups.get("") ?? [];
      if (workbookLevel.length > 0) {
        ctx.out(`  ${locale === "en" ? "Across forms" : "跨表检查"}`);
        for (const f of workbookLevel) ctx.out(`    ${findingLine(r.file, f)}`);
      }
      if (r.forms.length === 0) for (const m of r.messages) ctx.out(`  ${m}`);
      ctx.out(`  ${summary(r.findings, locale)}`);
    }
    if (reports.length > 1) ctx.out(summary(reports.flatMap((r) => r.findings), locale));
    if (annotate !== undefined && reports.length === 1) ctx.out(locale === "en" ? `Annotated copy written to ${annotate}.` : `已生成带标记的副本：${annotate}`);
    if (report !== undefined && reports.length === 1) ctx.out(locale === "en" ? `Report written to ${report} (sheet “Check report”).` : `已生成检查报告：${report}（工作表“检查报告”）`);
  }
  if (unusable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
