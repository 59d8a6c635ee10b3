/**
 * `jixiao template <kind> [--layout 版式] [--year 年度] [--unit 单位] [--data 数据.json] --out 文件.xlsx`:
 * a new workbook with the form's template, empty or filled from JSON; `jixiao template JS`
 * gives all nine 决算 tables. `jixiao template --list` lists every template.
 *
 * The output file is new: an existing file is refused (rewriting a clerk's workbook through our
 * .xlsx library could drop what it does not support) unless --force says to replace it.
 */
import { FORM_KIND_NAMES } from "../../forms/forms";
import { MemoryHost } from "../../hosts/memory";
import { decodeText } from "../../usecases/open-document";
import { TEMPLATES, findTemplate, insertTemplate, isTemplateKind, parseFillJson, templateId, templatesOf, type TemplateDefinition, type TemplateResult } from "../../templates";
import { FillInputError } from "../../templates/validate";
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { outputOption, writeWorkbook } from "../output-file";

/** `--year 2025` → 2025; anything else is a usage error. */
export function yearOption(args: ParsedArgs): number | undefined {
  const raw = args.options.get("year");
  if (raw === undefined) return undefined;
  const year = Number(raw.trim());
  if (!/^\d{4}$/.test(raw.trim()) || year < 1949 || year > 2100) throw new UsageError(`--year 应为四位年份，如 2025，而不是“${raw}”。`);
  return year;
}

/** The --out file: required, .xlsx, not one of the inputs, and new unless --force. */
export async function outputFile(args: ParsedArgs, ctx: CommandContext, example: string, inputs: readonly string[]): Promise<string> {
  return (await outputOption(args, ctx, { option: "out", inputs, required: true, example }))!;
}

/** A new workbook for templates: the starter sheet goes once the templates are in. */
export function newWorkbook(): MemoryHost {
  return MemoryHost.empty();
}

export async function saveWorkbook(host: MemoryHost, out: string, ctx: CommandContext): Promise<void> {
  const starter = host.workbook.getWorksheet("Sheet1");
  if (starter && host.workbook.worksheets.length > 1 && starter.actualRowCount === 0) host.workbook.removeWorksheet(starter.id);
  await writeWorkbook(ctx, host, out);
}

/** "注意：…没有对应的格子" for fill data the layout could not place. */
export function reportUnplaced(ctx: CommandContext, result: TemplateResult): void {
  if (result.unplaced.length > 0) ctx.out(`  注意：以下数据在此版式中没有对应的格子，未填入：${result.unplaced.join("、")}`);
}

function listTemplates(ctx: CommandContext): number {
  ctx.out("可用的模板 / templates (类型 kind, 版式 --layout):");
  for (const t of TEMPLATES) ctx.out(`  ${t.kind.padEnd(3)} ${t.layout.padEnd(11)} ${t.name}`);
  ctx.out("用法：jixiao template PT --layout hebei --year 2025 --unit 单位名称 --out 项目绩效目标表.xlsx");
  ctx.out("      jixiao template JS --out 决算表.xlsx     （全部九张决算表）");
  return 0;
}

export async function runTemplate(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  if (args.flags.has("list")) return listTemplates(ctx);
  const kindArg = args.positional[0];
  if (kindArg === undefined) throw new UsageError("请给出表格类型，例如：jixiao template PT --out 项目绩效目标表.xlsx（jixiao template --list 列出全部模板）");
  if (args.positional.length > 1) throw new UsageError(`多余的参数“${args.positional[1]}”。一次生成一种表格。`);
  const kind = kindArg.toUpperCase();
  if (!isTemplateKind(kind)) throw new UsageError(`没有“${kindArg}”这种表格。可用：DT、ST、PT、DS、PS、JS（jixiao template --list 查看版式）。`);
  const year = yearOption(args);
  const unit = args.options.get("unit");
  const layout = args.options.get("layout");

  let data: unknown;
  const dataFile = args.options.get("data");
  if (dataFile !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = await ctx.readBytes(dataFile);
    } catch {
      throw new UsageError(`找不到数据文件“${dataFile}”。`);
    }
    try {
      data = parseFillJson(kind, decodeText(bytes));
    } catch (e) {
      if (e instanceof FillInputError) throw new UsageError(`“${dataFile}”：${e.message}`);
      throw e;
    }
  }

  let defs: TemplateDefinition[];
  const table = kind === "JS" && data && typeof data === "object" ? (data as { table?: string }).table : undefined;
  if (layout !== undefined || table !== undefined) {
    const def = findTemplate(kind, layout ?? table);
    if (!def) {
      const names = templatesOf(kind).map((t) => t.layout).join("、");
      throw new UsageError(`${FORM_KIND_NAMES[kind].zh}没有“${layout}”版式。可用：${names}。`);
    }
    defs = [def];
  } else {
    // One kind, one template; the nine 决算 tables come together.
    defs = kind === "JS" ? templatesOf("JS") : [findTemplate(kind)!];
  }

  const out = await outputFile(args, ctx, `jixiao template ${kind} --out 表格.xlsx`, dataFile === undefined ? [] : [dataFile]);
  const host = newWorkbook();
  const results: { def: TemplateDefinition; result: TemplateResult }[] = [];
  for (const def of defs) {
    try {
      const result = await insertTemplate(host, def, {
        ...(year !== undefined ? { year } : {}),
        ...(unit !== undefined ? { unit } : {}),
        ...(data !== undefined ? { data } : {}),
      });
      results.push({ def, result });
    } catch (e) {
      if (e instanceof FillInputError) throw new UsageError(e.message);
      throw e;
    }
  }
  await saveWorkbook(host, out, ctx);
  ctx.out(`已生成 ${out}：`);
  for (const { def, result } of results) {
    ctx.out(`  ${result.sheet}  ${templateId(def)}  ${def.name}`);
    reportUnplaced(ctx, result);
  }
  return 0;
}
