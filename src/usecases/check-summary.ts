/**
 * The finance bureau's view of many submissions (`jixiao check DIR… --summary 汇总.xlsx`): one new
 * workbook with
 * - 汇总: a row per file and form — unit, project, kind, year, errors, warnings, infos, the worst
 *   finding, the total score of a self-evaluation — and a row for each file that could not be
 *   read (with why) or held no form;
 * - 错误 / 警告 / 提示: every finding of that severity with a link to its file and cell;
 * units with the most errors (then warnings) first, so the bureau starts where it matters.
 * The same data as JSON with `--summary-json`. Built from plain per-file results: the caller
 * reads one file at a time and keeps only these, never the workbooks.
 */
import ExcelJS from "exceljs";
import { FORM_KIND_NAMES, isSelfEvaluation, type Form, type FormKind } from "../forms/forms";
import type { Finding, Severity } from "../rules/types";
import type { RegionProfile } from "../rules/profiles/profile";
import { scoreSelfEvaluation } from "../scoring";

export interface SummaryForm {
  sheet: string;
  range: string;
  kind: FormKind;
  title: string;
  unit: string;
  project: string;
  year: number | null;
  counts: Record<Severity, number>;
  /** "RUN-02 …message…" of the form's worst finding. */
  worst: string;
  /** 总分 of a self-evaluation: as stated, else the sum of its stated scores. */
  score: number | null;
}

export interface SummaryFile {
  file: string;
  /** Why the file could not be read; then it has no forms and no findings. */
  unreadable?: string;
  forms: SummaryForm[];
  findings: Finding[];
}

const counts = (findings: readonly Finding[]): Record<Severity, number> => {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
};

/** A file's forms as summary rows (their findings counted per form). */
export function summariseFile(file: string, forms: readonly Form[], findings: readonly Finding[], profile: RegionProfile): SummaryFile {
  const rows = forms.map((form): SummaryForm => {
    const own = findings.filter((f) => f.sheet === form.sheet && f.form?.range === form.range);
    const header = "header" in form ? form.header : undefined;
    let score: number | null = null;
    if (isSelfEvaluation(form)) {
      score = form.total.score?.value ?? null;
      if (score === null) {
        try {
          const t = scoreSelfEvaluation(form, profile).total;
          score = t.statedSum > 0 ? Math.round(t.statedSum * 100) / 100 : null;
        } catch {
          score = null;
        }
      }
    }
    const worst = own[0];
    return {
      sheet: form.sheet,
      range: form.range,
      kind: form.kind,
      title: form.title?.value ?? "",
      unit: header?.unit?.value ?? header?.topUnit?.value ?? "",
      project: header?.project?.value ?? "",
      year: header?.year?.value ?? null,
      counts: counts(own),
      worst: worst ? `${worst.rule} ${worst.message}` : "",
      score,
    };
  });
  return { file, forms: rows, findings: [...findings] };
}

/** The unit a file belongs to: its forms' first named unit, else the file name. */
function unitOf(f: SummaryFile): string {
  return f.forms.find((x) => x.unit !== "")?.unit ?? "";
}

/**
 * Files grouped by unit, worst units first: most errors, then most warnings, then unreadable
 * files before clean ones; ties in the order given.
 */
export function orderFiles(files: readonly SummaryFile[]): SummaryFile[] {
  const byUnit = new Map<string, { error: number; warning: number; unreadable: number; first: number }>();
  files.forEach((f, i) => {
    const key = unitOf(f) || f.file;
    const u = byUnit.get(key) ?? { error: 0, warning: 0, unreadable: 0, first: i };
    const c = counts(f.findings);
    u.error += c.error;
    u.warning += c.warning;
    if (f.unreadable !== undefined) u.unreadable++;
    byUnit.set(key, u);
  });
  const rank = (f: SummaryFile): { error: number; warning: number; unreadable: number; first: number } => byUnit.get(unitOf(f) || f.file)!;
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const x = rank(a.f);
      const y = rank(b.f);
      return y.error - x.error || y.warning - x.warning || y.unreadable - x.unreadable || x.first - y.first || a.i - b.i;
    })
    .map(({ f }) => f);
}

const SEVERITY_SHEETS: readonly [Severity, string][] = [
  ["error", "错误"],
  ["warning", "警告"],
  ["info", "提示"],
];

const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function header(ws: ExcelJS.Worksheet, labels: string[], widths: number[]): void {
  ws.columns = labels.map((l, i) => ({ header: l, width: widths[i] ?? 12 }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEAD_FILL;
    c.alignment = { vertical: "middle", wrapText: true };
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.length } };
}

/** "'运行监控'!E12" for a link's fragment. */
function fragment(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

export interface SummaryOptions {
  /** How a file is named in a link: relative to the summary's folder, so the links survive moving both. */
  linkTo(file: string): string;
  profileName: string;
}

/** The summary workbook, as .xlsx bytes. */
export async function summaryWorkbook(files: readonly SummaryFile[], options: SummaryOptions): Promise<Uint8Array> {
  const ordered = orderFiles(files);
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao";
  const ws = wb.addWorksheet("汇总");
  header(ws, ["单位", "文件", "工作表", "项目", "表种", "年度", "错误", "警告", "提示", "最严重的问题", "总分", "说明"], [24, 30, 18, 28, 20, 8, 7, 7, 7, 60, 8, 30]);
  for (const f of ordered) {
    if (f.unreadable !== undefined) {
      ws.addRow([unitOf(f), f.file, "", "", "", null, null, null, null, "", null, `无法读取：${f.unreadable}`]);
      continue;
    }
    if (f.forms.length === 0) {
      ws.addRow([unitOf(f), f.file, "", "", "", null, 0, 0, 0, "", null, "未识别出绩效表或决算表，没有检查。"]);
      continue;
    }
    for (const form of f.forms) {
      const row = ws.addRow([form.unit, f.file, form.sheet, form.project || form.title, FORM_KIND_NAMES[form.kind].zh, form.year, form.counts.error, form.counts.warning, form.counts.info, form.worst, form.score, ""]);
      row.getCell(3).value = { text: form.sheet, hyperlink: `${options.linkTo(f.file)}#${fragment(form.sheet, form.range.split(":")[0]!)}` };
      if (form.counts.error > 0) row.getCell(7).font = { bold: true, color: { argb: "FF9C0006" } };
    }
    const across = f.findings.filter((x) => !x.form);
    if (across.length > 0) {
      const c = counts(across);
      ws.addRow([unitOf(f), f.file, "", "跨表检查", "", null, c.error, c.warning, c.info, `${across[0]!.rule} ${across[0]!.message}`, null, ""]);
    }
  }
  ws.getColumn(10).alignment = { wrapText: true, vertical: "top" };
  for (const [severity, name] of SEVERITY_SHEETS) {
    const s = wb.addWorksheet(name);
    header(s, ["单位", "文件", "单元格", "规则", "问题", "建议值", "表格"], [24, 30, 22, 9, 80, 14, 30]);
    for (const f of ordered) {
      const unit = unitOf(f);
      for (const x of f.findings) {
        if (x.severity !== severity) continue;
        const cell = x.cells[0];
        const sheet = cell?.sheet ?? x.sheet;
        const where = cell ? fragment(sheet, cell.ref) : sheet;
        const row = s.addRow([unit, f.file, where, x.rule, x.message, x.fix ? String(x.fix.value) : "", x.form ? (x.form.title || FORM_KIND_NAMES[x.form.kind].zh) : "跨表检查"]);
        if (cell) row.getCell(3).value = { text: where, hyperlink: `${options.linkTo(f.file)}#${where}` };
      }
    }
    s.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  }
  const about = wb.addWorksheet("说明");
  about.addRows([
    ["检查汇总"],
    [`地区配置：${options.profileName}`],
    [`文件 ${files.length} 个，其中无法读取 ${files.filter((f) => f.unreadable !== undefined).length} 个。`],
    ["“汇总”每个文件的每张表一行，错误多的单位在前；“错误”“警告”“提示”列出全部问题，单元格可点击打开对应文件并定位。"],
  ]);
  about.getColumn(1).width = 100;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same as JSON: files in the summary's order, each with its forms and findings. */
export function summaryJson(files: readonly SummaryFile[], profile: string): string {
  const ordered = orderFiles(files);
  const total = counts(ordered.flatMap((f) => f.findings));
  return JSON.stringify(
    {
      profile,
      files: ordered.length,
      unreadable: ordered.filter((f) => f.unreadable !== undefined).map((f) => ({ file: f.file, reason: f.unreadable })),
      counts: total,
      rows: ordered.map((f) => ({ file: f.file, unit: unitOf(f), ...(f.unreadable !== undefined ? { unreadable: f.unreadable } : {}), forms: f.forms, findings: f.findings })),
    },
    null,
    2,
  );
}
