/**
 * `jixiao parse <file.xlsx|file.txt>… [--json]`: what forms we recognise in each file —
 * kind, sheet, range, title, indicator count — or, with --json, the typed forms themselves,
 * every field traced to its cell.
 */
import { FORM_KIND_NAMES, hasIndicators, type Form } from "../../forms/forms";
import { recogniseWorkbook } from "../../usecases/recognise-workbook";
import { missingSentence, readFields, type SheetRecognition } from "../../recognise";
import type { CommandContext } from "../context";

export interface ParsedFile {
  file: string;
  forms: Form[];
  messages: string[];
}

/**
 * The JSON shape of a form: the title as plain text (its cell under titleCell), what was read
 * as a flat list (`read`: label, cell, value), the essential parts not found (`missing`, empty
 * when complete), then every typed field.
 */
export function formToJson(form: Form): Record<string, unknown> {
  const { title, kind, sheet, range, missing, ...rest } = form;
  return { kind, sheet, range, title: title?.value ?? "", ...(title ? { titleCell: title } : {}), missing: missing ?? [], read: readFields(form), ...rest };
}

function indicatorCount(form: Form): number | undefined {
  return hasIndicators(form) || form.kind === "MT" ? form.indicators.length : undefined;
}

function describe(form: Form): string {
  const count = indicatorCount(form);
  const extra =
    count !== undefined
      ? `${count} 项指标`
      : form.kind === "JS"
        ? `公开${form.table}表${form.empty ? "（无数据）" : `，${form.lines.length} 行`}`
        : form.kind === "ST"
          ? `${form.rows.length} 个支出方向`
          : form.kind === "JN"
            ? `${form.sections.length} 节`
            : "";
  const title = form.title?.value || FORM_KIND_NAMES[form.kind].zh;
  return `${form.kind}  ${form.sheet}!${form.range}  ${title}${extra ? `  (${extra})` : ""}`;
}

/** Opens and recognises each file; one that cannot be opened has had its one-line reason printed. */
export async function readFiles(ctx: CommandContext, files: readonly string[]): Promise<{ results: ParsedFile[]; failed: boolean }> {
  const results: ParsedFile[] = [];
  let failed = false;
  for (const file of files) {
    const doc = ctx.read ? await ctx.read(file) : await ctx.open(file);
    if (!doc) {
      failed = true;
      continue;
    }
    const sheets: SheetRecognition[] = await recogniseWorkbook(doc.host);
    results.push({ file, forms: sheets.flatMap((s) => s.forms), messages: sheets.flatMap((s) => s.messages) });
  }
  return { results, failed };
}

export async function runParse(ctx: CommandContext, files: readonly string[], json: boolean): Promise<number> {
  const { results, failed } = await readFiles(ctx, files);
  if (json) {
    ctx.out(JSON.stringify({ files: results.map((r) => ({ file: r.file, forms: r.forms.map(formToJson), messages: r.messages })) }, null, 2));
  } else {
    for (const r of results) {
      ctx.out(`${r.file}：识别出 ${r.forms.length} 张表`);
      for (const f of r.forms) {
        ctx.out(`  ${describe(f)}`);
        const line = missingSentence(f.missing ?? []);
        if (line) ctx.out(`    ⚠ ${line}`);
      }
      if (r.forms.length === 0) {
        ctx.out(`  ✖ 这个文件中没有识别出任何绩效表格或决算表格，无法读取和检查。`);
        for (const m of r.messages) ctx.out(`  ${m}`);
      }
    }
  }
  return failed ? 2 : 0;
}
