/**
 * `jixiao check <files…> [--json] [--profile ID] [--lang zh-CN|en] [--ignore IDS] [--annotate OUT.xlsx] [--report REPORT.xlsx]`
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
 * --report writes a copy of the workbook with a 检查报告 sheet added (per-form counts, one row
 * per finding with a link to its cell), printable A4 landscape; also a new file.
 * Rules the workbook ignores (set in the pane: for the workbook, on one cell or on one form) are
 * left out as the pane leaves them out; how many findings the cell and form ignores left out is
 * said under the summary, in --json (ignoredFindings) and in the report.
 */
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { PROFILES, DEFAULT_PROFILE, getProfile } from "../../rules/profiles";
import type { Finding, Locale } from "../../rules/types";
import { FORM_KIND_NAMES, type Form, type FormKind } from "../../forms/forms";
import { qualify } from "../../grid/address";
import { checkWorkbook, countBySeverity } from "../../usecases/check-workbook";
import { ignoredSentence, writeCheckReport } from "../../usecases/check-report";
import { highlightFindings } from "../../usecases/highlight-findings";
import { checkOutputFile, outputOption, writeWorkbook } from "../output-file";
import { missingSentence, readFields, type ReadField } from "../../recognise";
import { partialForms, readStatus, sheetNotices, type ReadStatus } from "../../usecases/read-outcome";
import { MemoryHost } from "../../hosts/memory";
import { placeText, withPlaces, type PlacedFinding } from "../../usecases/source-places";
import { readdir, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { summariseFile, summaryJson, summaryWorkbook, type SummaryFile } from "../../usecases/check-summary";
import { monitoringLights, type IndicatorLightMark } from "../../usecases/monitoring-lights";

interface FormRef {
  kind: FormKind;
  sheet: string;
  range: string;
  title: string;
  /** Essential parts not read: those were not checked. */
  missing: string[];
  /** What was read: each field with its label, cell and value. */
  read: ReadField[];
  /** Notices about how this form's sheet was read (merged areas resolved, …). */
  notices: string[];
  counts: { error: number; warning: number; info: number };
  /** One line: the form and its counts. */
  summary: string;
}

interface FileReport {
  file: string;
  /** "clean": forms read in full, nothing found; "problems"; "partial": nothing found in what was read, but parts were not; "nothing-read": no form recognised. */
  status: ReadStatus;
  /** How the file was read (merged areas resolved, read by content, …). */
  notices: string[];
  /** Parts of sheets with forms that could not be read: not checked. */
  unread: string[];
  profile: string;
  profileName: string;
  forms: FormRef[];
  /** For a PDF each finding carries its page and line. */
  findings: PlacedFinding[];
  /** Findings left out because the workbook ignores their rule on that cell or that form (set in the pane). */
  ignoredFindings: number;
  messages: string[];
  /** 运行监控表: each indicator's traffic light (green / amber / red) and why. */
  lights?: IndicatorLightMark[];
}

/** `--month N` (1–12): the month 运行监控 compares execution with. */
export function monthOption(args: ParsedArgs): number | undefined {
  const raw = args.options.get("month");
  if (raw === undefined) return undefined;
  const n = Number(raw.trim().replace(/月$/, ""));
  if (!Number.isInteger(n) || n < 1 || n > 12) throw new UsageError(`--month 应是 1 到 12 的整数（监控截至的月份），而不是“${raw}”。`);
  return n;
}

function formKey(f: { sheet: string; range: string }): string {
  return `${f.sheet}|${f.range}`;
}

function formLabel(f: FormRef, locale: Locale): string {
  const name = f.title || FORM_KIND_NAMES[f.kind][locale === "en" ? "en" : "zh"];
  return `${f.kind} ${name} (${qualify(f.sheet, f.range)})`;
}

/** A finding's place: page and line in a PDF, else sheet and cell. */
function whereOf(f: PlacedFinding | NonNullable<PlacedFinding["related"]>[number], locale: Locale): string {
  if (f.place) return placeText(f.place, locale);
  const first = f.cells[0];
  return first ? qualify(first.sheet ?? f.sheet, first.ref) : f.sheet || "—";
}

function findingLines(file: string, f: PlacedFinding, locale: Locale): string[] {
  const where = whereOf(f, locale);
  const related = (f.related ?? []).map((r) => {
    const at = whereOf(r, locale);
    return `    ↳ ${locale === "en" ? "related" : "相关"} ${r.rule} ${r.severity} (${at}): ${r.message}`;
  });
  return [`${file} › ${where}  ${f.severity.padEnd(7)}  ${f.rule.padEnd(7)}  ${f.message}`, ...related];
}

function countsText(c: { error: number; warning: number; info: number }, locale: Locale): string {
  return locale === "en" ? `${c.error} error(s), ${c.warning} warning(s), ${c.info} info` : `${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示`;
}

/**
 * The last line: problems found, or the all-clear — which is given only when forms were read
 * in full and nothing was found. No form read, or forms read only in part, say so instead.
 */
function summary(findings: readonly Finding[], forms: readonly FormRef[], unread: readonly string[], locale: Locale): string {
  const c = countBySeverity(findings);
  const total = findings.length;
  const partial = partialForms(forms);
  const status = readStatus(forms, total, unread);
  if (locale === "en") {
    if (status === "nothing-read") return "✖ No form was recognised: nothing was checked.";
    const counts = `${total} problem(s): ${countsText(c, locale)}`;
    const part =
      (partial > 0 ? ` ${partial} form(s) could not be read in full (see “Not found”); those parts were not checked.` : "") +
      (unread.length > 0 ? ` ${unread.length} part(s) of sheets could not be read (see above) and were not checked.` : "");
    if (total === 0) return status === "partial" ? `⚠ No problems found in what was read.${part}` : "✔ No problems found.";
    return `✖ ${counts}.${part}`;
  }
  if (status === "nothing-read") return "✖ 没有识别出任何表格，没有做任何检查。";
  const part =
    (partial > 0 ? `另有 ${partial} 张表有未读到的部分（见“未读到”），这些部分没有检查。` : "") +
    (unread.length > 0 ? `另有 ${unread.length} 处内容无法读取（见上文），没有检查。` : "");
  if (total === 0) return status === "partial" ? `⚠ 读到的内容中未发现问题。${part}` : "✔ 未发现问题。";
  return `✖ 共 ${total} 个问题：${countsText(c, locale)}。${part}`;
}

/** 0 for a form with errors, 1 with warnings only, 2 with infos only, 3 clean: errors first. */
function worst(c: { error: number; warning: number; info: number }): number {
  return c.error > 0 ? 0 : c.warning > 0 ? 1 : c.info > 0 ? 2 : 3;
}

/** Findings by the form they belong to (formKey), in their order; workbook-level ones under "". One pass, however many forms. */
function findingsByForm(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.form ? formKey({ sheet: f.sheet, range: f.form.range }) : "";
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function formRef(f: Form, own: readonly Finding[], notices: readonly string[], locale: Locale): FormRef {
  const counts = countBySeverity(own);
  const missing = f.missing ?? [];
  const ref = { kind: f.kind, sheet: f.sheet, range: f.range, title: f.title?.value ?? "", missing, read: readFields(f), notices: sheetNotices(notices, f.sheet) };
  // A form read only in part gets no all-clear: the line under it names what was not read.
  const clear = missing.length > 0 ? (locale === "en" ? "⚠ read in part" : "⚠ 部分未读到") : locale === "en" ? "✔ no problems" : "✔ 无问题";
  const state = own.length === 0 ? clear : countsText(counts, locale);
  return { ...ref, counts, summary: `${formLabel({ ...ref, counts, summary: "" }, locale)} — ${state}` };
}

const LIGHT_NAMES = { green: ["绿灯", "green"], amber: ["黄灯", "amber"], red: ["红灯", "red"] } as const;

/** "运行监控：红灯 2 项（垃圾清运量、预算执行），黄灯 1 项，绿灯 4 项" */
function lightsLine(lights: readonly IndicatorLightMark[], locale: Locale): string {
  const parts = (["red", "amber", "green"] as const).flatMap((l) => {
    const these = lights.filter((x) => x.light === l);
    if (these.length === 0) return [];
    const names = l === "green" ? "" : `（${these.map((x) => x.name).join("、")}）`;
    return locale === "en" ? [`${these.length} ${LIGHT_NAMES[l][1]}${names}`] : [`${LIGHT_NAMES[l][0]} ${these.length} 项${names}`];
  });
  return locale === "en" ? `Monitoring: ${parts.join(", ")}` : `运行监控：${parts.join("，")}`;
}

/** Files a summary reads: named files as given, folders walked (sorted, hidden entries skipped). */
const READABLE = /\.(xlsx|xlsm|xls|et|ods|csv|txt|pdf)$/i;

async function expandInputs(names: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".") && !e.name.startsWith("~$")).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && READABLE.test(e.name)) out.push(p);
    }
  };
  for (const n of names) {
    const s = await stat(n).catch(() => undefined);
    if (s?.isDirectory()) await walk(n);
    else out.push(n);
  }
  return out;
}

/** `--summary-json`: a .json file, never an input, new unless --force. */
async function jsonOutput(args: ParsedArgs, ctx: CommandContext, inputs: readonly string[]): Promise<string | undefined> {
  const out = args.options.get("summary-json");
  if (out === undefined) return undefined;
  if (!/\.json$/i.test(out)) throw new UsageError(`--summary-json 的输出文件须以 .json 结尾，而不是“${out}”。`);
  await checkOutputFile((f) => ctx.identify(f), out, inputs, args.flags.has("force"));
  return out;
}

/** Opens a file, keeping the one-line reason when it cannot be read (it is still printed). */
async function openKeepingWhy(ctx: CommandContext, file: string, readOnly: boolean): Promise<{ doc: Awaited<ReturnType<CommandContext["open"]>> | Awaited<ReturnType<NonNullable<CommandContext["read"]>>>; why: string }> {
  const said: string[] = [];
  const err = ctx.err;
  ctx.err = (line) => {
    said.push(line);
    err(line);
  };
  try {
    // Only --annotate and --report change the workbook; checking alone reads it.
    const doc = readOnly && ctx.read ? await ctx.read(file) : await ctx.open(file);
    return { doc, why: said.filter((l) => !l.includes("› 提示")).join(" ") || "无法读取。" };
  } finally {
    ctx.err = err;
  }
}

/** Progress on stderr: for a terminal, or when there are many files (a log then shows how far it got). */
export const PROGRESS_FROM = 20;

export async function runCheck(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const summaryOut = args.options.get("summary");
  const summarising = summaryOut !== undefined || args.options.has("summary-json");
  // A bureau's folder of submissions: with a summary, folders stand for the files in them.
  const files = summarising ? await expandInputs(args.positional) : args.positional;
  if (args.positional.length === 0) throw new UsageError("请给出要检查的文件，例如：jixiao check 自评表.xlsx");
  if (files.length === 0) throw new UsageError(`“${args.positional.join("”“")}”中没有可检查的文件（.xlsx .xls .et .ods .csv .txt .pdf）。`);
  const profileId = args.options.get("profile") ?? DEFAULT_PROFILE;
  const profile = getProfile(profileId);
  if (!profile) throw new UsageError(`没有名为“${profileId}”的地区配置。可用：${Object.keys(PROFILES).join("、")}。`);
  const lang = args.options.get("lang") ?? "zh-CN";
  if (lang !== "zh-CN" && lang !== "en") throw new UsageError(`--lang 只能是 zh-CN 或 en。`);
  const locale: Locale = lang;
  const ignore = (args.options.get("ignore") ?? "").split(/[,，\s]+/).filter(Boolean);
  const month = monthOption(args);
  if (args.options.has("annotate") && files.length !== 1) throw new UsageError("--annotate 一次只能用于一个文件。");
  const annotate = await outputOption(args, ctx, { option: "annotate", inputs: files, required: false, example: "--annotate 带标记.xlsx" });
  if (args.options.has("report") && files.length !== 1) throw new UsageError("--report 一次只能用于一个文件。");
  const report = await outputOption(args, ctx, { option: "report", inputs: files, required: false, example: "--report 检查报告.xlsx" });
  if (report !== undefined && annotate !== undefined && report === annotate) throw new UsageError("--report 和 --annotate 须写到不同的文件。");
  const summaryXlsx = await outputOption(args, ctx, { option: "summary", inputs: files, required: false, example: "--summary 检查汇总.xlsx" });
  const summaryJsonOut = await jsonOutput(args, ctx, files);
  const summaries: SummaryFile[] = [];
  const progress = files.length > PROGRESS_FROM || (summarising && files.length > 1 && process.stderr.isTTY === true);

  const reports: FileReport[] = [];
  let unusable = false;
  for (const [i, file] of files.entries()) {
    if (progress) ctx.err(`[${i + 1}/${files.length}] ${file}`);
    // One file at a time: its workbook is dropped before the next is read, only the results stay.
    const { doc, why } = await openKeepingWhy(ctx, file, annotate === undefined && report === undefined);
    if (!doc) {
      unusable = true;
      if (summarising) summaries.push({ file, unreadable: why, forms: [], findings: [] });
      continue;
    }
    const result = await checkWorkbook(doc.host, { profile, locale, ignore, ...(month !== undefined ? { month } : {}) });
    const lights = monitoringLights(result.forms, month !== undefined ? { month } : {});
    const byForm = findingsByForm(result.findings);
    reports.push({
      file,
      status: readStatus(result.forms, result.findings.length, result.unread),
      notices: result.notices,
      unread: result.unread,
      profile: profile.id,
      profileName: profile.name[locale],
      // Forms with errors first, then warnings, then infos, then clean ones; document order within each.
      forms: result.forms.map((f) => formRef(f, byForm.get(formKey(f)) ?? [], result.notices, locale)).map((f, i) => ({ f, i })).sort((a, b) => worst(a.f.counts) - worst(b.f.counts) || a.i - b.i).map(({ f }) => f),
      findings: withPlaces(result.findings, doc.places, locale),
      ignoredFindings: result.ignoredHere,
      messages: result.sheets.filter((s) => s.forms.length === 0).flatMap((s) => s.messages),
      ...(lights.length > 0 ? { lights } : {}),
    });
    if (summarising) summaries.push(summariseFile(file, result.forms, result.findings, profile));
    if (annotate !== undefined && doc.host instanceof MemoryHost) {
      await highlightFindings(doc.host, result.findings, lights);
      await writeWorkbook(ctx, doc.host, annotate);
    }
    if (report !== undefined && doc.host instanceof MemoryHost) {
      if (annotate !== undefined) await doc.host.clearHighlights();
      const forms = result.forms.map((f) => ({ kind: f.kind, sheet: f.sheet, range: f.range, title: f.title?.value ?? "", missing: f.missing ?? [] }));
      await writeCheckReport(doc.host, { forms, findings: reports[reports.length - 1]!.findings, unread: result.unread, notices: result.notices, ignored: result.ignoredHere, locale });
      await writeWorkbook(ctx, doc.host, report);
    }
  }

  if (summaryXlsx !== undefined) {
    const base = dirname(resolve(summaryXlsx));
    const bytes = await summaryWorkbook(summaries, { profileName: profile.name["zh-CN"], linkTo: (f) => relative(base, resolve(f)).split(sep).join("/") });
    await ctx.writeBytes(summaryXlsx, bytes).catch((e: unknown) => {
      throw new UsageError(`无法写入“${summaryXlsx}”：${(e as Error).message}`);
    });
  }
  if (summaryJsonOut !== undefined) {
    await ctx.writeBytes(summaryJsonOut, new TextEncoder().encode(`${summaryJson(summaries, profile.id)}\n`)).catch((e: unknown) => {
      throw new UsageError(`无法写入“${summaryJsonOut}”：${(e as Error).message}`);
    });
  }
  if (args.flags.has("json")) {
    ctx.out(JSON.stringify({ files: reports }, null, 2));
  } else {
    for (const r of reports) {
      ctx.out(`${r.file}  [${locale === "en" ? "profile" : "地区配置"}: ${r.profileName}]`);
      const groups = findingsByForm(r.findings);
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
        if (form.missing.length > 0) ctx.out(`    ⚠ ${missingSentence(form.missing, locale)}`);
        for (const f of groups.get(formKey(form)) ?? []) for (const line of findingLines(r.file, f, locale)) ctx.out(`    ${line}`);
      }
      if (!acrossFirst) across();
      if (r.forms.length === 0) for (const m of r.messages) ctx.out(`  ${m}`);
      for (const m of r.unread) ctx.out(`  ⚠ ${m}`);
      if (r.lights) ctx.out(`  ${lightsLine(r.lights, locale)}`);
      ctx.out(`  ${summary(r.findings, r.forms, r.unread, locale)}`);
      if (r.ignoredFindings > 0) ctx.out(`  ${ignoredSentence(r.ignoredFindings, locale)}`);
    }
    if (reports.length > 1) {
      ctx.out(summary(reports.flatMap((r) => r.findings), reports.flatMap((r) => r.forms), reports.flatMap((r) => r.unread), locale));
      const ignoredAll = reports.reduce((n, r) => n + r.ignoredFindings, 0);
      if (ignoredAll > 0) ctx.out(ignoredSentence(ignoredAll, locale));
    }
    if (annotate !== undefined && reports.length === 1) ctx.out(locale === "en" ? `Annotated copy written to ${annotate}.` : `已生成带标记的副本：${annotate}`);
    if (summaryXlsx !== undefined) ctx.out(locale === "en" ? `Summary of ${files.length} file(s) written to ${summaryXlsx}.` : `已生成 ${files.length} 个文件的检查汇总：${summaryXlsx}`);
    if (summaryJsonOut !== undefined) ctx.out(locale === "en" ? `Summary written as JSON to ${summaryJsonOut}.` : `已生成检查汇总（JSON）：${summaryJsonOut}`);
    if (report !== undefined && reports.length === 1) ctx.out(locale === "en" ? `Report written to ${report} (sheet “Check report”).` : `已生成检查报告：${report}（工作表“检查报告”）`);
  }
  if (unusable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
